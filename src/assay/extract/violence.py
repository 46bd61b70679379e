"""Violent triggers: which one names the occurrence, how it is coded, and which are background."""

from __future__ import annotations

import re
from dataclasses import replace

from assay.extract.lexicon import Trigger
from assay.model import Actor

VIOLENT_PRIORITY = ("suicide_bombing", "bombing", "attack", "armed_clash")

# Nouns naming an agent or an institution rather than the occurrence: a sentence's trigger is
# one of these only when it has no verb or event noun for that type.
_NOUN_TRIGGERS = frozenset(
    {
        "suicide bomber",
        "suicide bombers",
        "suicide attacker",
        "suicide attackers",
        "suicide vest",
        "suicide belt",
        "court",
        "trial",
        "trials",
        "protesters",
        "protestors",
        "demonstrators",
        "rioters",
        "foreign fighters",
        "foreign fighter",
        "foreign terrorist fighters",
        "returnees",
        "returning fighters",
        "bomb",
        "bombs",
        "grenade",
        "grenades",
        "explosive device",
        "explosive devices",
        "improvised explosive device",
        "ied",
        "ieds",
        "law",
        "laws",
        "bill",
        "amendments",
        "amendment",
        "decree",
        "legislation",
        "unrest",
        "hostages",
        "attack",
        "attacks",
        "terrorist attack",
        "terrorist attacks",
        "terror attack",
        "terror attacks",
        "extremist materials",
        "propaganda",
        "recruiter",
        "recruiters",
        "plot",
        "plots",
        "verdict",
        "statement",
        "charges",
        "rules",
        "additional troops",
        "peacekeeping contingent",
    }
)
_STATE_SUBJECT = re.compile(
    r"\b(?:police|policemen|security\s+forces|special\s+forces|troops|soldiers|servicemen|army|military|"
    r"national\s+guard|border\s+guards|law\s+enforcement|security\s+services|special\s+services|"
    r"knb|nsc|fsb|gknb|commandos|forces)\b[^.;,]{0,60}$",
    re.I,
)
_CIVILIAN_OBJECT = re.compile(
    r"\b(?:protesters|demonstrators|protestors|crowds?|civilians|worshippers|"
    r"wedding|market|school|hospital|shoppers|pedestrians)\b",
    re.I,
)
_NON_STATE = re.compile(
    r"\b(?:militants?|insurgents?|gunmen|terrorists?|fighters|jihadists?|rebels?|"
    r"suspects?|extremists?|bandits?|attackers?|assailants?|cell|"
    # an armed group named, or its leader: "special forces killed the Islamic State leader"
    r"islamic\s+state|isis|isil|daesh|al-qaeda|al-shabaab|taliban|boko\s+haram)\b",
    re.I,
)
# The nearest actor left of a trigger is its subject: "two police officers were wounded when
# unknown assailants opened fire" is fired by the assailants.
_NON_STATE_ACTOR = re.compile(
    r"\b(?:militants?|insurgents?|gunm[ae]n|terrorists?|jihadists?|rebels?|extremists?|bandits?|"
    r"attackers?|assailants?|mobs?|persons|men)\b",
    re.I,
)
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_VICTIM_OR_CLAUSE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:wounded|killed|injured|hurt|attacked|shot|ambushed|targeted)\b|"
    r"\b(?:when|after|as|while|before|because)\b",
    re.I,
)
_ACROSS_BORDER = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:across|over)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|frontier|line\s+of\s+control|"
    r"front\s*line|ceasefire\s+line)\b",
    re.I,
)
_AIRCRAFT_SUBJECT = re.compile(
    r"\b(?:drones?|aircraft|warplanes?|jets?|helicopters?|air\s+force)\s+(?:had\s+|have\s+|has\s+)?$", re.I
)


