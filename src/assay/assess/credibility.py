"""Admiralty information credibility (1–6) of an event from its independent origins.

The rule, applied top to bottom (first match wins); "origin" means independent origin as
defined in assay.assess.sources, "graded A–C" means the origin's best reliability:

| credibility | when |
|---|---|
| 1 confirmed       | ≥ 2 origins, at least one NOT state-affiliated, at least one graded A–C |
| 2 probably true   | ≥ 2 origins otherwise (all state-affiliated, or none A–C); or 1 origin graded A/B |
| 3 possibly true   | 1 origin graded C |
| 4 doubtful        | 1 origin graded D |
| 5 improbable      | 1 origin graded E |
| 6 cannot be judged | 1 origin graded F (unknown outlet), or no origin at all |

Why: STANAG 2511 reserves 1 for information confirmed by independent sources; agreement only
among state-affiliated origins is not independent of the state's line, so it earns 2 at best.
A single origin's information is as credible as its source is reliable (A/B → 2 ... F → 6).
"""

from __future__ import annotations

from collections.abc import Sequence

from assay.model import Origin

LABELS = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
_SINGLE = {"A": 2, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6}


def rate_credibility(origins: Sequence[Origin]) -> tuple[int, str]:
    """The credibility 1–6 of information carried by these independent origins, and why."""
    if not origins:
        return 6, "6 (truth cannot be judged): no origin could be identified"
    names = ", ".join(f"{o.key.split('@')[0]} ({o.best_reliability})" for o in origins)
    if len(origins) >= 2:
        independent = any(not o.is_state_affiliated for o in origins)
        graded = any(o.best_reliability in "ABC" for o in origins)
        if independent and graded:
            return (
                1,
                f"1 (confirmed): {len(origins)} independent origins incl. one not state-affiliated: {names}",
            )
        why = "all are state-affiliated" if not independent else "none is graded A–C"
        return 2, f"2 (probably true): {len(origins)} independent origins but {why}: {names}"
    (only,) = origins
    value = _SINGLE[only.best_reliability]
    return value, f"{value} ({LABELS[value]}): a single origin, {names}"
