"""Sentence drafts: a sentence's triggers collapsed into the mentions it reports.

At most one violent mention per sentence, a foiled plot replaces the attack it foiled, a
statement only when nothing else happened (or when it opens the sentence); counts go to the
nearest draft whose type they belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.extract.counts import CountMatch
from assay.extract.hedges import describes_people, is_condition, is_habitual, is_rehearsed
from assay.extract.lexicon import Trigger
from assay.extract.nlp import may_contain
from assay.extract.references import drop_protest_references, is_crowd_harm, is_sport, is_topic
from assay.extract.violence import (
    FRAMING_TRIGGERS,
    NOUN_TRIGGERS,
    VIOLENT_PRIORITY,
    best_trigger,
    is_background,
    named_fight,
    violent_type,
)
from assay.model import Count, CountKind, Span

_ENFORCEMENT = {"arrest", "prosecution"}
_OFFENCE_TYPES = {"propaganda"}
_COUNT_HOME: dict[CountKind, tuple[str, ...]] = {
    # Deaths and injuries at a protest belong to the attack on it, a separate event (gold README:
    # "When security forces kill or fire live rounds on protesters, that is a separate attack").
    "killed": VIOLENT_PRIORITY,
    "injured": VIOLENT_PRIORITY,
    "attackers_killed": VIOLENT_PRIORITY,
    "arrested": ("arrest", "plot_disrupted", "protest"),
    "convicted": ("prosecution",),
    "groups": ("plot_disrupted",),
    "individuals": ("plot_disrupted", "foreign_fighter_travel"),
    "fighters": ("foreign_fighter_travel", "statement"),
}
_TOLLS: frozenset[CountKind] = frozenset({"killed", "injured", "attackers_killed"})
_HOME_ONLY: frozenset[CountKind] = frozenset({"groups", "individuals", "fighters"})
_DISRUPTION_WORDS = {
    "foiled",
    "thwarted",
    "averted",
    "plot",
    "plots",
    "plotting",
    "preempted",
    "pre-empted",
    "prevented",
    "prevent",
    "preventing",
    "disrupted",
    "foil",
    "thwart",
    "foiling",
    "foils",
    "thwarting",
    "thwarts",
    "averting",
}
_PLOT_OBJECT = re.compile(
    r"^(?:\s+(?:a|an|the|to|carry|out|commit|stage|series|of|several|new|major|large-scale|"
    r"terrorist|terror|suicide|bomb|armed|more|further|two|three|\w+ing)){0,5}\s+"
    r"(?:attacks?|acts?(?:\s+of\s+terrorism)?|bombings?|explosions?|assassinations?|"
    r"crimes?|sabotage)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention before its date, place, actors and counts are attached."""

    event_type: str
    trigger: Trigger


_GUNMEN = re.compile(r"\b(?:gunmen|gunman|gunfire|gunshots|shooting)\b", re.I)
_GUNFIRE = frozenset(
    {
        "opened fire",
        "open fire",
        "stormed",
        "shot dead",
        "gunned down",
        "took hostage",
        "taken hostage",
        "took hostages",
        "stabbed",
        "armed assault",
        "gun attack",
    }
)
_CASUALTY = re.compile(r"\b(?:wounded|injured|killed|dead|resist\w*|shot|fire)\b", re.I)
# The lexicon's call-to-join pattern ("urged young men to join the fight").
_CALL_TO_JOIN = re.compile(r"\bto\s+join\b", re.I)
_ABROAD_FIGHTING = frozenset({"fought", "fighting", "battle", "battles"})
_OUTCOME_WORDS = frozenset({"killed", "killing", "kill", "kills", "shot", "murdered"})


