"""Offsets: moving what a paragraph yielded (dates, places, mentions) into document coordinates."""

from __future__ import annotations

from dataclasses import replace

from assay.extract.dates import DateMatch
from assay.model import Mention, Place, Span


def moved_place(place: Place, offset: int) -> Place:
    return replace(place, span=moved(place.span, offset))


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
        place = replace(place, span=moved(place.span, offset))
    return replace(
        m,
        trigger=moved_span(m.trigger, offset),
        sentence=moved_span(m.sentence, offset),
        date=replace(m.date, span=moved(m.date.span, offset)),
        place=place,
        actors=tuple(replace(a, span=moved(a.span, offset)) for a in m.actors),
        counts=tuple(replace(c, span=moved(c.span, offset)) for c in m.counts),
    )
