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
    may_hold_number,
    parse_number,
    qualifier_of,
)
from assay.extract.singulars import CountMatch, find_singular_counts
from assay.model import CountKind

__all__ = ["CountMatch", "find_counts", "find_singular_counts"]

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
        re.compile(r"^(?:wounded|injured|hurt|injuries|injuring|wounding|hospitali[sz]ed|casualties)$", re.I),
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
    r"bandits?|extremists?|suicide|perpetrators?|raiders?|jihadists?)$",
    re.I,
)
# "killed nine Daesh terrorists", "29 Maoist rebels", "five of the gunmen": the armed side's noun
# after a name or "of the".
_ARMED_SIDE = re.compile(
    r"\s+(?:of\s+the\s+|(?:suspected\s+|alleged\s+|armed\s+)?(?:[A-Z][\w'’-]*\s+){1,2})"
    r"(?:attackers|assailants|gunmen|militants|terrorists|insurgents|rebels|bandits|extremists|jihadists)\b"
)
_NEUTRALISED = re.compile(
    r"^(?:killed|dead|died|neutrali[sz]ed|liquidated|eliminated|slain|destroyed|shot)$", re.I
)
_ARMED_BODIES = frozenset({"group", "gang", "cell", "organisation", "organization", "daesh", "isis", "isil"})
_MEMBERS_OF = re.compile(r"^members?\s+of\b", re.I)
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
            r"(?:executions?|killings?|murders?|massacre|beheadings?)\s+of|death\s+toll\s+"
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
    # "handed down prison sentences of between two years and life to 13 defendants".
    (re.compile(r"\b(?:prison\s+|jail\s+)?sentences\s+(?:of\s+[^.;]{0,40}?\s+)?to\s*$", re.I), "convicted"),
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
            r"\b(?:arrested|detained|apprehended|arresting|detaining|rounded\s+up)\s+(?:a\s+total\s+of\s+|the\s+|"
            r"(?:a|an)\s+(?:[\w-]+\s+)?(?:cell|group|gang|network)\s+of\s+)?$",
            re.I,
        ),
        "arrested",
    ),
    (re.compile(r"\b(?:sentenced|convicted|jailed|fined|sentencing|convicting)\s+$", re.I), "convicted"),
    (
        re.compile(
            r"\b(?:killing|killed|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down)\s+$", re.I
        ),
        "killed",
    ),
    (re.compile(r"\b(?:injuring|wounding|injured|wounded)\s+$", re.I), "injured"),
]
_PASSIVE_VERBS: tuple[tuple[str, CountKind], ...] = (
    (r"detained|arrested|apprehended|taken\s+off", "arrested"),
    ("sentenced|convicted|jailed|fined", "convicted"),
    (r"killed|shot\s+dead", "killed"),
    ("injured|wounded|hurt", "injured"),
)
# "Three supporters of a destructive religious movement were detained": the verb after the noun phrase.
_PASSIVE_KIND: list[tuple[re.Pattern[str], CountKind]] = [
    (
        re.compile(
            rf"^\s+(?:[\w'’-]+\s+){{0,9}}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
            rf"(?:(?:also|later|subsequently|reportedly)\s+)?(?:{verbs})\b",
            re.I,
        ),
        kind,
    )
    for verbs, kind in _PASSIVE_VERBS
]
# "three citizens who were preparing to leave for Syria ... were detained": a relative clause
# between the people counted and the arrest or verdict that counts them.
_PASSIVE_KIND += [
    (
        re.compile(
            rf"^\s+(?:[\w'’-]+\s+){{1,3}}?(?:who|that)\b[^.;]{{0,120}}?\b(?:were|have\s+been|had\s+been)\s+"
            rf"(?:(?:also|later|subsequently|reportedly)\s+)?(?:{verbs})\b",
            re.I,
        ),
        kind,
    )
    for verbs, kind in _PASSIVE_VERBS
    if kind in ("arrested", "convicted")
]
# "two employees received gunshot wounds": people counted by the wounds they took.
_PASSIVE_KIND.append(
    (
        re.compile(
            r"^\s+(?:[\w'’-]+\s+){0,4}?(?:received|sustained|suffered)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:wounds|injuries)\b",
            re.I,
        ),
        "injured",
    )
)
# "a group of five radicals, all of whom are now in custody": the people counted, then their fate.
_PASSIVE_KIND.append(
    (
        re.compile(
            r"^\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?:all|both)\s+of\s+whom\s+(?:are|were|have\s+been|had\s+been)\s+"
            r"(?:now\s+|since\s+|later\s+)?(?:in\s+custody|detained|arrested|under\s+arrest)\b",
            re.I,
        ),
        "arrested",
    )
)
# "Four gunmen attacked ...; all four were killed": "all four" refers back to the attackers.
_ALL_OF = re.compile(r"\b(?:all|both)\s+(?:of\s+the\s+|the\s+)?$", re.I)