# A sentence about a work of fiction or a film ("The film ... depicts the massacre of", "a new
# thriller about a plot to bomb the metro premieres") tells its story, not events.
_WORK = re.compile(
    r"\b(?:film|films|movie|novel|thriller|documentary|drama|miniseries|sitcom|musical|opera|"
    r"book|memoir|biography|series|podcast|play)\b",
    re.I,
)
# Every match of _WORK holds one of these (lower-cased); most sentences hold none and skip the search.
_WORK_WORDS = (
    "film", "movie", "novel", "thriller", "documentary", "drama", "miniseries", "sitcom", "musical",
    "opera", "book", "memoir", "biography", "series", "podcast", "play",
)
_TELLING = re.compile(
    r"\b(?:depicts?|depicting|portrays?|portraying|premieres?|premiered|tells\s+the\s+story|"
    r"(?:is\s+)?set\s+(?:in|during)|stars|starring|screen(?:s|ed|ing)|directed\s+by|"
    r"recounts?|recounting|retells?|chronicles|narrates?)\b|"
    r"\bin\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:film|movie|novel|series|book|play|thriller|documentary)\b",
    re.I,
)


def _is_telling(text: str, sent_start: int, sent_end: int) -> bool:
    """True when the sentence tells the story of a work of fiction or a film."""
    if not may_contain(text[sent_start:sent_end], _WORK_WORDS):
        return False
    return bool(_WORK.search(text, sent_start, sent_end) and _TELLING.search(text, sent_start, sent_end))


