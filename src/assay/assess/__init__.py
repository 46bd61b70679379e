"""The assess stage: source grades, fused events, trends, competing hypotheses and calibrated judgments."""

from __future__ import annotations

from assay.assess.assessment import assess_case
from assay.assess.calibration import score_calibration

__all__ = ["assess_case", "score_calibration"]
