"""Casualty, arrest and group counts in a sentence: numbers (digits, or words via text2num) and qualifiers.

A number counts something only when a count word sits beside it ("20 people were killed",
"killing seven", "four lone individuals"); ages ("17-year-old"), durations ("five years"),
articles of a code and dates are never counts. Vague quantities get a conventional value
(dozens 24, scores 40, hundreds 200, thousands 2000) with qualifier "vague"; "several" and
"a few" are not counts.
"""

from __future__ import annotations

import re

from assay.extract.numbers import (
    NOT_A_COUNT_AFTER,
    NOT_A_COUNT_BEFORE,
    NUMBER_RE,
    CountMatch,
    parse_number,
    qualifier_of,
)
from assay.extract.singulars import find_singular_counts
from assay.model import CountKind

_KIND_WORDS: list[tuple[re.Pattern[str], CountKind]] = [
    (
        re.compile(
            r"^(?:killed|dead|died|deaths|death|fatalities|lives|bodies|slain|perished|murdered|"
            r"shot\s+dead|lost\s+their\s+lives|fatally)$",
            re.I,
        ),
        "killed",
    ),
    (
        re.compile(
            r"^(?:wounded|injured|hurt|injuries|injuring|wounding|hospitali[sz]ed|casualties|wounds)$", re.I
        ),
        "injured",
    ),
    (
        re.compile(
            r"^(?:arrested|detained|apprehended|arrests|detentions|detainees|custody|rounded|held|nabbed|"
            r"extradited|caught)$",
            re.I,
        ),
        "arrested",
    ),
    (re.compile(r"^(?:sentenced|convicted|jailed|imprisoned|guilty)$", re.I), "convicted"),
    (re.compile(r"^(?:groups|cells|group|cell)$", re.I), "groups"),
    (re.compile(r"^(?:individuals|loners|individual)$", re.I), "individuals"),
]
_ATTACKER_NOUNS = re.compile(
    r"^(?:attackers?|assailants?|gunmen|gunman|militants?|terrorists?|insurgents?|rebels?|"
    r"bandits?|extremists?|suicide|perpetrators?|raiders?|jihadists?|suspects?)$",
    re.I,
)
_NEUTRALISED = re.compile(
    r"^(?:killed|dead|died|neutrali[sz]ed|liquidated|eliminated|slain|destroyed|shot)$", re.I
)
_ARMED_BODIES = frozenset({"group", "gang", "cell", "organisation", "organization", "daesh", "isis", "isil"})
_MEMBERS_OF = re.compile(r"^members?\s+of\b", re.I)
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_FIGHTER_NOUNS = re.compile(
    r"^(?:fighters?|citizens|nationals|people|residents|natives|kazakhstanis|kyrgyz|"
    r"tajiks|uzbeks|turkmen|men|women|persons|brothers|youths|[A-Z][a-z]+(?:ans|ians|is|ers))$",
)
_TRAVEL = re.compile(
    r"^(?:left|travell?ed|went|gone|joined|fighting|fight|fought|leaving|crossed|arrived)$", re.I
)
_CONFLICT = re.compile(
    r"syria|iraq|afghanistan|islamic\s+state|isis|isil|daesh|jihad|conflict\s+zone|war\s+zone|"
    r"foreign\s+fighters?|terrorist\s+(?:group|organi)",
    re.I,
)
_LEFT_VERBS: list[tuple[re.Pattern[str], CountKind]] = [
    (
        re.compile(
            r"\b(?:killing|killed|kill|kills|left|claimed\s+the\s+lives\s+of|"
            r"(?:execution|executions|killing|murder|massacre)\s+of|death\s+toll\s+"
            r"(?:\w+\s+){0,3}(?:to|at|of)?|dead\s+(?:numbered|reached))\s*$",
            re.I,
        ),
        "killed",
    ),
    (re.compile(r"\b(?:injuring|wounding|injured|wounded|hurting)\s*$", re.I), "injured"),
    (
        re.compile(
            r"\b(?:arrested|detained|apprehended|arresting|detaining|rounded\s+up|detention\s+of|"
            r"arrest\s+of|arrests\s+of)\s*$",
            re.I,
        ),
        "arrested",
    ),
    (re.compile(r"\b(?:sentenced|convicted|jailed)\s*$", re.I), "convicted"),
    # "handed down prison sentences of between two years and life to 13 defendants"
    (re.compile(r"\b(?:sentences?|prison\s+terms?)\s+(?:of\s+[^,;.]{0,40}?)?\bto\s*$", re.I), "convicted"),
]
# A kind verb right before the number ("arrested 12 members of Group 24", "sentenced eleven
# members of a cell", "neutralising 12 of them") decides the kind over nouns further right.
_ADJACENT_VERBS: list[tuple[re.Pattern[str], CountKind]] = [
    (
        re.compile(
            r"\b(?:neutrali[sz]ing|neutrali[sz]ed|liquidating|liquidated|eliminating|eliminated)\s+(?:a\s+total\s+of\s+)?$",
            re.I,
        ),
        "attackers_killed",
    ),
    (
        re.compile(
            r"\b(?:arrested|detained|apprehended|arresting|detaining|rounded\s+up)\s+(?:a\s+total\s+of\s+)?$",
            re.I,
        ),
        "arrested",
    ),
    (re.compile(r"\b(?:sentenced|convicted|jailed|fined|sentencing|convicting)\s+$", re.I), "convicted"),
    (re.compile(r"\b(?:killing|killed|shot\s+dead|shooting\s+dead)\s+$", re.I), "killed"),
    (re.compile(r"\b(?:injuring|wounding|injured|wounded)\s+$", re.I), "injured"),
]
# A subordinate clause starts another subject: "Hundreds protested after a teenager was killed".
_SUBORDINATOR = r"(?:after|when|before|while|because|since|until|although|though|as|if)\b"
_PASSIVE_VERBS: tuple[tuple[str, CountKind], ...] = (
    ("detained|arrested|apprehended", "arrested"),
    ("sentenced|convicted|jailed|fined", "convicted"),
    (r"killed|shot\s+dead", "killed"),
    ("injured|wounded|hurt", "injured"),
)
# "Three supporters of a destructive religious movement were detained": the verb after the noun phrase.
_PASSIVE_KIND: list[tuple[re.Pattern[str], CountKind]] = [
    (
        re.compile(
            rf"^\s+(?:(?!{_SUBORDINATOR})[\w'’-]+\s+){{0,13}}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
            rf"(?:(?:also|later|subsequently|reportedly)\s+)?(?:{verbs})\b",
            re.I,
        ),
        kind,
    )
    for verbs, kind in _PASSIVE_VERBS
]
# ", including women and children," between a number and its verb is an aside.
_ASIDE = re.compile(r"^(\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}),\s+(?:including|among\s+them|mostly)\b[^,.;]{0,60},")
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d+|[.;:!?]|,")
_BREAK = {".", ";", ":", "!", "?", "and", "but", "while", "including", "among", "whom", "which"}