def collapse_triggers(
    triggers: list[Trigger], text: str, sent_start: int, sent_end: int, *, after_violence: bool = False
) -> list[Draft]:
    """Reduce a sentence's triggers to the mentions it reports (see the module docstring).

    `after_violence`: an earlier sentence of the passage told a violent event, so a bare toll
    ("Two militants were killed.") is that event's outcome, not a new one.
    """
    if _is_telling(text, sent_start, sent_end):
        return []
    by_type: dict[str, list[Trigger]] = {}
    triggers = [t for t in triggers if not is_background(t, text, sent_start, sent_end)]
    triggers = drop_protest_references(triggers, text, sent_start)
    triggers = [t for t in triggers if not is_topic(t, text, sent_start, NOUN_TRIGGERS)]
    triggers = [t for t in triggers if not is_condition(t, text, sent_start)]
    if any(t.event_type == "military_exercise" for t in triggers):
        triggers = [t for t in triggers if not is_rehearsed(t, text, sent_start)]
    violent_words = [t for t in triggers if t.event_type in VIOLENT_PRIORITY]
    if is_sport(text, sent_start, sent_end) or (
        after_violence and violent_words and all(_is_toll(t) for t in violent_words)
    ):
        triggers = [t for t in triggers if t.event_type not in VIOLENT_PRIORITY]
    for t in triggers:
        by_type.setdefault(t.event_type, []).append(t)
    if is_crowd_harm(by_type.get("attack", []), by_type.get("protest", [])):
        del by_type["attack"]
    drafts: list[Draft] = []
    enforcement = [t for k in _ENFORCEMENT for t in by_type.get(k, [])]
    plot = by_type.get("plot_disrupted", [])
    strong_plot = [t for t in plot if not t.is_contextual or t.text.lower() in _DISRUPTION_WORDS]
    if (
        plot
        and not strong_plot
        and not enforcement
        and _is_stopped_plan(plot, triggers, text, after_violence)
    ):
        strong_plot = plot
    if plot and (strong_plot or enforcement):
        told = best_trigger(plot)
        drafts.append(Draft("plot_disrupted", told))
        # A foiled plot replaces the attack it foiled, not an act told in a clause of its own
        # ("foiled a suicide attack on the mosque; the bomber blew himself up in a house").
        plotted = {_clause(told, text, sent_start)}
        for k in VIOLENT_PRIORITY:
            found = by_type.pop(k, [])
            apart = [t for t in found if _is_act(t) and _clause(t, text, sent_start) not in plotted]
            if apart:
                by_type[k] = apart
    # Outcome words ("killed", "shot") name no kind of violence: a sentence whose attack words are
    # all outcomes and which names a clash ("Clashes ... killed four people") is a clash.
    if (
        "armed_clash" in by_type
        and "attack" in by_type
        and all(t.text.lower() in _OUTCOME_WORDS for t in by_type["attack"])
        and any(not t.is_contextual for t in by_type["armed_clash"])
    ):
        del by_type["attack"]
    # Fighting abroad told as the background of a journey ("men who had fought with militants in
    # Afghanistan crossed back into Tajikistan") and an operation word framing a repatriation or
    # an arrest are not a clash of their own.
    violent_found = [t for k in VIOLENT_PRIORITY for t in by_type.get(k, [])]
    peaceful = enforcement and not _CASUALTY.search(text, sent_start, sent_end)
    if (
        violent_found
        and ("foreign_fighter_travel" in by_type or peaceful)
        and all(
            t.text.lower() in FRAMING_TRIGGERS or t.text.lower() in _ABROAD_FIGHTING for t in violent_found
        )
    ):
        for k in VIOLENT_PRIORITY:
            by_type.pop(k, None)
    violent_key = next((k for k in VIOLENT_PRIORITY if k in by_type), None)
    violent = None
    if violent_key is not None:
        violent = best_trigger(by_type[violent_key], text)
        coded = violent_type(violent, text, sent_start, sent_end)
        # Re-read as a clash ("forces killed 13 rebels in gunfights"): the clash word names it.
        if coded != violent_key and by_type.get(coded):
            violent = best_trigger(by_type[coded], text)
        if coded == "armed_clash" and violent.text.lower() in _OUTCOME_WORDS:
            violent = named_fight(violent, text, sent_end)
        drafts.append(Draft(coded, violent))
        # A coordinated assault with gunfire and blasts (suicide or not) is coded as both (gold
        # README: "any mix of taxonomy types in one assault").
        # Gunmen or gunfire named beside the blasts make any assault word the gunfire's trigger.
        armed = _GUNMEN.search(text, sent_start, sent_end) is not None
        gunfire = [
            t
            for t in by_type.get("attack", [])
            if t.text.lower() in _GUNFIRE or (armed and t.text.lower() not in _OUTCOME_WORDS)
        ]
        if violent_key in ("suicide_bombing", "bombing") and gunfire:
            drafts.append(Draft("attack", gunfire[0]))
        drafts += _later_clauses(by_type, violent, drafts, text, sent_start, sent_end)
    first_enforcement = min((t.start for t in enforcement), default=None)
    for key, found in by_type.items():
        if key in VIOLENT_PRIORITY or key in ("plot_disrupted", "statement"):
            continue
        if key in _OFFENCE_TYPES and first_enforcement is not None and found[0].start > first_enforcement:
            continue
        # A bomb that hits a rally or a gathering kills its people; the gathering is the target,
        # not a protest event of its own.
        # A protest told before "after"/"over"/"against" the bombing reacts to it and stays.
        if (
            key == "protest"
            and violent is not None
            and violent.event_type in ("bombing", "suicide_bombing")
            and not _reacts_to(found[0], violent, text)
        ):
            continue
        # Travel words inside a violent or propaganda sentence ("urging Central Asians to join")
        # describe the background or the message, not a journey.
        if key == "foreign_fighter_travel" and (
            violent is not None or ("propaganda" in by_type and all(t.is_contextual for t in found))
        ):
            continue
        if key == "foreign_fighter_travel":
            found = [t for t in found if not describes_people(t, text, sent_start)]
            if not found:
                continue
            drafts.extend(Draft(key, best_trigger(leg)) for leg in journey_legs(found) if leg)
            continue
        if key == "propaganda" and len(found) > 1:
            # A call to join names the propaganda only when nothing else does: a nasheed "issued
            # ... urging listeners to join the jihad" is told by its publication.
            found = [t for t in found if not _CALL_TO_JOIN.search(t.text)] or found
        drafts.append(Draft(key, best_trigger(found)))
    others = [d for d in drafts if d.event_type not in VIOLENT_PRIORITY]
    statements = [
        t
        for t in by_type.get("statement", [])
        if not is_habitual(t, text, sent_start)
    ]
    if statements:
        said = best_trigger(statements)
        # A declaration that opens the sentence ("The leaders signed the Tashkent Declaration,
        # in which they voiced concern over ... fighters") frames what follows as its content.
        leads = not said.is_contextual and all(said.start < d.trigger.start for d in others)
        if not others or leads:
            drafts = [Draft("statement", said), *drafts]
    return sorted(drafts, key=lambda d: d.trigger.start)


