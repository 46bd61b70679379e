"""Triggers inside an "if" or "unless" clause tell what might happen, not what did."""

from __future__ import annotations

from tests.extract.conftest import make_doc

from assay.extract import get_extractor


def coded(text: str) -> list[tuple[str, str]]:
    found = get_extractor("rules.v1").extract(make_doc(text, "2016-06-07"), countries=())
    return [(m.event_type, m.trigger.text) for m in found]


def test_fighting_in_a_condition_is_no_clash() -> None:
    text = "Tajikistan could close the border crossing if fighting in the north spreads, the minister said."
    assert "armed_clash" not in [t for t, _ in coded(text)]


def test_travel_in_a_condition_is_no_journey() -> None:
    text = "Officials fear more young men will leave if foreign fighters return to Syria with money."
    assert coded(text) == []


def test_the_act_before_the_condition_stays() -> None:
    # The deployment is the main clause; only the trigger inside the "if" clause is dropped.
    text = "Kyrgyzstan would send troops to the border if the council authorises the mission."
    assert [t for t, _ in coded(text)] == ["military_exercise"]


def test_a_comma_closes_the_condition() -> None:
    text = "If confirmed, the bombing would be the deadliest in the capital this year, police said on Monday."
    assert "bombing" in [t for t, _ in coded(text)]


def test_returnees_as_a_prepositions_object_are_people_not_a_journey() -> None:
    text = "The ministry opened a rehabilitation centre for returnees in Almaty on Monday."
    assert "foreign_fighter_travel" not in [t for t, _ in coded(text)]


def test_returnees_as_subject_still_travel() -> None:
    text = "Returnees from Syria crossed into Tajikistan on Monday, border guards said."
    assert "foreign_fighter_travel" in [t for t, _ in coded(text)]


def test_warnings_told_as_a_habit_are_no_statement() -> None:
    text = "Officials in Bishkek have repeatedly warned that extremist groups recruit migrant workers."
    assert "statement" not in [t for t, _ in coded(text)]


def test_a_single_warning_is_a_statement() -> None:
    text = "The security service warned on Monday that extremist groups recruit migrant workers."
    assert "statement" in [t for t, _ in coded(text)]
