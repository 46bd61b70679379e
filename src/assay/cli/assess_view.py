"""Rich rendering of an assessment and a calibration report (presentation only, no logic)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from assay.model import Assessment, CalibrationReport

TOP_EVENTS = 15


def print_assessment(console: Console, assessment: Assessment) -> None:
    """Top events with credibility, trends with P(increase), the ACH table and key judgments."""
    console.rule(f"[bold]Assessment: {assessment.case_name}")
    events = sorted(assessment.events, key=lambda e: (e.credibility, -len(e.origins), e.id))[:TOP_EVENTS]
    table = Table(title=f"Events (top {len(events)} of {len(assessment.events)} by credibility)")
    for column in ("id", "date", "place", "counts", "origins", "cred."):
        table.add_column(column)
    for e in events:
        table.add_row(
            e.id,
            e.date.start.isoformat() if e.date.start else "",
            e.place.name if e.place else "",
            e.count_summary,
            str(len(e.origins)),
            str(e.credibility),
        )
    console.print(table)
    trends = Table(title="Trends: recent vs baseline (Gamma–Poisson, 90% interval)")
    for column in ("indicator", "baseline", "recent", "exposure", "ratio", "90% interval", "P(increase)"):
        trends.add_column(column, justify="right" if column not in ("indicator", "exposure") else "left")
    for c in assessment.rate_changes:
        trends.add_row(
            c.label,
            str(c.baseline_count),
            str(c.recent_count),
            c.exposure,
            f"{c.ratio_median:.2f}",
            f"{c.ratio_low:.2f}–{c.ratio_high:.2f}",
            f"{c.p_increase:.2f}",
        )
    console.print(trends)
    ach = assessment.ach
    if ach is not None:
        keys = [h.key for h in ach.hypotheses]
        matrix = Table(title="Competing hypotheses (ratings; * = analyst)")
        matrix.add_column("evidence")
        for key in keys:
            matrix.add_column(key, justify="center")
        matrix.add_column("diag.", justify="right")
        for item in ach.evidence:
            cells = [
                f"{item.ratings[k].value}{'*' if item.rating_sources.get(k) == 'analyst' else ''}"
                if k in item.ratings
                else ""
                for k in keys
            ]
            matrix.add_row(item.key, *cells, f"{ach.diagnosticity.get(item.key, 0.0):.2f}")
        scores = {s.key: s for s in ach.scores}
        matrix.add_section()
        matrix.add_row("inconsistency", *[f"{scores[k].inconsistency:g}" for k in keys], "")
        matrix.add_row("weighted", *[f"{scores[k].weighted_inconsistency:.2f}" for k in keys], "")
        matrix.add_row("posterior", *[f"{scores[k].posterior:.2f}" for k in keys], "")
        matrix.add_row("rank", *[str(scores[k].rank) for k in keys], "")
        console.print(matrix)
        for h in ach.hypotheses:
            console.print(f"  [bold]{h.key}[/bold] {h.statement}")
        if ach.sensitive_items or ach.posterior_sensitive_items:
            console.print(
                f"  Sensitive items: inconsistency {', '.join(ach.sensitive_items) or 'none'}; "
                f"posterior {', '.join(ach.posterior_sensitive_items) or 'none'}"
            )
    console.rule("[bold]Key judgments")
    for j in assessment.judgments:
        console.print(f"[bold]{j.id}[/bold]  {j.term} ({j.band[0]}–{j.band[1]}%), p = {j.probability:.2f}")
        console.print(f"  {j.statement}")
        console.print(f"  Confidence: {j.confidence}.")
        for reason in j.confidence_reasons:
            console.print(f"    {reason}")
        console.print(f"  Time frame: {j.time_frame}. Resolves: {j.resolution}")
    for note in assessment.notes:
        console.print(f"[dim]note: {note}[/dim]")


def print_calibration(console: Console, report: CalibrationReport) -> None:
    """Proper scores, sharpness and the reliability bins of resolved judgments."""
    console.print(f"[bold]{report.count}[/bold] resolved judgments, base rate {report.base_rate:.2f}")
    console.print(
        f"Brier {report.brier:.3f} (0.250 = always 50%), log score {report.log_score:.3f} "
        f"(0.693 = always 50%), sharpness {report.sharpness:.3f}"
    )
    console.print(
        f"Murphy: reliability {report.reliability:.3f}, resolution {report.resolution:.3f}, "
        f"uncertainty {report.uncertainty:.3f}"
    )
    table = Table(title="Reliability")
    for column in ("bin", "n", "mean forecast", "observed"):
        table.add_column(column, justify="right")
    for b in report.bins:
        if b.count:
            table.add_row(
                f"{b.low:.1f}–{b.high:.1f}", str(b.count), f"{b.mean_forecast:.2f}", f"{b.observed_rate:.2f}"
            )
    console.print(table)
    for key in ("reliability.svg", "reliability.png"):
        if key in report.figures:
            console.print(f"[dim]figure: {report.figures[key]}[/dim]")
