"""Triggers that tell no occurrence: conditions, habits, rehearsals, and journey words describing people."""

from __future__ import annotations

import re

from assay.extract.lexicon import Trigger
from assay.extract.nlp import may_contain
from assay.extract.violence import NOUN_TRIGGERS, VIOLENT_PRIORITY

# A trigger inside a condition ("could send troops if fighting in Afghanistan spills over",
# "unless the militants are disarmed") tells what might happen, not what did.
_CONDITION_LEFT = re.compile(r"\b(?:if|unless|should\s+(?:the|a|an))\b[^,;:()\"“”]*$", re.I)


def is_condition(t: Trigger, text: str, sent_start: int) -> bool:
    """True for a trigger standing in an "if"/"unless" clause of its sentence."""
    left = text[max(sent_start, t.char_start - 100) : t.char_start]
    return may_contain(left, ("if", "unless", "should")) and _CONDITION_LEFT.search(left) is not None


# A traveller noun after a preposition describes people, not a journey: "courses for returning
# fighters", "a law on foreign fighters".
_PEOPLE_LEFT = re.compile(
    r"\b(?:for|of|on|against|about|with|to|towards|toward)\s+(?:the\s+|all\s+|such\s+)?(?:[\w-]+\s+)?$", re.I
)


# An -ing journey word right after the people it describes tells who they are: "sending money to
# relatives fighting in Syria" ("citizens were fighting in Syria" stays a journey).
_PEOPLE_JUST_BEFORE = re.compile(r"\b(?:[a-z]+s|men|women|children|people)\s+$")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+$")


def describes_people(t: Trigger, text: str, sent_start: int) -> bool:
    """True for a traveller noun ("returnees", "foreign fighters") that is a preposition's object,
    and for an -ing journey word that describes the people before it ("relatives fighting in")."""
    if t.text.lower() in NOUN_TRIGGERS:
        return _PEOPLE_LEFT.search(text[max(sent_start, t.char_start - 40) : t.char_start]) is not None
    if not t.text.lower().split(" ", 1)[0].endswith("ing"):
        return False
    before = text[max(sent_start, t.char_start - 30) : t.char_start]
    return _PEOPLE_JUST_BEFORE.search(before) is not None and not _BE_BEFORE.search(before)


# What an exercise rehearses is no event: "an exercise to repel an attack by a terrorist group",
# "a drill simulating a hostage-taking".
_REHEARSED_LEFT = re.compile(
    r"\b(?:simulat(?:ing|ed|es|ion\s+of)|imitat(?:ing|ion\s+of)|to\s+(?:repel|counter|prevent|neutrali[sz]e|"
    r"thwart|respond\s+to|free\s+hostages\s+in)|repelling|scenario\s+(?:of|involving)|mock)\s+"
    r"(?:[\w-]+\s+){0,3}?$",
    re.I,
)


def is_rehearsed(t: Trigger, text: str, sent_start: int) -> bool:
    """True for a violent word an exercise of the sentence rehearses (see _REHEARSED_LEFT)."""
    if t.event_type not in VIOLENT_PRIORITY:
        return False
    return _REHEARSED_LEFT.search(text, max(sent_start, t.char_start - 60), t.char_start) is not None


# Warnings told as a habit ("presidents have repeatedly warned") are no single statement.
_HABITUAL_LEFT = re.compile(
    r"\b(?:repeatedly|regularly|often|frequently|routinely|long|always|consistently)\s+(?:been\s+)?$", re.I
)


def is_habitual(t: Trigger, text: str, sent_start: int) -> bool:
    """True for a trigger told as a habit ("have repeatedly warned"), not as one occurrence."""
    return _HABITUAL_LEFT.search(text, max(sent_start, t.char_start - 40), t.char_start) is not None
