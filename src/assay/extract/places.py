"""An event's place: the most specific, then nearest, place in its sentence; else dateline, title."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Protocol

from assay.extract.offsets import moved_span, place_at
from assay.extract.place_roles import means_province
from assay.gazetteer import GazetteerError
from assay.gazetteer.guards import DEMONYMS, LOCATIVE_CUES
from assay.gazetteer.names import fold_name
from assay.model import Place, Span

_PRECISION_RANK = {"point": 0, "city": 0, "admin2": 1, "admin1": 2, "country": 3, "region": 4}
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z\u00C0-\u024F'’.-]+(?:[ -][A-Z][A-Za-z\u00C0-\u024F'’.-]+){0,3})"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|-{1,2}|:)\s"
)


class PlaceSource(Protocol):
    """The part of the gazetteer API the extractor relies on."""

    def scan(self, text: str, *, countries: Sequence[str] = ()) -> list[tuple[Span, Place]]:
        """Find and resolve every place name in a text (spans relative to that text)."""
        ...

    def resolve(
        self, name: str, *, countries: Sequence[str] = (), admin1: str | None = None, context: str = ""
    ) -> Place | None:
        """Resolve one name."""
        ...

    def candidates(self, name: str) -> list[Place]:
        """Every entry a name can mean, most prominent first."""
        ...

    def country(self, code: str) -> Place:
        """The country entry for an ISO code."""
        ...


@cache
def default_gazetteer() -> Any:
    """The shared gazetteer, or None while the gazetteer package is unavailable."""
    try:
        from assay.gazetteer import get_gazetteer
    except ImportError:
        return None
    return get_gazetteer()


def scan_places(gazetteer: PlaceSource, text: str, offset: int, countries: Sequence[str]) -> list[Place]:
    """Places in a piece of text, with spans moved to document coordinates."""
    found = gazetteer.scan(text, countries=countries)
    return [place_at(place, moved_span(span, offset)) for span, place in found]


def choose_place(
    places: Sequence[Place], trigger_start: int, trigger_end: int, blocked: Sequence[tuple[int, int]] = ()
) -> Place | None:
    """The most specific place of a sentence, nearest the trigger among equals; none inside an actor name."""
    usable = [
        p
        for p in places
        if p.span is not None and not any(p.span.start < e and s < p.span.end for s, e in blocked)
    ]
    if not usable:
        return None

    def distance(p: Place) -> int:
        assert p.span is not None
        if p.span.end <= trigger_start:
            return trigger_start - p.span.end
        return max(0, p.span.start - trigger_end)

    return min(usable, key=lambda p: (_PRECISION_RANK.get(p.precision, 4), distance(p)))


def dateline_place(gazetteer: PlaceSource, text: str, countries: Sequence[str]) -> Place | None:
    """The place of a wire dateline ("ALMATY, June 5 (Reuters) -") at the start of a text."""
    m = _DATELINE.match(text[:120])
    if not m:
        return None
    name = m.group("place")
    place = gazetteer.resolve(
        name.title() if name.isupper() else name, countries=countries, context=text[:500]
    )
    return None if place is None else place_at(place, Span(m.start("place"), m.end("place"), name))


# "Karaganda region", "Idlib province": the unit, not its namesake city.
_UNIT_SUFFIX = re.compile(
    r"[ \t]+(?:region|province|oblast|governorate|prefecture|department|state|oblys|viloyat|velayat)\b", re.I
)
# "University of Exeter", "Bank of Georgia": a place inside an institution's name.
_INSTITUTION_OF = re.compile(
    r"\b(?:University|College|Institute|Academy|School|Bank|Museum|Church|Cathedral|Diocese|"
    r"Archbishop|Bishop|Duke|Earl|Port|Republic\s+of\s+the)\s+of\s+(?:the\s+)?$"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# Words (case-folded) that name a destination for travel ("left for Syria", "into Syria").
_TOWARDS = re.compile(r"^[\s\w,'-]{0,60}?\b(?:to|into|in|for|from|reach|reached|join)\s+$", re.I)


def widen_to_unit(gazetteer: PlaceSource, place: Place, text: str, countries: Sequence[str]) -> Place:
    """A city followed by "region"/"province" becomes the admin1 unit it names ("Batken region");
    so does a city standing for its province ("the Idlib countryside") when a province of the
    same name exists."""
    if place.span is None or place.precision not in ("city", "point"):
        return place
    m = _UNIT_SUFFIX.match(text, place.span.end)
    if m is None:
        if not means_province(place, text):
            return place
        # The countryside of a capital is not the capital's own city-level unit.
        units = [u for u in _units_named(gazetteer, place, countries) if "city" not in u.name.lower()]
        return place_at(units[0], place.span) if units else place
    span = Span(place.span.start, m.end(), text[place.span.start : m.end()])
    units = _units_named(gazetteer, place, countries)
    if units:
        return place_at(units[0], span)
    if place.admin1_code:
        return Place(
            place.admin1_name or place.name,
            place.country_code,
            "admin1",
            None,
            "A",
            place.admin1_name,
            place.admin1_code,
            place.lat,
            place.lon,
            span,
        )
    return place


_CITY_OF = re.compile(r"\b(?:city|town|village|settlement)\s+of\s+$", re.I)
_CITY_AFTER = re.compile(r"\s+(?:city|town)\b", re.I)


def narrow_to_city(gazetteer: PlaceSource, place: Place, text: str) -> Place:
    """A region's name the text calls a city ("in the city of Jalal-Abad") becomes that city."""
    if place.span is None or place.precision != "admin1":
        return place
    before = text[max(0, place.span.start - 30) : place.span.start]
    if not (_CITY_OF.search(before) or _CITY_AFTER.match(text, place.span.end)):
        return place
    cities = [
        c
        for c in gazetteer.candidates(place.span.text)
        if c.precision in ("city", "point") and c.country_code == place.country_code
    ]
    same_unit = [c for c in cities if c.admin1_code == place.admin1_code] or cities
    return place_at(same_unit[0], place.span) if same_unit else place


