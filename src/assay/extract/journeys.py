"""Where a journey goes when its trigger does not name it: a later "to", or home from a conflict.

"prevented the illegal departure of four citizens, natives of Andijan region, who intended to
travel to Syria" goes to Syria, the place a later "to" names; "had fought in Syria since 2014,
voluntarily returned home" is not placed in the conflict it came back from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assay.model import Place

# The conflicts the travel lexicon names (lexicon.yaml conflict_zone): Syria, Iraq, Afghanistan.
CONFLICT_COUNTRIES = frozenset({"SY", "IQ", "AF"})
_TO_LEFT = re.compile(r"\b(?:to|into|for)\s+(?:the\s+)?$", re.I)


def later_destination(places: Sequence[Place], text: str, trigger_end: int) -> Place | None:
    """The first place after the trigger that a "to/into/for" introduces, anywhere in the sentence."""
    after = sorted((p for p in places if p.span is not None and p.span.start >= trigger_end), key=_start)
    return next(
        (p for p in after if p.span and _TO_LEFT.search(text, max(0, p.span.start - 12), p.span.start)), None
    )


def away_from_conflict(places: list[Place]) -> list[Place]:
    """The places outside the conflict countries, or all of them when none is outside."""
    return [p for p in places if p.country_code not in CONFLICT_COUNTRIES] or places


def _start(p: Place) -> int:
    return p.span.start if p.span else 0
