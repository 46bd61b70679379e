"""Scores per tradecraft standard: 100 minus weighted findings, floored at 0; None where unassessed."""

from __future__ import annotations

from collections.abc import Iterable

from assay.audit.registry import RULES
from assay.model import Finding

# One error costs as much as three warnings: an error misleads the reader (wrong band, confidence
# standing in for probability, a figure the source does not contain); a warning weakens the product.
WEIGHTS = {"error": 15, "warning": 5, "info": 1}

STANDARDS: tuple[tuple[str, str], ...] = (
    ("ICD 203 §D.6.e(1)", "describes quality and credibility of sources"),
    ("ICD 203 §D.6.e(2)", "expresses and explains uncertainties"),
    ("ICD 203 §D.6.e(3)", "distinguishes information from assumptions and judgments"),
    ("ICD 203 §D.6.e(4)", "incorporates analysis of alternatives"),
    ("ICD 203 §D.6.e(5)", "customer relevance and implications"),
    ("ICD 203 §D.6.e(6)", "clear and logical argumentation"),
    ("ICD 203 §D.6.e(7)", "explains change to or consistency of judgments"),
    ("ICD 203 §D.6.e(8)", "accurate judgments and assessments"),
    ("ICD 203 §D.6.e(9)", "effective visual information"),
    ("ICD 206", "sourcing requirements"),
)


def score_findings(findings: Iterable[Finding]) -> dict[str, int | None]:
    """The score of every standard; None where no registered rule assesses it."""
    assessed = {r.standard for r in RULES.values()}
    penalties: dict[str, int] = {}
    for finding in findings:
        penalties[finding.standard] = penalties.get(finding.standard, 0) + WEIGHTS[finding.severity]
    return {key: (max(0, 100 - penalties.get(key, 0)) if key in assessed else None) for key, _ in STANDARDS}
