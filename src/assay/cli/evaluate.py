"""`assay eval ...`: score extractors against gold sets and print the figures."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from assay.errors import AssayError

eval_app = typer.Typer(help="Score extractors against gold sets.", no_args_is_help=True)


@eval_app.command("extract")
def extract_command(
    gold: Path = typer.Argument(..., help="gold.jsonl (see eval/extract/README.md)"),
    extractor: str = typer.Option("rules.v1", help="registered extractor name"),
    as_json: bool = typer.Option(False, "--json", help="print JSON for scripts"),
) -> None:
    """Precision, recall and F1 per event type and per field on a gold set."""
    try:
        # Imported here: the evaluation loads spaCy, which no other command's start-up should pay for.
        from assay.extract.evaluation import evaluate_gold_file

        report = evaluate_gold_file(gold, extractor=extractor)
    except AssayError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
        return
    types = Table(title=f"{report.extractor} on {gold} ({report.passages} passages)")
    for col in ("event type", "gold", "pred", "matched", "P", "R", "F1"):
        types.add_column(col, justify="left" if col == "event type" else "right")
    for key, t in sorted(report.types.items()):
        types.add_row(
            key,
            str(t.gold),
            str(t.predicted),
            str(t.matched),
            f"{t.precision:.3f}",
            f"{t.recall:.3f}",
            f"{t.f1:.3f}",
        )
    types.add_row("macro F1", "", "", "", "", "", f"{report.type_macro_f1:.3f}", style="bold")
    types.add_row(
        "macro F1 (passage-level)", "", "", "", "", "", f"{report.passage_macro_f1:.3f}", style="dim"
    )
    fields = Table(title="fields on matched events")
    for col in ("field", "pairs", "accuracy", "P", "R", "F1"):
        fields.add_column(col, justify="left" if col == "field" else "right")
    for name, f in report.fields.items():
        fields.add_row(
            name, str(f.pairs), f"{f.accuracy:.3f}", f"{f.precision:.3f}", f"{f.recall:.3f}", f"{f.f1:.3f}"
        )
    console = Console()
    console.print(types)
    console.print(fields)


def register(app: typer.Typer) -> None:
    """Add the `eval` sub-app to the main CLI."""
    app.add_typer(eval_app, name="eval")
