"""Modality cues: denial, hypothesis, plan, attribution."""

from __future__ import annotations

import pytest

from assay.extract.modality import read_modality


def modality(sentence: str, trigger: str, *, reporter: bool = False, disruption: bool = False) -> str:
    start = sentence.index(trigger)
    return read_modality(
        sentence, start, start + len(trigger), has_reporter=reporter, is_disruption=disruption
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "reporter", "expected"),
    [
        ("Gunmen attacked a police station in Aktobe.", "attacked", False, "asserted"),
        ("Gunmen attacked a police station, police said.", "attacked", True, "reported"),
        ("The ministry denied that any attack took place.", "attack", False, "denied"),
        ("Militants could attack tourist sites.", "attack", False, "hypothetical"),
        ("The CSTO will hold joint exercises in August.", "exercises", False, "planned"),
        ("The men were planning an attack on a mall.", "attack", False, "planned"),
        ("Five men were reportedly detained.", "detained", False, "reported"),
    ],
)
def test_modality(sentence: str, trigger: str, reporter: bool, expected: str) -> None:
    assert modality(sentence, trigger, reporter=reporter) == expected


def test_a_foiled_plot_is_asserted_not_planned() -> None:
    assert modality("Police foiled a plot the men were planning.", "foiled", disruption=True) == "asserted"
