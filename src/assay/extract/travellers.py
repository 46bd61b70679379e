"""How many people a journey concerns: "five men ... en route to Syria", "231 citizens ... were evacuated".

The count module reads a number's kind from the verb or noun next to it; a journey's travellers
are often counted by another event's verb ("arrested five men ... en route to Syria") or far
from the travel trigger. Gold convention (README counts): people travelling to or fighting in a
foreign conflict are `fighters`; repatriated families, evacuees and schoolgirls are `individuals`;
one explicitly singular person counts 1.
"""

from __future__ import annotations

import re

from assay.extract.numbers import NUMBER_RE, parse_number, qualifier_of
from assay.model import Count, CountKind, Span

_PEOPLE = re.compile(
    r"\s+(?:of\s+(?:its|their|the)\s+)?(?:of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>men|women|brothers|sisters|citizens|nationals|people|persons|residents|militants|fighters|"
    r"youths|schoolgirls|girls|boys|children|families|recruits|jihadists|volunteers|"
    r"[A-Z][a-z]+(?:ans|ians|is|ers|ks|ks|iks|eks|yz))\b"
)
_SINGLE = re.compile(
    r"\b(?:[Aa]n?)\s+(?:[\w-]+\s+){0,3}?(?P<noun>man|woman|resident|citizen|national|native|student|teenager|"
    r"colonel|officer|commander|imam|\d+-year-old)\b"
)
_FAMILY_NOUNS = {"women", "children", "girls", "schoolgirls", "families", "sisters", "woman"}
# Repatriation is done to people (passive or by the state), so its people are individuals.
_REPATRIATION = re.compile(
    r"\b(?:(?:were|was|been)\s+(?:returned|evacuated|repatriated|brought\s+back|flown)|evacuated|"
    r"repatriated|repatriation|flown|brought\s+back|handed\s+over)\b",
    re.I,
)
_ASIDE_BEFORE = re.compile(
    r"(?:among\s+them|including|of\s+whom|of\s+them|between|several|a\s+few|\bno)\s*$", re.I
)


def travel_count(
    sentence: str, trigger_start: int, trigger_end: int, excluded: list[tuple[int, int]]
) -> Count | None:
    """The travellers of a journey whose trigger is at [trigger_start, trigger_end) of `sentence`, else None.

    Offsets in the Count's span are relative to `sentence`; `excluded` ranges (dates) hold no count.
    """
    trigger = sentence[trigger_start:trigger_end]
    repatriation = bool(_REPATRIATION.search(trigger) or _REPATRIATION.search(sentence[: trigger_end + 1]))
    found: list[tuple[int, Count]] = []
    for m in NUMBER_RE.finditer(sentence):
        if any(m.start() < e and s < m.end() for s, e in excluded):
            continue
        if _ASIDE_BEFORE.search(sentence[max(0, m.start() - 14) : m.start()]):
            continue
        people = _PEOPLE.match(sentence, m.end())
        parsed = parse_number(m.group("num"))
        if people is None or parsed is None:
            continue
        value, is_vague = parsed
        kind = _kind(people.group("noun"), repatriation)
        span = Span(m.start(), people.end(), sentence[m.start() : people.end()])
        found.append(
            (
                _distance(m.start(), m.end(), trigger_start, trigger_end),
                Count(kind, value, qualifier_of(m, is_vague), span),
            )
        )
    if not found:
        single = _SINGLE.search(sentence, 0, trigger_start)
        if single is None:
            return None
        span = Span(single.start(), single.end(), single.group())
        return Count(_kind(single.group("noun"), repatriation), 1, "exact", span)
    return min(found, key=lambda f: f[0])[1]


def _kind(noun: str, repatriation: bool) -> CountKind:
    return "individuals" if repatriation or noun.lower() in _FAMILY_NOUNS else "fighters"


def _distance(start: int, end: int, trigger_start: int, trigger_end: int) -> int:
    return trigger_start - end if end <= trigger_start else max(0, start - trigger_end)
