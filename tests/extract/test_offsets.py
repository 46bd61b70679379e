"""Moving a paragraph's mention into document coordinates keeps every field and moves every span."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from assay.extract.offsets import moved_place, shift_mention
from assay.model import Actor, Count, Mention, Place, Span, TimeSpan


def test_builders_know_every_field() -> None:
    # offsets.py builds these types field by field; a new field must be added there too.
    assert [f.name for f in fields(Mention)] == [
        "id", "document_id", "event_type", "trigger", "sentence", "date", "place", "actors",
        "counts", "modality", "reported_by", "extractor",
    ]
    assert [f.name for f in fields(Place)] == [
        "name", "country_code", "precision", "geonames_id", "feature_class", "admin1_name",
        "admin1_code", "lat", "lon", "span",
    ]
    assert [f.name for f in fields(TimeSpan)] == ["start", "end", "precision", "span"]
    assert [f.name for f in fields(Actor)] == ["key", "name", "actor_type", "role", "span"]
    assert [f.name for f in fields(Count)] == ["kind", "value", "qualifier", "span"]


def test_shift_mention_moves_every_span_by_the_offset() -> None:
    aktau = Place("Aktau", "KZ", "city", 610611, "P", "Mangystau", "09", 43.6, 51.2, Span(3, 8, "Aktau"))
    m = Mention(
        7, 2, "protest", Span(10, 17, "rallied"), Span(0, 40, "s"),
        TimeSpan(date(2016, 5, 1), date(2016, 5, 2), "day", Span(20, 25, "May 1")), aktau,
        (Actor("police", "Police", "security", "target", Span(30, 36, "police")),),
        (Count("arrested", 12, "at_least", Span(26, 28, "12")),),
        "reported", "Reuters", "rules.v1",
    )
    got = shift_mention(m, 100, None)
    assert got == Mention(
        7, 2, "protest", Span(110, 117, "rallied"), Span(100, 140, "s"),
        TimeSpan(date(2016, 5, 1), date(2016, 5, 2), "day", Span(120, 125, "May 1")),
        Place("Aktau", "KZ", "city", 610611, "P", "Mangystau", "09", 43.6, 51.2, Span(103, 108, "Aktau")),
        (Actor("police", "Police", "security", "target", Span(130, 136, "police")),),
        (Count("arrested", 12, "at_least", Span(126, 128, "12")),),
        "reported", "Reuters", "rules.v1",
    )
    # The dateline place is already in document coordinates and stays where it is.
    assert shift_mention(m, 100, aktau).place is aktau
    assert moved_place(aktau, -3).span == Span(0, 5, "Aktau")