def _kind_right(after: str) -> CountKind | None:
    """Read up to six words after the number for the thing counted."""
    words = _TOKEN.findall(after[:90])[:7]
    first_noun = ""
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in _BREAK or lw == "," or (i > 0 and w.isdigit()):
            break
        # "50 persons held a rally": an active "held" with an object is no detention.
        if lw == "held" and i + 1 < len(words) and words[i + 1].lower() in _DETERMINERS:
            return None
        if _ATTACKER_NOUNS.match(lw) and not first_noun:
            first_noun = "attacker"
        elif lw in _ARMED_BODIES and _MEMBERS_OF.match(" ".join(words[:i])):
            # "two members of a criminal group were liquidated": the members are the armed side,
            # and the group names whose members they are, not a count of groups.
            first_noun = "attacker"
            continue
        elif (_FIGHTER_NOUNS.match(lw) or _FIGHTER_NOUNS.match(w)) and not first_noun:
            first_noun = "fighter" if lw.startswith("fighter") else "person"
        if first_noun == "attacker" and (_NEUTRALISED.match(lw) or lw.startswith("bomber")):
            return "attackers_killed"
        if first_noun == "fighter" and lw.startswith("fighter"):
            return "fighters"
        for pattern, kind in _KIND_WORDS:
            if pattern.match(lw):
                if kind == "individuals" and i > 0 and words[i - 1].lower() == "lone":
                    return "individuals"
                return kind
        if first_noun == "person" and _TRAVEL.match(lw) and _CONFLICT.search(after[:120]):
            return "fighters"
    return None


_SKIP_BEFORE = re.compile(
    r"(?:\bno|several|a\s+few|including|among\s+them|of\s+whom|between\s+[\d,]+\s+and|"
    r"born(?:\s+in)?|aged|age\s+of)\s*$",
    re.I,
)
_BETWEEN = re.compile(r"between\s*$", re.I)


def _first_word(text: str) -> str:
    """The first word of text, past modifiers of an armed noun ("three armed/suspected militants")."""
    pos = 0
    while (m := _LEADING_WORD.match(text, pos)) is not None:
        if m.group(1).lower() not in _MODIFIERS:
            return m.group(1)
        pos = m.end()
    return ""


# "killed two of the attackers": the noun after the partitive is what is counted.
_PARTITIVE = re.compile(r"^\s+of\s+(?:the|these|those|its|their)\s+", re.I)
_LEADING_WORD = re.compile(r"\s*([A-Za-z-]+)")
_MODIFIERS = frozenset({"armed", "suspected", "alleged", "heavily", "other", "unidentified", "wanted"})


