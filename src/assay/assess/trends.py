"""Counts of events by period, type and place, and rate changes between the case's windows.

Period counting. An event is counted in a month only when its date is month-precise or finer,
in a quarter when it is season-precise or finer, and in a year always: a "2016" event has no
month to be counted in. Rows with empty type/country/admin1 are totals over that dimension.

Windows. [windows] baseline and recent from case.toml; when absent, recent is the last 365
days up to the case end (or the latest event) and baseline is everything before it from the
case start (or the earliest event). An event belongs to the window holding its start date.

Exposure. "calendar": days in the window (inclusive). "volume": documents published in the
window, so a surge in coverage is not read as a surge in events; when a window has no dated
documents the comparison falls back to calendar days and says so in the notes.

Indicators (the families expectations may name) map onto taxonomy types in INDICATORS. An
indicator is compared when it has events or an expectation names it; one whose events are
exactly those of an indicator already listed is skipped unless an expectation names it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from assay.assess.rates import posterior_ratio
from assay.model import Document, Event, PeriodCount, RateChange
from assay.taxonomy import EVENT_TYPES, FAMILIES

INDICATORS: dict[str, tuple[str, ...]] = {
    "attack": ("attack", "bombing", "suicide_bombing"),
    "violence": FAMILIES.get("violence", ()),
    "arrest": ("arrest",),
    "enforcement": FAMILIES.get("enforcement", ()),
    "prosecution": ("prosecution",),
    "plot": ("plot_disrupted",),
    "propaganda": ("propaganda",),
    "travel": ("foreign_fighter_travel",),
    "statement": ("statement",),
    "legislation": ("legislation",),
    "exercise": ("military_exercise",),
    "events": tuple(EVENT_TYPES),
}
Granularity = Literal["month", "quarter", "year"]
_COARSEST = {
    "month": {"day", "week", "month"},
    "quarter": {"day", "week", "month", "season"},
    "year": {"day", "week", "month", "season", "year"},
}


@dataclass(frozen=True, slots=True)
class Windows:
    """The baseline and recent windows the rates compare, and the exposure measure."""

    baseline: tuple[date, date]
    recent: tuple[date, date]
    exposure: Literal["calendar", "volume"]

    def label(self, which: Literal["baseline", "recent"]) -> str:
        """'2014-01-01–2015-12-31'."""
        start, end = getattr(self, which)
        return f"{start.isoformat()}–{end.isoformat()}"


def period_of(day: date, granularity: Granularity) -> str:
    """'2016-06', '2016-Q2' or '2016'."""
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def count_periods(events: Sequence[Event]) -> tuple[PeriodCount, ...]:
    """PeriodCounts by month, quarter and year × (total, type, country, country+admin1)."""
    rows: Counter[tuple[str, str, str, str]] = Counter()
    granularities: tuple[Granularity, ...] = ("month", "quarter", "year")
    for granularity in granularities:
        for e in events:
            if e.date.start is None or e.date.precision not in _COARSEST[granularity]:
                continue
            period = period_of(e.date.start, granularity)
            country = e.place.country_code.upper() if e.place and e.place.country_code else ""
            admin1 = e.place.admin1_code if e.place and e.place.precision != "country" else ""
            rows[(period, "", "", "")] += 1
            rows[(period, e.event_type, "", "")] += 1
            if country:
                rows[(period, "", country, "")] += 1
                if admin1:
                    rows[(period, "", country, admin1)] += 1
    return tuple(PeriodCount(p, n, t, c, a) for (p, t, c, a), n in sorted(rows.items()))


def choose_windows(
    baseline: tuple[date, date] | None,
    recent: tuple[date, date] | None,
    exposure: Literal["calendar", "volume"],
    case_start: date | None,
    case_end: date | None,
    events: Sequence[Event],
) -> Windows:
    """The configured windows, or the documented defaults when case.toml has none."""
    dates = [e.date.start for e in events if e.date.start is not None]
    end = case_end or (max(dates) if dates else date.today())
    if recent is None:
        recent = (end - timedelta(days=364), end)
    if baseline is None:
        start = case_start or (min(dates) if dates else recent[0] - timedelta(days=365))
        start = min(start, recent[0] - timedelta(days=1))
        baseline = (start, recent[0] - timedelta(days=1))
    return Windows(baseline, recent, exposure)


def _within(day: date | None, window: tuple[date, date]) -> bool:
    return day is not None and window[0] <= day <= window[1]


def measure_exposure(
    window: tuple[date, date], kind: Literal["calendar", "volume"], documents: Sequence[Document]
) -> float:
    """Days in the window, or documents published in it."""
    if kind == "calendar":
        return float((window[1] - window[0]).days + 1)
    return float(sum(1 for d in documents if d.published_at and _within(d.published_at.date(), window)))


def compare_rates(
    label: str,
    event_types: Sequence[str],
    events: Sequence[Event],
    windows: Windows,
    documents: Sequence[Document],
) -> tuple[RateChange, str | None]:
    """The Gamma–Poisson rate change of one indicator between the windows (and a note on fallback)."""
    chosen = [e for e in events if e.event_type in event_types]
    base = [e for e in chosen if _within(e.date.start, windows.baseline)]
    recent = [e for e in chosen if _within(e.date.start, windows.recent)]
    kind = windows.exposure
    eb = measure_exposure(windows.baseline, kind, documents)
    er = measure_exposure(windows.recent, kind, documents)
    note = None
    if kind == "volume" and (eb <= 0 or er <= 0):
        kind = "calendar"
        eb, er = (
            measure_exposure(windows.baseline, kind, documents),
            measure_exposure(windows.recent, kind, documents),
        )
        note = f"{label}: a window has no dated documents, so exposure fell back to calendar days"
    post = posterior_ratio(len(base), eb, len(recent), er)
    change = RateChange(
        label=label,
        event_types=tuple(event_types),
        baseline_count=len(base),
        recent_count=len(recent),
        baseline_exposure=eb,
        recent_exposure=er,
        exposure=kind,
        ratio_median=post.median,
        ratio_low=post.low,
        ratio_high=post.high,
        p_increase=post.p_increase,
        event_ids=tuple(e.id for e in base + recent),
    )
    return change, note


def compare_indicators(
    events: Sequence[Event],
    windows: Windows,
    documents: Sequence[Document],
    wanted: Sequence[str] = (),
) -> tuple[tuple[RateChange, ...], tuple[str, ...]]:
    """Rate changes for 'events', every indicator with events, and every indicator an expectation names."""
    present = {e.event_type for e in events}
    labels = [
        k for k, types in INDICATORS.items() if k == "events" or k in wanted or present.intersection(types)
    ]
    changes, notes = [], []
    seen: set[tuple[str, ...]] = set()
    for label in labels:
        change, note = compare_rates(label, INDICATORS[label], events, windows, documents)
        # "violence" with no armed clash is "attack" again: one body of evidence, listed once.
        if change.event_ids in seen and label not in wanted and label != "events":
            continue
        seen.add(change.event_ids)
        changes.append(change)
        if note:
            notes.append(note)
    return tuple(changes), tuple(notes)
