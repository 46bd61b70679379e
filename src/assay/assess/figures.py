"""Assessment figures (events over time, rate-ratio forest, event map, reliability diagram) as SVG + PNG.

Figures are drawn on bare matplotlib.figure.Figure objects (no pyplot, no global backend) and
saved with a fixed SVG hash salt and no date metadata, so the same data gives the same bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from assay.assess.atlas import country_rings, numeric_code
from assay.model import Event, RateChange, ReliabilityBin
from assay.taxonomy import family_of

CAPTIONS = {
    "events_over_time": "Fused events per period, stacked by event family.",
    "rate_ratios": "Posterior rate ratio, recent vs baseline window (median and 90% credible interval, "
    "Gamma–Poisson with Jeffreys prior); right of 1 = more frequent recently.",
    "event_map": "Fused events with a known location; country outlines from Natural Earth 1:110m "
    "(public domain, via world-atlas).",
    "reliability": "Reliability diagram: forecast probability vs observed frequency per bin; "
    "the diagonal is perfect calibration.",
}
_FAMILY_COLOURS = {
    "violence": "#b2182b",
    "enforcement": "#2166ac",
    "policy": "#7f7f7f",
    "mobilisation": "#e08214",
    "other": "#4d9221",
}
# Any: matplotlib types rc keys as a Literal union that a plain dict cannot satisfy.
_RC: Any = {"svg.hashsalt": "assay", "svg.fonttype": "path", "font.size": 9, "font.family": "DejaVu Sans"}


def save_figure(figure: Figure, stem: Path, kind: str) -> dict[str, str]:
    """Write <stem>.svg and <stem>.png reproducibly; return paths and caption as '<kind>.svg|png|caption'."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    svg, png = stem.with_suffix(".svg"), stem.with_suffix(".png")
    with matplotlib.rc_context(_RC):
        figure.savefig(svg, format="svg", metadata={"Date": None})
        figure.savefig(png, format="png", dpi=150, metadata={"Software": None})
    return {f"{kind}.svg": str(svg), f"{kind}.png": str(png), f"{kind}.caption": CAPTIONS.get(kind, "")}


def _new(width: float, height: float) -> Figure:
    with matplotlib.rc_context(_RC):
        return Figure(figsize=(width, height), layout="constrained")


def draw_events_over_time(events: Sequence[Event], folder: Path) -> dict[str, str]:
    """Stacked bars of events per month (per quarter when the span exceeds three years) by family."""
    dated = [e for e in events if e.date.start is not None]
    figure = _new(7.0, 3.2)
    with matplotlib.rc_context(_RC):
        ax = figure.add_subplot()
        if dated:
            years = {e.date.start.year for e in dated}  # type: ignore[union-attr]
            quarterly = max(years) - min(years) >= 3
            days = [e.date.start for e in dated if e.date.start is not None]
            periods = _period_axis(min(days), max(days), quarterly)
            tally = Counter((_period_label(e.date.start, quarterly), family_of(e.event_type)) for e in dated)
            bottom = [0] * len(periods)
            for family in sorted({f for _, f in tally}):
                heights = [tally[(p, family)] for p in periods]
                ax.bar(
                    range(len(periods)),
                    heights,
                    bottom=bottom,
                    label=family,
                    color=_FAMILY_COLOURS.get(family, "#4d9221"),
                    width=0.85,
                )
                bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
            step = max(1, len(periods) // 12)
            ax.set_xticks(
                range(0, len(periods), step),
                [periods[i] for i in range(0, len(periods), step)],
                rotation=45,
                ha="right",
            )
            ax.legend(frameon=False, fontsize=8)
        ax.set_ylabel("events")
        ax.set_title("Events over time by family")
        ax.spines[["top", "right"]].set_visible(False)
    return save_figure(figure, folder / "events_over_time", "events_over_time")


def _period_label(day: date | None, quarterly: bool) -> str:
    if day is None:
        return ""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}" if quarterly else f"{day.year}-{day.month:02d}"


def _period_axis(first: date, last: date, quarterly: bool) -> list[str]:
    y, m = first.year, first.month
    out = []
    while (y, m) <= (last.year, last.month):
        out.append(_period_label(date(y, m, 1), quarterly))
        m += 3 if quarterly else 1
        if m > 12:
            y, m = y + 1, m - 12
    return list(dict.fromkeys(out))


