"""An event's place: the most specific, then nearest, place in its sentence; else dateline, title."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

from assay.model import Place, Span

_PRECISION_RANK = {"point": 0, "city": 0, "admin1": 1, "country": 2, "region": 3}
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
    out: list[Place] = []
    for span, place in gazetteer.scan(text, countries=countries):
        doc_span = Span(span.start + offset, span.end + offset, span.text)
        out.append(_with_span(place, doc_span))
    return out


def _with_span(place: Place, span: Span) -> Place:
    return Place(
        place.name,
        place.country_code,
        place.precision,
        place.geonames_id,
        place.feature_class,
        place.admin1_name,
        place.admin1_code,
        place.lat,
        place.lon,
        span,
    )


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

    return min(usable, key=lambda p: (_PRECISION_RANK.get(p.precision, 3), distance(p)))


def dateline_place(gazetteer: PlaceSource, text: str, countries: Sequence[str]) -> Place | None:
    """The place of a wire dateline ("ALMATY, June 5 (Reuters) -") at the start of a text."""
    m = _DATELINE.match(text[:120])
    if not m:
        return None
    name = m.group("place")
    place = gazetteer.resolve(
        name.title() if name.isupper() else name, countries=countries, context=text[:500]
    )
    return None if place is None else _with_span(place, Span(m.start("place"), m.end("place"), name))