# Words that frame an operation rather than name the fighting in it: "during the special
# operation ..., as a result of an exchange of fire" is coded on the exchange of fire.
FRAMING_TRIGGERS = frozenset(
    {
        "special operation",
        "counter-terrorist operation",
        "counter-terrorism operation",
        "counterterrorism operation",
        "anti-terrorist operation",
        "security operation",
        "military operation",
        "siege",
        "besieged",
    }
)
# A law's coming into force follows from its signing or adoption: "was signed by the President on
# July 30 and enters into force after publication" is coded on the signing.
_CONSEQUENCES = frozenset(
    {
        "came into force",
        "comes into force",
        "entered into force",
        "enters into force",
        "takes effect",
        "took effect",
        "came into effect",
        "comes into effect",
        "entered into effect",
    }
)
# The attacker's own end ("before he was shot dead by police", "before being shot dead") is
# the aftermath of the occurrence, not the occurrence.
_AFTERMATH_LEFT = re.compile(
    r"\b(?:before|until|then|and\s+was|but\s+was)\s+(?:(?:he|she|they|being|was|were|had|been|police|"
    r"officers|troops|security\s+forces)\s+){0,3}$",
    re.I,
)
_AFTERMATH_RIGHT = re.compile(
    r"^\s*(?:him|her|them)?\s*(?:dead\s+)?by\s+(?:the\s+)?(?:police|officers|troops|soldiers|"
    r"security\s+forces|special\s+forces|guards)\b",
    re.I,
)


def _is_aftermath(t: Trigger, text: str) -> bool:
    """True for a violent trigger telling how the attacker was stopped ("shot dead by police");
    a suicide bomber's own end ("then blew themselves up") is the act itself."""
    if t.event_type == "suicide_bombing":
        return False
    left = text[max(0, t.char_start - 40) : t.char_start]
    right = text[t.char_end : t.char_end + 40]
    return bool(_AFTERMATH_LEFT.search(left) or _AFTERMATH_RIGHT.match(right))


def best_trigger(triggers: list[Trigger], text: str = "") -> Trigger:
    """The trigger that best stands for the occurrence: verbs and event nouns before agent nouns.

    Framing words ("special operation") and the attacker's end ("shot dead by police") come
    last: they frame or close the occurrence another trigger names.
    """
    return min(
        triggers,
        key=lambda t: (
            bool(text) and _is_aftermath(t, text),
            _rank(t, text),
            t.text.lower() in FRAMING_TRIGGERS or t.text.lower() in _CONSEQUENCES,
            t.is_contextual,
            t.start,
        ),
    )


_RELATIVE_OUTCOME = re.compile(r"\b(?:that|which|who)\s+(?:also\s+|had\s+|has\s+)?$", re.I)
_OUTCOMES = frozenset({"killed", "killing", "kill", "kills", "shot", "murdered"})


def _rank(t: Trigger, text: str) -> int:
    """0 for an act, 1 for an outcome, 2 for an agent noun, 3 for an outcome told in a relative clause ("an
    attack on the concert hall that killed 130": the attack is named, the killing describes it)."""
    lowered = t.text.lower()
    if (
        text
        and lowered in _OUTCOMES
        and _RELATIVE_OUTCOME.search(text, max(0, t.char_start - 20), t.char_start)
    ):
        return 3
    if lowered in _NOUN_TRIGGERS:
        return 2
    # An outcome ("killed") names no kind of violence: "officers were killed when militants
    # attacked a checkpoint" is coded on the attack.
    return 1 if lowered in _OUTCOMES and t.is_contextual else 0


