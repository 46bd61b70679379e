"""Which date of a sentence an event takes: nearest to its trigger, within its own clause.

Day dates are shared by the events of a sentence ("detained on Monday after an attack") unless
grammar ties them to another event: an "in <year>" to its nearest trigger, a date modifying a
noun ("the June 5 attack") to that noun, a date in a relative clause ("who joined ISIL in late
May") to that clause, and a new clause with its own subject or an "after" clause told after the
dated one keeps its event from that date (gold README dates).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assay.extract.dates import DateMatch
from assay.model import Span, TimeSpan

# A state's own acts (rules.py reads them too).
STATE_ACTS = frozenset({"statement", "legislation", "plot_disrupted", "military_exercise"})

_PLOTTED = re.compile(r"\b(?:planning|plotting|preparing|intending|planned|plotted|intended)\s+to\b", re.I)
_IN_YEAR = re.compile(r"(?:in|during)\s+(?:19|20)\d\d\b", re.I)


def gap(d: DateMatch | Span, start: int, end: int) -> int:
    return start - d.end if d.end <= start else max(0, d.start - end)


def pick_date(
    dates: list[DateMatch],
    trig: Span,
    event_type: str,
    claims: Sequence[tuple[int, int, int]] = (),
    own: int = 0,
    text: str = "",
) -> TimeSpan:
    """The date nearest the trigger; a coarse date only when no other event's trigger stands nearer."""
    usable = [
        d
        for d in dates
        if not d.is_report_date
        or event_type == "statement"
        or (event_type == "propaganda" and _PUBLISHED.search(text, max(0, d.start - 30), d.start))
    ]
    if text:
        # "the mass riots of 5 January", "the violence of 3 May": the date of another event's name.
        usable = [
            d
            for d in usable
            if (m := _OF_EVENT.search(text, max(0, d.start - 30), d.start)) is None
            or trig.start <= m.start() < trig.end
        ]
    if claims:
        # Day dates are often shared by the events of a sentence ("detained on Monday after an
        # attack"); "in <year>" ("who fled to Syria in 2015") belongs to the nearest trigger.
        usable = [
            d
            for d in usable
            if not _IN_YEAR.match(d.text)
            or min(claims, key=lambda c: (gap(d, c[0], c[1]), c[0] > d.start, c[2] != own))[2] == own
        ]
        if text:
            # A date modifying a noun ("the trial over the June 5 attack") dates that noun's
            # event only, not the trial or arrest that refers to it.
            usable = [d for d in usable if _attributive_owner(text, d, claims) in (None, own)]
    if text:
        usable = [d for d in usable if not _other_clause(text, d, trig, event_type)]
    if text and event_type == "plot_disrupted":
        # The plotted attack's time ("a cell that was planning to target a mosque during Friday
        # prayers") is not the day the plot was disrupted.
        usable = [d for d in usable if not (d.start >= trig.end and _PLOTTED.search(text, trig.end, d.start))]
    if text:
        # "declared mourning on Sunday after a bomb exploded ... the day before": an "after" clause
        # that names its own day, later in the clause, takes that day, not the main clause's.
        in_clause = [d for d in usable if d.start >= trig.end and not _COMMA.search(text, trig.end, d.start)]
        if in_clause:
            # So does a clause joined by ", and" that names its own day after its verb ("posters
            # appeared on Monday, and police detained five students on Tuesday").
            usable = [d for d in usable if d.start >= trig.end or not _apart(text, d.end, trig.start)]
    if not usable:
        return TimeSpan(None, None, "none")

    def distance(d: DateMatch) -> int:
        return gap(d, trig.start, trig.end)

    best = min(usable, key=distance)
    return TimeSpan(best.first, best.last, best.precision, Span(best.start, best.end, best.text))


