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


_NONE = [
    (
        re.compile(r"\bno\s*(?:one|body)\s+(?:was|were|has\s+been)\s+(?:hurt|injured|wounded)\b", re.I),
        "injured",
    ),
    (re.compile(r"\bno\s*(?:one|body)\s+(?:was|were|has\s+been)\s+killed\b", re.I), "killed"),
    (re.compile(r"\bno\s+(?:casualties|injuries|one\s+was\s+harmed)\b", re.I), "injured"),
    (
        re.compile(r"\bbefore\s+(?:anyone|anybody)\s+(?:was|could\s+be)\s+(?:hurt|injured|wounded)\b", re.I),
        "injured",
    ),
    # Casualties are the dead and the wounded: "no casualties" rules out both.
    (re.compile(r"\bno\s+(?:casualties|one\s+was\s+harmed)\b", re.I), "killed"),
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


_SINGULAR_VERBS: list[tuple[str, CountKind]] = [
    (r"detained|arrested|apprehended|taken\s+into\s+custody|arresting|detaining|captured", "arrested"),
    (
        r"sentenced(?:\s+to\s+death|\s+in\s+absentia)?|convicted|jailed|found\s+guilty|"
        r"(?:conviction|sentence)\s+of",
        "convicted",
    ),
    (r"killed|killing|shot\s+dead|murdered|stabbed\s+to\s+death|beheaded|executed", "killed"),
    (r"injured|wounded|hurt|injuring|wounding", "injured"),
]
_SINGULARS = (
    [
        (
            re.compile(
                rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b"
                rf"(?:\s+(?!(?:anyone|anybody|nobody|before)\b)[\w.,-]+){{0,8}}?\s+"
                rf"(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+)?(?:{verbs})\b",
                re.I,
            ),
            kind,
        )
        for verbs, kind in _SINGULAR_VERBS
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
        )
        for verbs, kind in _SINGULAR_VERBS
    ]
    + [
        # "found a local imam guilty": the verdict names one person between its words.
        (
            re.compile(rf"\bfound\s+(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\s+guilty\b", re.I),
            "convicted",
        ),
        (
            re.compile(
                r"\b(?:a|the)\s+(?:(?!suicide\b)[\w-]+\s+){0,3}?suicide\s+(?:bomber|attacker)\b|\b(?:blew|blow|blowing|blown|blows)\s+(?:himself|herself)\s+up\b|"
                r"\bdetonated\s+(?:his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:car|vehicle|truck|lorry|van|minibus|vest|belt)\b",
                re.I,
            ),
            "attackers_killed",
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
        ),
        (
            re.compile(
                r"\b(?:a|one)\s+(?:clandestine\s+|secret\s+|underground\s+|covert\s+)?"
                r"(?:terrorist\s+|extremist\s+|sleeper\s+|jihadist\s+)?(?:cell|group)\b",
                re.I,
            ),
            "groups",
        ),
    ]
)

# Each pattern opens on "\b" and a word: searched only where words start.
_NONE = [(at_word_starts(pattern), kind) for pattern, kind in _NONE]
_SINGULARS = [(at_word_starts(pattern), kind) for pattern, kind in _SINGULARS]

# Words every match of each _NONE and _SINGULARS pattern contains, in the order of the patterns:
# each inner tuple must have one member in the lower-cased text, so a text lacking them all is not
# searched with the (slow, lazily quantified) pattern. Their verbs follow _SINGULAR_VERBS.
_HARMED = ("hurt", "injur", "wound")
_SINGULAR_VERB_WORDS: tuple[tuple[str, ...], ...] = (
    ("detain", "arrest", "apprehend", "taken", "captured"),
    ("sentence", "convict", "jailed", "found"),
    ("killed", "killing", "shot", "murdered", "stabbed", "beheaded", "executed"),
    ("injur", "wound", "hurt"),
)
_NONE_NEEDS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("no",), _HARMED),
    (("no",), ("killed",)),
    (("no",), ("casualties", "injuries", "harmed")),
    (("before",), _HARMED),
    (("no",), ("casualties", "harmed")),
)
_SINGULAR_NEEDS: tuple[tuple[tuple[str, ...], ...], ...] = (
    *(((words),) for words in _SINGULAR_VERB_WORDS),
    *(((words),) for words in _SINGULAR_VERB_WORDS),
    (("found",), ("guilty",)),
    (("suicide", "blew", "blow", "detonated"),),
    (("and",), _SINGULAR_VERB_WORDS[0]),
    (("stabbed",),),
    (("shot",), ("dead",)),
    (("cell", "group"),),
)
_NEEDED = frozenset(w for needs in (*_NONE_NEEDS, *_SINGULAR_NEEDS) for words in needs for w in words)


def _lacks(present: frozenset[str], needs: tuple[tuple[str, ...], ...]) -> bool:
    """True when the text lacks every word of one of needs (present: the needed words it holds)."""
    return any(map(present.isdisjoint, needs))


def find_singular_counts(text: str) -> list[CountMatch]:
    """Counts implied by a singular ("a man was detained", "a suicide bomber") and zeros ("no one hurt")."""
    out: list[CountMatch] = []
    lowered = text.lower()
    present = _NEEDED if not folds_like_ascii(text) else frozenset(filter(lowered.__contains__, _NEEDED))
    for (pattern, kind), needs in zip(_NONE, _NONE_NEEDS, strict=True):
        if _lacks(present, needs):
            continue
        for m in pattern.finditer(text):
            out.append(CountMatch(kind, 0, "exact", m.start(), m.end(), m.group(0)))  # type: ignore[arg-type]
    for (pattern, kind), needs in zip(_SINGULARS, _SINGULAR_NEEDS, strict=True):
        if _lacks(present, needs):
            continue
        found = pattern.search(text)
        if found:
            out.append(CountMatch(kind, 1, "exact", found.start(), found.end(), found.group(0)))
    return out