def violent_type(t: Trigger, text: str, sent_start: int, sent_end: int) -> str:
    """Re-read a violent trigger: security forces firing on armed men clash; strikes on civilians bomb."""
    left = text[max(sent_start, t.char_start - 80) : t.char_start]
    right = text[t.char_end : min(sent_end, t.char_end + 80)]
    lowered = t.text.lower()
    state = _STATE_SUBJECT.search(left)
    if state is not None and _PASSIVE_END.search(left):
        # "Five police officers were killed when ...": the forces suffer the act.
        state = None
    if (
        state is not None
        and _NON_STATE_ACTOR.search(left, state.start())
        and _VICTIM_OR_CLAUSE.search(left, state.start())
    ):
        # "police officers were wounded when unknown assailants opened fire": the forces are
        # the victims of another subject ("troops killed three militants in an ambush" keeps them).
        state = None
    if t.event_type == "attack" and lowered in ("struck", "hit", "bombed") and _AIRCRAFT_SUBJECT.search(left):
        # A drone or air strike: on civilians a bombing, on an armed side a clash.
        return "bombing" if _CIVILIAN_OBJECT.search(right) else "armed_clash"
    if t.event_type == "attack" and state is not None and _ACROSS_BORDER.match(right):
        # Troops firing across a border or a line of control fire on the other side's troops.
        return "armed_clash"
    # Forces storming a building held by gunmen fight them, whatever the building.
    if (
        t.event_type == "attack"
        and state is not None
        and (lowered == "stormed" or not _CIVILIAN_OBJECT.search(right))
        and _NON_STATE.search(text[sent_start:sent_end])
    ):
        return "armed_clash"
    if t.event_type == "armed_clash" and "strike" in lowered and _CIVILIAN_OBJECT.search(right):
        return "bombing"
    return t.event_type


# A sentence that commemorates or looks back ("to mark the anniversary of", "ten years on",
# "five years after the attacks") names past events as background (gold README: historical
# references are not coded).
_COMMEMORATION = re.compile(
    r"\b(?:anniversary|commemorat\w*|memorial\s+(?:service|ceremon\w*)|remembered\s+the\s+victims|"
    r"in\s+memory\s+of|(?:\w+|\d+)\s+years\s+(?:on|after|since))\b",
    re.I,
)
# A violent noun referring back to a known event: "after the Manchester bombing", "days after
# the shooting", "since the 2005 Andijan events"; an indefinite one ("hours after an attack on")
# may be new.
_BACKGROUND_NOUN = re.compile(
    r"\b(?:after|since|following|before|like|than|of|to)\s+(?:the|last\s+\w+'s|this\s+\w+'s)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?$"
)
# Violence someone was authorised or ordered to use is the content of that order, not an event
# ("authorised security forces to open fire without warning").
_LICENSED = re.compile(
    r"\b(?:authori[sz]ed|authori[sz]es|ordered|orders|allowed|permitted|instructed|empowered)\s+"
    r"(?:[\w-]+\s+){1,4}?to\s+$",
    re.I,
)
# A device made, held, found or defused did not go off: no bombing ("detained while
# manufacturing an improvised explosive device", "sappers defused a bomb").
_DEVICES = frozenset(
    {
        "bomb",
        "bombs",
        "explosive device",
        "explosive devices",
        "improvised explosive device",
        "ied",
        "ieds",
        "grenade",
        "grenades",
        "car bomb",
        "car bombs",
        "suicide vest",
        "suicide belt",
    }
)
_UNEXPLODED = re.compile(
    r"\b(?:manufactur\w*|making|made|assembl\w*|build\w*|prepar\w*|possess\w*|stor\w*|found|finding|"
    r"seized|seizing|discovered|defus\w*|neutrali[sz]\w*|disarm\w*|confiscat\w*|carrying|bought|buying|"
    r"materials\s+for|components\s+for|parts\s+for|hid|hidden|planting|plant|planted)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_GENERIC_RIGHT = re.compile(
    r"^\s+(?:of\s+(?:this|that|the\s+same|such\s+a)\s+kind\b|(?:\w+\s+)?(?:may|might|could)\s+be\s+imminent\b)",
    re.I,
)
_GENERIC_LEFT = re.compile(
    r"\b(?:such|similar|future|possible|potential|further|new|more)\s+(?:terrorist\s+|terror\s+)?$|"
    r"\b(?:threaten(?:ed|ing|s)?|vow(?:ed|ing|s)?)\s+to\s+$|"
    r"\b(?:could|might|may|would|will|to)\s+(?:attempt|carry\s+out|commit|stage|launch|conduct|plan|"
    r"prepare)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_VIOLENT_NOUNS = frozenset(
    {
        "attack",
        "attacks",
        "terrorist attack",
        "terrorist attacks",
        "terror attack",
        "terror attacks",
        "bombing",
        "bombings",
        "suicide bombing",
        "suicide bombings",
        "siege",
        "massacre",
        "shooting",
        "shootings",
        "explosion",
        "explosions",
        "blast",
        "blasts",
        "events",
    }
)


