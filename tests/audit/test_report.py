"""Settings, scores and SARIF output of an audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assay.audit import audit_file, rule_names, to_sarif
from assay.audit.scoring import WEIGHTS
from assay.config import AuditSettings
from assay.errors import RegistryError

BRIEFS = Path(__file__).resolve().parents[2] / "eval" / "audit" / "briefs"


def test_rule_registry_lists_every_family_in_order() -> None:
    names = rule_names()
    assert names[:3] == ("U1", "U2", "U3") and names[-2:] == ("X1", "X2")
    assert len(names) == 28


def test_settings_disable_and_relevel_rules() -> None:
    path = BRIEFS / "02-confidence-in-likelihood.md"
    default = audit_file(path)
    assert {"U3", "U7"} <= {f.rule for f in default.findings}
    tuned = audit_file(path, settings=AuditSettings(disable=("U7",), severity={"U3": "info"}))
    assert "U7" not in {f.rule for f in tuned.findings}
    assert {f.severity for f in tuned.findings if f.rule == "U3"} == {"info"}


def test_unknown_rule_in_settings_names_the_choices() -> None:
    with pytest.raises(RegistryError, match=r"No audit rule named 'U99'\. Available: .*U1"):
        audit_file(BRIEFS / "01-good-bluf-memo.md", settings=AuditSettings(disable=("U99",)))


def test_scores_are_100_minus_weighted_findings_per_standard() -> None:
    report = audit_file(BRIEFS / "02-confidence-in-likelihood.md")
    # U3 and U4 are errors, U5 and U7 warnings, all under §D.6.e(2): 100 - 15 - 15 - 5 - 5 = 60.
    assert sorted(f.rule for f in report.findings) == ["U3", "U4", "U5", "U7"]
    assert WEIGHTS == {"error": 15, "warning": 5, "info": 1}
    assert report.scores["ICD 203 §D.6.e(2)"] == 60
    assert report.scores["ICD 206"] == 100
    assert report.scores["ICD 203 §D.6.e(9)"] is None


def test_clean_brief_scores_full_marks() -> None:
    report = audit_file(BRIEFS / "01-good-bluf-memo.md")
    assert report.findings == []
    assert all(score in (100, None) for score in report.scores.values())
    assert report.structure["references"] == 5 and report.structure["key_judgments"] == 4


def test_sarif_is_valid_2_1_0_shape() -> None:
    reports = [
        audit_file(BRIEFS / "02-confidence-in-likelihood.md"),
        audit_file(BRIEFS / "01-good-bluf-memo.md"),
    ]
    sarif = json.loads(json.dumps(to_sarif(reports)))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) == 28
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "U3"
    assert first["level"] == "error"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("02-confidence-in-likelihood.md")
    assert location["region"]["startLine"] == 7
