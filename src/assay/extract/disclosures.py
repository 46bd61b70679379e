"""Official disclosures: an official body or office-holder saying figures or orders (a statement event).

"The Interior Ministry said 200 Tajiks are fighting in Syria" reports two events: the journey
(coded by its own trigger) and the official's act of disclosing the figure, which analysts track
as a statement by that state ("intensified state reporting"). A disclosure needs an official
subject of a reporting verb (or "according to" an official, or a figure that "came from" one)
and a clause carrying a figure or an order; analysts, NGOs and the press disclose nothing official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.nlp import at_word_starts, folds_like_ascii

# Office-holders and official bodies; "officials"/"authorities" alone count (state voice).
_OFFICIAL = (
    r"(?:minister|ministry|ministries|committee|prosecutor(?:-general|\s+general)?|prosecutors|"
    r"lawmakers?|legislators?|parliamentarians?|deputies|mps?|senators?|president|presidents|"
    r"government|authorities|officials?|spokes(?:man|woman|person)|press\s+secretary|"
    r"police\s+chief|chief\s+of\s+police|head\s+of\s+the\s+\w+|chairman|governor|akim|mayor|"
    r"security\s+service|intelligence\s+service|border\s+service|court|ombudsman|"
    r"knb|gknb|nsc|scns|mvd|fsb|snb|sgb)"
)
_VERB = (
    r"(?:said|says|say|told|tells|announced|announces|stated|states|disclosed|discloses|estimated|"
    r"estimates|warned|warns|reported|reports|revealed|reveals|put\s+the\s+(?:number|figure)|"
    r"offered\s+(?:estimates|figures|a\s+figure))"
)
# Official subject, at most a name or apposition away, then the reporting verb.
_SUBJECT_VERB = re.compile(
    rf"\b(?P<subject>{_OFFICIAL})\b(?:'s|’s)?(?P<gap>[^.;:\"“”]{{0,90}}?)\b(?P<verb>{_VERB})\b",
    re.I,
)
_ACCORDING = re.compile(
    rf"\b(?P<verb>according\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,4}}?(?P<subject>{_OFFICIAL})\b",
    re.I,
)
_CAME_FROM = re.compile(
    rf"\b(?:figures?|estimates?|numbers?)\b[^.;]{{0,40}}?\b(?P<verb>came\s+from|was\s+given\s+by|"
    rf"were\s+given\s+by|was\s+provided\s+by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,3}}?(?P<subject>{_OFFICIAL})\b",
    re.I,
)
# A clause after an apposition or name that starts a new subject breaks the link ("who ... said").
_BROKEN_GAP = re.compile(r"\b(?:who|which|that|whose|while|but|and\s+(?:he|she|they))\b", re.I)
_NON_OFFICIAL = re.compile(
    r"\b(?:former|ex-|analysts?|experts?|researchers?|scientists?|journalists?|activists?|"
    r"observers?|scholars?|ngo|group|crisis\s+group|watch|think[\s-]tank|opposition)\s*$",
    re.I,
)
# A figure about people, or an order ("have been ordered to stop", "instructed ... to").
_FIGURE = re.compile(
    r"(?:\b\d[\d,.]*|\bmany\s+of\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozens|"
    r"dozen|scores)\b)",
    re.I,
)
_ORDER = re.compile(r"\b(?:ordered|instructed|directed|told\s+to|have\s+been\s+tasked)\b", re.I)
_YEARISH = re.compile(r"^(?:1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class Disclosure:
    """An official disclosure in a sentence: the verb, the official's words and the clause offsets."""

    verb_start: int
    verb_end: int
    subject_start: int
    subject_end: int


def _has_figure(clause: str) -> bool:
    for m in _FIGURE.finditer(clause):
        word = m.group().rstrip(",.")
        if _YEARISH.match(word):
            continue
        after = clause[m.end() : m.end() + 12]
        # Ages, calendar days and clock times are no figures ("19-year-old", "December 23").
        if re.match(r"-year|\s*(?:years?\s+old|a\.m\.|p\.m\.|%|per\s*cent)", after):
            continue
        before = clause[max(0, m.start() - 12) : m.start()]
        if re.search(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$",
            before,
        ):
            continue
        return True
    return False


# Both open on "\b" and a word: searched only where words start.
_CHEAP_VERB = at_word_starts(
    re.compile(rf"\b(?:{_VERB}|according\s+to|came\s+from|given\s+by|provided\s+by)\b", re.I)
)
_CHEAP_OFFICIAL = at_word_starts(re.compile(rf"\b{_OFFICIAL}\b", re.I))
_CHEAP_MATTER = re.compile(
    r"\d|\b(?:hundreds|thousands|dozens|dozen|scores|many|ordered|instructed|directed|tasked|"
    r"two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand)\b",
    re.I,
)


