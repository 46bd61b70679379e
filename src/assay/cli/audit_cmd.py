"""`assay audit FILE…`: lint briefs against ICD 203 / ICD 206 for people, scripts (--json) and CI (SARIF).

Exit codes: 0 no finding at or above --fail-on; 1 at least one; 2 a file could not be read.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from assay.audit import AuditReport, audit_file, to_sarif
from assay.cli.output import Output, fail
from assay.config import AuditSettings
from assay.errors import AssayError
from assay.model import Document

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_RANK = {"info": 0, "warning": 1, "error": 2}


class FailOn(StrEnum):
    """The lowest severity that makes `assay audit` exit non-zero."""

    error = "error"
    warning = "warning"
    never = "never"


def register(app: typer.Typer) -> None:
    """Add the audit command to the app."""

    @app.command()
    def audit(
        files: Annotated[list[Path], typer.Argument(help="Briefs to audit (.md .txt .html .docx .pdf).")],
        standard: Annotated[
            str | None,
            typer.Option(help="Estimative standard: icd203, phia, nato (default: the case's, else icd203)."),
        ] = None,
        case: Annotated[
            Path | None, typer.Option(help="Case folder: its sources, outlets and [audit] settings are used.")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
        sarif: Annotated[Path | None, typer.Option(help="Also write SARIF 2.1.0 to this path.")] = None,
        fail_on: Annotated[
            FailOn, typer.Option(help="Exit 1 on findings at or above this level.")
        ] = FailOn.error,
    ) -> None:
        """Review finished briefs the way a senior reviewer would, citing the standard each finding breaks."""
        out = Output(as_json)
        try:
            options = _case_options(case, standard)
        except AssayError as error:
            raise fail(error, out, 2) from None
        reports, unreadable = _audit_all(files, options, out.console)
        if sarif is not None:
            sarif.write_text(json.dumps(to_sarif(reports), indent=2, ensure_ascii=False), encoding="utf-8")
        out.emit([r.to_dict() for r in reports])
        if not as_json:
            for report in reports:
                print_report(out.console, report)
        raise typer.Exit(exit_code(reports, fail_on.value, unreadable))


def _case_options(case: Path | None, standard: str | None) -> dict[str, Any]:
    """audit_file keyword arguments from the case (if any) and the --standard option."""
    if case is None:
        return {"standard": standard or "icd203"}
    from assay.workbench import Case

    opened = Case.open(case)
    documents: Sequence[Document] = opened.documents()
    settings: AuditSettings = opened.config.audit
    return {
        "standard": standard or opened.config.case.standard,
        "documents": documents,
        "outlets": opened.outlets,
        "settings": settings,
    }


def _audit_all(files: list[Path], options: dict[str, Any], console: Console) -> tuple[list[AuditReport], int]:
    """Audit each file; an unreadable one is reported in one line and the batch goes on."""
    reports, unreadable = [], 0
    for path in files:
        try:
            reports.append(audit_file(path, **options))
        except AssayError as error:
            unreadable += 1
            Console(stderr=True).print(f"[bold red]error:[/] {escape(str(error))}", highlight=False)
    return reports, unreadable


def exit_code(reports: list[AuditReport], fail_on: str, unreadable: int = 0) -> int:
    """2 if any file was unreadable, 1 if a finding reaches the --fail-on level, else 0."""
    if unreadable:
        return 2
    if fail_on == "never":
        return 0
    worst = max((_RANK[f.severity] for r in reports for f in r.findings), default=-1)
    return 1 if worst >= _RANK[fail_on] else 0


def print_report(console: Console, report: AuditReport) -> None:
    """Findings grouped by the standard they come from, each with its quoted span and suggestion."""
    counts = ", ".join(f"{report.count(s)} {s}s" for s in ("error", "warning", "info"))
    console.print(f"\n[bold]{escape(report.path)}[/]  ({report.standard}; {counts})")
    by_standard: dict[str, list[Any]] = {}
    for finding in report.findings:
        by_standard.setdefault(finding.standard, []).append(finding)
    for standard, findings in by_standard.items():
        console.print(f"  [bold underline]{escape(standard)}[/]  score {report.scores.get(standard)}")
        for finding in findings:
            where = f"line {finding.line}" if finding.line else "whole brief"
            console.print(
                f"    [{_STYLE[finding.severity]}]{finding.rule} {finding.severity}[/] {where}: "
                f"{escape(finding.message)}",
                highlight=False,
            )
            if finding.quote:
                console.print(f"      [dim]“{escape(finding.quote[:160])}”[/]", highlight=False)
            console.print(f"      → {escape(finding.suggestion)}", highlight=False)
    if not report.findings:
        console.print("  [green]no findings[/]")
    scored = "  ".join(
        f"{key.replace('ICD 203 §D.6.e', '203 e')}={value}"
        for key, value in report.scores.items()
        if value is not None
    )
    console.print(f"  [dim]scores: {scored}[/]")
