"""Counts implied by one person named in the singular: the stabbed, the killed, the lone suicide bomber."""

from __future__ import annotations

import pytest

from assay.extract.counts import find_counts


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(c.kind, c.value, c.qualifier) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stabbing not told as fatal is a wound; one told as fatal stays a death.
        ("A shop guard was stabbed outside the station by an unknown man.", [("injured", 1, "exact")]),
        ("A shop guard was stabbed to death outside the station.", [("killed", 1, "exact")]),
        # The active form in a rampage is left alone: the victim may have died.
        ("The driver then stabbed a police officer in the square.", []),
        # The -ing form of the outcome names one victim as well as the past form does.
        ("Gunmen raided the post at dawn, killing a soldier.", [("killed", 1, "exact")]),
        # A singular suicide bomber died by design, whatever words stand before "suicide".
        (
            "A suspected separatist suicide bomber struck a bus depot on Monday.",
            [("attackers_killed", 1, "exact")],
        ),
        ("A suicide attacker rammed the gate of the base.", [("attackers_killed", 1, "exact")]),
        # One attacker whose arrest closes the sentence that told the act.
        (
            "A local man set fire to the mosque door on Friday night and was arrested the next day.",
            [("arrested", 1, "exact")],
        ),
        # Plural bombers without a number give no count (gold README).
        ("Suicide bombers struck two churches on Sunday.", []),
    ],
)
def test_singular_counts(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People counted by the wounds they took.
        ("Rebels shelled the village; five residents sustained shrapnel wounds.", [("injured", 5, "exact")]),
        # "all three" repeats the attackers' number: their own deaths.
        (
            "Three militants stormed the checkpoint; all three were killed by the guards.",
            [("attackers_killed", 3, "exact")],
        ),
        # ... but not a number repeating victims.
        ("Three soldiers were ambushed; all three were killed.", [("killed", 3, "exact")]),
    ],
)
def test_counts_referring_back(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentences handed to a number of people convict them.
        ("The court handed down sentences of up to ten years to 7 men.", [("convicted", 7, "exact")]),
        # The dead named after the act: "the execution of five men", "the killing of three soldiers".
        ("The group released footage of the execution of five men.", [("killed", 5, "exact")]),
        ("Residents demanded an inquiry into the killing of three shepherds.", [("killed", 3, "exact")]),
        # People who held a gathering are its organisers, not detainees; people held are detainees.
        ("About 60 residents held a rally outside the mayor's office.", []),
        ("Police said 12 men were held overnight.", [("arrested", 12, "exact")]),
        # A group counted, then told in custody.
        ("Police said four men, all of whom were detained, had planned it.", [("arrested", 4, "exact")]),
    ],
)
def test_counts_told_after_the_people(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected
