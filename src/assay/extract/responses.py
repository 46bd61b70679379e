"""Second violent occurrences of a sentence: the fight answering an attack, or the attack inside a fight."""

from __future__ import annotations

import re

from assay.extract.lexicon import Trigger
from assay.extract.violence import FRAMING_TRIGGERS, is_aftermath, violent_type

# The words that name a fight between two armed sides, as against the operation framing it.
_SIEGE_ENDED = re.compile(
    r"\b(?:ended|ending|end|lifted|broke|breaking)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
_NON_STATE_SUBJECT = re.compile(
    r"\b(?:gunmen|gunman|militants?|attackers?|assailants?|terrorists?|insurgents?|jihadists?|"
    r"bombers?|rebels?|kidnappers?|hostage-takers)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_VICTIM_OBJECT = re.compile(
    r"^\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\w+\s+){0,2}(?:hostages|civilians|people|worshippers|"
    r"passengers|tourists|guests|shoppers|villagers|residents|children|students)\b",
    re.I,
)


def response_fight(
    triggers: list[Trigger], primary: Trigger, coded: str, text: str, sent_start: int, sent_end: int
) -> Trigger | None:
    """A second violent occurrence in the sentence: the fight that answered an attack, or the
    attack inside a fight.

    "Militants attacked a checkpoint, triggering gun battles", "...; security forces ended the
    siege after killing three attackers", "...; hours later police shot dead five suspects" tell
    an attack and then a clash with its perpetrators (ACLED codes both). "Commandos stormed a
    cafe, ending a siege in which gunmen killed 20 hostages" tells a clash and the attackers'
    killings of hostages. The attacker's own end ("before being shot dead by police") stays a
    count of the attack, and an operation word alone ("special operation") frames, not fights.
    """
    others = [t for t in triggers if t is not primary and not _overlaps(t, primary)]
    if coded in ("attack", "bombing", "suicide_bombing"):
        for t in sorted(others, key=lambda t: t.start):
            lowered = t.text.lower()
            if is_aftermath(t, text):
                continue
            if t.event_type == "armed_clash" and lowered not in FRAMING_TRIGGERS and not t.is_contextual:
                return t
            if (
                t.event_type == "armed_clash"
                and lowered in ("siege",)
                and _SIEGE_ENDED.search(text[max(sent_start, t.char_start - 30) : t.char_start])
            ):
                return t
            if (
                t.event_type == "attack"
                and lowered not in _OUTCOME_ONLY
                and violent_type(t, text, sent_start, sent_end) == "armed_clash"
                and _clause_apart(primary, t, text)
            ):
                return t
        return None
    if coded == "armed_clash":
        for t in sorted(others, key=lambda t: t.start):
            if t.event_type != "attack" or is_aftermath(t, text):
                continue
            left = text[max(sent_start, t.char_start - 40) : t.char_start]
            right = text[t.char_end : min(sent_end, t.char_end + 40)]
            if _NON_STATE_SUBJECT.search(left) and _VICTIM_OBJECT.match(right):
                return t
    return None


_OUTCOME_ONLY = frozenset({"killed", "killing", "kill", "kills", "shot", "murdered", "hostages"})


def _overlaps(a: Trigger, b: Trigger) -> bool:
    return a.char_start < b.char_end and b.char_start < a.char_end


def _clause_apart(a: Trigger, b: Trigger, text: str) -> bool:
    """True when a ";" or a new sentence-like clause stands between two triggers."""
    lo, hi = sorted((a, b), key=lambda t: t.char_start)
    return ";" in text[lo.char_end : hi.char_start]