_PEOPLE_NOUN = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:people|persons|civilians|officers|policemen|soldiers|servicemen|"
    r"guards|militants?|attackers?|gunmen|insurgents?|rebels?|terrorists?|fighters)\b",
    re.I,
)


def _coordinated_kind(found: list[CountMatch], text: str, start: int, after: str) -> CountKind | None:
    """A number joined by "and" to a casualty count shares its verb: "killed 14 police officers
    and 11 militants" (the armed side's dead are attackers_killed)."""
    people = _PEOPLE_NOUN.match(after)
    if people is None or not found:
        return None
    prev = found[-1]
    if prev.kind not in ("killed", "injured", "attackers_killed"):
        return None
    if not re.fullmatch(r"\s+(?:[\w-]+\s+){1,3}and\s+", text[prev.end : start]):
        return None
    if prev.kind == "injured":
        return "injured"
    return "attackers_killed" if _ATTACKER_NOUNS.match(_first_word(after)) else "killed"


# "a group of five radicals, all of whom are now in custody"
_ALL_OF_WHOM = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+(?:all|both)\s+of\s+(?:whom|them)\s+(?:are|were|have\s+been|had\s+been)\s+"
    r"(?:now\s+|since\s+been\s+)?(?:in\s+custody|detained|arrested|under\s+arrest|held)\b",
    re.I,
)
_ALL_N = re.compile(r"\b(?:all|the|those)\s+$", re.I)
_KILLED_BY_FORCES = re.compile(
    r"^\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead|neutrali[sz]ed|liquidated)\s+"
    r"by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:police|guards|troops|soldiers|security\s+forces|special\s+forces|"
    r"commandos|forces)\b",
    re.I,
)


def _anaphoric_kind(text: str, start: int, after: str, value: int) -> CountKind | None:
    """ "Four gunmen attacked ...; all four were killed by police": the number refers back to
    the attackers counted before it, so its dead are attackers_killed."""
    if not _ALL_N.search(text[max(0, start - 6) : start]) or not _KILLED_BY_FORCES.match(after):
        return None
    for m in NUMBER_RE.finditer(text, 0, start):
        parsed = parse_number(m.group("num"))
        if parsed is not None and parsed[0] == value and _ATTACKER_NOUNS.match(_first_word(text[m.end() :])):
            return "attackers_killed"
    return None


def find_counts(text: str, excluded: list[tuple[int, int]] = ()) -> list[CountMatch]:  # type: ignore[assignment]
    """Find every count in `text`; `excluded` are character ranges (dates) that hold no count."""
    out: list[CountMatch] = []
    for m in NUMBER_RE.finditer(text):
        start, end = m.start(), m.end()
        if any(start < e and s < end for s, e in excluded):
            continue
        if _SKIP_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        after = text[end:]
        if NOT_A_COUNT_AFTER.match(after) or NOT_A_COUNT_BEFORE.search(text[max(0, start - 12) : start]):
            continue
        parsed = parse_number(m.group("num"))
        if parsed is None:
            continue
        value, is_vague = parsed
        if not is_vague and 1900 <= value <= 2100 and m.group("num").isdigit():
            continue
        if _BETWEEN.search(text[max(0, start - 10) : start]):
            after = re.sub(r"^\s+(?:and|to)\s+[\d,]+", "", after)
        after = _ASIDE.sub(r"\1", after, count=1)
        before_number = text[max(0, start - 40) : start]
        right = _kind_right(after)
        adjacent = next((k for p, k in _ADJACENT_VERBS if p.search(before_number)), None)
        passive = next((k for p, k in _PASSIVE_KIND if p.match(after)), None)
        if adjacent == "killed" and _ATTACKER_NOUNS.match(_first_word(_PARTITIVE.sub(" ", after, count=1))):
            kind: CountKind | None = "attackers_killed"
        elif adjacent is not None and not (adjacent == "killed" and right == "attackers_killed"):
            kind = adjacent
        elif right is None and passive is not None:
            kind = passive
        else:
            kind = right
        if kind is None:
            before = text[max(0, start - 60) : start]
            kind = next((k for p, k in _LEFT_VERBS if p.search(before)), None)
        if kind is None and _ALL_OF_WHOM.match(after):
            kind = "arrested"
        if kind is None:
            kind = _coordinated_kind(out, text, start, after)
        if kind in (None, "killed"):
            kind = _anaphoric_kind(text, start, after, value) or kind
        if kind is None:
            continue
        qualifier = (
            "at_least" if _BETWEEN.search(text[max(0, start - 10) : start]) else qualifier_of(m, is_vague)
        )
        out.append(CountMatch(kind, value, qualifier, start, end, m.group(0)))
    return out + find_singular_counts(text)
