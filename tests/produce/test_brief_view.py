"""The Rich summary shows the title, each judgment's term, band and confidence, and the written paths."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from tests.produce.conftest import NOW

from assay.cli.brief_view import print_brief_summary
from assay.produce import build_brief


def test_summary_lists_judgments_and_paths(config, assessment, documents, mentions) -> None:
    brief = build_brief(config, assessment, documents, mentions, now=NOW)
    console = Console(record=True, width=200)
    print_brief_summary(console, brief, {"pdf": Path("out/brief.pdf")})
    text = console.export_text()
    assert brief.title in text
    assert "likely (55–80%)" in text and "moderate" in text
    assert "very likely (80–95%)" in text and "low" in text
    assert "out/brief.pdf" in text
