"""Scoring an Analysis of Competing Hypotheses matrix: Heuer, PARC-weighted and Bayesian views.

A rating missing from the matrix counts as N. All scores treat hypotheses symmetrically, so
permuting hypotheses permutes the scores, and an item rated N everywhere changes nothing.

* Heuer inconsistency: I = 1, II = 2, everything else 0, summed per hypothesis; the LOWEST
  total is the least refuted (Heuer 1999, ch. 8).
* PARC weighted inconsistency: Σ credibility × relevance × value with I = −1, II = −2, others
  0, weights low 1/√2, medium 1, high √2 (so high/high II = −4); the total closest to 0 wins.
* Diagnosticity of an item: the population standard deviation of its ratings across the
  hypotheses on the scale CC 2, C 1, N 0, I −1, II −2 (NA left out); 0 = no diagnostic value.
* Bayesian view: each rating is a likelihood ratio, LIKELIHOOD_RATIOS below (CC 2.0, C 1.4,
  N 1, I 0.5, II 0.25, NA 1), tempered by the item's weights (LR ** (credibility × relevance),
  so a medium/medium item counts once, a high/high item twice, a low/low item half). Items
  drawn from one corpus are not independent (the same events feed an event item and a trend
  item), so multiplying m diagnostic items as if they were would overstate the evidence: the
  summed log-likelihoods are scaled by 1/√m, i.e. the matrix counts as √m independent items
  (one item counts fully; items rated alike for every hypothesis do not count in m). The
  posterior is ∝ prior × (Π tempered LR)^(1/√m), from a uniform prior unless one is given.
* Ranking: by Heuer inconsistency, then weighted inconsistency, then posterior; hypotheses
  that tie on all three share a rank.
* Sensitivity: an item is sensitive when removing it changes the set of leading hypotheses
  (least inconsistent for the Heuer/PARC view; highest posterior for the Bayesian view).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from assay.errors import AssessError
from assay.model import AchResult, Evidence, Hypothesis, HypothesisScore, Rating

INCONSISTENCY = {Rating.I: 1, Rating.II: 2}
WEIGHTED_VALUE = {Rating.I: -1.0, Rating.II: -2.0}
WEIGHTS = {"low": 1 / math.sqrt(2), "medium": 1.0, "high": math.sqrt(2)}
CONSISTENCY = {Rating.CC: 2, Rating.C: 1, Rating.N: 0, Rating.I: -1, Rating.II: -2}
LIKELIHOOD_RATIOS = {
    Rating.CC: 2.0,
    Rating.C: 1.4,
    Rating.N: 1.0,
    Rating.I: 0.5,
    Rating.II: 0.25,
    Rating.NA: 1.0,
}
_DIGITS = 9


def _rating(item: Evidence, key: str) -> Rating:
    return item.ratings.get(key, Rating.N)


def heuer_inconsistency(evidence: Sequence[Evidence], key: str) -> int:
    """Σ over items of I = 1, II = 2 for one hypothesis."""
    return sum(INCONSISTENCY.get(_rating(e, key), 0) for e in evidence)


def weighted_inconsistency(evidence: Sequence[Evidence], key: str) -> float:
    """Σ credibility × relevance × value (I = −1, II = −2) for one hypothesis."""
    return sum(
        WEIGHTS[e.credibility] * WEIGHTS[e.relevance] * WEIGHTED_VALUE.get(_rating(e, key), 0.0)
        for e in evidence
    )


def diagnosticity(item: Evidence, keys: Sequence[str]) -> float:
    """Population standard deviation of the item's consistency values across hypotheses."""
    values = [CONSISTENCY[r] for r in (_rating(item, k) for k in keys) if r is not Rating.NA]
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def posteriors(
    evidence: Sequence[Evidence], keys: Sequence[str], prior: Mapping[str, float]
) -> dict[str, float]:
    """Posterior probabilities from the prior and the tempered likelihood ratios (see module docs)."""
    diagnostic = sum(1 for e in evidence if diagnosticity(e, keys) > 0.0)
    scale = 1.0 / math.sqrt(diagnostic) if diagnostic > 1 else 1.0
    logs = {}
    for k in keys:
        evidence_log = sum(
            WEIGHTS[e.credibility] * WEIGHTS[e.relevance] * math.log(LIKELIHOOD_RATIOS[_rating(e, k)])
            for e in evidence
        )
        logs[k] = math.log(prior[k]) + scale * evidence_log
    top = max(logs.values())
    raw = {k: math.exp(v - top) for k, v in logs.items()}
    norm = sum(raw.values())
    return {k: v / norm for k, v in raw.items()}


