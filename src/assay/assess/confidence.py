"""Analytic confidence (low / moderate / high) from the evidence base behind one judgment.

Rubric: each factor adds +1, 0 or −1 point; the reasons list every factor with its sign.

| factor | +1 | −1 |
|---|---|---|
| source grades | ≥ half the events have an origin graded A or B | ≥ half have no origin graded A–C |
| independent origins | median independent origins per event ≥ 2 | every event rests on one origin |
| corroboration | ≥ half the events are confirmed (credibility 1) | no event is confirmed |
| conflicts | — | > 30% of events carry conflicting counts |
| volume | ≥ 10 events | < 3 events |
| assumptions | — | the judgment rests on a load-bearing assumption (listed) |

Score ≥ 3 → high; score ≤ −1 → low; otherwise moderate. Caps: any forecast (a judgment with a
horizon) is at most moderate, because it extrapolates a rate model (a steady Poisson process)
that the evidence cannot confirm for the future; one with no event from an origin graded A–C
is at most low.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from assay.model import ConfidenceLevel, Event

_ORDER: tuple[ConfidenceLevel, ...] = ("low", "moderate", "high")


def _has_conflict(event: Event) -> bool:
    kinds = {c.kind for c in event.count_claims}
    return any(len({c.value for c in event.count_claims if c.kind == k}) > 1 for k in kinds)


def rate_confidence(
    events: Sequence[Event],
    *,
    assumptions: Sequence[str] = (),
    horizon_days: int | None = None,
) -> tuple[ConfidenceLevel, tuple[str, ...]]:
    """The confidence level the rubric gives, and the reasons behind it, one per factor."""
    reasons: list[str] = []
    score = 0
    n = len(events)

    def add(points: int, text: str) -> None:
        nonlocal score
        score += points
        reasons.append(f"{'+' if points > 0 else '−' if points < 0 else '·'} {text}")

    graded_ab = sum(1 for e in events if any(o.best_reliability in "AB" for o in e.origins))
    graded_ac = sum(1 for e in events if any(o.best_reliability in "ABC" for o in e.origins))
    if n and graded_ab * 2 >= n:
        add(1, f"source grades: {graded_ab} of {n} events rest on an origin graded A or B")
    elif not n or (n - graded_ac) * 2 >= n:
        add(-1, f"source grades: {n - graded_ac} of {n} events have no origin graded A–C")
    else:
        add(0, f"source grades: {graded_ac} of {n} events have an origin graded A–C, {graded_ab} A or B")
    median = statistics.median(len(e.origins) for e in events) if events else 0
    if median >= 2:
        add(1, f"independent origins: median {median:g} per event")
    elif not events or all(len(e.origins) <= 1 for e in events):
        add(-1, "independent origins: every event rests on a single origin")
    else:
        add(0, f"independent origins: median {median:g} per event")
    confirmed = sum(1 for e in events if e.credibility == 1)
    if n and confirmed * 2 >= n:
        add(1, f"corroboration: {confirmed} of {n} events confirmed by independent origins")
    elif confirmed == 0:
        add(-1, f"corroboration: none of {n} events is confirmed by independent origins")
    else:
        add(0, f"corroboration: {confirmed} of {n} events confirmed by independent origins")
    conflicted = sum(1 for e in events if _has_conflict(e))
    if n and conflicted / n > 0.3:
        add(-1, f"conflicts: {conflicted} of {n} events carry conflicting counts")
    else:
        add(0, f"conflicts: {conflicted} of {n} events carry conflicting counts")
    if n >= 10:
        add(1, f"volume: {n} events")
    elif n < 3:
        add(-1, f"volume: only {n} event{'s' if n != 1 else ''}")
    else:
        add(0, f"volume: {n} events")
    if assumptions:
        add(-1, "assumptions: " + "; ".join(assumptions))
    else:
        add(0, "assumptions: none load-bearing beyond the model stated with the judgment")
    level: ConfidenceLevel = "high" if score >= 3 else "low" if score <= -1 else "moderate"
    if horizon_days is not None and level == "high":
        level = "moderate"
        reasons.append(
            f"cap: a {horizon_days}-day forecast extrapolated from a rate model is at most moderate"
        )
    if (n and graded_ac == 0 and level != "low") or (not n and level != "low"):
        level = "low"
        reasons.append("cap: no event rests on an origin graded A–C, so at most low")
    reasons.append(f"score {score:+d} → {level}")
    return level, tuple(reasons)
