"""Briefs that `assay brief` produces audit with zero errors and zero warnings (issue 6, done means)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.audit import audit_file
from assay.config import parse_case
from assay.outlets import load_registry

produce = pytest.importorskip("assay.produce")
fixtures = pytest.importorskip("tests.produce.conftest")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("produced")
    (out / "figures").mkdir()
    config = parse_case(fixtures.CASE_TOML, Path("case.toml"))
    assessment = fixtures.make_assessment(fixtures.draw_figures(out / "figures"))
    brief = produce.build_brief(config, assessment, fixtures.DOCUMENTS, fixtures.MENTIONS, now=fixtures.NOW)
    formats = ("md", "html", "docx", "pdf")
    return produce.render_brief(brief, out / "brief", formats, documents=fixtures.DOCUMENTS)


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_produced_brief_has_no_errors_or_warnings(rendered: dict[str, Path], fmt: str) -> None:
    config = parse_case(fixtures.CASE_TOML, Path("case.toml"))
    report = audit_file(
        rendered[fmt],
        standard=config.case.standard,
        documents=list(fixtures.DOCUMENTS.values()),
        outlets=load_registry(),
        settings=config.audit,
    )
    serious = [f"{f.rule} {f.message} [{f.quote[:60]}]" for f in report.findings if f.severity != "info"]
    assert serious == []