# Deaths told of a disaster or an accident with no hostile agent named ("A boiler explosion ...
# killed 13 workers", "an earthquake struck ..., killing 1,000") are no violent event.
_MISHAP = re.compile(
    r"\b(?:earthquakes?|quake|floods?|flooding|landslides?|mudslides?|avalanches?|boiler|gas\s+(?:leak|explosion|"
    r"cylinder)|accidents?|accidental(?:ly)?|crash(?:ed)?|derail\w*|cyclone|typhoon|hurricane|wildfires?|"
    r"stampede|fireworks|factory|warehouse|refinery|pipeline|tanker|industrial|chemical\s+plant)\b",
    re.I,
)
_HOSTILE = re.compile(
    r"\b(?:terror\w*|militants?|gunm[ae]n|insurgents?|bomb\w*|attack\w*|suspects?|sabotage|arson\w*|"
    r"extremis\w*|jihad\w*|rebels?|assailants?|attackers?|shooting|shot|stabb\w*|deliberate(?:ly)?|"
    r"explosives?|explosive\s+devices?|grenades?|ieds?|detonat\w*|militia\w*|troops|shell\w*|drones?)\b",
    re.I,
)


def is_mishap(text: str, sent_start: int, sent_end: int) -> bool:
    """True when the sentence tells of a disaster or an accident and names no hostile agent or act."""
    if not _MISHAP.search(text, sent_start, sent_end):
        return False
    return not _HOSTILE.search(text, sent_start, sent_end)


def is_background(t: Trigger, text: str, sent_start: int, sent_end: int) -> bool:
    """True when a violent trigger names a past or generic event rather than reporting one.

    Commemorations, a definite back-reference ("after the Manchester bombing") and generic or
    speculative mentions ("attacks of this kind", "could attempt attacks", "threatened to attack",
    "another attack may be imminent") are background, and so are deaths in a disaster or accident.
    """
    if t.event_type not in VIOLENT_PRIORITY:
        return False
    if _COMMEMORATION.search(text, sent_start, sent_end) or is_mishap(text, sent_start, sent_end):
        return True
    if _LICENSED.search(text, max(sent_start, t.char_start - 60), t.char_start):
        return True
    if t.text.lower() in _DEVICES and _UNEXPLODED.search(
        text, max(sent_start, t.char_start - 50), t.char_start
    ):
        return True
    if t.text.lower() not in _VIOLENT_NOUNS:
        return False
    left = text[max(sent_start, t.char_start - 80) : t.char_start]
    right = text[t.char_end : min(sent_end, t.char_end + 40)]
    return bool(_BACKGROUND_NOUN.search(left) or _GENERIC_RIGHT.match(right) or _GENERIC_LEFT.search(left))


# "killed three militants in a 20-hour operation", "killed him in a shootout": the fight that
# the killing happened in names the clash.
_IN_FIGHT = re.compile(
    r"\bin\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:raid|operation|shootout|shoot-out|gunfight|gun\s+battle|"
    r"firefight|clash|siege)\b",
    re.I,
)