def _prior(keys: Sequence[str], prior: Mapping[str, float] | None) -> dict[str, float]:
    if prior is None:
        return {k: 1.0 / len(keys) for k in keys}
    missing = [k for k in keys if prior.get(k, 0) <= 0]
    if missing:
        raise AssessError(
            f"prior gives no positive probability to {missing}; give every hypothesis a share > 0"
        )
    total = sum(prior[k] for k in keys)
    return {k: prior[k] / total for k in keys}


def _leaders_heuer(evidence: Sequence[Evidence], keys: Sequence[str]) -> frozenset[str]:
    scored = {
        k: (heuer_inconsistency(evidence, k), -round(weighted_inconsistency(evidence, k), _DIGITS))
        for k in keys
    }
    best = min(scored.values())
    return frozenset(k for k, v in scored.items() if v == best)


def _leaders_bayes(
    evidence: Sequence[Evidence], keys: Sequence[str], prior: Mapping[str, float]
) -> frozenset[str]:
    post = {k: round(v, _DIGITS) for k, v in posteriors(evidence, keys, prior).items()}
    best = max(post.values())
    return frozenset(k for k, v in post.items() if v == best)


def score_ach(
    hypotheses: Sequence[Hypothesis],
    evidence: Sequence[Evidence],
    prior: Mapping[str, float] | None = None,
) -> AchResult:
    """Score the matrix in every view, with diagnosticity and single-item sensitivity."""
    if not hypotheses:
        raise AssessError("no hypotheses to score; add [[hypotheses]] entries to case.toml")
    keys = [h.key for h in hypotheses]
    p0 = _prior(keys, prior)
    post = posteriors(evidence, keys, p0)
    triples = {
        k: (
            heuer_inconsistency(evidence, k),
            -round(weighted_inconsistency(evidence, k), _DIGITS),
            -round(post[k], _DIGITS),
        )
        for k in keys
    }
    scores = tuple(
        HypothesisScore(
            k,
            float(heuer_inconsistency(evidence, k)),
            weighted_inconsistency(evidence, k),
            post[k],
            1 + sum(1 for other in keys if triples[other] < triples[k]),
        )
        for k in keys
    )
    heuer_top = _leaders_heuer(evidence, keys)
    bayes_top = _leaders_bayes(evidence, keys, p0)
    sensitive, bayes_sensitive = [], []
    for i, item in enumerate(evidence):
        rest = [*evidence[:i], *evidence[i + 1 :]]
        if _leaders_heuer(rest, keys) != heuer_top:
            sensitive.append(item.key)
        if _leaders_bayes(rest, keys, p0) != bayes_top:
            bayes_sensitive.append(item.key)
    diag = {e.key: diagnosticity(e, keys) for e in evidence}
    notes = tuple(
        f"{e.key} is rated alike for every hypothesis: it has no diagnostic value"
        for e in evidence
        if diag[e.key] == 0.0 and any(_rating(e, k) is not Rating.N for k in keys)
    )
    return AchResult(
        hypotheses=tuple(hypotheses),
        evidence=tuple(evidence),
        scores=scores,
        diagnosticity=diag,
        sensitive_items=tuple(sensitive),
        prior=p0,
        notes=notes,
        posterior_sensitive_items=tuple(bayes_sensitive),
    )
