"""Modality of a mention (asserted, reported, planned, denied, hypothetical) from cues near its trigger."""

from __future__ import annotations

import re

from assay.extract.nlp import at_word_starts, may_contain
from assay.model import Modality

_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|dismissed\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?)|"
    r"rejected\s+(?:the\s+)?(?:reports?|claims?|allegations?)|no\s+(?:such\s+)?(?:\w+\s+)?(?:attacks?|explosions?|"
    r"clashes|arrests?)\s+(?:took\s+place|occurred|happened|had\s+taken\s+place)|did\s+not\s+(?:take\s+place|"
    r"happen|occur)|(?:was|were)\s+not\s+(?:an?\s+)?(?:terrorist\s+)?(?:attacks?|act\s+of\s+terrorism)|"
    r"there\s+(?:was|were|had\s+been)\s+no|fake\s+news|false\s+(?:reports?|information|rumou?rs?)|"
    r"untrue|not\s+true|groundless)\b",
    re.I,
)
# "may" only in lower case: "in late May" is a month.
_HYPOTHETICAL = re.compile(
    r"(?-i:\bmay\b)|\b(?:could|might|would|if|whether|unless|possible|possibly|possibility|risk\s+of|threat\s+of|"
    r"potential|potentially|likely\s+to|feared|fears?|danger\s+of|in\s+case\s+of|capable\s+of|"
    r"able\s+to|aim\s+to|seek\s+to|seeks\s+to|sought\s+to|attempt(?:ed|s)?\s+to)\b",
    re.I,
)
_PLANNED = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned|planning|plotting|plotted|intends?\s+to|intended|intending|"
    r"intention|preparing|prepared\s+to|prepared|was\s+going\s+to|were\s+going\s+to|is\s+going\s+to|"
    r"are\s+going\s+to|scheduled|to\s+be\s+held|is\s+to|are\s+to|set\s+to|upcoming|due\s+to|"
    r"aims?\s+to|wants?\s+to|wanted\s+to|conspired|conspiring)\b",
    re.I,
)
_ALLEGED = re.compile(
    r"\b(?:reportedly|allegedly|reports\s+said|media\s+reported|was\s+reported|"
    r"were\s+reported|it\s+is\s+reported|according\s+to)\b",
    re.I,
)
_RELATIVE_RIGHT = re.compile(r"\b(?:in\s+which|which|who|whom|where|in\s+whose)\b", re.I)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:and|but|while|after|before|when)\b|\b(?:after|before|when|because)\b"
)

# Only the nearest clause before the trigger governs it ("police said on Monday that gunmen who
# could not be identified attacked" is not hypothetical); 70 characters is about ten words.
_WINDOW = 70


