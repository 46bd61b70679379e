"""The expectation grammar and the ratings it suggests."""

from __future__ import annotations

import pytest

from assay.assess.expectations import not_rising_rating, parse_expectation, rate_rating
from assay.assess.rates import RatioPosterior
from assay.model import Rating


@pytest.mark.parametrize(
    ("text", "kind", "family", "direction", "other"),
    [
        ("attack rate rises", "rate", "attack", "rises", ""),
        ("Propaganda rate falls.", "rate", "propaganda", "falls", ""),
        ("events rate is stable", "rate", "events", "stable", ""),
        ("arrest rate rises while attack rate does not", "rate_while", "arrest", "rises", "attack"),
        ("events cluster after legislation", "cluster", "", "rises", ""),
        ("casualties per attack fall", "casualties", "", "falls", ""),
        ("events spread across countries", "spread", "", "rises", ""),
        ("events concentrate in one country", "concentrate", "", "rises", ""),
    ],
)
def test_grammar(text: str, kind: str, family: str, direction: str, other: str) -> None:
    exp = parse_expectation(text)
    assert exp is not None
    assert (exp.kind, exp.family, exp.direction, exp.other) == (kind, family, direction, other)


@pytest.mark.parametrize("text", ["support rises", "attack rate soars", "attacks rise"])
def test_phrases_outside_the_grammar_are_refused(text: str) -> None:
    assert parse_expectation(text) is None


@pytest.mark.parametrize(
    ("p", "rises", "falls"),
    [
        (0.97, Rating.CC, Rating.II),
        (0.85, Rating.C, Rating.I),
        (0.5, Rating.N, Rating.N),
        (0.15, Rating.I, Rating.C),
        (0.03, Rating.II, Rating.CC),
    ],
)
def test_rate_thresholds(p: float, rises: Rating, falls: Rating) -> None:
    post = RatioPosterior(1.0, 0.5, 2.0, p)
    assert rate_rating(post, "rises") is rises
    assert rate_rating(post, "falls") is falls
    assert not_rising_rating(post) is {Rating.CC: Rating.II, Rating.C: Rating.I}.get(rises, Rating.C)


def test_stable_reads_the_interval() -> None:
    assert rate_rating(RatioPosterior(1.2, 0.6, 2.5, 0.6), "stable") is Rating.C
    assert rate_rating(RatioPosterior(1.8, 1.1, 3.0, 0.97), "stable") is Rating.I
    assert rate_rating(RatioPosterior(4.0, 2.2, 9.0, 0.999), "stable") is Rating.II
