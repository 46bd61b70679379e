"""The `assay` command: thin wrappers over the workbench API."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any

import typer

from assay.cli import views
from assay.cli.output import Output, fail
from assay.errors import AssayError
from assay.workbench import Case

app = typer.Typer(
    help="assay: collect, extract, assess, brief and audit intelligence reporting.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

CaseArg = Annotated[Path, typer.Argument(help="The case folder (holds case.toml).")]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL (default: SQLite in the case folder; or set ASSAY_DATABASE_URL)."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]


def guarded(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn AssayError into a one-line message and exit code 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except AssayError as error:
            raise fail(error, Output(kwargs.get("as_json", False), kwargs.get("quiet", False))) from None

    return wrapper


@app.command()
@guarded
def init(
    case: CaseArg,
    question: Annotated[str, typer.Option(help="The analytical question, verbatim.")],
    region: Annotated[str, typer.Option(help="Region name, e.g. 'Central Asia'.")] = "",
    country: Annotated[list[str] | None, typer.Option(help="ISO country code; repeat.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Period start, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Period end, YYYY-MM-DD.")] = None,
    standard: Annotated[str, typer.Option(help="Estimative standard: icd203, phia, nato.")] = "icd203",
    db: DbOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Create a case folder with case.toml and an empty database."""
    out = Output(as_json, quiet)
    opened = Case.init(
        case,
        question,
        region=region,
        countries=tuple(country or ()),
        db=db,
        start=views.parse_day(start, "--from"),
        end=views.parse_day(end, "--to"),
        standard=standard,
    )
    out.emit({"case": str(case), "database": opened.status().database})
    out.console.print(f"Created case [bold]{case}[/] ({opened.status().database}).")


@app.command()
@guarded
def add(
    case: CaseArg,
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, URLs, feeds, CSVs.")],
    follow: Annotated[bool, typer.Option("--follow/--no-follow", help="Fetch feed entries' links.")] = True,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching from private/loopback hosts.")] = False,
    keep_going: Annotated[bool, typer.Option(help="Exit 0 even when some inputs failed.")] = False,
    db: DbOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Collect documents into a case (idempotent: re-adding adds nothing)."""
    out = Output(as_json, quiet)
    opened = Case.open(case, db=db)
    from assay.collect.collector import expand_inputs

    with out.progress("Collecting", len(expand_inputs(inputs))) as advance:
        result = opened.add(inputs, follow_links=follow, allow_private=allow_private, progress=advance)
    out.emit(result)
    views.print_add_result(out.console, result)
    if result.failed and not keep_going:
        raise typer.Exit(1)


@app.command()
@guarded
def search(
    case: CaseArg,
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 10,
    db: DbOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Full-text search of a case's documents, best first."""
    out = Output(as_json, quiet)
    hits = Case.open(case, db=db).search(query, limit)
    out.emit(hits)
    views.print_hits(out.console, hits)


@app.command()
@guarded
def status(case: CaseArg, db: DbOpt = None, as_json: JsonOpt = False, quiet: QuietOpt = False) -> None:
    """Counts per table, the last run of each stage, and problems."""
    out = Output(as_json, quiet)
    result = Case.open(case, db=db).status()
    out.emit(result)
    views.print_status(out.console, result)


@app.command()
@guarded
def extract(
    case: CaseArg,
    extractor: Annotated[str, typer.Option(help="Registered extractor name.")] = "rules.v1",
    workers: Annotated[int, typer.Option(help="Processes to use.")] = 1,
    db: DbOpt = None,
    as_json: JsonOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Extract event mentions from documents not yet processed."""
    out = Output(as_json, quiet)
    opened = Case.open(case, db=db)
    from assay.store.documents import unextracted_documents

    with out.progress("Extracting", len(unextracted_documents(opened.store, extractor))) as advance:
        summary = opened.extract(extractor=extractor, workers=workers, progress=advance)
    out.emit(summary)
    views.print_extract_summary(out.console, summary)


from assay.cli import audit_cmd, evaluate, stage_commands  # noqa: E402  (commands defined in their own modules)

stage_commands.register(app, guarded)
audit_cmd.register(app)
evaluate.register(app)
