"""The audit stage: lint any assessment brief against ICD 203 / ICD 206 tradecraft standards."""

from __future__ import annotations

from assay.audit.registry import RULES, Rule, get_rule
from assay.audit.report import AuditReport, audit_file, rule_names
from assay.audit.sarif import to_sarif

__all__ = ["RULES", "AuditReport", "Rule", "audit_file", "get_rule", "rule_names", "to_sarif"]
