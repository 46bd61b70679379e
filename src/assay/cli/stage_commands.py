"""The assess, judgments, calibration and brief commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from assay.cli.output import Output
from assay.workbench import Case

CaseArg = Annotated[Path, typer.Argument(help="The case folder (holds case.toml).")]
DbOpt = Annotated[str | None, typer.Option("--db", help="Database URL.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]


def register(app: typer.Typer, guarded: Callable[..., Any]) -> None:
    """Add the stage commands to the app."""
    judgments_app = typer.Typer(help="The judgment ledger.", no_args_is_help=True)
    app.add_typer(judgments_app, name="judgments")

    @app.command()
    @guarded
    def assess(case: CaseArg, db: DbOpt = None, as_json: JsonOpt = False, quiet: QuietOpt = False) -> None:
        """Fuse events, grade sources, test trends and hypotheses, make calibrated judgments."""
        from assay.cli.assess_view import print_assessment

        out = Output(as_json, quiet)
        assessment = Case.open(case, db=db).assess()
        out.emit(assessment)
        print_assessment(out.console, assessment)

    @judgments_app.command("list")
    @guarded
    def judgments_list(
        case: CaseArg, db: DbOpt = None, as_json: JsonOpt = False, quiet: QuietOpt = False
    ) -> None:
        """Every judgment made in this case, with outcomes."""
        from rich.table import Table

        out = Output(as_json, quiet)
        rows = Case.open(case, db=db).judgments()
        out.emit(rows)
        table = Table("id", "p", "term", "confidence", "outcome", "statement")
        for row in rows:
            outcome = {None: "open", 1: "true", 0: "false"}[row["outcome"]]
            table.add_row(
                row["id"],
                f"{row['probability']:.2f}",
                row["term"],
                row["confidence"],
                outcome,
                row["statement"],
            )
        out.console.print(table)

    @judgments_app.command("resolve")
    @guarded
    def judgments_resolve(
        case: CaseArg,
        judgment_id: Annotated[str, typer.Argument(help="Judgment id.")],
        outcome: Annotated[str, typer.Argument(help="true or false")],
        db: DbOpt = None,
        as_json: JsonOpt = False,
        quiet: QuietOpt = False,
    ) -> None:
        """Record whether a judgment came true."""
        from assay.errors import AssayError

        out = Output(as_json, quiet)
        if outcome.lower() not in ("true", "false"):
            raise AssayError(f"outcome {outcome!r} must be 'true' or 'false'")
        Case.open(case, db=db).resolve(judgment_id, outcome.lower() == "true")
        out.emit({"id": judgment_id, "outcome": outcome.lower() == "true"})
        out.console.print(f"Recorded {judgment_id} as {outcome.lower()}.")

    @app.command()
    @guarded
    def calibration(
        case: CaseArg,
        figure: Annotated[Path | None, typer.Option(help="Write a reliability diagram.")] = None,
        db: DbOpt = None,
        as_json: JsonOpt = False,
        quiet: QuietOpt = False,
    ) -> None:
        """Brier score, log score, reliability and sharpness over resolved judgments."""
        from assay.cli.assess_view import print_calibration

        out = Output(as_json, quiet)
        report = Case.open(case, db=db).calibration(figure)
        out.emit(report)
        print_calibration(out.console, report)

    @app.command()
    @guarded
    def brief(
        case: CaseArg,
        format: Annotated[
            str, typer.Option("--format", help="Comma-separated: md,html,pdf,docx.")
        ] = "md,html,pdf,docx",
        out_dir: Annotated[
            Path | None, typer.Option("--out", help="Output folder (default CASE/brief).")
        ] = None,
        annotate: Annotated[bool, typer.Option(help="HTML with hoverable source snippets.")] = False,
        db: DbOpt = None,
        as_json: JsonOpt = False,
        quiet: QuietOpt = False,
    ) -> None:
        """Write the assessment brief with figures and provenance.json."""
        from assay.cli.brief_view import print_brief_summary

        out = Output(as_json, quiet)
        opened = Case.open(case, db=db)
        formats = [f.strip() for f in format.split(",") if f.strip()]
        made, paths = opened.brief(out_dir or case / "brief", formats, annotate=annotate)
        out.emit({"title": made.title, "paths": {k: str(v) for k, v in paths.items()}})
        print_brief_summary(out.console, made, paths)
