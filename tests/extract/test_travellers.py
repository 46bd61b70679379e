"""Travellers of a journey: counted as fighters, or as individuals when repatriated or families."""

from __future__ import annotations

from assay.extract.travellers import travel_count


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
