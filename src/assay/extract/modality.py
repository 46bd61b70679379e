"""Modality of a mention (asserted, reported, planned, denied, hypothetical) from cues near its trigger."""

from __future__ import annotations

import re

from assay.model import Modality

_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|"
    r"(?:dismissed|dismisses|rejected|rejects|rejecting)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|rumou?rs?|"
    r"allegations?|accusations?|charges)|no\s+(?:such\s+)?(?:\w+\s+)?(?:attacks?|explosions?|"
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
    r"\b(?:reports\s+said|media\s+reported|was\s+reported|"
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


def read_modality(
    sentence: str,
    trigger_start: int,
    trigger_end: int,
    *,
    has_reporter: bool,
    is_disruption: bool = False,
    event_type: str = "",
    reporter_at: int | None = None,
) -> Modality:
    """Classify the mention whose trigger sits at [trigger_start, trigger_end) of `sentence`.

    `event_type` refines the cues (an arrest is never "planned" by the suspects' plans; a
    statement's issuer acts rather than reports); `reporter_at` is where the named reporter
    stands in the sentence, so a source speaking in another clause does not govern this one.
    """
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
        hedge = _hedge(left, sentence)
        if hedge is not None:
            return hedge
        if _planned_cue(left, event_type) or re.match(r"^\s*(?:is|are)\s+(?:planned|scheduled)", right):
            return "planned"
        if re.search(r"\b(?:will|to)\s+(?:be\s+)?$", left) and trigger.lower().endswith(("ed", "e")):
            return "planned"
        # An order to act ("instructed the cabinet to abolish") is not yet the act.
        if event_type not in _ENFORCEMENT and _ORDERED_TO.search(left):
            return "planned"
        # A journey still under way when it was stopped ("en route to Syria", "on their way to
        # join") had not reached its end (gold README: intercepted travel is planned).
        if event_type == "foreign_fighter_travel" and _UNDER_WAY.search(
            sentence, trigger_start, trigger_end + 12
        ):
            return "planned"
    # The issuer of a warning or a declaration is its actor, not a source reporting it.
    if event_type == "statement":
        return "asserted"
    reporter_here = has_reporter and (
        reporter_at is None or _same_clause(sentence, reporter_at, trigger_start)
    )
    if reporter_here or _ALLEGED.search(sentence) or _qualified(sentence, trigger_start, trigger_end):
        return "reported"
    if is_attributed(sentence, trigger_start):
        return "reported"
    return "asserted"


# "would" with no condition in the sentence is a future seen from the past ("Britain said it
# would ban Hamas"): a plan, not a hypothesis.
_CONDITION = re.compile(r"\b(?:if|unless|provided\s+that|in\s+case|should\s+\w+\s+(?:fail|refuse))\b", re.I)


def _hedge(left: str, sentence: str) -> Modality | None:
    """Hypothetical for a conditional or speculative cue; planned for an unconditional "would"."""
    cues = [m.group(0).lower() for m in _HYPOTHETICAL.finditer(left)]
    if not cues:
        return None
    if all(c == "would" for c in cues) and not _CONDITION.search(sentence):
        return "planned"
    return "hypothetical"


# The suspects' plans ("detained six men planning an attack", "foiled a plan to bomb ... and
# arrested") are the plot's modality, not the arrest's or the trial's.
_PLOT_WORDS = frozenset(
    {
        "planned",
        "planning",
        "plotting",
        "plotted",
        "preparing",
        "prepared",
        "intended",
        "intending",
        "intention",
        "conspired",
        "conspiring",
    }
)
_ENFORCEMENT = frozenset({"arrest", "prosecution"})


def _planned_cue(left: str, event_type: str) -> bool:
    for m in _PLANNED.finditer(left):
        word = m.group(0).lower()
        plan_noun = word.startswith("plan") and re.search(
            r"\b(?:a|an|the|their|his|her|its)\s+$", left[: m.start()]
        )
        held = word.startswith("to be held") and re.search(r"\bheld\s+in\s+$", left)
        if event_type in _ENFORCEMENT and (word in _PLOT_WORDS or plan_noun or held):
            continue
        return True
    return False


