"""Actor roles in violent events read from who acts, over the actor dictionary's defaults."""

from __future__ import annotations

import re
from dataclasses import replace

from assay.extract.violence import NON_STATE_ACTOR, PASSIVE_END
from assay.model import Actor

# Actor roles in violence read from who acts (gold README actors: the perpetrator is ACLED's
# actor 1). The actor dictionary's default makes an armed group the perpetrator and anyone else
# a target; state forces that fire, storm or strike are actor 1 too.
_STATE_TYPES = frozenset({"state security", "police", "military"})
_VICTIM_VERB = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:wounded|killed|injured|hurt|attacked|shot|ambushed|targeted|"
    r"stabbed|kidnapped|abducted|taken)\b|\b(?:when|after|as|while|before|because|whom?|whose|their|on|at|of)\b",
    re.I,
)
# "a bomber disguised as a police officer": a costume, not a party.
_POSING_AS = re.compile(r"\b(?:as|like)\s+(?:a|an)\s+(?:[\w-]+\s+)?$", re.I)
# Actors who died or were hurt ("three officers died in the shootout") suffer the act.
_SUFFERED = re.compile(r"\b(?:died|dead|killed|wounded|injured|hurt|lost\s+their\s+lives)\b", re.I)
# An actor named as what was hit ("wounded two officers", "attacked the police station", "hit
# gun shops and a military unit") is the object, not the one acting.
_OBJECT_OF = re.compile(
    r"\b(?:wounded|wounding|killed|killing|shot|shooting|attacked|attacking|injured|injuring|stabbed|ambushed|"
    r"targeted|targeting|hit|struck|raided|stormed|seized|bombed|on|at|against)\s+(?:[\w'’-]+\s+){0,4}$",
    re.I,
)
_BY_AGENT = re.compile(r"^\s*(?:[\w'’-]+\s+){0,5}?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)


def _acts(a: Actor, start: int, end: int, text: str) -> bool:
    """True when actor `a` is the subject of the trigger at [start, end) or its passive agent."""
    if a.span is None or _POSING_AS.search(text, max(0, a.span.start - 30), a.span.start):
        return False
    if a.span.end <= start:
        between = text[a.span.end : start]
        return (
            len(between) <= 60
            and not re.search(r"[;.,]", between)
            and not _OBJECT_OF.search(text, max(0, a.span.start - 50), a.span.start)
            and not NON_STATE_ACTOR.search(between)
            and not _VICTIM_VERB.search(between)
            and not _SUFFERED.search(between)
            and not PASSIVE_END.search(between)
        )
    return a.span.start >= end and bool(_BY_AGENT.match(text[end : a.span.start]))


def _party(a: Actor, start: int, end: int, text: str) -> bool:
    """True when actor `a` stands in the clash's own clause: before it, or its opponent ("with
    security forces", "against the army")."""
    if a.span is None:
        return False
    if a.span.end <= start:
        between = text[a.span.end : start]
        return (
            len(between) <= 100
            and not re.search(r"[;.]", between)
            and not _SUFFERED.search(between)
            and not _OBJECT_OF.search(text, max(0, a.span.start - 50), a.span.start)
        )
    return bool(
        re.match(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:with|against|by)\s+(?:the\s+)?$", text[end : a.span.start])
    )


def recast_roles(
    actors: tuple[Actor, ...], event_type: str, start: int, end: int, text: str
) -> tuple[Actor, ...]:
    """Violent events' actor roles by who acts: state forces acting (subject or "by" agent) are
    the perpetrator, and in a clash they are unless an armed group is seen to act; an armed
    group fought by state forces is then the target."""
    if event_type not in ("attack", "bombing", "armed_clash"):
        return actors
    if event_type == "armed_clash" and re.search(r"strikes?\b|\bstruck\b|\bbombed\b", text[start:end], re.I):
        # An air or drone strike on an armed group: the group is struck, whoever flew it.
        return tuple(
            replace(a, role="target") if a.role == "perpetrator" and a.actor_type == "militant group" else a
            for a in actors
        )
    state = [a for a in actors if a.actor_type in _STATE_TYPES and a.role == "target"]
    if not state:
        return actors
    acting = [a for a in state if _acts(a, start, end, text)]
    if not acting and event_type == "armed_clash":
        groups_act = any(
            a.role == "perpetrator" and a.actor_type == "militant group" and _acts(a, start, end, text)
            for a in actors
        )
        acting = [] if groups_act else [a for a in state if _party(a, start, end, text)]
    if not acting:
        return actors
    out: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    for a in actors:
        if a in acting:
            a = replace(a, role="perpetrator")
        elif a.role == "perpetrator" and a.actor_type == "militant group":
            a = replace(a, role="target")
        if (a.key, a.role) not in seen:
            seen.add((a.key, a.role))
            out.append(a)
    return tuple(out)