def named_fight(t: Trigger, text: str, sent_end: int) -> Trigger:
    """The fight named right after an outcome word ("in a raid"), as the clash trigger; else t."""
    m = _IN_FIGHT.search(text, t.char_end, min(sent_end, t.char_end + 80))
    if m is None:
        return t
    start = m.start() + len(re.match(r"in\s+(?:a|an|the)\s+", m.group(), re.I).group())  # type: ignore[union-attr]
    return replace(t, char_start=start, char_end=m.end(), text=text[start : m.end()])


# The words that name a fight between two armed sides, as against the operation framing it.
_SIEGE_ENDED = re.compile(
    r"\b(?:ended|ending|end|lifted|broke|breaking)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
_NON_STATE_SUBJECT = re.compile(
    r"\b(?:gunmen|gunman|militants?|attackers?|assailants?|terrorists?|insurgents?|jihadists?|"
    r"bombers?|rebels?|kidnappers?|hostage-takers)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_VICTIM_OBJECT = re.compile(
    r"^\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\w+\s+){0,2}(?:hostages|civilians|people|worshippers|"
    r"passengers|tourists|guests|shoppers|villagers|residents|children|students)\b",
    re.I,
)


def response_fight(
    triggers: list[Trigger], primary: Trigger, coded: str, text: str, sent_start: int, sent_end: int
) -> Trigger | None:
    """A second violent occurrence in the sentence: the fight that answered an attack, or the
    attack inside a fight.

    "Militants attacked a checkpoint, triggering gun battles", "...; security forces ended the
    siege after killing three attackers", "...; hours later police shot dead five suspects" tell
    an attack and then a clash with its perpetrators (ACLED codes both). "Commandos stormed a
    cafe, ending a siege in which gunmen killed 20 hostages" tells a clash and the attackers'
    killings of hostages. The attacker's own end ("before being shot dead by police") stays a
    count of the attack, and an operation word alone ("special operation") frames, not fights.
    """
    others = [t for t in triggers if t is not primary and not _overlaps(t, primary)]
    if coded in ("attack", "bombing", "suicide_bombing"):
        for t in sorted(others, key=lambda t: t.start):
            lowered = t.text.lower()
            if _is_aftermath(t, text):
                continue
            if t.event_type == "armed_clash" and lowered not in FRAMING_TRIGGERS and not t.is_contextual:
                return t
            if (
                t.event_type == "armed_clash"
                and lowered in ("siege",)
                and _SIEGE_ENDED.search(text[max(sent_start, t.char_start - 30) : t.char_start])
            ):
                return t
            if (
                t.event_type == "attack"
                and lowered not in _OUTCOME_ONLY
                and violent_type(t, text, sent_start, sent_end) == "armed_clash"
                and _clause_apart(primary, t, text)
            ):
                return t
        return None
    if coded == "armed_clash":
        for t in sorted(others, key=lambda t: t.start):
            if t.event_type != "attack" or _is_aftermath(t, text):
                continue
            left = text[max(sent_start, t.char_start - 40) : t.char_start]
            right = text[t.char_end : min(sent_end, t.char_end + 40)]
            if _NON_STATE_SUBJECT.search(left) and _VICTIM_OBJECT.match(right):
                return t
    return None


_OUTCOME_ONLY = frozenset({"killed", "killing", "kill", "kills", "shot", "murdered", "hostages"})


def _overlaps(a: Trigger, b: Trigger) -> bool:
    return a.char_start < b.char_end and b.char_start < a.char_end


def _clause_apart(a: Trigger, b: Trigger, text: str) -> bool:
    """True when a ";" or a new sentence-like clause stands between two triggers."""
    lo, hi = sorted((a, b), key=lambda t: t.char_start)
    return ";" in text[lo.char_end : hi.char_start]


def is_agent_noun(t: Trigger) -> bool:
    """True for a trigger naming an agent or an object ("suicide bombers", "bombs"), not an act."""
    return t.text.lower() in _NOUN_TRIGGERS


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
            and not _NON_STATE_ACTOR.search(between)
            and not _VICTIM_VERB.search(between)
            and not _SUFFERED.search(between)
            and not _PASSIVE_END.search(between)
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