# A publication date is the propaganda's own date ("the latest issue, published on Friday").
_PUBLISHED = re.compile(r"\b(?:published|posted|released|issued|broadcast)\b[^.;]{0,20}$", re.I)
_OF_EVENT = re.compile(
    r"\b(?:riots?|violence|events|unrest|protests?|attacks?|bombings?|massacre|clashes|fighting|uprising|"
    r"tragedy|explosions?|blasts?|war|siege)\s+of\s+$",
    re.I,
)
_ATTRIBUTIVE_LEFT = re.compile(r"\b(?:the|a|an|this|that|last|its)\s+$", re.I)
_ATTRIBUTIVE_GAP = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?$")


# A new clause with its own subject ("..., and President Duterte declared", "; the government
# declared") or an "after" clause told after the dated one ("vowed on Wednesday to fight
# terrorism after gunmen killed", "after a day of fighting") keeps its event from the other
# clause's date; "detained on Monday after a protest" introduces a same-day event.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but)\s+(?:the\s+|its\s+)?[A-Z]|,\s+and\s+the\b")
_AFTER_CLAUSE = re.compile(
    r"(?<!\bday\s)(?<!\bdays\s)(?<!\bhours\s)(?<!\bweeks\s)\bafter\s+"
    r"(?!(?:a|an)\s+(?!(?:day|night|week|month|year)s?\s+of\b))",
    re.I,
)


_COMMA = re.compile(r"[,;]")
_COORDINATED = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+", re.I)
_AFTER = re.compile(r"\bafter\b", re.I)
_SHIFTED = re.compile(r"[;.]\s+(?:\w+\s+){0,2}?(?:hours|days|weeks|months|minutes)\s+later\b", re.I)
_RELATIVE = re.compile(r",\s+(?:[\w'’-]+\s+){0,10}?(?:who|which|whom)\s+[^,;]*$")


def _apart(text: str, start: int, end: int) -> bool:
    """True when text[start:end] opens an "after" clause or a coordinated one."""
    return bool(_AFTER.search(text, start, end) or _COORDINATED.search(text, start, end))


def _in_relative_clause(text: str, d: DateMatch, trig: Span) -> bool:
    """True when the date sits in a relative clause the trigger is outside of.

    "Khalimov, the former commander who joined ISIL in late May, has posted a new video":
    late May dates the joining, not the video.
    """
    m = _RELATIVE.search(text, max(0, d.start - 120), d.start)
    if m is None:
        return False
    close = re.compile(r"[,;.]").search(text, d.end)
    clause_end = close.start() if close else len(text)
    # A clause right after the trigger describes the trigger's own event ("the gunbattle, which
    # began late on September 15").
    describes_trigger = 0 <= m.start() - trig.end <= 2
    return not describes_trigger and (trig.start >= clause_end or trig.end <= m.start())


def _other_clause(text: str, d: DateMatch, trig: Span, event_type: str) -> bool:
    """True when the date and the trigger stand in different clauses (see _CLAUSE_BREAK, _AFTER_CLAUSE).

    A semicolon separates a state's act from the dated events before it ("...; the government
    declared a state of emergency"), while one elaborating the same occurrence shares its day.
    """
    if _in_relative_clause(text, d, trig):
        return True
    if d.end <= trig.start:
        between = text[d.end : trig.start]
        if event_type in STATE_ACTS and ";" in between:
            return True
        # "...on Thursday; hours later police shot dead five suspects": a clause placed by a shift
        # from the dated one does not take its date.
        if _SHIFTED.search(between):
            return True
        return bool(_CLAUSE_BREAK.search(between) or _AFTER_CLAUSE.search(text, d.end, trig.end))
    between = text[trig.end : d.start]
    return bool(_CLAUSE_BREAK.search(between))


def _attributive_owner(text: str, d: DateMatch, claims: Sequence[tuple[int, int, int]]) -> int | None:
    """The owner of the trigger a date modifies as an adjective ("the June 5 terrorist attack"), else None."""
    if not _ATTRIBUTIVE_LEFT.search(text, max(0, d.start - 8), d.start):
        return None
    after = [c for c in claims if c[0] >= d.end and c[0] - d.end <= 30]
    for start, _end, owner in sorted(after):
        if _ATTRIBUTIVE_GAP.match(text[d.end : start]) and owner >= 0:
            return owner
    return None
