"""Counts told without a number: one person named in the singular, and zeros ("no one was hurt")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.nlp import at_word_starts, folds_like_ascii
from assay.model import CountKind, CountQualifier


@dataclass(frozen=True, slots=True)
class CountMatch:
    """One count found in a text: kind, value, qualifier and its character range in that text."""

    kind: CountKind
    value: int
    qualifier: CountQualifier
    start: int
    end: int
    text: str


# Each count pattern comes with the words every match holds: each inner tuple must have one member
# in the lower-cased text, so a text lacking them all is not searched with the (slow, lazily
# quantified) pattern.
_HARMED = ("hurt", "injur", "wound")
_NONE: list[tuple[re.Pattern[str], CountKind, tuple[tuple[str, ...], ...]]] = [
    (
        re.compile(r"\bno\s*(?:one|body)\s+(?:was|were|has\s+been)\s+(?:hurt|injured|wounded)\b", re.I),
        "injured",
        (("no",), _HARMED),
    ),
    (
        re.compile(r"\bno\s*(?:one|body)\s+(?:was|were|has\s+been)\s+killed\b", re.I),
        "killed",
        (("no",), ("killed",)),
    ),
    (
        re.compile(r"\bno\s+(?:casualties|injuries|one\s+was\s+harmed)\b", re.I),
        "injured",
        (("no",), ("casualties", "injuries", "harmed")),
    ),
    (
        re.compile(r"\bbefore\s+(?:anyone|anybody)\s+(?:was|could\s+be)\s+(?:hurt|injured|wounded)\b", re.I),
        "injured",
        (("before",), _HARMED),
    ),
    # Casualties are the dead and the wounded: "no casualties" rules out both.
    (
        re.compile(r"\bno\s+(?:casualties|one\s+was\s+harmed)\b", re.I),
        "killed",
        (("no",), ("casualties", "harmed")),
    ),
]
_PERSON = (
    r"(?:man|woman|resident|citizen|suspect|member|student|native|national|teenager|person|individual|"
    r"youth|imam|follower|supporter|recruiter|militant|preacher|foreigner|blogger|journalist|activist|"
    r"policeman|police\s+officer|officer|soldier|serviceman|guard|civilian|boy|girl|child|worker|driver|"
    r"pensioner|businessman|teacher|doctor|cleric|colonel|commander|gunman|defendant|deputy|lawmaker|"
    r"politician|mayor|official|leader|lawyer|writer|poet|singer|rapper|priest|pastor|farmer|trader|"
    r"facilitator|accomplice|plotter|organi[sz]er|financier|handler|ringleader|associate|migrant|refugee|"
    r"\d+-year-old)"
)


def _named_object(verbs: str, kind: CountKind) -> str:
    """'arrested him', 'captured Salah Abdeslam, the prime suspect': one person arrested or convicted.

    The name must be capitalised (case-sensitive inside the case-insensitive pattern).
    """
    if kind not in ("arrested", "convicted"):
        return ""
    name = r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})"
    ends = r"(?=\s*[,.;]|\s+(?:in|on|at|near|after|from)\b)"
    return rf"\b(?:{verbs})\s+(?:him|her)\b|\b(?:{verbs})\s+{name}{ends}|"


def _pronoun_subject(verbs: str, kind: CountKind) -> str:
    """'he was wounded and captured', 'the defendant was convicted': one person arrested or convicted."""
    if kind not in ("arrested", "convicted"):
        return ""
    subject = r"\b(?:he|she|the\s+(?:defendant|accused))\s+(?:was|has\s+been)\s+"
    return rf"{subject}(?:\w+\s+(?:and\s+)?)?(?:{verbs})\b|"


# The verbs of a singular count, its kind, and the words every match of the verbs holds.
_SINGULAR_VERBS: list[tuple[str, CountKind, tuple[str, ...]]] = [
    (
        r"detained|arrested|apprehended|taken\s+into\s+custody|arresting|detaining|captured",
        "arrested",
        ("detain", "arrest", "apprehend", "taken", "captured"),
    ),
    (
        r"sentenced(?:\s+to\s+death|\s+in\s+absentia)?|convicted|jailed|found\s+guilty|"
        r"(?:conviction|sentence)\s+of",
        "convicted",
        ("sentence", "convict", "jailed", "found"),
    ),
    (
        r"killed|killing|shot\s+dead|murdered|stabbed\s+to\s+death|beheaded|executed",
        "killed",
        ("killed", "killing", "shot", "murdered", "stabbed", "beheaded", "executed"),
    ),
    (r"injured|wounded|hurt|injuring|wounding", "injured", ("injur", "wound", "hurt")),
]
_SINGULARS: list[tuple[re.Pattern[str], CountKind, tuple[tuple[str, ...], ...]]] = (
    [
        (
            re.compile(
                rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b"
                rf"(?:\s+(?!(?:anyone|anybody|nobody|before)\b)[\w.,-]+){{0,8}}?\s+"
                rf"(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+)?(?:{verbs})\b",
                re.I,
            ),
            kind,
            (words,),
        )
        for verbs, kind, words in _SINGULAR_VERBS
    ]
    + [
        (
            re.compile(
                rf"\b(?:{verbs})\s+(?:in\s+[A-Z][\w-]+\s+)?(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b|"
                rf"\b(?:{verbs})\s+(?:[A-Z][a-z]+\s+)?(?:citizen|national|resident)\s+[A-Z]|"
                # "arrested him", "captured Salah Abdeslam, the prime suspect": one named person.
                + _named_object(verbs, kind)
                + _pronoun_subject(verbs, kind)
                + rf"\b(?:citizen|resident)\s+[A-Z]\.\s+(?:was|has\s+been)\s+(?:\w+\s+)?(?:{verbs})\b",
                re.I,
            ),
            kind,
            (words,),
        )
        for verbs, kind, words in _SINGULAR_VERBS
    ]
    + [
        # "found a local imam guilty": the verdict names one person between its words.
        (
            re.compile(rf"\bfound\s+(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\s+guilty\b", re.I),
            "convicted",
            (("found",), ("guilty",)),
        ),
        (
            re.compile(
                r"\b(?:a|the)\s+(?:(?!suicide\b)[\w-]+\s+){0,3}?suicide\s+(?:bomber|attacker)\b|\b(?:blew|blow|blowing|blown|blows)\s+(?:himself|herself)\s+up\b|"
                r"\bdetonated\s+(?:his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:car|vehicle|truck|lorry|van|minibus|vest|belt)\b",
                re.I,
            ),
            "attackers_killed",
            (("suicide", "blew", "blow", "detonated"),),
        ),
        # One person whose arrest closes the sentence that told their act: "An Uzbek-born man
        # hijacked a truck and drove it into shoppers, killing four, and was arrested hours later".
        (
            re.compile(
                rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b[^.;]{{0,200}}?,?\s+and\s+(?:was|has\s+been)\s+"
                rf"(?:later\s+|subsequently\s+|then\s+)?(?:{_SINGULAR_VERBS[0][0]})\b",
                re.I,
            ),
            "arrested",
            (("and",), _SINGULAR_VERBS[0][2]),
        ),
        # A stabbing not told as fatal wounds its victim: "a patrol officer was stabbed in the neck".
        # Only the passive is read: "stabbed a police officer" in a rampage is often a death.
        (
            re.compile(
                rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\s+(?:was|has\s+been|had\s+been)\s+"
                r"stabbed\b(?!\s+to\s+death)",
                re.I,
            ),
            "injured",
            (("stabbed",),),
        ),
        # The lone attacker's end: "before he was shot dead by police", "police shot him dead".
        (
            re.compile(
                r"\bbefore\s+(?:he\s+was\s+|she\s+was\s+|being\s+)(?:[\w-]+\s+){0,8}?shot\s+dead\b|"
                r"\b(?:police|officers|troops|soldiers)\s+shot\s+(?:him|her|the\s+(?:[\w-]+\s+){0,2}?"
                r"(?:attacker|assailant|gunman|knifeman|bomber|driver|suspect|man|woman))\s+dead\b",
                re.I,
            ),
            "attackers_killed",
            (("shot",), ("dead",)),
        ),
        (
            re.compile(
                r"\b(?:a|one)\s+(?:clandestine\s+|secret\s+|underground\s+|covert\s+)?"
                r"(?:terrorist\s+|extremist\s+|sleeper\s+|jihadist\s+)?(?:cell|group)\b",
                re.I,
            ),
            "groups",
            (("cell", "group"),),
        ),
    ]
)

# Each pattern opens on "\b" and a word: searched only where words start.
_NONE = [(at_word_starts(pattern), kind, needs) for pattern, kind, needs in _NONE]
_SINGULARS = [(at_word_starts(pattern), kind, needs) for pattern, kind, needs in _SINGULARS]

_NEEDED = frozenset(w for _, _, needs in (*_NONE, *_SINGULARS) for words in needs for w in words)


def _lacks(present: frozenset[str], needs: tuple[tuple[str, ...], ...]) -> bool:
    """True when the text lacks every word of one of needs (present: the needed words it holds)."""
    return any(map(present.isdisjoint, needs))


def find_singular_counts(text: str) -> list[CountMatch]:
    """Counts implied by a singular ("a man was detained", "a suicide bomber") and zeros ("no one hurt")."""
    out: list[CountMatch] = []
    lowered = text.lower()
    present = _NEEDED if not folds_like_ascii(text) else frozenset(filter(lowered.__contains__, _NEEDED))
    for pattern, kind, needs in _NONE:
        if _lacks(present, needs):
            continue
        for m in pattern.finditer(text):
            out.append(CountMatch(kind, 0, "exact", m.start(), m.end(), m.group(0)))
    for pattern, kind, needs in _SINGULARS:
        if _lacks(present, needs):
            continue
        found = pattern.search(text)
        if found:
            out.append(CountMatch(kind, 1, "exact", found.start(), found.end(), found.group(0)))
    return out