def _refers_to_attackers(text: str, start: int, value: int) -> bool:
    """True when the number after "all" repeats an earlier count of attackers in the sentence."""
    window = text[max(0, start - 200) : start]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
    window = window[cut + 1 :]
    for m in NUMBER_RE.finditer(window):
        parsed = parse_number(m.group("num"))
        noun = _first_word(window[m.end() :])
        if parsed is not None and parsed[0] == value and _ATTACKER_NOUNS.match(noun):
            return True
    return False


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
        if _ATTACKER_NOUNS.match(lw) and not first_noun:
            first_noun = "attacker"
        elif lw in _ARMED_BODIES and first_noun != "attacker" and _MEMBERS_OF.match(" ".join(words[:i])):
            # "two members of a criminal group were liquidated": the members are the armed side.
            first_noun = "attacker"
            continue
        if lw in ("blew", "blown") and [x.lower() for x in words[i + 1 : i + 3]] == ["themselves", "up"]:
            # "two men blew themselves up": the bombers died by design.
            return "attackers_killed"
        elif (_FIGHTER_NOUNS.match(lw) or _FIGHTER_NOUNS.match(w)) and not first_noun:
            first_noun = "fighter" if lw.startswith("fighter") else "person"
        if first_noun == "attacker" and (_NEUTRALISED.match(lw) or lw.startswith("bomber")):
            return None if _is_active(words, i) else "attackers_killed"
        if first_noun == "fighter" and lw.startswith("fighter"):
            # "twenty Taliban fighters were killed": fighters of an armed group dead in a fight.
            if any(_NEUTRALISED.match(x) for x in words[i + 1 : i + 4]):
                return "attackers_killed"
            return "fighters"
        for pattern, kind in _KIND_WORDS:
            if pattern.match(lw):
                # "three men killed eight people": the number counts the killers, not the dead.
                if kind in ("killed", "injured") and _is_active(words, i):
                    return None
                # "50 persons held an unsanctioned gathering": people who held something, not detainees.
                if lw == "held" and i + 1 < len(words) and words[i + 1].lower() in _HELD_OBJECT:
                    return None
                if kind == "individuals" and i > 0 and words[i - 1].lower() == "lone":
                    return "individuals"
                return kind
        if first_noun == "person" and _TRAVEL.match(lw) and _CONFLICT.search(after[:120]):
            return "fighters"
    return None


_GROUP_MEMBERS = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:suspected\s+|alleged\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:members|fighters|militants|gunmen|operatives|loyalists)\b"
)
_HELD_OBJECT = frozenset(
    {"a", "an", "the", "their", "its", "his", "her", "talks", "rallies", "protests", "meetings"}
)
_PASSIVE_AUX = frozenset({"were", "was", "been", "be", "are", "is", "being", "and"})
_OBJECT_NUMBER = re.compile(
    r"^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|"
    r"some|about|nearly|almost|around|more|up|over)$",
    re.I,
)


def _is_active(words: list[str], i: int) -> bool:
    """True when words[i] is an active verb with a counted object ("gunmen killed eight people")."""
    if i == 0 or words[i - 1].lower() in _PASSIVE_AUX or i + 1 >= len(words):
        return False
    after = words[i + 1]
    if after.lower() == "at" and i + 2 < len(words) and words[i + 2].lower() == "least":
        return True
    return bool(_OBJECT_NUMBER.match(after))


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


_LEADING_WORD = re.compile(r"\s*([A-Za-z-]+)")
_MODIFIERS = frozenset({"armed", "suspected", "alleged", "heavily", "other", "unidentified", "wanted"})


_AND_NUMBER = re.compile(r"\s+(?:[\w'’-]+\s+){1,2}?and\s+")


def _conjoined(after: str) -> int:
    """The second number of "killed 19 children and two teachers" (people of another kind, not
    attackers), to be added to the first; 0 when there is none."""
    m = _AND_NUMBER.match(after)
    if m is None:
        return 0
    second = NUMBER_RE.match(after, m.end())
    if second is None or second.start() != m.end():
        return 0
    noun = _first_word(after[second.end() :])
    parsed = parse_number(second.group("num"))
    if parsed is None or parsed[1] or not noun or _ATTACKER_NOUNS.match(noun) or not noun.islower():
        return 0
    if _kind_right(after[second.end() :]) == "attackers_killed":  # "and four members of the group"
        return 0
    return parsed[0]


def find_counts(text: str, excluded: list[tuple[int, int]] = ()) -> list[CountMatch]:  # type: ignore[assignment]
    """Find every count in `text`; `excluded` are character ranges (dates) that hold no count."""
    if not may_hold_number(text):
        return find_singular_counts(text)
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
        # "killed six suspected Islamic State members", "shot dead five suspects": the armed side.
        if adjacent == "killed" and (
            _ATTACKER_NOUNS.match(first := _first_word(after))
            or first.lower() in ("suspect", "suspects")
            or _GROUP_MEMBERS.match(after)
            or _ARMED_SIDE.match(after)
        ):
            kind: CountKind | None = "attackers_killed"
        elif adjacent is not None and not (adjacent == "killed" and right == "attackers_killed"):
            kind = adjacent
        elif right is None:
            # The passive patterns read far to the right; they are tried only when the words
            # beside the number named nothing.
            kind = next((k for p, k in _PASSIVE_KIND if p.match(after)), None)
            # "five gunmen who had crossed from Afghanistan were killed": the armed side's dead.
            if kind == "killed" and _ATTACKER_NOUNS.match(_first_word(after)):
                kind = "attackers_killed"
        else:
            kind = right
        if (
            kind == "killed"
            and _ALL_OF.search(text[max(0, start - 12) : start])
            and _refers_to_attackers(text, start, value)
        ):
            kind = "attackers_killed"
        if kind is None:
            before = text[max(0, start - 60) : start]
            kind = next((k for p, k in _LEFT_VERBS if p.search(before)), None)
        if kind is None:
            continue
        qualifier = (
            "at_least" if _BETWEEN.search(text[max(0, start - 10) : start]) else qualifier_of(m, is_vague)
        )
        if kind in ("killed", "injured") and not is_vague:
            value += _conjoined(after)
        out.append(CountMatch(kind, value, qualifier, start, end, m.group(0)))
    return out + find_singular_counts(text)
