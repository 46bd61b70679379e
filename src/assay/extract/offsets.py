"""Offsets: moving what a paragraph yielded (dates, places, mentions) into document coordinates."""

from __future__ import annotations

from assay.extract.dates import DateMatch
from assay.model import Actor, Count, Mention, Place, Span, TimeSpan

# Every mention of a multi-paragraph document passes through here, so the types are built
# directly: dataclasses.replace re-reads the field list on each call and costs several times more.
# tests/extract/test_offsets.py fails when a model type gains a field these builders would drop.


def moved_place(place: Place, offset: int) -> Place:
    return place_at(place, moved(place.span, offset))


def place_at(place: Place, span: Span | None) -> Place:
    """The same gazetteer place, named at another span of the document."""
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


def shift_date(d: DateMatch, offset: int) -> DateMatch:
    return DateMatch(d.start + offset, d.end + offset, d.text, d.first, d.last, d.precision, d.is_report_date)


def moved(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset, span.text)


def moved_span(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)


def shift_mention(m: Mention, offset: int, fallback: Place | None) -> Mention:
    """Move a mention found in a paragraph into document coordinates (a dateline place already is)."""
    if offset == 0:
        return m
    place = m.place
    if place is not None and place is not fallback:
        place = moved_place(place, offset)
    d = m.date
    return Mention(
        m.id,
        m.document_id,
        m.event_type,
        moved_span(m.trigger, offset),
        moved_span(m.sentence, offset),
        TimeSpan(d.start, d.end, d.precision, moved(d.span, offset)),
        place,
        tuple(Actor(a.key, a.name, a.actor_type, a.role, moved(a.span, offset)) for a in m.actors),
        tuple(Count(c.kind, c.value, c.qualifier, moved(c.span, offset)) for c in m.counts),
        m.modality,
        m.reported_by,
        m.extractor,
    )