# One word every match of _CHEAP_OFFICIAL, _CHEAP_VERB and the words of _CHEAP_MATTER holds (a
# phrase by its first word: "police chief", "put the number"), as the ASCII words of lower-cased text.
_OFFICIAL_WORDS = frozenset((
    "minister", "ministry", "ministries", "committee", "prosecutor", "prosecutors", "lawmaker",
    "lawmakers", "legislator", "legislators", "parliamentarian", "parliamentarians", "deputies", "mp",
    "mps", "senator", "senators", "president", "presidents", "government", "authorities", "official",
    "officials", "spokesman", "spokeswoman", "spokesperson", "press", "police", "chief", "head",
    "chairman", "governor", "akim", "mayor", "security", "intelligence", "border", "court", "ombudsman",
    "knb", "gknb", "nsc", "scns", "mvd", "fsb", "snb", "sgb"
))  # fmt: skip
_VERB_WORDS = frozenset((
    "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states", "disclosed",
    "discloses", "estimated", "estimates", "warned", "warns", "reported", "reports", "revealed",
    "reveals", "put", "offered", "according", "came", "given", "provided"
))  # fmt: skip
_MATTER_WORDS = frozenset((
    "hundreds", "thousands", "dozens", "dozen", "scores", "many", "ordered", "instructed", "directed",
    "tasked", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "thirty", "forty", "fifty", "hundred", "thousand"
))  # fmt: skip
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_DIGIT = re.compile(r"\d")


def may_disclose(text: str, *, need_matter: bool = True, words: set[str] | None = None) -> bool:
    """Cheap test: could `text` hold an official disclosure (a figure or an order, an official, a verb)?

    With need_matter=False only the official and the verb are asked for: the superset of what
    find_disclosure can accept, whose figures and orders ("told to") the matter test does not cover.
    `words`: the `text_words` of text, when the caller has them (hyphenated words whole).
    """
    # A set test on the words rules most text out before the searches: a whole word of a pattern
    # is a whole ASCII word of the lower-cased text unless letters fold oddly ("İ" is "i").
    if folds_like_ascii(text):
        if words is None:
            words = set(_ASCII_WORD.findall(text.lower()))
        elif "-" in text:
            # The parts of "prosecutor-general" are words of their own here; the whole stays in
            # the set, where it meets none of the word lists (they hold no hyphen).
            words = words.union(*(w.split("-") for w in words if "-" in w))
        if (
            words.isdisjoint(_OFFICIAL_WORDS)
            or words.isdisjoint(_VERB_WORDS)
            or (need_matter and words.isdisjoint(_MATTER_WORDS) and _DIGIT.search(text) is None)
        ):
            return False
    if need_matter and not _CHEAP_MATTER.search(text):
        return False
    return bool(_CHEAP_VERB.search(text) and _CHEAP_OFFICIAL.search(text))


def find_disclosure(sentence: str, about_travel: bool = False) -> Disclosure | None:
    """The first official disclosure of a figure or an order in one sentence, else None.

    An order ("have been ordered to stop") is a statement whatever its setting; a figure is one
    when the saying is an occurrence of its own (dated, at a briefing, "now say", "the figure
    came from") rather than attribution, and the figure is about people abroad (about_travel:
    the sentence reports a journey). Plain attribution (", officials said.") is no statement
    (gold README: attribution verbs are not statement events).
    """
    for pattern in (_SUBJECT_VERB, _ACCORDING, _CAME_FROM):
        for m in pattern.finditer(sentence):
            if pattern is _SUBJECT_VERB and _BROKEN_GAP.search(m.group("gap")):
                continue
            if _NON_OFFICIAL.search(sentence[max(0, m.start("subject") - 30) : m.start("subject")]):
                continue
            # What the official says: the sentence around the subject and verb (a figure may come
            # first: '"Around 200 ...," the minister said').
            cut = (min(m.start("subject"), m.start("verb")), max(m.end("subject"), m.end("verb")))
            clause = sentence[: cut[0]] + " " + sentence[cut[1] :]
            found = Disclosure(m.start("verb"), m.end("verb"), m.start("subject"), m.end("subject"))
            if _ORDER.search(clause):
                return found
            if not _has_figure(clause):
                continue
            if pattern is _CAME_FROM:
                return found
            setting = sentence[m.start("verb") : m.end("verb") + 60]
            gap = m.group("gap") if pattern is _SUBJECT_VERB else ""
            occasion = _OCCASION.match(setting) or _OCCASION.search(gap)
            if occasion and (about_travel or _ABROAD.search(clause)):
                return found
    return None


# The saying as an occurrence: dated, at a venue, or a new estimate ("now say").
_OCCASION = re.compile(
    r"(?:\w+\s+(?:on|at|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|\d)|"
    r"told\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|seminar|conference|meeting|session|forum|"
    r"parliament|hearing|round\s*table)|told\s+(?:reporters|journalists|parliament|lawmakers|deputies)|"
    r"\w+\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|seminar|conference|meeting|"
    r"session|forum|hearing))|\bnow\s+$|\bat\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|seminar|"
    r"conference|session|hearing)\b",
    re.I,
)
_ABROAD = re.compile(
    r"\b(?:fighting|fought|fight|joined|gone\s+to|left\s+for|travell?ed|went\s+to|returned|abroad|"
    r"in\s+the\s+ranks)\b",
    re.I,
)
