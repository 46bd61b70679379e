"""Coordinated assaults: one sentence telling several violent acts, and where their toll goes."""

from __future__ import annotations

from tests.extract.conftest import make_doc

from assay.extract import get_extractor


def coded(text: str) -> list[tuple[str, str, list[tuple[str, int]]]]:
    found = get_extractor("rules.v1").extract(make_doc(text, "2016-06-07"), countries=())
    return [(m.event_type, m.trigger.text, [(c.kind, c.value) for c in m.counts]) for m in found]


def test_toll_of_gunfire_and_suicide_blasts_goes_on_the_first_act() -> None:
    # The bombers' own deaths stay with their blasts; the victims' toll with the first act.
    text = "Two suicide bombers opened fire and then blew themselves up at a bus station, killing 15 people."
    assert coded(text) == [
        ("attack", "opened fire", [("killed", 15)]),
        ("suicide_bombing", "blew themselves up", [("attackers_killed", 2)]),
    ]


def test_toll_skips_an_agent_noun_for_the_act() -> None:
    text = "Gunmen and suicide bombers struck two hotels on Friday, killing at least 30 people."
    assert [(t, c) for t, _, c in coded(text)] == [("suicide_bombing", []), ("attack", [("killed", 30)])]


def test_toll_in_a_clause_of_its_own_goes_to_the_assault_before_it() -> None:
    text = "Three suicide bombers stormed the gate and blew themselves up; eleven guards died."
    assert [(t, c) for t, _, c in coded(text)] == [
        ("attack", [("killed", 11)]),
        ("suicide_bombing", [("attackers_killed", 3)]),
    ]

def test_setting_off_a_device_is_a_bombing_act() -> None:
    assert [(t, w) for t, w, _ in coded("Insurgents set off a car bomb outside the ministry on Monday.")] == [
        ("bombing", "set off a car bomb")
    ]


def test_a_suicide_attacker_codes_a_suicide_bombing() -> None:
    # README: "a suicide bomber" or "a suicide attacker" in the singular.
    text = "A suicide attacker struck a police post in the capital on Monday, killing three officers."
    assert coded(text) == [("suicide_bombing", "suicide attacker", [("killed", 3), ("attackers_killed", 1)])]
