"""Rich presentation of a produced brief: title, key judgments with term, band and confidence, and paths."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from rich.console import Console
from rich.table import Table

from assay.model import Brief


def print_brief_summary(console: Console, brief: Brief, paths: Mapping[str, Path]) -> None:
    """Print what `assay brief` wrote: the bottom line, each judgment's words and confidence, the files."""
    console.print(f"[bold]{brief.title}[/bold]")
    console.print(f"[dim]Question:[/dim] {brief.question}")
    judgments = Table(title="Key judgments", show_lines=True, expand=True)
    judgments.add_column("#", justify="right", no_wrap=True)
    judgments.add_column("Likelihood", no_wrap=True)
    judgments.add_column("Confidence", no_wrap=True)
    judgments.add_column("Judgment")
    number = 0
    for sentence in brief.key_judgments:
        if sentence.role != "judgment":
            continue
        number += 1
        tags = dict(sentence.tags)
        judgments.add_row(
            str(number),
            f"{tags.get('term', '?')} ({tags.get('band', '?')})",
            tags.get("confidence", "?"),
            sentence.text,
        )
    console.print(judgments)
    files = Table(title="Written", show_header=False, box=None)
    for name, path in paths.items():
        files.add_row(f"[cyan]{name}[/cyan]", str(path))
    console.print(files)