_ORDERED_TO = re.compile(
    r"\b(?:instructed|instructs|ordered|orders|tasked|directed|directs)\s+(?:[\w-]+\s+){1,4}?to\s+$", re.I
)
_UNDER_WAY = re.compile(r"\b(?:en\s+route\s+to|on\s+(?:their|his|her|its)\s+way\s+to)\b", re.I)
# "reportedly"/"allegedly" qualify the verb they stand next to, not the whole sentence.
_QUALIFIER = re.compile(r"\b(?:reportedly|allegedly)\b", re.I)


def _qualified(sentence: str, trigger_start: int, trigger_end: int) -> bool:
    left = _left_clause(sentence, trigger_start)[-40:]
    right = sentence[trigger_end : trigger_end + 12]
    return bool(_QUALIFIER.search(left) or _QUALIFIER.search(right))


def _clause_of(sentence: str, at: int) -> tuple[int, int]:
    start = sentence.rfind(";", 0, at) + 1
    end = sentence.find(";", at)
    return start, len(sentence) if end < 0 else end


def _same_clause(sentence: str, reporter_at: int, trigger_start: int) -> bool:
    """True when the reporter governs the trigger's clause: the same ";"-clause, or a clause
    that ends in an attribution covering the whole sentence (", police said.")."""
    own = _clause_of(sentence, trigger_start)
    theirs = _clause_of(sentence, reporter_at)
    if own == theirs:
        return True
    return theirs[1] == len(sentence) and bool(_ATTRIBUTED_END.search(sentence[theirs[0] :]))


# Attribution to a source the actor dictionary does not know: ", officials said.", "the press
# office of the governor informs.", "Researchers estimate that ...", "in what the prime minister
# called ...", "X accused Y of shelling".
_ATTRIBUTED_END = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,7}?(?:said|says|say|informs|informed|reported|reports|recalled|stated|added|"
    r"announced|claimed|claims|estimate|estimates|believe|believes|told\s+[\w\s]{1,30}?)"
    r"(?:\s+on\s+\w+|\s+in\s+[\w\s]{1,40}?)?"
    # a trailing aside after the attribution: ", officials said, without giving figures."
    r"(?:,\s+(?:without|adding|citing|saying|quoting|calling)\b[^;]*?)?\s*[.!]?[\"”]?\s*$",
    re.I,
)
_ATTRIBUTED_START = re.compile(
    r"^\s*(?:[\w'’-]+\s+){1,6}?(?:say|says|said|estimate|estimates|believe|believes|claim|claims|"
    r"allege|alleges|accused|accuse|accuses)\b",
    re.I,
)
_CALLED = re.compile(r"\bin\s+what\s+(?:[\w'’-]+\s+){1,5}(?:called|described\s+as|said\s+was)\b", re.I)


# "X said (on Monday) that ...", "X informs that ...", "X said it had detained ...": what
# follows the speech verb is X's account.
_SAID_THAT = re.compile(
    r"\b(?:said|says|saying|stated|states|announced|announces|reported|reports|informs|informed|claimed|claims|"
    r"claiming|"
    r"confirmed|confirms|told\s+(?:\w+\s+){1,3}?)(?:\s+(?:on|last)\s+\w+)?\s+"
    r"(?:that\b|(?:it|they|he|she)\s+(?:had|has|have|was|were)\b)",
    re.I,
)
# A release headed by its source: "KNB: terrorist act prevented in Karaganda region."
_SOURCE_HEAD = re.compile(
    r"^\s*(?:[A-Z]{2,6}|(?:[A-Z][\w-]+\s+){0,3}(?:Ministry|Service|Committee|Police|Office|Prosecutor))\s*:\s",
)


def is_attributed(sentence: str, trigger_start: int) -> bool:
    """True when the sentence attributes what it tells to a source (named in the dictionary or not).

    A trailing ", officials said" covers its own ";"-clause and, at the end of the sentence,
    every clause before it.
    """
    start, end = _clause_of(sentence, trigger_start)
    last = sentence[sentence.rfind(";") + 1 :]
    return bool(
        _ATTRIBUTED_END.search(sentence[start:end])
        or _ATTRIBUTED_END.search(last)
        or _ATTRIBUTED_START.match(sentence[:trigger_start])
        or _SAID_THAT.search(sentence, 0, trigger_start)
        or _SOURCE_HEAD.match(sentence)
        or _CALLED.search(sentence)
    )
