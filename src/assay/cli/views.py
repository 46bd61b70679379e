"""Rich presentation of the foundation commands' results."""

from __future__ import annotations

import re
from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text

from assay.errors import CaseError
from assay.model import AddResult, SearchHit
from assay.workbench import ExtractSummary, Status


def parse_day(value: str | None, option: str) -> date | None:
    """Read a YYYY-MM-DD option value."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CaseError(f"{option} {value!r} is not a date; use YYYY-MM-DD, e.g. 2016-01-31") from None


def print_add_result(console: Console, result: AddResult) -> None:
    """Summary line plus one line per failed input."""
    for problem in result.problems:
        console.print(f"[red]failed[/] {problem}", highlight=False)
    console.print(
        f"[bold]{result.added}[/] added ({result.near_duplicates} near-duplicates linked), "
        f"{result.duplicates} duplicates skipped, "
        f"{'[red]' if result.failed else ''}{result.failed} failed{'[/]' if result.failed else ''}."
    )


def print_hits(console: Console, hits: list[SearchHit]) -> None:
    """Search results as a table."""
    if not hits:
        console.print("No matching documents.")
        return
    table = Table("id", "score", "outlet", "published", "title / snippet", show_lines=True)
    for hit in hits:
        when = hit.published_at.date().isoformat() if hit.published_at else "n.d."
        table.add_row(
            str(hit.document_id),
            f"{hit.score:.2f}",
            hit.outlet_name,
            when,
            _snippet(hit),
        )
    console.print(table)


def _snippet(hit: SearchHit) -> Text:
    # The store marks matches with [ ]; show them highlighted, never as Rich markup.
    text = Text(hit.title + "\n", style="bold")
    for index, part in enumerate(re.split(r"\[|\]", hit.snippet)):
        text.append(part, style="reverse" if index % 2 else "")
    return text


def print_status(console: Console, status: Status) -> None:
    """Counts, last runs and problems of a case."""
    console.print(f"[bold]{status.name}[/]  {status.folder}  ({status.database})")
    counts = Table("table", "rows")
    for name, count in status.counts.items():
        counts.add_row(name, str(count))
    console.print(counts)
    runs = Table("stage", "last finished", "summary")
    for stage, run in status.last_runs.items():
        finished = (
            run["finished_at"].isoformat(" ", "seconds") if run["finished_at"] else "[red]unfinished[/]"
        )
        runs.add_row(stage, finished, ", ".join(f"{k} {v}" for k, v in run["summary"].items()))
    console.print(runs)
    if status.problems:
        console.print(f"[bold red]{len(status.problems)} recent problems[/]")
        for problem in status.problems[:10]:
            console.print(f"  {problem['stage']}: {problem['message']}", highlight=False)


def print_extract_summary(console: Console, summary: ExtractSummary) -> None:
    """What an extract run did."""
    documents, mentions, failed = summary.documents, summary.mentions, summary.failed
    for problem in summary.problems:
        console.print(f"[red]failed[/] {problem}", highlight=False)
    console.print(f"{documents} documents processed, [bold]{mentions}[/] event mentions, {failed} failed.")
