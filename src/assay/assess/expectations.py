"""Hypothesis expectations (docs/formats.md grammar) and the ratings they suggest for evidence.

Grammar (family = one of trends.INDICATORS):
  "<family> rate rises|falls|is stable", "<family> rate rises while <family> rate does not",
  "events cluster after legislation", "casualties per attack rise|fall",
  "events spread across countries", "events concentrate in one country".

Suggested rating of a trend item from P = P(recent rate > baseline rate):

| expectation | CC | C | N | I | II |
|---|---|---|---|---|---|
| rises   | P ≥ 0.95 | P ≥ 0.80 | 0.20 < P < 0.80 | P ≤ 0.20 | P ≤ 0.05 |
| falls   | mirror: the same thresholds on 1 − P |
| stable  | — | 90% interval holds 1 | — | interval excludes 1 | interval beyond 0.5–2 |
| "B does not" rise | — | P < 0.80 | — | P ≥ 0.80 | P ≥ 0.95 |

Event-group items are not rated by suggestion (see assess.evidence). Items no expectation
bears on are rated N.
When several expectations bear on one item, the least consistent suggestion is kept: ACH
weighs disconfirming evidence most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assay.assess.rates import RatioPosterior
from assay.assess.trends import INDICATORS
from assay.model import Rating

ExpectationKind = Literal["rate", "rate_while", "cluster", "casualties", "spread", "concentrate"]
_FAMILY = "|".join(sorted(INDICATORS, key=len, reverse=True))
_PATTERNS: tuple[tuple[re.Pattern[str], ExpectationKind], ...] = (
    (
        re.compile(rf"^(?P<family>{_FAMILY}) rate rises while (?P<other>{_FAMILY}) rate does not$"),
        "rate_while",
    ),
    (re.compile(rf"^(?P<family>{_FAMILY}) rate (?P<direction>rises|falls|is stable)$"), "rate"),
    (re.compile(r"^events cluster after legislation$"), "cluster"),
    (re.compile(r"^casualties per attack (?P<direction>rise|fall)$"), "casualties"),
    (re.compile(r"^events spread across countries$"), "spread"),
    (re.compile(r"^events concentrate in one country$"), "concentrate"),
)
_CONSISTENCY = {Rating.CC: 2, Rating.C: 1, Rating.N: 0, Rating.NA: 0, Rating.I: -1, Rating.II: -2}


@dataclass(frozen=True, slots=True)
class Expectation:
    """One parsed expectation."""

    text: str
    kind: ExpectationKind
    family: str = ""
    direction: Literal["rises", "falls", "stable"] = "rises"
    other: str = ""


def parse_expectation(text: str) -> Expectation | None:
    """Parse one expectation phrase; None when it does not follow the grammar."""
    phrase = " ".join(text.lower().strip().rstrip(".").split())
    for pattern, kind in _PATTERNS:
        match = pattern.match(phrase)
        if match:
            groups = match.groupdict()
            direction = {"rise": "rises", "fall": "falls", "is stable": "stable"}.get(
                groups.get("direction") or "rises", groups.get("direction") or "rises"
            )
            return Expectation(
                text,
                kind,
                groups.get("family") or "",
                direction,  # type: ignore[arg-type]
                groups.get("other") or "",
            )
    return None


def rate_rating(post: RatioPosterior, direction: Literal["rises", "falls", "stable"]) -> Rating:
    """The rating a rate expectation earns from a ratio posterior (table in the module docstring)."""
    if direction == "stable":
        if post.low > 2.0 or post.high < 0.5:
            return Rating.II
        return Rating.C if post.low <= 1.0 <= post.high else Rating.I
    p = post.p_increase if direction == "rises" else 1.0 - post.p_increase
    if p >= 0.95:
        return Rating.CC
    if p >= 0.80:
        return Rating.C
    if p <= 0.05:
        return Rating.II
    if p <= 0.20:
        return Rating.I
    return Rating.N


def not_rising_rating(post: RatioPosterior) -> Rating:
    """The rating of "B rate does not rise" from B's ratio posterior."""
    if post.p_increase >= 0.95:
        return Rating.II
    return Rating.I if post.p_increase >= 0.80 else Rating.C


def least_consistent(options: list[tuple[Rating, str]]) -> tuple[Rating, str]:
    """The suggestion that disconfirms most (first listed among equals)."""
    return min(options, key=lambda o: _CONSISTENCY[o[0]])


def describe_posterior(post: RatioPosterior) -> str:
    """'ratio 2.1 (90% interval 1.1–4.0), P(increase) 0.97'."""
    interval = f"{post.low:.2f}–{post.high:.2f}"
    return f"ratio {post.median:.2f} (90% interval {interval}), P(increase) {post.p_increase:.2f}"
