"""Which of a sentence's places each of its events may take.

A sentence telling several events tells each one's place in its own clause: the places a
journey ends at are not a recruiter's or a state's; a statement is not made where the events
it speaks about happened; a place belongs to the trigger of its clause. What each place name
does in the sentence (a home town, a claim's place, an institution's country) is read in
place_roles.py; rules.py then picks the most specific, nearest, of the places left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assay.extract.drafts import Draft
from assay.extract.event_dates import STATE_ACTS
from assay.extract.place_roles import (
    event_name_end,
    is_affiliation,
    is_claim_place,
    is_return,
    relative_clauses,
)
from assay.extract.places import destination_place
from assay.model import Place, Span

TRAVEL = "foreign_fighter_travel"


def event_places(
    places: list[Place],
    triggers: list[Span],
    drafts: list[Draft],
    own: int,
    claims: Sequence[tuple[int, int, int]],
    text: str,
    sentence: tuple[int, int],
) -> tuple[list[Place], bool]:
    """The places of its sentence event `own` may take, and whether the sentence told its place
    only for other events while naming one of its own the gazetteer does not know ("and the
    president declared martial law across Mindanao"): then the fallbacks must not bring them back.
    """
    s0, s1 = sentence
    event_type = drafts[own].event_type
    trig = triggers[own]
    own_places = places
    if event_type not in AT_DESTINATIONS:
        journeys = [t for t, d in zip(triggers, drafts, strict=True) if d.event_type == TRAVEL]
        destinations = [destination_place(places, text, t.end) for t in journeys] + [
            p for p in places for t in journeys if p.span is not None and t.start <= p.span.start < t.end
        ]
        own_places = [p for p in places if p not in destinations]
    if event_type == TRAVEL and not is_return(trig.text):
        # An outbound leg is not placed at another leg's destination; a return starts there.
        own_places = leg_places(places, triggers, drafts, own)
    if event_type in ABOUT_OTHERS:
        own_places = before_other_events(own_places, trig, claims, own, text, s1)
    told = _own_places(event_type, own_places, trig, text, s0, s1)
    mine = _clause_places(told, triggers, own, text)
    if mine:
        return mine, False
    # With no place in its own clause an event shares those the sentence tells of the others
    # ("police later detained two suspects", "and the governor urged residents to take up
    # arms"), unless it names one of its own the gazetteer does not know.
    if len(triggers) > 1 and _names_own_place(trig, triggers, text, s1):
        return [], bool(told)
    return told, False


def _names_own_place(trig: Span, triggers: list[Span], text: str, sent_end: int) -> bool:
    """True when the words after a trigger, short of the next one, name a place of its own
    ("declared martial law across Mindanao"), not one pointing back ("in the Libyan capital")."""
    end = min([t.start for t in triggers if t.start >= trig.end] + [sent_end, trig.end + 60])
    own = _OWN_LOCATIVE.match(text[:end], trig.end)
    return own is not None and _ANAPHOR.match(text, own.end() - 1) is None


# A state's acts that speak about other events (a statement, a law, a deployment), and a
# propaganda item that shows or urges them ("released a video of the girls abducted from
# Chibok"): places told of those events, or of their occasion ("after last week's attacks in
# Paris"), are not theirs.
ABOUT_OTHERS = frozenset({"statement", "legislation", "military_exercise", "propaganda"})
# Events that may happen where a journey told in the same sentence ends; the others (a
# state's act, a recruiter's pitch, a video) are not placed at the travellers' destination.
AT_DESTINATIONS = frozenset(
    {"foreign_fighter_travel", "arrest", "attack", "armed_clash", "bombing", "suicide_bombing", "protest"}
)


# Acts of a state's own institutions: "Tajikistan's Supreme Court sentenced" is placed in Tajikistan.
_INSTITUTION_ACTS = STATE_ACTS | {"arrest", "prosecution"}


def _own_places(event_type: str, places: list[Place], trig: Span, text: str, s0: int, s1: int) -> list[Place]:
    """The places of a sentence an event may take, by what each name does there (place_roles.py).

    Not where a claim about it was made ("officials in Bishkek said"; a statement is made
    there); not a country that only owns an institution ("Armenia's defence ministry denied"),
    unless the event is an act of that institution ("Sweden's security police raised the
    threat level", "Uzbekistan's security service warned", "Tajikistan's Supreme Court
    sentenced"); not a place in a "who" clause that leaves the trigger out ("a colonel who fled
    to Syria"); not a place that names another, past event ("after the Zhanaozen unrest").
    """
    clauses = [c for c in relative_clauses(text[s0:s1], s0) if not c[0] <= trig.start < c[1]]
    out = []
    for p in places:
        if p.span is None:
            out.append(p)
            continue
        if event_type != "statement" and is_claim_place(p, text):
            continue
        if event_type not in _INSTITUTION_ACTS and is_affiliation(p, text):
            continue
        if any(a <= p.span.start < b for a, b in clauses):
            continue
        # "after the Zhanaozen unrest": a past event named by its place, unless it is this one.
        named_end = event_name_end(p, text)
        if named_end is not None and not p.span.start <= trig.start < named_end:
            continue
        out.append(p)
    return out


_MONTHS_DAYS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_OWN_LOCATIVE = re.compile(rf"[^,;]*?\b(?:in|across|throughout|near|at)\s+(?:the\s+)?(?!{_MONTHS_DAYS})[A-Z]")
# "in the Libyan capital", "in the town": a place named earlier in the sentence.
_ANAPHOR = re.compile(r"[\w-]*\s+(?:capital|city|town|village|region|province)\b")
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|as|hours|days|a\s+day)\b|\b(?:after|before|following|while|when)\b"
)


def _place_owner(place: Place, triggers: list[Span], text: str) -> int:
    """The trigger a place belongs to: the last one before it in its clause, else the first after it."""
    assert place.span is not None
    before = [i for i, t in enumerate(triggers) if t.end <= place.span.start]
    if before:
        last = max(before, key=lambda i: triggers[i].end)
        if not _CLAUSE_BREAK.search(text, triggers[last].end, place.span.start):
            return last
    after = [i for i, t in enumerate(triggers) if t.end > place.span.start]
    if after:
        return min(after, key=lambda i: triggers[i].start)
    return max(before, key=lambda i: triggers[i].end)


def _clause_places(places: list[Place], triggers: list[Span], own: int, text: str) -> list[Place]:
    """The places told in this event's clause ("detained four men in the Bryansk region, hours
    after an attack near Moscow": Bryansk is the arrest's, Moscow the attack's)."""
    if len(triggers) < 2:
        return places
    return [p for p in places if p.span is None or _place_owner(p, triggers, text) == own]


def leg_places(places: list[Place], triggers: list[Span], drafts: list[Draft], own: int) -> list[Place]:
    """The places one journey of a sentence telling two may take: not those across the other leg.

    "Europeans who travelled to Syria and Iraq ... have since returned home": Syria and Iraq,
    told between the two legs, are the outbound destination, not where they returned.
    """
    legs = [i for i, d in enumerate(drafts) if d.event_type == TRAVEL and i != own]
    out = list(places)
    for i in legs:
        if triggers[i].start < triggers[own].start:
            lo, hi = triggers[i].end, triggers[own].start
        else:
            lo, hi = triggers[i].start, 10**9
        out = [p for p in out if p.span is None or not lo <= p.span.start < hi]
    return out


_OCCASION_WORD = re.compile(
    r"\b(?:after|following|over|in\s+the\s+wake\s+of)\s+(?:the|a|an|last|this|\w+'s)\b", re.I
)


def before_other_events(
    places: list[Place],
    trig: Span,
    claims: Sequence[tuple[int, int, int]],
    own: int,
    text: str = "",
    sent_end: int = 0,
) -> list[Place]:
    """A statement's places short of the events it speaks about ("condemned the bombing in
    Mogadishu" is not a statement made in Mogadishu)."""
    others = [c[0] for c in claims if c[2] != own and c[0] >= trig.end]
    # "raised its threat level after the weekend's attacks in Aktobe": what follows "after"
    # is the occasion, not the statement's place.
    occasion = _OCCASION_WORD.search(text, trig.end, sent_end)
    if occasion is not None:
        others.append(occasion.start())
    if not others:
        return places
    first = min(others)
    return [p for p in places if p.span is None or p.span.start < first]
