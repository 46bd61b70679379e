"""Trigger words that name an event without reporting one: protests behind a trial, sport, crowds.

violence.py decides which violent words are background; this module does the same for the
other types and for whole sentences: a protest named as the offence a court punishes ("three
participants in the mass riots of 5 January were sentenced"), a back-reference ("after last
year's protests"), a sports fixture ("Kairat and Astana clash in the Cup final"), and arson by
a crowd that is already coded as a protest.
"""

from __future__ import annotations

import re

from assay.extract.lexicon import Trigger
from assay.extract.nlp import may_contain

_PROTEST_NOUNS = frozenset(
    {
        "protest",
        "protests",
        "riot",
        "riots",
        "unrest",
        "demonstration",
        "demonstrations",
        "rally",
        "rallies",
        "street protests",
        "mass protest",
        "mass protests",
    }
)
# "after last year's protests", "since the 2020 riots", "in connection with the January unrest".
_PROTEST_BACK_REFERENCE = re.compile(
    r"\b(?:(?:after|since|following|over)\s+(?:the|last\s+\w+'s|this\s+\w+'s|(?:\w+\s+)?years?\s+ago)|"
    r"in\s+connection\s+with\s+(?:the|last\s+\w+'s|this\s+\w+'s))\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# A protest tied to a person's role or deed in a sentence about a court: what is punished.
_PROTEST_OFFENCE = re.compile(
    r"\b(?:during|in|for|over|at|of)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_COURT_TYPES = frozenset({"prosecution"})


def is_protest_reference(t: Trigger, text: str, sent_start: int, court: bool) -> bool:
    """True when a protest noun names a past protest: a back-reference, or the offence in a court sentence.

    `court` says whether the sentence reports a court act (a trigger of a prosecution).
    """
    if t.event_type != "protest" or t.text.lower() not in _PROTEST_NOUNS:
        return False
    left = text[max(sent_start, t.char_start - 60) : t.char_start]
    if _PROTEST_BACK_REFERENCE.search(left):
        return True
    return court and bool(_PROTEST_OFFENCE.search(left))


# A verdict participle used as an adjective describes a person ("a convicted terrorist on day
# release", "supporters of the jailed mayor"); it reports no court act in the passage.
_VERDICT_PARTICIPLES = frozenset({"convicted", "jailed", "imprisoned", "sentenced"})
_DETERMINER_LEFT = re.compile(r"\b(?:a|an|the|his|her|their|its|one|two|three|several|many)\s+$", re.I)
_NOUN_RIGHT = re.compile(r"\s+(?!(?:to|in|on|by|for|of|at|with|over|after|last|this|and|or)\b)[a-z][\w-]*\b")


def is_attributive(t: Trigger, text: str) -> bool:
    """True for a verdict participle between a determiner and a noun ("a convicted terrorist")."""
    if t.event_type != "prosecution" or t.text.lower() not in _VERDICT_PARTICIPLES:
        return False
    left = text[max(0, t.char_start - 20) : t.char_start]
    return bool(_DETERMINER_LEFT.search(left) and _NOUN_RIGHT.match(text, t.char_end))


# What a meeting discusses is its agenda, not an event (README negatives: meetings and conferences):
# "ministers met to discuss ... the return of foreign fighters".
_AGENDA = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|debat(?:e|ed|es|ing)|(?:conference|summit|seminar|forum|round\s+table|talks)"
    r"\s+on)\b[^.;]{0,80}$",
    re.I,
)


# Every match of _AGENDA holds one of these (lower-cased).
_AGENDA_PARTS = ("discuss", "debat", "conference", "summit", "seminar", "forum", "round", "talks")


def is_topic(t: Trigger, text: str, sent_start: int, nouns: frozenset[str]) -> bool:
    """True for a noun trigger (one of `nouns`) or a contextual one on a meeting's agenda."""
    if not (t.is_contextual or t.text.lower() in nouns):
        return False
    left = text[max(sent_start, t.char_start - 100) : t.char_start]
    return may_contain(left, _AGENDA_PARTS) and _AGENDA.search(left) is not None


def drop_protest_references(triggers: list[Trigger], text: str, sent_start: int) -> list[Trigger]:
    """The triggers without protest nouns that only name a past protest (see is_protest_reference)
    and without verdict participles used as adjectives (see is_attributive)."""
    triggers = [t for t in triggers if not is_attributive(t, text)]
    court = any(t.event_type in _COURT_TYPES for t in triggers)
    return [t for t in triggers if not is_protest_reference(t, text, sent_start, court)]


# Words only sport uses ("final", "match" and "goal" have other senses and are left out).
_SPORT = re.compile(
    r"\b(?:cup|semi-final|quarter-final|league|derby|tournament|championship|striker|strikers|midfielder|"
    r"goalkeeper|fixture|kick-off|stadium|football|soccer|rugby|cricket|hockey|basketball|volleyball|"
    r"tennis|boxing|wrestling|olympics?|referee|second-half|first-half|half-time|extra-time)\b",
    re.I,
)
_HOSTILE_WORDS = re.compile(
    r"\b(?:terror\w*|militants?|gunm[ae]n|insurgents?|bomb\w*|explosi\w+|police|troops|soldiers|"
    r"hooligans?|rioters?|killed|dead|wounded|injured|stabb\w*|shot\s+dead|gunfire|armed)\b",
    re.I,
)


# Every match of _SPORT holds one of these (lower-cased); most sentences hold none and skip the search.
_SPORT_PARTS = (
    "cup", "final", "league", "derby", "tournament", "championship", "striker", "midfielder",
    "goalkeeper", "fixture", "kick-off", "stadium", "football", "soccer", "rugby", "cricket", "hockey",
    "basketball", "volleyball", "tennis", "boxing", "wrestling", "olympic", "referee", "half", "extra-time",
)  # fmt: skip


def is_sport(text: str, sent_start: int, sent_end: int) -> bool:
    """True for a sentence about a game ("clash with Liverpool at Anfield") with no hostile word."""
    if not may_contain(text[sent_start:sent_end], _SPORT_PARTS):
        return False
    return bool(_SPORT.search(text, sent_start, sent_end)) and not _HOSTILE_WORDS.search(
        text, sent_start, sent_end
    )


# Arson, storming and ransacking by a crowd are how a riot is told (README: riots that start
# as protests are protests), not an armed assault.
_CROWD_HARM = frozenset({"set fire", "set fire to", "setting fire", "set on fire", "torched", "stormed"})


def is_crowd_harm(attacks: list[Trigger], protests: list[Trigger]) -> bool:
    """True when every attack word of a sentence is arson or storming by the protest told before it."""
    if not attacks or not protests:
        return False
    first_protest = min(t.start for t in protests)
    return all(t.text.lower() in _CROWD_HARM and first_protest < t.start for t in attacks)
