"""`make demo`: run the whole chain on the bundled example case and say where the brief is.

The chain runs in its documented order — collect → extract → assess → brief → audit — on a fresh
copy of the example case, so the demo is the same on every run.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from assay.errors import AssayError
from assay.workbench import Case

FORMATS = ("md", "html", "pdf", "docx")


def run_demo(example: Path, out: Path, console: Console) -> int:
    """Run every stage on a fresh copy of `example`, writing products under `out`; returns an exit code."""
    started = time.perf_counter()
    if not (example / "case.toml").is_file():
        console.print(f"[red]error:[/] {example}: no case.toml; run from the repository root")
        return 1
    case = Case.copy_from(example, out / "case")
    console.print(f"[bold]assay demo[/]: {case.config.case.question}")

    sources = example / "sources"
    result = case.add([str(sources)], follow_links=False)
    console.print(
        f"  collect  {result.added} documents ({result.near_duplicates} near-duplicates linked, "
        f"{result.failed} inputs failed)"
    )
    for problem in result.problems:
        console.print(f"           [yellow]{problem}[/]", highlight=False)

    extracted = case.extract(workers=1)
    console.print(f"  extract  {extracted.mentions} event mentions from {extracted.documents} documents")

    assessment = case.assess()
    console.print(
        f"  assess   {len(assessment.events)} fused events, {len(assessment.judgments)} key judgments"
    )

    brief, paths = case.brief(out, FORMATS)
    console.print(f"  brief    {', '.join(sorted(paths))}")

    report = case.audit(paths["md"])
    findings = report.findings
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    audit_path = out / "audit.json"
    audit_path.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    console.print(
        f"  audit    {errors} errors, {warnings} warnings, {len(findings) - errors - warnings} notes "
        f"→ {audit_path}"
    )

    console.print(f"\n[bold]{brief.title}[/]\n")
    console.print("Key judgments:")
    for sentence in brief.key_judgments:
        console.print(f"  {sentence.text}", highlight=False)
    console.print("\nWritten:")
    for kind in sorted(paths):
        console.print(f"  {kind:<11} {paths[kind]}")
    console.print(f"\nDone in {time.perf_counter() - started:.1f} s.")
    case.close()
    return 0


def main(
    example: Annotated[Path, typer.Argument(help="Example case folder.")] = Path(
        "examples/central-asia-2016"
    ),
    out: Annotated[Path, typer.Option("--out", help="Where to write the products.")] = Path(
        "out/central-asia-2016"
    ),
) -> None:
    """Run the demo."""
    console = Console()
    try:
        code = run_demo(example, out, console)
    except AssayError as error:
        console.print(f"[red]error:[/] {error}")
        code = 1
    raise typer.Exit(code)


if __name__ == "__main__":
    typer.run(main)
