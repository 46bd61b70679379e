"""How commands print: Rich for people, JSON for scripts, nothing with --quiet."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from assay.errors import AssayError
from assay.store.codec import encode


@dataclass(frozen=True, slots=True)
class Output:
    """The output mode of one command."""

    as_json: bool = False
    quiet: bool = False

    @property
    def console(self) -> Console:
        """The console for human output; silent with --json (stdout holds only the JSON) or --quiet."""
        return Console(stderr=self.as_json, quiet=self.quiet or self.as_json, soft_wrap=True)

    def emit(self, value: Any) -> None:
        """Print a value as JSON (only in --json mode)."""
        if self.as_json:
            sys.stdout.write(json.dumps(encode(value), indent=2, default=str, ensure_ascii=False) + "\n")

    @contextmanager
    def progress(self, description: str, total: int | None) -> Iterator[Any]:
        """A Rich progress bar that yields an `advance()` callable; silent in --json/--quiet mode."""
        if self.as_json or self.quiet:
            yield lambda *_args: None
            return
        columns = (
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=self.console, transient=True) as bar:
            task = bar.add_task(description, total=total)
            yield lambda *_args: bar.advance(task)


def fail(error: AssayError, output: Output, code: int = 1) -> typer.Exit:
    """Print an error in one line and return the exit to raise."""
    if output.as_json:
        sys.stdout.write(json.dumps({"error": str(error), "type": type(error).__name__}) + "\n")
    else:
        Console(stderr=True, soft_wrap=True).print(f"[bold red]error:[/] {error}", highlight=False)
    return typer.Exit(code)
