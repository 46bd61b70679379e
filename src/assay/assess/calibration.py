"""Calibration of resolved judgments: Brier and log scores, reliability bins, sharpness.

* Brier: mean (p − o)², o ∈ {0, 1}; 0.25 is what a constant 50% earns; lower is better.
* Log score: mean −ln(probability given to what happened), p clipped to [0.001, 0.999] so one
  confident miss is costly but finite; lower is better (ln 2 ≈ 0.693 for a constant 50%).
* Reliability bins: ten bins [0, 0.1) … [0.9, 1.0]; Murphy's decomposition
  Brier ≈ reliability − resolution + uncertainty over those bins (exact when every forecast
  in a bin is the same number).
* Sharpness: the variance of the forecasts; 0 for a desk that always says the same number.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from assay.errors import AssessError
from assay.model import CalibrationReport, ReliabilityBin

BINS = 10
_CLIP = 0.001


def score_calibration(
    records: Sequence[tuple[float, bool]], figure_path: Path | None = None
) -> CalibrationReport:
    """Score resolved (probability, outcome) pairs; draw a reliability diagram when given a path."""
    if not records:
        raise AssessError(
            "no resolved judgments to score; resolve some with `assay judgments resolve ID true|false`"
        )
    bad = [p for p, _ in records if not 0.0 <= p <= 1.0]
    if bad:
        raise AssessError(
            f"probabilities {bad[:3]} lie outside 0–1; store judgments as probabilities, not percents"
        )
    n = len(records)
    brier = sum((p - float(o)) ** 2 for p, o in records) / n
    log_score = sum(-math.log(min(1 - _CLIP, max(_CLIP, p if o else 1 - p))) for p, o in records) / n
    base = sum(1 for _, o in records if o) / n
    mean_p = sum(p for p, _ in records) / n
    sharpness = sum((p - mean_p) ** 2 for p, _ in records) / n
    bins, reliability, resolution = [], 0.0, 0.0
    for i in range(BINS):
        low, high = i / BINS, (i + 1) / BINS
        inside = [(p, o) for p, o in records if low <= p < high or (i == BINS - 1 and p == 1.0)]
        if not inside:
            bins.append(ReliabilityBin(low, high, 0, 0.0, 0.0))
            continue
        forecast = sum(p for p, _ in inside) / len(inside)
        observed = sum(1 for _, o in inside if o) / len(inside)
        reliability += len(inside) * (forecast - observed) ** 2 / n
        resolution += len(inside) * (observed - base) ** 2 / n
        bins.append(ReliabilityBin(low, high, len(inside), forecast, observed))
    figures: dict[str, str] = {}
    if figure_path is not None:
        from assay.assess.figures import draw_reliability

        figures = draw_reliability(bins, figure_path)
    return CalibrationReport(
        n, brier, log_score, base, sharpness, reliability, resolution, base * (1 - base), tuple(bins), figures
    )
