"""ACH scoring against hand computations (Heuer's example, the PARC weight grid) and invariants."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assay.assess.ach import LIKELIHOOD_RATIOS, score_ach
from assay.errors import AssessError
from assay.model import Evidence, Hypothesis, Rating

C, CC, N, I, II, NA = Rating.C, Rating.CC, Rating.N, Rating.I, Rating.II, Rating.NA  # noqa: E741
HEUER = [
    Hypothesis("H1", "No retaliation."),
    Hypothesis("H2", "Minor terrorist actions."),
    Hypothesis("H3", "Major attack."),
]


def item(
    key: str,
    *ratings: Rating,
    credibility: str = "medium",
    relevance: str = "medium",
    hyps: list[Hypothesis] = HEUER,
) -> Evidence:
    return Evidence(
        key,
        key,
        "note",
        credibility,
        relevance,  # type: ignore[arg-type]
        {h.key: r for h, r in zip(hyps, ratings, strict=True)},
    )


HEUER_MATRIX = [
    item("E1", C, C, C),
    item("E2", C, C, I),
    item("E3", C, C, I),
    item("E4", I, C, C),
    item("E5", I, C, C),
    item("E6", II, C, C),
]


def by_key(result):  # type: ignore[no-untyped-def]
    return {s.key: s for s in result.scores}


def test_heuer_textbook_example() -> None:
    result = score_ach(HEUER, HEUER_MATRIX)
    scores = by_key(result)
    assert [scores[k].inconsistency for k in ("H1", "H2", "H3")] == [4, 0, 2]
    assert [scores[k].rank for k in ("H1", "H2", "H3")] == [3, 1, 2]
    assert result.diagnosticity["E1"] == 0.0
    assert any(n.startswith("E1 ") and "no diagnostic value" in n for n in result.notes)
    # E2 (C, C, I) on the scale C=1, I=-1: values 1, 1, -1; mean 1/3; population sd = sqrt(8/9).
    assert result.diagnosticity["E2"] == pytest.approx(math.sqrt(8 / 9))
    assert result.sensitive_items == ()


def test_heuer_example_bayesian_view() -> None:
    # Uniform prior; H1: 1.4^3 * 0.5 * 0.5 * 0.25 = 0.1715; H2: 1.4^6 = 7.529536; H3: 1.4^4 * 0.25 = 0.9604.
    # E2–E6 are diagnostic (m = 5, E1 is rated alike everywhere), so each product is raised to 1/√5.
    k = 1 / math.sqrt(5)
    h1, h2, h3 = 0.1715**k, 7.529536**k, 0.9604**k
    total = h1 + h2 + h3
    scores = by_key(score_ach(HEUER, HEUER_MATRIX))
    assert scores["H1"].posterior == pytest.approx(h1 / total)
    assert scores["H2"].posterior == pytest.approx(h2 / total)
    assert scores["H3"].posterior == pytest.approx(h3 / total)


@pytest.mark.parametrize(
    ("credibility", "relevance", "rating", "expected"),
    [
        ("high", "high", II, -4.0),
        ("high", "high", I, -2.0),
        ("medium", "medium", II, -2.0),
        ("medium", "medium", I, -1.0),
        ("low", "low", II, -1.0),
        ("low", "low", I, -0.5),
        ("low", "high", II, -2.0),
        ("medium", "high", II, -2 * math.sqrt(2)),
        ("low", "medium", I, -1 / math.sqrt(2)),
        ("high", "high", C, 0.0),
        ("high", "high", CC, 0.0),
        ("high", "high", NA, 0.0),
    ],
)
def test_parc_weight_grid(credibility: str, relevance: str, rating: Rating, expected: float) -> None:
    hyps = [Hypothesis("A", "a"), Hypothesis("B", "b")]
    result = score_ach(hyps, [item("E", rating, N, credibility=credibility, relevance=relevance, hyps=hyps)])
    assert by_key(result)["A"].weighted_inconsistency == pytest.approx(expected)


def test_weights_temper_likelihood_ratios() -> None:
    hyps = [Hypothesis("A", "a"), Hypothesis("B", "b")]
    # high/high counts twice: odds A:B = 2.0^2 : 0.5^2 = 16 → P(A) = 16/17.
    result = score_ach(hyps, [item("E", CC, I, credibility="high", relevance="high", hyps=hyps)])
    assert by_key(result)["A"].posterior == pytest.approx(16 / 17)


def test_prior_is_used_and_checked() -> None:
    hyps = [Hypothesis("A", "a"), Hypothesis("B", "b")]
    result = score_ach(hyps, [item("E", C, N, hyps=hyps)], prior={"A": 1, "B": 3})
    # odds = (1 * 1.4) : (3 * 1) → P(A) = 1.4 / 4.4
    assert by_key(result)["A"].posterior == pytest.approx(1.4 / 4.4)
    assert result.prior == {"A": 0.25, "B": 0.75}
    with pytest.raises(AssessError, match="'B'"):
        score_ach(hyps, [], prior={"A": 1})


def test_sensitivity_names_the_item_that_decides_the_lead() -> None:
    hyps = [Hypothesis("A", "a"), Hypothesis("B", "b")]
    result = score_ach(hyps, [item("E1", C, I, hyps=hyps), item("E2", N, N, hyps=hyps)])
    assert result.sensitive_items == ("E1",)
    assert result.posterior_sensitive_items == ("E1",)


def test_likelihood_ratios_are_the_documented_ones() -> None:
    assert LIKELIHOOD_RATIOS == {CC: 2.0, C: 1.4, N: 1.0, I: 0.5, II: 0.25, NA: 1.0}


def test_no_hypotheses_is_an_error() -> None:
    with pytest.raises(AssessError, match="hypotheses"):
        score_ach([], [])


WEIGHT = st.sampled_from(["low", "medium", "high"])


@st.composite
def matrices(draw):  # type: ignore[no-untyped-def]
    n = draw(st.integers(2, 4))
    hyps = [Hypothesis(f"H{i}", f"h{i}") for i in range(n)]
    items = [
        Evidence(
            f"E{j}",
            "e",
            "note",
            draw(WEIGHT),
            draw(WEIGHT),
            {h.key: draw(st.sampled_from(list(Rating))) for h in hyps},
        )
        for j in range(draw(st.integers(0, 5)))
    ]
    return hyps, items


def _summary(result):  # type: ignore[no-untyped-def]
    return {
        s.key: (s.inconsistency, round(s.weighted_inconsistency, 9), round(s.posterior, 9), s.rank)
        for s in result.scores
    }


@settings(max_examples=150, deadline=None)
@given(matrices(), st.data())
def test_item_rated_n_everywhere_changes_no_score(matrix, data) -> None:  # type: ignore[no-untyped-def]
    hyps, items = matrix
    neutral = Evidence(
        "ZN", "neutral", "note", data.draw(WEIGHT), data.draw(WEIGHT), {h.key: N for h in hyps}
    )
    where = data.draw(st.integers(0, len(items)))
    before = score_ach(hyps, items)
    after = score_ach(hyps, [*items[:where], neutral, *items[where:]])
    assert _summary(after) == _summary(before)
    assert set(after.sensitive_items) == set(before.sensitive_items)
    assert set(after.posterior_sensitive_items) == set(before.posterior_sensitive_items)
    assert after.diagnosticity["ZN"] == 0.0
    assert {k: v for k, v in after.diagnosticity.items() if k != "ZN"} == before.diagnosticity


@settings(max_examples=150, deadline=None)
@given(matrices(), st.randoms(use_true_random=False))
def test_permuting_hypotheses_permutes_scores(matrix, rng) -> None:  # type: ignore[no-untyped-def]
    hyps, items = matrix
    shuffled = list(hyps)
    rng.shuffle(shuffled)
    before, after = score_ach(hyps, items), score_ach(shuffled, items)
    assert [s.key for s in after.scores] == [h.key for h in shuffled]
    assert _summary(after) == _summary(before)
    assert set(after.sensitive_items) == set(before.sensitive_items)
    assert after.diagnosticity == pytest.approx(before.diagnosticity)
