"""Place lookup and disambiguation over the compiled index."""

from __future__ import annotations

import math
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from threading import Lock
from typing import TYPE_CHECKING

from assay.errors import AssayError
from assay.gazetteer.guards import DEMONYMS
from assay.gazetteer.index import (
    ADMIN1_CODE,
    ALTERNATE,
    COUNTRY,
    GEONAMES_ID,
    LAT,
    LON,
    NAME,
    PRECISION,
    PRIMARY,
    PROMINENCE,
    STEM,
    Entry,
    Index,
    load_index,
)
from assay.gazetteer.names import fold_name
from assay.model import Place, Span

if TYPE_CHECKING:
    from assay.gazetteer.scan import Match

# Score weights for resolve(); prominence is log10(population) plus a feature bonus.
_QUALITY_BONUS = {PRIMARY: 1.5, 1: 0.0, STEM: -1.0}
# is_notable(): a city of about 100,000 people (prominence 5.0) or more.
NOTABLE_PROMINENCE = 5.0
_GIVEN_COUNTRY_BONUS = 5.0
_FORMER_NAME_PENALTY = 2.0
_CONTEXT_COUNTRY_BONUS = 3.0
_GIVEN_ADMIN1_BONUS = 4.0
_CONTEXT_ADMIN1_BONUS = 2.0
# Geographic coherence: other names of the document with a candidate within ~150 km.
_COHERENCE_BONUS = 1.0
_COHERENCE_CAP = 2
_COHERENCE_CANDIDATES = 6
_NEAR_DEGREES_SQUARED = 1.35**2
# Where the document comes from (its dateline, its publication domain): a local paper's bare
# "Edmonton" or "London" is its own region's namesake.
_HOME_COUNTRY_BONUS = 3.0
_HOME_ADMIN1_BONUS = 3.0
# A document that keeps naming one country (three mentions or more) and never the candidate's:
# a national capital's weight is a prior for documents that say nothing ("London" in a
# Canadian story with no word of Britain is London, Ontario).
_ABSENT_COUNTRY_PENALTY = 1.0
_DOMINANT_MENTIONS = 3
# Entries that lie inside one admin1 unit, which a given or named unit makes likelier.
_INSIDE_ADMIN1 = frozenset(("city", "point", "admin2"))


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What a document's own text says about where it is: countries, admin1 units, candidate points."""

    countries: Counter[str]
    admin1: frozenset[str]
    points: dict[str, list[tuple[float, float]]]
    own: dict[str, Counter[str]]
    home_country: str = ""
    home_admin1: str = ""
    resolved: dict[tuple[str, tuple[str, ...], str | None, tuple[str, ...], str], int | None] = field(
        default_factory=dict)
    homes: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)


_CONTEXTS_KEPT = 64
_NAME_VOTES_KEPT = 200_000


@dataclass(frozen=True, slots=True)
class _NameVotes:
    """What one place name says about a text's whereabouts: its candidates' points (for coherence),
    and, for a prominent unambiguous name, its country and weight, and the admin1 unit it names."""

    points: list[tuple[float, float]]
    country: str = ""
    weight: int = 0
    admin1: str = ""


_EMPTY_CONTEXT = DocumentContext(Counter(), frozenset(), {}, {})


class GazetteerError(AssayError):
    """A country code or name is not in the gazetteer."""


