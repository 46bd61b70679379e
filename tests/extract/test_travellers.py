"""Travellers of a journey: counted as fighters, or as individuals when repatriated or families."""

from __future__ import annotations

from datetime import date

from tests.extract.conftest import make_doc

from assay.extract import get_extractor
from assay.extract.travellers import travel_count
from assay.model import Mention


def _count(sentence: str, trigger: str) -> tuple[str, int, str] | None:
    start = sentence.index(trigger)
    found = travel_count(sentence, start, start + len(trigger), [])
    return None if found is None else (found.kind, found.value, found.qualifier)


def test_men_counted_by_another_verb_are_the_journeys_fighters() -> None:
    text = "Border guards arrested five men near the border on Tuesday, en route to Syria, officials said."
    assert _count(text, "en route to Syria") == ("fighters", 5, "exact")


def test_evacuees_are_individuals_and_the_aside_is_skipped() -> None:
    text = "In late May 231 citizens of Kazakhstan, among them 156 children, were evacuated from Syria."
    assert _count(text, "were evacuated") == ("individuals", 231, "exact")


def test_one_explicit_person_counts_one_and_several_hundred_counts_nothing() -> None:
    text = "A 25-year-old resident of Kulyab voluntarily returned to the homeland from Syria."
    assert _count(text, "returned to the homeland") == ("fighters", 1, "exact")
    text = "Several hundred Georgian citizens are believed to have joined militant groups in Syria."
    assert _count(text, "joined militant groups in Syria") is None


def _journeys(text: str, published: str) -> list[Mention]:
    doc = make_doc(text, published)
    return [m for m in get_extractor("rules.v1").extract(doc) if m.event_type == "foreign_fighter_travel"]


def test_departure_and_return_in_one_sentence_are_two_journeys() -> None:
    # The year of the departure dates only the departure; the return is not placed in Syria.
    text = "A man from Kulyab who left for Syria in 2014 later returned to the homeland, the ministry said."
    out, back = _journeys(text, "2016-03-15")
    assert (out.trigger.text, back.trigger.text) == ("left for", "returned to the homeland")
    assert (out.date.start, out.date.end) == (date(2014, 1, 1), date(2014, 12, 31))
    assert back.date.start is None
    assert out.place is not None and out.place.country_code == "SY"
    assert back.place is None or back.place.country_code != "SY"


def test_a_crowd_counted_at_the_departure_is_not_the_returners_count() -> None:
    text = "Of the roughly 5,000 Europeans who travelled to Syria, about a third have since returned home."
    out, back = _journeys(text, "2018-01-10")
    assert [c.value for c in out.counts] == [5000]
    assert back.counts == ()
