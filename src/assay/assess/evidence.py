"""ACH evidence items from events, trends and analyst notes, with suggested and analyst ratings.

Items:
* "E-<family>-<country>": the events of one taxonomy family in one case country (not one item
  per event: ten arrests in one country are one body of evidence); travel and propaganda abroad
  count under the case country their reports tie them to (assess.scope). Credibility weight from the
  median event credibility: 1–2 high, 3 medium, 4–6 low.
* "T-<indicator>": one per rate change (see assess.trends); credibility high when ≥ 5 events
  are behind it, medium with 1–4, low with none.
* "T-casualties-per-attack", "T-after-legislation", "T-spread": built when an expectation
  needs them.
* "N-...": any key rated in case.toml [ratings] that is none of the above becomes an analyst
  note item, rated by the analyst only.
Relevance is high when an expectation of some hypothesis bears on the item, medium otherwise.
Only T- items get suggested ratings: an event group's rate is already in its T- item, and
rating both would count the same events twice (fatal to the Bayesian view, which multiplies
likelihood ratios as if items were independent). Event groups are there for the analyst to rate.
Analyst ratings (case.toml [ratings]) always replace suggestions.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from assay.assess.expectations import (
    Expectation,
    describe_posterior,
    least_consistent,
    not_rising_rating,
    parse_expectation,
    rate_rating,
)
from assay.assess.rates import RatioPosterior, posterior_ratio
from assay.assess.scope import country_of
from assay.assess.trends import INDICATORS, Windows
from assay.model import Event, Evidence, Hypothesis, RateChange, Rating
from assay.taxonomy import family_of

POST_LEGISLATION_DAYS = 90
Weight = Literal["low", "medium", "high"]


@dataclass(slots=True)
class _Draft:
    key: str
    description: str
    kind: Literal["event", "trend", "note"]
    credibility: Weight
    event_ids: tuple[str, ...] = ()
    document_ids: tuple[int, ...] = ()
    types: frozenset[str] = frozenset()
    posterior: RatioPosterior | None = None
    group_rates: tuple[float, float] | None = None
    top_share: float = 0.0
    suggestions: dict[str, list[tuple[Rating, str]]] = field(default_factory=dict)


def _posterior(change: RateChange) -> RatioPosterior:
    return RatioPosterior(change.ratio_median, change.ratio_low, change.ratio_high, change.p_increase)


def _in(day: date | None, window: tuple[date, date]) -> bool:
    return day is not None and window[0] <= day <= window[1]


def _days(window: tuple[date, date]) -> int:
    return (window[1] - window[0]).days + 1


def _event_items(events: Sequence[Event], windows: Windows) -> list[_Draft]:
    groups: dict[tuple[str, str], list[Event]] = {}
    for e in events:
        country = country_of(e)
        groups.setdefault((family_of(e.event_type), country), []).append(e)
    drafts = []
    for (family, country), group in sorted(groups.items()):
        median = statistics.median(e.credibility for e in group)
        weight: Weight = "high" if median <= 2 else "medium" if median <= 3 else "low"
        dates = sorted(e.date.start for e in group if e.date.start)
        span = f", {dates[0].isoformat()} to {dates[-1].isoformat()}" if dates else ""
        drafts.append(
            _Draft(
                key=f"E-{family}-{country}",
                description=f"{len(group)} {family} event{'s' if len(group) != 1 else ''} in {country}{span} "
                f"(median credibility {median:g})",
                kind="event",
                credibility=weight,
                event_ids=tuple(e.id for e in group),
                document_ids=tuple(sorted({d for e in group for d in e.document_ids})),
                types=frozenset(e.event_type for e in group),
            )
        )
    return drafts


def _trend_weight(n: int) -> Weight:
    return "high" if n >= 5 else "medium" if n >= 1 else "low"


def _trend_items(changes: Sequence[RateChange], events: Sequence[Event], windows: Windows) -> list[_Draft]:
    drafts = []
    for c in changes:
        drafts.append(
            _Draft(
                key=f"T-{c.label}",
                description=f"{c.label} rate, {windows.label('recent')} vs {windows.label('baseline')}: "
                f"{c.recent_count} vs {c.baseline_count} events ({c.exposure} exposure), "
                + describe_posterior(_posterior(c)),
                kind="trend",
                credibility=_trend_weight(c.baseline_count + c.recent_count),
                event_ids=c.event_ids,
                types=frozenset(c.event_types),
                posterior=_posterior(c),
            )
        )
    return drafts


def _casualty_item(events: Sequence[Event], windows: Windows) -> _Draft | None:
    attacks = [e for e in events if e.event_type in INDICATORS["attack"]]
    killed = {e.id: sum(c.value for c in e.counts if c.kind == "killed") for e in attacks}
    base = [e for e in attacks if _in(e.date.start, windows.baseline)]
    recent = [e for e in attacks if _in(e.date.start, windows.recent)]
    if not base or not recent:
        return None
    kb, kr = sum(killed[e.id] for e in base), sum(killed[e.id] for e in recent)
    post = posterior_ratio(kb, len(base), kr, len(recent))
    return _Draft(
        "T-casualties-per-attack",
        f"killed per attack: {kr}/{len(recent)} recent vs {kb}/{len(base)} baseline, "
        + describe_posterior(post),
        "trend",
        _trend_weight(len(base) + len(recent)),
        tuple(e.id for e in base + recent),
        posterior=post,
    )


def after_legislation(events: Sequence[Event], windows: Windows) -> RateChange | None:
    """Rate of other events in the 90 days after each legislation event vs the rest of the case span."""
    laws = sorted({e.date.start for e in events if e.event_type == "legislation" and e.date.start})
    if not laws:
        return None
    span = (min(windows.baseline[0], windows.recent[0]), max(windows.baseline[1], windows.recent[1]))
    after: set[date] = set()
    for day in laws:
        after.update(
            day + timedelta(days=i)
            for i in range(1, POST_LEGISLATION_DAYS + 1)
            if _in(day + timedelta(days=i), span)
        )
    total = _days(span)
    others = [e for e in events if e.event_type != "legislation" and _in(e.date.start, span)]
    inside = [e for e in others if e.date.start in after]
    outside = [e for e in others if e.date.start not in after]
    if not after or len(after) >= total:
        return None
    post = posterior_ratio(len(outside), total - len(after), len(inside), len(after))
    return RateChange(
        "after-legislation",
        tuple(t for t in INDICATORS["events"] if t != "legislation"),
        len(outside),
        len(inside),
        float(total - len(after)),
        float(len(after)),
        "calendar",
        post.median,
        post.low,
        post.high,
        post.p_increase,
        tuple(e.id for e in inside),
    )


def _spread_item(events: Sequence[Event], windows: Windows) -> _Draft:
    def countries(window: tuple[date, date]) -> list[str]:
        return [country_of(e) for e in events if country_of(e) != "XX" and _in(e.date.start, window)]

    base, recent = countries(windows.baseline), countries(windows.recent)
    top_share = max((recent.count(c) for c in set(recent)), default=0) / len(recent) if recent else 0.0
    draft = _Draft(
        "T-spread",
        f"countries with events: {len(set(recent))} recent vs {len(set(base))} baseline; "
        f"largest country share in the recent window {top_share:.0%}",
        "trend",
        _trend_weight(len(base) + len(recent)),
    )
    draft.group_rates = (float(len(set(base))), float(len(set(recent))))
    draft.top_share = top_share
    return draft


def _suggest(exp: Expectation, item: _Draft) -> tuple[Rating, str] | None:
    if (
        exp.kind in ("rate", "rate_while")
        and item.kind == "trend"
        and item.key == f"T-{exp.family}"
        and item.posterior
    ):
        return rate_rating(
            item.posterior, exp.direction
        ), f"expects '{exp.text}'; {describe_posterior(item.posterior)}"
    if exp.kind == "rate_while" and item.kind == "trend" and item.key == f"T-{exp.other}" and item.posterior:
        return not_rising_rating(
            item.posterior
        ), f"expects {exp.other} not to rise; P(increase) {item.posterior.p_increase:.2f}"
    if exp.kind == "cluster" and item.key == "T-after-legislation" and item.posterior:
        return rate_rating(
            item.posterior, "rises"
        ), f"expects '{exp.text}'; {describe_posterior(item.posterior)}"
    if exp.kind == "casualties" and item.key == "T-casualties-per-attack" and item.posterior:
        return rate_rating(
            item.posterior, exp.direction
        ), f"expects '{exp.text}'; {describe_posterior(item.posterior)}"
    if exp.kind in ("spread", "concentrate") and item.key == "T-spread" and item.group_rates:
        base, recent = item.group_rates
        if exp.kind == "spread":
            rating = Rating.C if recent > base else Rating.N if recent == base else Rating.I
            return rating, f"expects '{exp.text}'; {recent:g} countries recently vs {base:g} before"
        share = item.top_share
        return (
            Rating.C if share >= 0.75 else Rating.I
        ), f"expects '{exp.text}'; largest recent share {share:.0%}"
    return None


def build_evidence(
    hypotheses: Sequence[Hypothesis],
    events: Sequence[Event],
    changes: Sequence[RateChange],
    windows: Windows,
    analyst: Mapping[str, Mapping[str, Rating]],
) -> tuple[tuple[Evidence, ...], tuple[RateChange, ...], tuple[str, ...]]:
    """Evidence items with ratings, extra rate changes they needed, and notes on unread expectations."""
    parsed: dict[str, list[Expectation]] = {}
    notes: list[str] = []
    for h in hypotheses:
        for text in h.expectations:
            exp = parse_expectation(text)
            if exp is None:
                notes.append(
                    f"{h.key}: expectation {text!r} does not follow the grammar in docs/formats.md "
                    "(e.g. 'attack rate rises'); it was not tested"
                )
            else:
                parsed.setdefault(h.key, []).append(exp)
    kinds = {e.kind for exps in parsed.values() for e in exps}
    drafts = _event_items(events, windows) + _trend_items(changes, events, windows)
    extra: list[RateChange] = []
    if "cluster" in kinds:
        change = after_legislation(events, windows)
        if change:
            extra.append(change)
            drafts += _trend_items([change], events, windows)
    if "casualties" in kinds:
        item = _casualty_item(events, windows)
        if item:
            drafts.append(item)
    if kinds & {"spread", "concentrate"}:
        drafts.append(_spread_item(events, windows))
    known = {d.key for d in drafts}
    for key in sorted(set(analyst) - known):
        drafts.append(_Draft(key, f"Analyst item {key} (rated in case.toml)", "note", "medium"))
    items = []
    for d in drafts:
        ratings, reasons, sources = {}, {}, {}
        bearing = False
        for h in hypotheses:
            options = [s for s in (_suggest(e, d) for e in parsed.get(h.key, [])) if s is not None]
            bearing = bearing or bool(options)
            rating, reason = (
                least_consistent(options)
                if options
                else (Rating.N, "no expectation of this hypothesis bears on it")
            )
            source: Literal["analyst", "suggested"] = "suggested"
            if h.key in analyst.get(d.key, {}):
                rating, reason, source = analyst[d.key][h.key], "analyst rating in case.toml", "analyst"
            ratings[h.key], reasons[h.key], sources[h.key] = rating, reason, source
        items.append(
            Evidence(
                d.key,
                d.description,
                d.kind,
                d.credibility,
                "high" if bearing else "medium",
                ratings,
                reasons,
                sources,
                d.event_ids,
                d.document_ids,
            )
        )
    return tuple(items), tuple(extra), tuple(notes)
