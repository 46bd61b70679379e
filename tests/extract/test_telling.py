"""The story of a film or book is no event, whatever case or look-alike letters its words use."""

from __future__ import annotations

import pytest

from assay.extract.drafts import _is_telling


@pytest.mark.parametrize(
    ("sentence", "telling"),
    [
        ("The film depicts the massacre of 1990.", True),
        ("The FILM depicts the massacre.", True),
        # Dotless i, the Kelvin sign and the long s match ASCII letters case-insensitively.
        ("The f\u0131lm depicts the massacre.", True),
        ("The boo\u212a recounts the siege.", True),
        ("A \u017feries that depicts the war.", True),
        ("A new thriller about a plot to bomb the metro premieres.", True),
        ("The film festival was cancelled after the blast.", False),
        ("Police detained 12 people in Aktau.", False),
    ],
)
def test_is_telling(sentence: str, telling: bool) -> None:
    # Checked inside a longer text: the sentence's bounds, not the whole text, decide.
    text = "Gunmen attacked a film studio. " + sentence
    assert _is_telling(text, 31, len(text)) is telling
