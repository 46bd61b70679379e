"""Every format of the fixture brief audits with zero errors and zero warnings (issue 6, done means)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.produce.conftest import CASE_TOML, DOCUMENTS, MENTIONS, NOW, draw_figures, make_assessment

from assay.audit import audit_file
from assay.config import parse_case
from assay.outlets import load_registry
from assay.produce import build_brief, render_brief

FORMATS = ("md", "html", "docx", "pdf")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("audited")
    (out / "figures").mkdir()
    config = parse_case(CASE_TOML, Path("case.toml"))
    brief = build_brief(config, make_assessment(draw_figures(out / "figures")), DOCUMENTS, MENTIONS, now=NOW)
    return render_brief(brief, out / "brief", FORMATS, documents=DOCUMENTS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_brief_audits_without_errors_or_warnings(rendered: dict[str, Path], fmt: str) -> None:
    config = parse_case(CASE_TOML, Path("case.toml"))
    report = audit_file(
        rendered[fmt],
        standard=config.case.standard,
        documents=list(DOCUMENTS.values()),
        outlets=load_registry(),
        settings=config.audit,
    )
    serious = [
        f"{f.rule} {f.severity}: {f.message} [{f.quote[:80]}]"
        for f in report.findings
        if f.severity != "info"
    ]
    assert serious == []