class Gazetteer:
    """Offline gazetteer: GeoNames cities, ISO 3166 countries and subdivisions, curated exonyms."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._contexts: OrderedDict[str, DocumentContext] = OrderedDict()
        self._name_votes: dict[str, _NameVotes] = {}

    def entry_place(self, entry_id: int, span: Span | None = None) -> Place:
        """Turn an index entry into a Place (with the text span it was read from, if any)."""
        e: Entry = self.index.entries[entry_id]
        return Place(name=e[0], country_code=e[1], precision=e[2], geonames_id=e[3],  # type: ignore[arg-type]
                     feature_class=e[4], admin1_name=e[5], admin1_code=e[6], lat=e[7], lon=e[8], span=span)

    def prominence(self, place: Place) -> float:
        """How much a place weighs against namesakes: log10(population + 10) plus a feature bonus.

        Cities score their log population (+2 for national capitals: Taldykorgan 5.07, Almaty
        6.3, London 8.9), admin1 units their people outside a namesake city +0.5, countries +3.
        A place the index does not hold scores 0.0.
        """
        entry_id = self._entry_of(place)
        return 0.0 if entry_id is None else self.index.entries[entry_id][PROMINENCE]

    def is_notable(self, place: Place) -> bool:
        """True for countries, admin1 units, regions and cities of about 100,000 people or more."""
        if place.precision not in ("city", "point"):
            return True
        return self.prominence(place) >= NOTABLE_PROMINENCE

    def _entry_of(self, place: Place) -> int | None:
        """The index entry a Place was made from (by GeoNames id, ISO code or name)."""
        if place.precision == "country" and place.country_code.upper() in self.index.countries:
            return self.index.countries[place.country_code.upper()]
        if place.precision == "admin1" and place.admin1_code in self.index.admin1:
            return self.index.admin1[place.admin1_code]
        for name in (place.span.text if place.span is not None else "", place.name):
            for entry_id, _ in self.matches(name):
                e = self.index.entries[entry_id]
                if ((place.geonames_id is not None and e[GEONAMES_ID] == place.geonames_id)
                        or (place.geonames_id is None and e[PRECISION] == place.precision
                            and e[COUNTRY] == place.country_code and e[NAME] == place.name)):
                    return entry_id
        return None

    def matches(self, name: str) -> tuple[tuple[int, int], ...]:
        """(entry id, name quality) pairs for a name, best first."""
        return self.index.keys.get(fold_name(name), ())

    def candidates(self, name: str) -> list[Place]:
        """Every entry the name can mean, most prominent first."""
        ranked = sorted(self.matches(name), key=lambda m: -self._base_score(*m))
        return [self.entry_place(entry_id) for entry_id, _ in ranked]

    def country(self, code: str) -> Place:
        """The country entry for an ISO 3166-1 alpha-2 code (or a country name)."""
        entry_id = self.index.countries.get(code.upper())
        if entry_id is None:
            named = (e for e, _ in self.matches(code) if self.index.entries[e][PRECISION] == "country")
            entry_id = next(named, None)
        if entry_id is None:
            raise GazetteerError(
                f"No country with code {code!r}; use an ISO 3166-1 alpha-2 code such as 'KZ'."
            )
        return self.entry_place(entry_id)

    def resolve(self, name: str, *, countries: Sequence[str] = (), admin1: str | None = None,
                context: str = "", prior: Sequence[str] = ()) -> Place | None:
        """The entry a name most probably means, given case countries, an admin1 and the document text.

        prior: countries the document is known to come from (domain_countries() of its publisher),
        a softer hint than countries.
        """
        best = self.resolve_id(name, countries=countries, admin1=admin1, context=context, prior=prior)
        return None if best is None else self.entry_place(best)

    def resolve_id(self, name: str, *, countries: Sequence[str] = (), admin1: str | None = None,
                   context: str = "", prior: Sequence[str] = (), level: str = "") -> int | None:
        """Like resolve(), returning the entry id.

        level: the precision the text gives the name ("admin1" for "Idlib province"); entries of that
        precision are the only candidates when the name has any.
        """
        found = self.matches(name)
        if level and any(self.index.entries[e][PRECISION] == level for e, _ in found):
            found = tuple(m for m in found if self.index.entries[m[0]][PRECISION] == level)
        if not found:
            return None
        if not context:
            return self._best(name, found, countries, admin1, _EMPTY_CONTEXT, prior, ("", ""))
        doc = self.document_context(context)
        # A document names the same places again and again: score each (name, hints) once per text.
        asked = (name, tuple(countries), admin1, tuple(prior), level)
        if asked not in doc.resolved:
            doc.resolved[asked] = self._best(name, found, countries, admin1, doc, prior,
                                             self._home(context, doc, tuple(prior)))
        return doc.resolved[asked]

    def _home(self, text: str, doc: DocumentContext, prior: tuple[str, ...]) -> tuple[str, str]:
        """(country, admin1) the document comes from: its dateline, read with the publisher's country.

        "VICTORIA -" on a Canadian site is Victoria, B.C., not the Australian state the bare name means.
        """
        if not prior or not doc.home_country or doc.home_country in {c.upper() for c in prior}:
            return doc.home_country, doc.home_admin1
        if prior not in doc.homes:
            from assay.gazetteer.home import read_dateline

            country, admin1 = read_dateline(self, text, prior)
            doc.homes[prior] = (country, admin1) if country in prior else (doc.home_country, doc.home_admin1)
        return doc.homes[prior]

    def _best(self, name: str, found: tuple[tuple[int, int], ...], countries: Sequence[str],
              admin1: str | None, doc: DocumentContext, prior: Sequence[str],
              home_unit: tuple[str, str]) -> int | None:
        """The best-scoring of a name's candidate entries, given the hints and the document."""
        key = fold_name(name)
        # A name is no evidence for itself: "Edmonton" must not vote Canada for "Edmonton".
        context_countries = doc.countries - doc.own[key] if key in doc.own else doc.countries
        context_admin1 = doc.admin1
        own_admin1 = {self.index.entries[e][ADMIN1_CODE] for e, _ in found
                      if self.index.entries[e][PRECISION] == "admin1"}
        # A small town sharing the name of a country or admin1 unit ("Florida, NY") needs explicit
        # evidence (given countries or admin1), not document context, to beat the unit.
        names_unit = any(q == PRIMARY and self.index.entries[e][PRECISION] in ("country", "admin1")
                         for e, q in found)
        # A current unit's name beats a city's former or foreign name ("Zhambyl" is the region;
        # Taraz was once called so): alternate names of cities yield to admin1 names.
        names_admin1 = any(q != ALTERNATE and self.index.entries[e][PRECISION] == "admin1" for e, q in found)
        given = {c.upper() for c in countries}
        admin_code = self._admin1_code(admin1) if admin1 else ""
        top_count = max(context_countries.values(), default=0)
        home_country, home_admin1 = home_unit
        home = {c.upper() for c in prior} | ({home_country} if home_country else set())
        dominant = top_count >= _DOMINANT_MENTIONS
        best, best_score = None, float("-inf")
        for entry_id, quality in found:
            entry = self.index.entries[entry_id]
            score = self._base_score(entry_id, quality)
            if names_admin1 and quality == ALTERNATE and entry[PRECISION] == "city":
                score -= _FORMER_NAME_PENALTY
            cc = entry[COUNTRY]
            if cc in given:
                score += _GIVEN_COUNTRY_BONUS
            # The text's mentions and its home are one kind of evidence: the stronger counts, not both.
            evidence = _HOME_COUNTRY_BONUS if cc in home else 0.0
            if top_count and cc in context_countries:
                share = context_countries[cc] / top_count
                evidence = max(evidence, _CONTEXT_COUNTRY_BONUS * (0.5 + 0.5 * share))
            elif dominant and cc not in given and cc not in home:
                evidence = -_ABSENT_COUNTRY_PENALTY
            score += evidence
            code = entry[ADMIN1_CODE]
            if code and entry[PRECISION] in _INSIDE_ADMIN1:
                if code == admin_code:
                    score += _GIVEN_ADMIN1_BONUS
                elif code == home_admin1 and not admin_code:
                    score += _HOME_ADMIN1_BONUS
                elif code in context_admin1 and code not in own_admin1 and not names_unit:
                    score += _CONTEXT_ADMIN1_BONUS
            if doc.points and not (names_unit and entry[PRECISION] == "city"):
                score += _COHERENCE_BONUS * self._coherence(entry, key, doc)
            if score > best_score:
                best, best_score = entry_id, score
        return best

    def _base_score(self, entry_id: int, quality: int) -> float:
        return self.index.entries[entry_id][9] + _QUALITY_BONUS[quality]

    def _admin1_code(self, admin1: str) -> str:
        if admin1.upper() in self.index.admin1:
            return admin1.upper()
        for entry_id, _ in self.matches(admin1):
            if self.index.entries[entry_id][PRECISION] == "admin1":
                return self.index.entries[entry_id][ADMIN1_CODE]
        return ""

    def document_context(self, text: str, names: list[Match] | None = None) -> DocumentContext:
        """What the text says about where it is (cached for the last few texts); names saves a rescan."""
        found = self._contexts.get(text)
        if found is None:
            found = self._read_context(text, names)
            self._contexts[text] = found
            if len(self._contexts) > _CONTEXTS_KEPT:
                self._contexts.popitem(last=False)
        return found

    def _read_context(self, text: str, names: list[Match] | None) -> DocumentContext:
        """Countries (with mention counts), admin1 codes and candidate points a document names."""
        from assay.gazetteer.scan import find_names

        countries: Counter[str] = Counter()
        admin1: set[str] = set()
        points: dict[str, list[tuple[float, float]]] = {}
        own: dict[str, Counter[str]] = {}
        for word in find_demonyms(text):
            countries[DEMONYMS[word]] += 1
        for start, end, matches in find_names(self.index, text) if names is None else names:
            key = fold_name(text[start:end])
            name = self._name_votes.get(key)
            if name is None:
                name = self._name_votes[key] = self._votes_of(matches)
                if len(self._name_votes) > _NAME_VOTES_KEPT:  # a bound on memory over a long run
                    self._name_votes.clear()
            points.setdefault(key, name.points)
            if name.admin1:
                admin1.add(name.admin1)
            if name.weight:
                countries[name.country] += name.weight
                own.setdefault(key, Counter())[name.country] += name.weight
        from assay.gazetteer.home import read_dateline

        home_country, home_admin1 = read_dateline(self, text)
        return DocumentContext(countries, frozenset(admin1), points, own, home_country, home_admin1)

    def _votes_of(self, matches: tuple[tuple[int, int], ...]) -> _NameVotes:
        """What one name tells about where a text is, from its entries alone (so read once per name)."""
        entries = self.index.entries
        ranked = sorted(matches, key=lambda m: -self._base_score(*m))[:_COHERENCE_CANDIDATES]
        points = [(lat, lon) for e, _ in ranked
                  if entries[e][PRECISION] == "city" and (lat := entries[e][LAT]) is not None
                  and (lon := entries[e][LON]) is not None]
        entry_id, quality = matches[0]
        entry = entries[entry_id]
        if quality == STEM or self._is_ambiguous(matches):
            return _NameVotes(points)
        weight = 2 if entry[PRECISION] in ("country", "admin1") else 1 if entry[9] >= 5.5 else 0
        admin1 = ""
        if entry[PRECISION] == "admin1" or (entry[PRECISION] == "admin2" and len(
                {entries[e][ADMIN1_CODE] for e, q in matches if q != STEM}) == 1):
            # A county only one state has ("Metcalfe County") names its state.
            admin1 = entry[ADMIN1_CODE]
        return _NameVotes(points, entry[COUNTRY], weight, admin1)

    def _coherence(self, entry: Entry, key: str, context: DocumentContext) -> float:
        """How near this entry the document's other names lie: each name's nearest candidate within
        ~150 km counts 1 at the entry and less with distance (a town 20 km from two others the text
        names beats a namesake 100 km from both), up to _COHERENCE_CAP."""
        lat, lon = entry[LAT], entry[LON]
        if lat is None or lon is None or entry[PRECISION] == "country":
            return 0.0
        scale = math.cos(math.radians(lat))
        near = 0.0
        for other, points in context.points.items():
            if other == key:
                continue
            # A plain loop: this runs for every candidate of every name a text resolves.
            closest = _NEAR_DEGREES_SQUARED
            for plat, plon in points:
                dlat, dlon = plat - lat, (plon - lon) * scale
                d2 = dlat * dlat + dlon * dlon
                if d2 < closest:
                    closest = d2
            if closest < _NEAR_DEGREES_SQUARED:
                near += 1.0 - math.sqrt(closest / _NEAR_DEGREES_SQUARED)
                if near >= _COHERENCE_CAP:
                    return float(_COHERENCE_CAP)
        return near

    def _is_ambiguous(self, matches: tuple[tuple[int, int], ...]) -> bool:
        """True when a name is a main name of places in more than one country ("Georgia")."""
        entries = self.index.entries
        named = {entries[e][COUNTRY] for e, q in matches if q == PRIMARY and entries[e][9] >= 5.0}
        return len(named) > 1

    def scan(self, text: str, *, countries: Sequence[str] = (),
             prior: Sequence[str] = ()) -> list[tuple[Span, Place]]:
        """Recognise and resolve the place names in raw text; each Place carries its span."""
        from assay.gazetteer.scan import scan_text

        return scan_text(self, text, countries, prior)

    def resolve_at(self, text: str, start: int, end: int, *, countries: Sequence[str] = (),
                   prior: Sequence[str] = ()) -> Place | None:
        """Resolve the name at text[start:end] using what follows it ("London, Ky.") and the whole text."""
        from assay.gazetteer.scan import resolve_span

        entry_id = resolve_span(self, text, start, end, countries, prior)
        return None if entry_id is None else self.entry_place(entry_id, Span(start, end, text[start:end]))

    def document_people(self, text: str) -> frozenset[str]:
        """Folded town names the text uses inside persons' names ("Andrew Brunson" → "brunson")."""
        from assay.gazetteer.scan import person_words

        return person_words(self.index, text)

    def document_countries(self, text: str) -> list[str]:
        """Countries a text names or implies, most mentioned first."""
        return [cc for cc, _ in self.document_context(text).countries.most_common()]


def find_demonyms(text: str) -> list[str]:
    """Folded demonyms that occur capitalised in the text ("Kazakh officials" → ["kazakh"])."""
    from assay.gazetteer.scan import read_words

    return [folded for w in read_words(text)[1] if w[0].isupper() and (folded := w.lower()) in DEMONYMS]


_LOCK = Lock()
_INSTANCE: list[Gazetteer] = []


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded (or compiled once and cached) on first use."""
    if not _INSTANCE:
        with _LOCK:
            if not _INSTANCE:
                _INSTANCE.append(Gazetteer(load_index()))
    return _INSTANCE[0]
