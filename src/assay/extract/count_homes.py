"""Which of a sentence's drafts each count belongs to: by kind, by clause, nearest or overall."""

from __future__ import annotations

import re

from assay.extract.drafts import Draft
from assay.extract.numbers import CountMatch
from assay.extract.violence import VIOLENT_PRIORITY, is_agent_noun
from assay.model import Count, CountKind, Span

# Where each kind of count goes, in tiers: the nearest draft of the first tier present in the
# sentence ("killing at least 40" at a protest fired on is the shooting's toll, not the protest's;
# "two supporters ... were detained" after "a terrorist act was prevented" are the arrest's).
_COUNT_HOME: dict[CountKind, tuple[tuple[str, ...], ...]] = {
    "killed": (VIOLENT_PRIORITY, ("protest",)),
    "injured": (VIOLENT_PRIORITY, ("protest",)),
    "attackers_killed": (VIOLENT_PRIORITY,),
    "arrested": (("arrest",), ("plot_disrupted", "protest")),
    "convicted": (("prosecution",),),
    "groups": (("plot_disrupted",),),
    "individuals": (("plot_disrupted", "foreign_fighter_travel"),),
    "fighters": (("foreign_fighter_travel", "statement"),),
}
_HOME_ONLY: frozenset[CountKind] = frozenset({"groups", "individuals", "fighters"})


_PARTICIPIAL_TOLL = re.compile(
    r",\s*(?:killing|wounding|injuring|leaving)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|"
    r"up\s+to|over)\s+)?$",
    re.I,
)


def _clause(text: str, at: int) -> tuple[int, int]:
    """The ";"-clause of `text` around offset `at`."""
    end = text.find(";", at)
    return text.rfind(";", 0, at) + 1, len(text) if end < 0 else end


def _home_of(homes: list[int], drafts: list[Draft], start: int, end: int, text: str) -> int:
    """The draft a count at [start, end) of `text` belongs to.

    Among drafts of the count's own ";"-clause: a participial toll (", killing 13 people") is
    the clause's first act's (gold README: one overall toll goes on the first trigger; an agent
    noun such as "suicide bombers" is not an act); any other count is the nearest trigger's.
    """
    if text:
        lo, hi = _clause(text, start)
        own = [i for i in homes if lo <= drafts[i].trigger.char_start < hi]
        if own:
            homes = own
        # A toll told in a clause with no act of its own ("...; all four attackers also died")
        # is the overall toll, and goes on the first act, like a participial one.
        overall = not own or _PARTICIPIAL_TOLL.search(text, max(0, start - 40), start)
        if len(homes) > 1 and overall:
            acts = [i for i in homes if not is_agent_noun(drafts[i].trigger)] or homes
            return min(acts, key=lambda i: drafts[i].trigger.char_start)

    def gap(i: int) -> int:
        t = drafts[i].trigger
        return t.char_start - end if end <= t.char_start else max(0, start - t.char_end)

    return min(homes, key=gap)


def assign_counts(
    found: list[CountMatch], drafts: list[Draft], offset: int, text: str = ""
) -> dict[int, list[Count]]:
    """Attach each count to the draft it belongs to (`text`: the chunk the drafts' offsets are in)."""
    out: dict[int, list[Count]] = {i: [] for i in range(len(drafts))}
    for c in found:
        tiers = ([i for i, d in enumerate(drafts) if d.event_type in tier] for tier in _COUNT_HOME[c.kind])
        homes = next((t for t in tiers if t), [])
        if not homes:
            # Cells, lone actors and fighters are counted only where they belong (plots, travel):
            # "a group of terrorists attacked" is not a count of groups.
            if len(drafts) != 1 or c.kind in _HOME_ONLY:
                continue
            homes = [0]
        target = _home_of(homes, drafts, c.start + offset, c.end + offset, text)
        if any(existing.kind == c.kind for existing in out[target]):
            continue
        out[target].append(
            Count(c.kind, c.value, c.qualifier, Span(c.start + offset, c.end + offset, c.text))
        )
    return out
