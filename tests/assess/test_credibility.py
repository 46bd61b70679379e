"""The credibility rule table, row by row."""

from __future__ import annotations

import pytest

from assay.assess.credibility import rate_credibility
from assay.model import Origin, Reliability


def origin(key: str, grade: Reliability, state: bool = False) -> Origin:
    return Origin(f"{key}@1", (key,), (1,), state, False, grade)


@pytest.mark.parametrize(
    ("origins", "expected"),
    [
        ([origin("bbc", "B"), origin("kazinform", "C", state=True)], 1),
        ([origin("tengri", "C"), origin("kazinform", "C", state=True)], 1),
        ([origin("kazinform", "C", state=True), origin("khabar", "B", state=True)], 2),
        ([origin("blog", "D"), origin("forum", "F")], 2),
        ([origin("reuters", "A")], 2),
        ([origin("bbc", "B")], 2),
        ([origin("tengri", "C")], 3),
        ([origin("tabloid", "D")], 4),
        ([origin("troll", "E")], 5),
        ([origin("unknown", "F")], 6),
        ([], 6),
    ],
)
def test_credibility_rule(origins: list[Origin], expected: int) -> None:
    value, reason = rate_credibility(origins)
    assert value == expected
    assert reason.startswith(f"{expected} (")


def test_reason_names_the_origins() -> None:
    _, reason = rate_credibility([origin("kazinform", "C", state=True), origin("khabar", "B", state=True)])
    assert "all are state-affiliated" in reason and "kazinform (C)" in reason
