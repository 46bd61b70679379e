"""Gamma–Poisson rates: posterior rate ratio between two windows, and the chance of ≥ 1 event ahead.

Model. Event counts x in a window with exposure E are Poisson(λ·E). The prior on each rate is
Gamma(shape 0.5, rate 0) — Jeffreys' prior for a Poisson rate, improper but with a proper
posterior as soon as E > 0 — so the posterior is λ ~ Gamma(0.5 + x, rate E).

Ratio. With independent posteriors, λ_r·E_r / (λ_b·E_b) is a ratio of Gamma(a_r, 1) and
Gamma(a_b, 1) variables, i.e. beta-prime(a_r, a_b). Hence R = λ_r / λ_b is beta-prime scaled by
E_b / E_r, computed EXACTLY with scipy.stats.betaprime (no Monte Carlo): median, 5% and 95%
quantiles (the 90% credible interval) and P(R > 1).

Forecast. P(at least one event in the next T days) = 1 − E[exp(−λT)] = 1 − (E / (E + T))^a for
λ ~ Gamma(a, rate E): the Poisson chance of none, averaged over the posterior.
"""

from __future__ import annotations

from dataclasses import dataclass

from scipy import stats

PRIOR_SHAPE = 0.5
PRIOR_RATE = 0.0


@dataclass(frozen=True, slots=True)
class RatioPosterior:
    """Posterior summary of a rate ratio (recent / baseline)."""

    median: float
    low: float
    high: float
    p_increase: float


def posterior_ratio(
    baseline_count: int,
    baseline_exposure: float,
    recent_count: int,
    recent_exposure: float,
    *,
    prior_shape: float = PRIOR_SHAPE,
    prior_rate: float = PRIOR_RATE,
    level: float = 0.90,
) -> RatioPosterior:
    """Exact posterior of λ_recent / λ_baseline under independent Gamma–Poisson models."""
    if baseline_exposure + prior_rate <= 0 or recent_exposure + prior_rate <= 0:
        raise ValueError("exposures must be positive; give both windows at least one day or document")
    a_r, b_r = prior_shape + recent_count, prior_rate + recent_exposure
    a_b, b_b = prior_shape + baseline_count, prior_rate + baseline_exposure
    ratio = stats.betaprime(a_r, a_b, scale=b_b / b_r)
    tail = (1.0 - level) / 2.0
    return RatioPosterior(
        median=float(ratio.median()),
        low=float(ratio.ppf(tail)),
        high=float(ratio.ppf(1.0 - tail)),
        p_increase=float(ratio.sf(1.0)),
    )


def chance_of_any(
    count: int,
    exposure: float,
    horizon: float,
    *,
    prior_shape: float = PRIOR_SHAPE,
    prior_rate: float = PRIOR_RATE,
) -> float:
    """P(≥ 1 event within `horizon` exposure units) under the Gamma posterior of the rate."""
    a, b = prior_shape + count, prior_rate + exposure
    if b <= 0:
        raise ValueError("exposure must be positive to forecast from a rate")
    return 1.0 - float((b / (b + horizon)) ** a)


def posterior_rate(
    count: int, exposure: float, *, prior_shape: float = PRIOR_SHAPE, prior_rate: float = PRIOR_RATE
) -> tuple[float, float, float]:
    """Posterior mean rate and its 90% credible interval per exposure unit."""
    a, b = prior_shape + count, prior_rate + exposure
    dist = stats.gamma(a, scale=1.0 / b)
    return float(dist.mean()), float(dist.ppf(0.05)), float(dist.ppf(0.95))
