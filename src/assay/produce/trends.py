"""The discussion's trend paragraph: events per year in the case period, then the main indicators' rates."""

from __future__ import annotations

from collections import Counter

from assay.model import RateChange, Support
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.material import Material
from assay.produce.narrative import in_scope
from assay.produce.phrasing import join_list
from assay.produce.values import format_date, number_words
from assay.taxonomy import FAMILIES

# The indicators a reader of a support question needs, in the order the paragraph gives them.
MAIN_FAMILIES = ("violence", "enforcement", "mobilisation")
# assess reports each rate ratio with its 90% credible interval; the key judgments name it alike.
CREDIBLE = "90% credible interval"
_FAMILY_NAMES = {
    "violence": "violent incidents",
    "enforcement": "arrests and prosecutions",
    "mobilisation": "propaganda, recruitment and travel",
}


def _yearly(material: Material) -> Draft | None:
    events = [e for e in material.assessment.events if in_scope(material, e)]
    years = Counter(e.date.start.year for e in events if e.date.start)
    if len(years) < 2:
        return None
    parts = [f"{number_words(n)} in {year}" for year, n in sorted(years.items())]
    first = min(years)
    parts[0] = parts[0].replace(" in ", " event in " if years[first] == 1 else " events in ", 1)
    citing = material.best_documents([d for e in events for d in e.document_ids], 3)
    return make_draft(
        f"Within the case period the collected reporting yields {join_list(parts)}",
        citing,
        fallback=("events in the case period, counted by year",),
        group="years",
    )


def pick_changes(changes: tuple[RateChange, ...]) -> list[tuple[str, RateChange]]:
    """For each main family, the comparison that covers it: the whole family, else its largest part."""
    picked: list[tuple[str, RateChange]] = []
    for family in MAIN_FAMILIES:
        types = set(FAMILIES.get(family, ()))
        inside = [c for c in changes if c.event_types and set(c.event_types) <= types]
        if not inside:
            continue
        best = max(
            inside, key=lambda c: (len(set(c.event_types)), c.baseline_count + c.recent_count, c.label)
        )
        picked.append((family, best))
    return picked


def _window_words(material: Material) -> tuple[str, str, list[Support]]:
    windows = material.config.windows
    supports: list[Support] = []
    words = []
    for which in ("baseline", "recent"):
        window = getattr(windows, which)
        if window is None:
            words.append(f"the {which} window")
            continue
        start, end = format_date(window.start), format_date(window.end)
        days = str((window.end - window.start).days + 1)
        words.append(f"the {which} window ({start} to {end}, {days} days)")
        setting = f"case.toml windows.{which}"
        supports += [
            derived(start, setting, kind="config"),
            derived(end, setting, kind="config"),
            derived(days, setting, "calendar days in the window"),
        ]
    return words[0], words[1], supports


def _indicator(family: str, change: RateChange) -> tuple[str, list[Support]]:
    inputs = (f"rate change {change.label!r}",)
    base, recent = number_words(change.baseline_count), number_words(change.recent_count)
    # Two decimals, as the key judgment and Appendix B print the same posterior.
    ratio, low, high = f"{change.ratio_median:.2f}", f"{change.ratio_low:.2f}", f"{change.ratio_high:.2f}"
    share = f"{round(change.p_increase * 100)}%"
    types = set(FAMILIES.get(family, ()))
    label = change.label if change.label.endswith("s") else f"{change.label} events"
    name = _FAMILY_NAMES[family] if set(change.event_types) == types else label
    # Equal counts 'went from 12 to 12' would read as no change when the rate (per window length) moved.
    counts = (
        f"numbered {base} in each window"
        if change.baseline_count == change.recent_count
        else f"went from {base} in the baseline to {recent} in the recent window"
    )
    text = (
        f"{name} {counts}, a rate ratio of "
        f"{ratio} ({CREDIBLE} {low}–{high}; {share} of the posterior on an increase)"
    )
    supports = [
        derived(base, *inputs, "baseline events"),
        *([derived(recent, *inputs, "recent events")] if recent != base else []),
        derived(CREDIBLE.split()[0], "credible level of assess's Gamma-Poisson rate comparison"),
        *(derived(v, *inputs, "Gamma-Poisson posterior") for v in (ratio, low, high, share)),
    ]
    return text, supports


def describe_trends(material: Material) -> list[list[Draft]]:
    """One compact paragraph: yearly totals in the case period, then violence, enforcement, mobilisation."""
    drafts: list[Draft] = []
    yearly = _yearly(material)
    if yearly is not None:
        drafts.append(yearly)
    picked = pick_changes(material.assessment.rate_changes)
    if picked:
        base, recent, supports = _window_words(material)
        exposure = picked[0][1].exposure
        basis = (
            "per day of calendar time, so windows of different length compare fairly"
            if exposure == "calendar"
            else "against the volume of reporting in each window, so a surge in coverage "
            "does not read as a rise"
        )
        ids = [i for _, change in picked for i in change.event_ids]
        drafts.append(
            make_draft(
                f"We compare {recent} with {base}, measuring each rate {basis}",
                material.best_documents(material.event_documents(ids), 3),
                fixed=supports,
                group="trends",
            )
        )
        for family, change in picked:
            text, supports = _indicator(family, change)
            citing = material.best_documents(material.event_documents(change.event_ids), 3)
            drafts.append(make_draft(text[0].upper() + text[1:], citing, fixed=supports, group="trends"))
    return [drafts] if drafts else []
