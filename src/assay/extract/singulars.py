"""Counts implied without a number: one explicitly singular person, one cell, zeros ("no one was hurt")."""

from __future__ import annotations

import re

from assay.extract.numbers import CountMatch
from assay.model import CountKind

_NONE = [
    (
        re.compile(r"\bno\s*(?:one|body)\s+(?:was|were|has\s+been)\s+(?:hurt|injured|wounded)\b", re.I),
        "injured",
    ),
    (re.compile(r"\bno\s*(?:one|body)\s+(?:was|were|has\s+been)\s+killed\b", re.I), "killed"),
    (re.compile(r"\bno\s+(?:casualties|injuries|one\s+was\s+harmed)\b", re.I), "injured"),
    # Casualties are the dead and the wounded: "no casualties" rules out both.
    (re.compile(r"\bno\s+(?:casualties|one\s+was\s+harmed)\b", re.I), "killed"),
]
_PERSON = (
    r"(?:man|woman|resident|citizen|suspect|member|student|native|national|teenager|person|individual|"
    r"youth|imam|follower|supporter|recruiter|militant|preacher|foreigner|blogger|journalist|activist|"
    r"policeman|police\s+officer|officer|soldier|serviceman|guard|civilian|boy|girl|child|worker|driver|"
    r"pensioner|businessman|teacher|doctor|cleric|colonel|commander|gunman|defendant|\d+-year-old)"
)


def _pronoun_subject(verbs: str, kind: CountKind) -> str:
    """'he was wounded and captured', 'the defendant was convicted': one person arrested or convicted."""
    if kind not in ("arrested", "convicted"):
        return ""
    subject = r"\b(?:he|she|the\s+(?:defendant|accused))\s+(?:was|has\s+been)\s+"
    return rf"{subject}(?:\w+\s+(?:and\s+)?)?(?:{verbs})\b|"


_SINGULAR_VERBS: list[tuple[str, CountKind]] = [
    (r"detained|arrested|apprehended|taken\s+into\s+custody|arresting|detaining|captured", "arrested"),
    (r"sentenced(?:\s+to\s+death|\s+in\s+absentia)?|convicted|jailed|found\s+guilty", "convicted"),
    (r"killed|killing|shot\s+dead|murdered|stabbed\s+to\s+death|beheaded|executed", "killed"),
    # Stabbed or shot and not said to have died: wounded.
    (
        r"injured|wounded|hurt|injuring|wounding|stabbed(?!\s+to\s+death)|shot(?!\s+dead|\s+and\s+killed)",
        "injured",
    ),
]
_SINGULARS = (
    [
        (
            re.compile(
                rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b(?:\s+[\w.,-]+){{0,8}}?\s+"
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
                rf"\b(?:{verbs})\s+(?:of\s+)?(?:in\s+[A-Z][\w-]+\s+)?(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b|"
                rf"\b(?:{verbs})\s+(?:[A-Z][a-z]+\s+)?(?:citizen|national|resident)\s+[A-Z]|"
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
                r"\b(?:a|the)\s+suicide\s+(?:bomber|attacker)\b|\bblew\s+(?:himself|herself)\s+up\b", re.I
            ),
            "attackers_killed",
        ),
        # The lone attacker's end: "before he was shot dead by police", "police shot him dead",
        # "killed him in a shootout".
        (
            re.compile(
                r"\bbefore\s+(?:he\s+was\s+|she\s+was\s+|being\s+)shot\s+dead\b|"
                r"\b(?:police|officers|troops|soldiers)\s+shot\s+(?:him|her)\s+dead\b|"
                r"\b(?:killed|shot)\s+(?:him|her)\s+(?:dead\s+)?in\s+(?:a|an|the)\s+(?:shootout|shoot-out|"
                r"gunfight|firefight|gun\s+battle|exchange\s+of\s+fire)\b",
                re.I,
            ),
            "attackers_killed",
        ),
        # One armed man or a group's leader killed: "police killed a gunman", "special forces killed
        # Islamic State leader Abu ...".
        (
            re.compile(
                r"\b(?:killed|shot\s+dead|eliminated|neutrali[sz]ed|liquidated)\s+(?:the\s+|an?\s+)?"
                r"(?:(?:[\w-]+\s+){0,2}?(?:militant|gunman|insurgent|terrorist|jihadist)|(?:[\w-]+\s+){0,2}?"
                r"(?:militant|rebel|insurgent|terrorist|jihadist|state|isis|isil|daesh|al-qaeda|al-shabaab|taliban|"
                r"haram)\s+(?:[\w-]+\s+)?(?:leader|commander|chief|emir))\b(?!\s+\w+ed\b)",
                re.I,
            ),
            "attackers_killed",
        ),
        # "a clandestine cell", "members of the cell", "the group had tried to buy rifles": one group;
        # a named organisation ("the Islamic State group") is no cell.
        (
            re.compile(
                r"\b(?:a|one)\s+(?-i:[a-z-]+\s+){0,2}?(?:cell|group)\b|\bthe\s+(?-i:[a-z-]+\s+)?cell\b|"
                r"\bthe\s+group\s+(?:had|has|was|were|is|planned|intended|wanted)\b",
                re.I,
            ),
            "groups",
        ),
        # A plot laid by one person: "prevented an attempt by a citizen of X to commit".
        (
            re.compile(
                rf"\b(?:attempt|plan|plot|attack)\s+(?:planned\s+)?by\s+(?:a|an|one)\s+{_PERSON}\b", re.I
            ),
            "individuals",
        ),
        # The sentence's singular subject arrested after what it did: "A man drove ... and was
        # arrested hours later".
        (
            re.compile(
                rf"^\s*(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON}\b[^;]*?\band\s+(?:was|has\s+been)\s+"
                r"(?:\w+\s+)?(?:arrested|detained|apprehended|captured)\b",
                re.I,
            ),
            "arrested",
        ),
    ]
)


def find_singular_counts(text: str) -> list[CountMatch]:
    """Counts implied by a singular ("a man was detained", "a suicide bomber") and zeros ("no one hurt")."""
    out: list[CountMatch] = []
    for pattern, kind in _NONE:
        for m in pattern.finditer(text):
            out.append(CountMatch(kind, 0, "exact", m.start(), m.end(), m.group(0)))  # type: ignore[arg-type]
    for pattern, kind in _SINGULARS:
        found = pattern.search(text)
        if found:
            out.append(CountMatch(kind, 1, "exact", found.start(), found.end(), found.group(0)))
    # One man killed who is the armed side ("troops shot dead a militant") is not also a victim.
    armed = [c for c in out if c.kind == "attackers_killed"]
    return [
        c for c in out if not (c.kind == "killed" and any(a.start < c.end and c.start < a.end for a in armed))
    ]
