"""SARIF 2.1.0 output, so CI systems and editors show audit findings in place."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assay.audit.registry import RULES
from assay.audit.report import AuditReport

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def to_sarif(reports: Iterable[AuditReport]) -> dict[str, Any]:
    """One SARIF run holding every rule and every finding of the given reports."""
    rules = [
        {
            "id": rule.id,
            "name": rule.title,
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": rule.why},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
            "properties": {"standard": rule.standard},
        }
        for rule in RULES.values()
    ]
    order = {rule.id: index for index, rule in enumerate(RULES.values())}
    results = []
    for report in reports:
        for finding in report.findings:
            region: dict[str, Any] = {"startLine": finding.line or 1}
            if finding.quote:
                region["snippet"] = {"text": finding.quote}
            results.append(
                {
                    "ruleId": finding.rule,
                    "ruleIndex": order[finding.rule],
                    "level": _LEVELS[finding.severity],
                    "message": {"text": f"{finding.message}. {finding.suggestion}"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": finding.path or report.path},
                                "region": region,
                            }
                        }
                    ],
                    "properties": {"standard": finding.standard, "paragraph": finding.paragraph},
                }
            )
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "assay audit",
                        "informationUri": "https://github.com/assay",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
