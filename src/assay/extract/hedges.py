"""Triggers that tell no occurrence: conditions, habits, and traveller nouns describing people."""

from __future__ import annotations

import re

from assay.extract.lexicon import Trigger
from assay.extract.nlp import may_contain
from assay.extract.violence import NOUN_TRIGGERS

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


def describes_people(t: Trigger, text: str, sent_start: int) -> bool:
    """True for a traveller noun ("returnees", "foreign fighters") that is a preposition's object."""
    if t.text.lower() not in NOUN_TRIGGERS:
        return False
    return _PEOPLE_LEFT.search(text[max(sent_start, t.char_start - 40) : t.char_start]) is not None


# Warnings told as a habit ("presidents have repeatedly warned") are no single statement.
_HABITUAL_LEFT = re.compile(
    r"\b(?:repeatedly|regularly|often|frequently|routinely|long|always|consistently)\s+(?:been\s+)?$", re.I
)


def is_habitual(t: Trigger, text: str, sent_start: int) -> bool:
    """True for a trigger told as a habit ("have repeatedly warned"), not as one occurrence."""
    return _HABITUAL_LEFT.search(text, max(sent_start, t.char_start - 40), t.char_start) is not None
