"""Gamma–Poisson numbers: hand computations and an independent check through the F distribution."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from assay.assess.rates import chance_of_any, posterior_rate, posterior_ratio


def test_hand_computed_ratio_with_a_flat_shape_prior() -> None:
    # Prior shape 1, no events in baseline, one in recent, equal exposure: a_r = 2, a_b = 1, so
    # X = R / (1 + R) ~ Beta(2, 1) with CDF x². P(R > 1) = P(X > 1/2) = 3/4; median X = 1/√2,
    # median R = (1/√2) / (1 − 1/√2) = 1 + √2.
    post = posterior_ratio(0, 100.0, 1, 100.0, prior_shape=1.0)
    assert post.p_increase == pytest.approx(0.75)
    assert post.median == pytest.approx(1 + math.sqrt(2))
    # 5% quantile: x² = 0.05 → R = √0.05 / (1 − √0.05).
    assert post.low == pytest.approx(math.sqrt(0.05) / (1 - math.sqrt(0.05)))


def test_equal_evidence_gives_even_odds() -> None:
    post = posterior_ratio(4, 365.0, 4, 365.0)
    assert post.p_increase == pytest.approx(0.5)
    assert post.median == pytest.approx(1.0)
    assert post.low == pytest.approx(1 / post.high)


def test_against_the_f_distribution_and_a_seeded_simulation() -> None:
    # 1 attack in 730 baseline days, 3 in 366 recent days, Jeffreys prior.
    post = posterior_ratio(1, 730.0, 3, 366.0)
    a_r, a_b = 3.5, 1.5
    # (λ_r / λ_b) · (E_r a_b)/(E_b a_r) ~ F(2 a_r, 2 a_b)
    f = stats.f(2 * a_r, 2 * a_b)
    factor = (730.0 * a_r) / (366.0 * a_b)
    assert post.median == pytest.approx(f.median() * factor)
    assert post.low == pytest.approx(f.ppf(0.05) * factor)
    assert post.p_increase == pytest.approx(f.sf(1 / factor))
    rng = np.random.default_rng(20160605)
    draws = rng.gamma(a_r, 1 / 366.0, 400_000) / rng.gamma(a_b, 1 / 730.0, 400_000)
    assert post.p_increase == pytest.approx(float(np.mean(draws > 1)), abs=0.003)
    assert post.median == pytest.approx(float(np.median(draws)), rel=0.01)


def test_chance_of_at_least_one_event() -> None:
    # a = 0.5 + 3, E = 366, T = 365: 1 − (366/731)^3.5
    assert chance_of_any(3, 366.0, 365.0) == pytest.approx(1 - (366 / 731) ** 3.5)
    rng = np.random.default_rng(7)
    lam = rng.gamma(3.5, 1 / 366.0, 400_000)
    assert chance_of_any(3, 366.0, 365.0) == pytest.approx(float(np.mean(1 - np.exp(-lam * 365))), abs=0.003)
    assert chance_of_any(0, 366.0, 365.0) == pytest.approx(1 - (366 / 731) ** 0.5)


def test_posterior_rate_mean() -> None:
    mean, low, high = posterior_rate(3, 366.0)
    assert mean == pytest.approx(3.5 / 366.0)
    assert low < mean < high


def test_zero_exposure_is_refused() -> None:
    with pytest.raises(ValueError, match="exposures must be positive"):
        posterior_ratio(1, 0.0, 1, 10.0)