_PLAN_WORDS = frozenset({"planning", "preparing", "planned", "prepared"})


def _is_stopped_plan(plot: list[Trigger], triggers: list[Trigger], text: str, after_violence: bool) -> bool:
    """True when an attack is told as planned ("had been preparing bombings") by people the forces
    stopped: in a sentence that also tells the fight, or after a sentence that told one (README:
    suspects stopped while planning or preparing an attack)."""
    for t in plot:
        if t.text.lower() not in _PLAN_WORDS:
            continue
        # Matched on a slice: the pattern's "^" anchors at the string's start, not at `pos`.
        m = _PLOT_OBJECT.match(text[t.char_end : t.char_end + 80])
        if m is None:
            continue
        end = t.char_end + m.end()
        acts = [
            v
            for v in triggers
            if v.event_type in VIOLENT_PRIORITY and _is_act(v) and not t.char_start <= v.char_start < end
        ]
        if acts or after_violence:
            return True
    return False


def _clause(t: Trigger, text: str, sent_start: int) -> int:
    """Which semicolon-separated clause of its sentence the trigger stands in (0 for the first)."""
    return text.count(";", sent_start, t.char_start)


def _is_act(t: Trigger) -> bool:
    """A strong verb or event phrase that reports an occurrence by itself (not a noun, not a toll)."""
    lowered = t.text.lower()
    return not t.is_contextual and lowered not in NOUN_TRIGGERS and lowered not in _OUTCOME_WORDS


def _is_toll(t: Trigger) -> bool:
    """An outcome word with no act of its own ("were killed", "shot"): the toll of a told event."""
    return t.is_contextual and t.text.lower() in _OUTCOME_WORDS


def _later_clauses(
    by_type: dict[str, list[Trigger]],
    violent: Trigger,
    drafts: list[Draft],
    text: str,
    sent_start: int,
    sent_end: int,
) -> list[Draft]:
    """Violent acts told in other semicolon clauses than the sentence's violent mention, of a new type.

    "Gunmen took 170 guests hostage at the hotel; special forces stormed the building" reports an
    attack and a clash; a second clause of the same type is taken as the same occurrence.
    """
    own = _clause(violent, text, sent_start)
    acts: dict[int, list[Trigger]] = {}
    for k in VIOLENT_PRIORITY:
        for t in by_type.get(k, []):
            c = _clause(t, text, sent_start)
            if c != own and _is_act(t):
                acts.setdefault(c, []).append(t)
    out: list[Draft] = []
    for found in acts.values():
        t = best_trigger(found, text)
        coded = violent_type(t, text, sent_start, sent_end)
        if all(d.event_type != coded for d in drafts + out):
            out.append(Draft(coded, t))
    return out


# Going out and coming back are two journeys (gold README: "departure and return are two
# travel events"): "a resident who left for Syria in 2014 returned to the homeland".
_RETURN = re.compile(
    r"^(?:returned|returning|returnees?|repatriat|brought back|crossed back|came back)", re.I
)


def is_return_leg(trigger_text: str) -> bool:
    """True for a trigger telling the way back ("returned home", "repatriated")."""
    return _RETURN.match(trigger_text) is not None


def journey_legs(found: list[Trigger]) -> tuple[list[Trigger], list[Trigger]]:
    """A sentence's travel triggers split into the outbound and the return journey."""
    back = [t for t in found if _RETURN.match(t.text)]
    out = [t for t in found if t not in back]
    return out, back


def trigger_span(text: str, draft: Draft) -> Span:
    t = draft.trigger
    end = t.char_end
    if draft.event_type == "plot_disrupted" and t.text.lower() in (
        "planning",
        "preparing",
        "planned",
        "prepared",
    ):
        m = _PLOT_OBJECT.match(text[t.char_end : t.char_end + 80])
        if m:
            end = t.char_end + m.end()
    return Span(t.char_start, end, text[t.char_start : end])