def _left_clause(sentence: str, trigger_start: int) -> str:
    left = sentence[max(0, trigger_start - _WINDOW) : trigger_start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    return left[breaks[-1].end() :] if breaks else left


# A journey stopped before it was made is planned (README: travel to a conflict that was
# intercepted): "on their way to join", "prevented the illegal departure", "preparing to leave".
_TRAVEL_PLANNED = re.compile(
    r"\b(?:on\s+(?:their|his|her|its)\s+way|prevent\w*|intercept\w*|stopp\w*|trying\s+to|tried\s+to|"
    r"attempt\w*|preparing|intend\w*|planned|planning|bound\s+for|before\s+(?:they|he|she)\s+could)\b",
    re.I,
)
# Each of these opens on "\b" and a word: searched only where words start.
_DENIED, _HYPOTHETICAL, _PLANNED, _ALLEGED, _TRAVEL_PLANNED = (
    at_word_starts(p) for p in (_DENIED, _HYPOTHETICAL, _PLANNED, _ALLEGED, _TRAVEL_PLANNED)
)
# What an assembly authorises has not happened yet ("voted to authorise the deployment").
_AUTHORISED = re.compile(r"\b(?:authori[sz]e|authori[sz]ed|authori[sz]ing)\s+(?:the\s+|a\s+)?$", re.I)


def _own_clause(sentence: str, trigger_start: int) -> str:
    """The semicolon-separated clause of the sentence that holds the trigger: an attribution in
    another clause ("...; officials later said") does not govern it."""
    start = sentence.rfind(";", 0, trigger_start) + 1
    end = sentence.find(";", trigger_start)
    return sentence[start : end if end >= 0 else len(sentence)]


def read_modality(
    sentence: str,
    trigger_start: int,
    trigger_end: int,
    *,
    has_reporter: bool,
    is_disruption: bool = False,
    is_travel: bool = False,
) -> Modality:
    """Classify the mention whose trigger sits at [trigger_start, trigger_end) of `sentence`."""
    left = _left_clause(sentence, trigger_start)
    trigger = sentence[trigger_start:trigger_end]
    right = sentence[trigger_end : trigger_end + 40]
    # A denial inside a relative clause after the trigger is part of what it tells ("posted a
    # video in which he denies reports that he is ill"), not a denial of the event.
    after = sentence[trigger_end : trigger_end + 60]
    after = _RELATIVE_RIGHT.split(after, maxsplit=1)[0]
    if _DENIED.search(left) or _DENIED.search(after):
        return "denied"
    if not is_disruption:
        if _HYPOTHETICAL.search(left):
            return "hypothetical"
        if _PLANNED.search(left) or re.match(r"^\s*(?:is|are)\s+(?:planned|scheduled)", right):
            return "planned"
        if re.search(r"\b(?:will|to)\s+(?:be\s+)?$", left) and trigger.lower().endswith(("ed", "e")):
            return "planned"
        if _AUTHORISED.search(left) or (is_travel and _TRAVEL_PLANNED.search(left + trigger)):
            return "planned"
    clause = _own_clause(sentence, trigger_start)
    clause_start = sentence.rfind(";", 0, trigger_start) + 1
    closing = _ATTRIBUTED_END.search(sentence) is not None
    # A clause that is the whole sentence was just searched for a closing attribution.
    known_end = False if len(clause) == len(sentence) else None
    if (
        has_reporter
        or closing
        or (may_contain(clause, _ALLEGED_PARTS) and _ALLEGED.search(clause))
        or is_attributed(clause, trigger_start - clause_start, ends_attributed=known_end)
    ):
        return "reported"
    return "asserted"


# Every match of _ALLEGED holds one of these (lower-cased): most clauses hold none and skip the search.
_ALLEGED_PARTS = ("report", "allegedly", "according")


# Attribution to a source the actor dictionary does not know: ", officials said.", "the press
# office of the governor informs.", "Researchers estimate that ...", "in what the prime minister
# called ...", "X accused Y of shelling".
_ATTRIBUTED_END = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,7}?(?:said|says|say|informs|informed|reported|reports|recalled|stated|added|"
    r"announced|claimed|claims|told\s+[\w\s]{1,30}?)(?:\s+on\s+\w+|\s+in\s+[\w\s]{1,40}?)?\s*[.!]?[\"”]?\s*$",
    re.I,
)
_ATTRIBUTED_START = re.compile(
    r"^\s*(?:[\w'’-]+\s+){1,6}?(?:say|says|said|estimate|estimates|believe|believes|claim|claims|"
    r"allege|alleges|accused|accuse|accuses)\b|"
    # An agency's release header: "The National Security Committee reports:", "... informs that".
    r"^\s*(?:[\w'’-]+\s+){1,7}?(?:informs?|informed|announces?|announced|reports?|reported|states?|stated|"
    r"confirms?|confirmed)(?:\s+that\b|\s*:)",
    re.I,
)
# ", officials in Bishkek said, before a truce took hold": an attribution closing the main clause.
_ATTRIBUTED_MIDDLE = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,7}?(?:said|says|reported|announced|stated|claimed)(?:\s+on\s+\w+)?,\s+"
    r"(?:before|after|as|when|while|adding|but|and)\b",
    re.I,
)
_CALLED = re.compile(r"\bin\s+what\s+(?:[\w'’-]+\s+){1,5}(?:called|described\s+as|said\s+was)\b", re.I)


def is_attributed(sentence: str, trigger_start: int, *, ends_attributed: bool | None = None) -> bool:
    """True when the sentence attributes what it tells to a source (named in the dictionary or not).

    `ends_attributed`: whether the sentence closes on an attribution, when the caller knows.
    """
    if ends_attributed is None:
        ends_attributed = _ATTRIBUTED_END.search(sentence) is not None
    return bool(
        ends_attributed
        or _ATTRIBUTED_MIDDLE.search(sentence, trigger_start)
        or _ATTRIBUTED_START.match(sentence[:trigger_start])
        or (may_contain(sentence, ("what",)) and _CALLED.search(sentence))
    )


# Analysts' guesses are no events (README negatives: "speculation by analysts ('could strike',
# 'may attempt')"): a modal before the trigger in a sentence whose source is an analyst or expert.
_ANALYSTS = at_word_starts(
    re.compile(
        r"\b(?:analysts?|experts?|observers?|commentators?|columnists?|researchers?|think[\s-]tanks?)\b", re.I
    )
)
_MODAL = re.compile(r"(?-i:\bmay\b)|\b(?:could|might|would)\b", re.I)


def is_speculation(sentence: str, trigger_start: int) -> bool:
    """True when an analyst's sentence puts a modal before the trigger ("militants could step up
    attacks ..., analysts warn")."""
    return bool(_ANALYSTS.search(sentence)) and bool(_MODAL.search(sentence, 0, trigger_start))

