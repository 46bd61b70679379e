"""Fixtures for audit tests: write a brief to a temporary file and audit it for real."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assay.audit import audit_file
from assay.model import Finding

AuditText = Callable[..., list[Finding]]


@pytest.fixture
def audit_text(tmp_path: Path) -> AuditText:
    """Audit brief text and return the findings of one rule (or all with rule=None)."""

    def run(text: str, rule: str | None, *, suffix: str = ".md", **options: Any) -> list[Finding]:
        path = tmp_path / f"brief{suffix}"
        path.write_text(text, encoding="utf-8")
        findings = audit_file(path, **options).findings
        return [f for f in findings if rule is None or f.rule == rule]

    return run


def kj_brief(*judgments: str, body: str = "", references: str = "", title: str = "Outlook for Aktobe") -> str:
    """A minimal Markdown brief with the given key-judgment paragraphs."""
    kjs = "\n\n".join(judgments)
    return (
        f"# {title}\n\n## Key judgments\n\n{kjs}\n\n## Discussion\n\n{body or 'Nothing further.'}\n\n"
        f"## References\n\n{references}\n"
    )