def draw_rate_ratios(changes: Sequence[RateChange], folder: Path) -> dict[str, str]:
    """Forest plot of posterior rate ratios on a log axis."""
    figure = _new(6.0, 0.45 * max(3, len(changes)) + 1.0)
    with matplotlib.rc_context(_RC):
        ax = figure.add_subplot()
        for i, c in enumerate(changes):
            y = len(changes) - 1 - i
            ax.plot([c.ratio_low, c.ratio_high], [y, y], color="#333333", linewidth=1.5)
            ax.plot([c.ratio_median], [y], "o", color="#b2182b" if c.p_increase >= 0.5 else "#2166ac")
            ax.annotate(
                f"P(↑) {c.p_increase:.2f}",
                (c.ratio_high, y),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
            )
        ax.axvline(1.0, color="#999999", linestyle="--", linewidth=1)
        ax.set_xscale("log")
        ax.set_yticks(
            range(len(changes)),
            [f"{c.label} ({c.recent_count} vs {c.baseline_count})" for c in reversed(changes)],
        )
        ax.set_xlabel("rate ratio, recent / baseline (log scale)")
        ax.set_title("Change in event rates")
        ax.spines[["top", "right"]].set_visible(False)
    return save_figure(figure, folder / "rate_ratios", "rate_ratios")


def draw_event_map(events: Sequence[Event], countries: Sequence[str], folder: Path) -> dict[str, str]:
    """Events with coordinates over country outlines; case countries shaded."""
    points = [
        (e.place.lon, e.place.lat, family_of(e.event_type))
        for e in events
        if e.place and e.place.lat is not None and e.place.lon is not None
    ]
    rings = country_rings()
    focus = {numeric_code(c) for c in countries} - {None}
    focus_pts = [p for code in focus for ring in rings.get(code, ()) for p in ring]  # type: ignore[arg-type]
    # The frame is the case countries: events abroad (fighters' destinations) would shrink the
    # region to a corner, so they are counted in the title instead of drawn.
    xs = [p[0] for p in focus_pts] or [p[0] for p in points]
    ys = [p[1] for p in focus_pts] or [p[1] for p in points]
    if not xs:
        xs, ys = [-180.0, 180.0], [-60.0, 85.0]
    pad = 2.0
    box = (min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad)
    inside = [p for p in points if box[0] <= p[0] <= box[1] and box[2] <= p[1] <= box[3]]
    outside = len(points) - len(inside)
    points = inside
    figure = _new(7.0, 4.2)
    with matplotlib.rc_context(_RC):
        ax = figure.add_subplot()
        for code in sorted(rings):
            for ring in rings[code]:
                if not any(box[0] <= x <= box[1] and box[2] <= y <= box[3] for x, y in ring):
                    continue
                ax.add_patch(
                    Polygon(
                        ring,
                        closed=True,
                        facecolor="#f0ebe0" if code in focus else "#fafafa",
                        edgecolor="#8c8c8c",
                        linewidth=0.5,
                    )
                )
        for family in sorted({f for _, _, f in points}):
            chosen = [(x, y) for x, y, f in points if f == family]
            ax.scatter(
                [x for x, _ in chosen],
                [y for _, y in chosen],
                s=24,
                label=family,
                zorder=3,
                color=_FAMILY_COLOURS.get(family, "#4d9221"),
                edgecolors="white",
                linewidths=0.5,
            )
        ax.set_xlim(box[0], box[1])
        ax.set_ylim(box[2], box[3])
        ax.set_aspect(1.3)
        if points:
            ax.legend(frameon=False, fontsize=8, loc="lower left")
        abroad = f"; {outside} outside the frame" if outside else ""
        ax.set_title(f"Events with a known location ({len(points)} of {len(events)}{abroad})")
        ax.set_xticks([])
        ax.set_yticks([])
    return save_figure(figure, folder / "event_map", "event_map")


def draw_reliability(bins: Sequence[ReliabilityBin], path: Path) -> dict[str, str]:
    """Reliability diagram with the perfect-calibration diagonal and bin counts."""
    figure = _new(4.5, 4.5)
    with matplotlib.rc_context(_RC):
        ax = figure.add_subplot()
        ax.plot([0, 1], [0, 1], linestyle="--", color="#999999", linewidth=1)
        used = [b for b in bins if b.count]
        ax.plot([b.mean_forecast for b in used], [b.observed_rate for b in used], "o-", color="#b2182b")
        for b in used:
            ax.annotate(
                str(b.count),
                (b.mean_forecast, b.observed_rate),
                xytext=(4, -10),
                textcoords="offset points",
                fontsize=7,
            )
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_xlabel("forecast probability")
        ax.set_ylabel("observed frequency")
        ax.set_title("Calibration of resolved judgments")
    return save_figure(
        figure, path.with_suffix("") if path.suffix in (".svg", ".png") else path, "reliability"
    )