def date_claims(triggers: list[Trigger], drafts: list[Draft]) -> list[tuple[int, int, int]]:
    """(start, end, owner) of every accepted trigger: the draft that speaks for it, or -1.

    A trigger belongs to the draft of its type (or, for violence, to the sentence's violent
    draft); a trigger no draft speaks for (a journey inside a recruitment sentence) owns itself.
    """
    by_type = {d.event_type: i for i, d in enumerate(drafts)}
    violent = next((i for i, d in enumerate(drafts) if d.event_type in VIOLENT_PRIORITY), -1)
    out = [(d.trigger.char_start, d.trigger.char_end, i) for i, d in enumerate(drafts)]
    own = {(d.trigger.char_start, d.trigger.char_end) for d in drafts}
    for t in triggers:
        if (t.char_start, t.char_end) in own:
            continue
        owner = by_type.get(t.event_type, violent if t.event_type in VIOLENT_PRIORITY else -1)
        out.append((t.char_start, t.char_end, owner))
    return out


_REACTION = re.compile(r"\b(?:after|following|over|against|to\s+(?:protest|condemn|denounce|mourn))\b", re.I)


def _reacts_to(protest: Trigger, violent: Trigger, text: str) -> bool:
    """True when the protest is told first and an "after"/"over"/"against" leads to the violence."""
    return protest.char_end <= violent.char_start and bool(
        _REACTION.search(text, protest.char_end, violent.char_start)
    )


def assign_counts(
    found: list[CountMatch], drafts: list[Draft], offset: int, sentence: str = ""
) -> dict[int, list[Count]]:
    """Each count to the nearest draft of a type it belongs to, in its own semicolon clause first.

    `sentence` is the sentence's text (starting at `offset`); without it clauses are not told apart.
    """
    out: dict[int, list[Count]] = {i: [] for i in range(len(drafts))}

    def clause(position: int) -> int:
        return sentence.count(";", 0, max(0, position - offset))

    for c in found:
        homes = [i for i, d in enumerate(drafts) if d.event_type in _COUNT_HOME[c.kind]]
        if not homes:
            # Cells, lone actors and fighters are counted only where they belong (plots, travel):
            # "a group of terrorists attacked" is not a count of groups.
            # Nor is a toll the count of a trial, a statement, a drill or a protest: "sentenced for
            # killing four people" counts the victims of the crime, another event.
            if len(drafts) != 1 or c.kind in _HOME_ONLY or (
                c.kind in _TOLLS and drafts[0].event_type not in VIOLENT_PRIORITY
            ):
                continue
            homes = [0]
        where = clause(c.start + offset)
        # The overall toll of a coordinated assault goes on its first act, not on an agent noun
        # (README: "set off bombs and opened fire, killing four"); suicide bombers' own deaths stay
        # with their blasts.
        # A toll in a clause of its own ("...; all four attackers also died") belongs to the
        # assault told before it.
        violent = [i for i in homes if drafts[i].event_type in VIOLENT_PRIORITY]
        acts = sorted(
            [i for i in violent if clause(drafts[i].trigger.char_start) == where] or violent,
            key=lambda i: (drafts[i].trigger.text.lower() in NOUN_TRIGGERS, drafts[i].trigger.char_start),
        )
        if len(acts) > 1:
            blasts = [i for i in acts if drafts[i].event_type == "suicide_bombing"]
            keep = blasts[0] if c.kind == "attackers_killed" and blasts else acts[0]
            homes = [i for i in homes if i not in acts or i == keep]
        target = min(
            homes,
            key=lambda i: (
                clause(drafts[i].trigger.char_start) != where,
                abs(drafts[i].trigger.char_start - (c.start + offset)),
            ),
        )
        if any(existing.kind == c.kind for existing in out[target]):
            continue
        out[target].append(
            Count(c.kind, c.value, c.qualifier, Span(c.start + offset, c.end + offset, c.text))
        )
    return out
