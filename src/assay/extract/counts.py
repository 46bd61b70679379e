"""Casualty, arrest and group counts in a sentence: numbers (digits, or words via text2num) and qualifiers.

A number counts something only when a count word sits beside it ("20 people were killed",
"killing seven", "four lone individuals"); ages ("17-year-old"), durations ("five years"),
articles of a code and dates are never counts. Vague quantities get a conventional value
(dozens 24, scores 40, hundreds 200, thousands 2000) with qualifier "vague"; "several" and
"a few" are not counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.numbers import NOT_A_COUNT_AFTER, NOT_A_COUNT_BEFORE, NUMBER_RE, parse_number, qualifier_of
from assay.model import CountKind, CountQualifier

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


@dataclass(frozen=True, slots=True)
class CountMatch:
    """One count found in a text: kind, value, qualifier and its character range in that text."""

    kind: CountKind
    value: int
    qualifier: CountQualifier
    start: int
    end: int
    text: str


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