def _units_named(gazetteer: PlaceSource, place: Place, countries: Sequence[str]) -> list[Place]:
    """The admin1 units a city's name also names, those of the city's country first."""
    assert place.span is not None
    units = [p for p in gazetteer.candidates(place.span.text) if p.precision == "admin1"]
    named = gazetteer.resolve(f"{place.span.text} Region", countries=countries)
    if named is not None and named.precision == "admin1":
        units.insert(0, named)
    return [u for u in units if u.country_code == place.country_code] or units


# Prominence of a city of roughly 100,000 people (regional capitals such as Taldykorgan score 5.07;
# "Court", "Alva", "Koran", "Hautmont" score 3.1-4.2).
_PROMINENT = 5.0


def is_prominent(gazetteer: PlaceSource, place: Place) -> bool:
    """True when the place is a large city (by the gazetteer's prominence score), a region or a country."""
    if place.precision not in ("city", "point"):
        return True
    index = getattr(gazetteer, "index", None)
    matches = getattr(gazetteer, "matches", None)
    if index is None or matches is None or place.span is None:
        return False
    return any(
        index.entries[e][3] == place.geonames_id and index.entries[e][9] >= _PROMINENT
        for e, _ in matches(place.span.text)
    )


def is_stray_word(
    place: Place, text: str, supported: Callable[[], frozenset[str]], people: Callable[[], frozenset[str]]
) -> bool:
    """True for a one-word town name that is probably not a place here ("Court", "Alfa unit").

    A single capitalised word is kept when a locative word stands before it ("in Aktau"), when
    it names a country or region, or when another name or demonym of the document points to its
    country; and never when it sits inside an institution's name ("University of Exeter") or the
    document uses it inside a person's name ("Andrew Brunson" ... "Brunson said"). The two
    document-wide answers are asked last, `people` (a pass over the capitalised words) before
    `supported` (a scan of the document's place names).
    """
    if place.span is None:
        return False
    before = text[max(0, place.span.start - 40) : place.span.start]
    if _INSTITUTION_OF.search(before):
        return True
    if place.precision not in ("city", "point") or " " in place.span.text.strip() or "-" in place.span.text:
        return False
    word = _WORD_BEFORE.search(before)
    if word and word.group(1).lower() in LOCATIVE_CUES:
        return False
    if fold_name(place.span.text) in people():
        return True
    return place.country_code.upper() not in supported()


def document_people(gazetteer: PlaceSource, text: str) -> frozenset[str]:
    """The folded town names a text uses inside persons' names (none when the source cannot tell)."""
    people = getattr(gazetteer, "document_people", None)
    return frozenset() if people is None else frozenset(people(text))


def supporting_countries(gazetteer: PlaceSource, text: str) -> frozenset[str]:
    """The countries a text points to: its demonyms and its prominent, unambiguous names."""
    context = getattr(gazetteer, "document_context", None)
    if context is None:
        return frozenset()
    found = context(text)
    # The gazetteer counts a name's own vote only for prominent, unambiguous names (cities of
    # about 300,000 people and more, countries, regions): those support themselves.
    return frozenset(c for c, n in found.countries.items() if n > 0)


_DEMONYM_LIST = re.compile(r"(?:,|\s+and|\s+or)\s+([A-Z][a-z]+)")


def demonym_place(gazetteer: PlaceSource, text: str, start: int, end: int) -> Place | None:
    """The country of the first capitalised demonym in text[start:end] ("Kazakh authorities"), as a place."""
    for m in re.finditer(r"[A-Z][a-z]+", text[start:end]):
        code = DEMONYMS.get(m.group().lower())
        if code:
            # "Russian, Uzbek and Tajik forces": a joint act of several states has no one country.
            listed = _DEMONYM_LIST.match(text, start + m.end())
            if listed and DEMONYMS.get(listed.group(1).lower(), code) != code:
                return None
            try:
                country = gazetteer.country(code)
            except GazetteerError:  # a demonym table entry without a country entry
                return None
            return place_at(country, Span(start + m.start(), start + m.end(), m.group()))
    return None


def destination_place(places: Sequence[Place], text: str, trigger_end: int) -> Place | None:
    """For travel: the first place named after the trigger behind "to/into/for/from" ("left for Syria")."""
    after = [p for p in places if p.span is not None and p.span.start >= trigger_end]
    for p in sorted(after, key=lambda p: p.span.start if p.span else 0):
        assert p.span is not None
        if _TOWARDS.match(text[trigger_end - 12 : p.span.start]) or p.span.start - trigger_end < 3:
            return p
    return None
