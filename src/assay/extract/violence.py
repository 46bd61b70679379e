"""Violent triggers: which one names the occurrence, how it is coded, and which are background."""

from __future__ import annotations

import re
from dataclasses import replace

from assay.extract.lexicon import Trigger
from assay.extract.nlp import may_contain

VIOLENT_PRIORITY = ("suicide_bombing", "bombing", "attack", "armed_clash")

# Nouns naming an agent or an institution rather than the occurrence: a sentence's trigger is
# one of these only when it has no verb or event noun for that type.
NOUN_TRIGGERS = frozenset(
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
        "video",
        "videos",
        "magazine",
        "issue",
        "leaflets",
        "article",
        "audio",
        "messages",
        "banner",
        "banners",
        "posters",
        "online recruiter",
        "online recruiters",
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
# What a strike from the air hits when it hits civilians: people, or the places they live.
_STRUCK_CIVILIANS = re.compile(
    rf"{_CIVILIAN_OBJECT.pattern}|\b(?:residential|homes?|houses?|apartments?|neighbou?rhoods?|villagers|"
    r"children|families|residents|mourners|guests|passengers|students)\b",
    re.I,
)
_NON_STATE = re.compile(
    r"\b(?:militants?|insurgents?|gunmen|terrorists?|fighters|jihadists?|rebels?|"
    r"suspects?|extremists?|bandits?|attackers?|assailants?|cell)\b",
    re.I,
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
    """True for a violent trigger telling how the attacker was stopped ("shot dead by police")."""
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
            t.text.lower() in NOUN_TRIGGERS,
            bool(text) and _is_aftermath(t, text),
            t.text.lower() in FRAMING_TRIGGERS,
            t.is_contextual,
            t.start,
        ),
    )


# Armed men who resist and are killed by the forces sent against them fought them: "having
# refused to surrender, they opened fire and were neutralised".
_RESISTED = re.compile(
    r"\b(?:refus\w+\s+to\s+surrender|offered\s+(?:armed\s+)?resistance|put\s+up\s+(?:armed\s+)?resistance|"
    r"returned\s+fire|(?:were|was|been)\s+(?:neutrali[sz]ed|liquidated))\b",
    re.I,
)
# Every match of _RESISTED holds one of these (lower-cased).
_RESISTED_PARTS = ("surrender", "resistance", "returned", "neutrali", "liquidated")
# An ambush of an army's convoy or patrol is a fight between two armed sides (README: armed_clash).
_MILITARY_OBJECT = re.compile(
    r"^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:military|army|troops|soldiers|servicemen)\b", re.I
)


def violent_type(t: Trigger, text: str, sent_start: int, sent_end: int) -> str:
    """Re-read a violent trigger: security forces firing on armed men clash; strikes on civilians bomb."""
    left = text[max(sent_start, t.char_start - 80) : t.char_start]
    right = text[t.char_end : min(sent_end, t.char_end + 80)]
    lowered = t.text.lower()
    if (
        t.event_type == "attack"
        and may_contain(text[sent_start:sent_end], _RESISTED_PARTS)
        and _RESISTED.search(text, sent_start, sent_end)
    ):
        return "armed_clash"
    if t.event_type == "attack" and lowered in ("ambushed", "ambush") and _MILITARY_OBJECT.match(right):
        return "armed_clash"
    if (
        t.event_type == "attack"
        and _STATE_SUBJECT.search(left)
        and not _CIVILIAN_OBJECT.search(right)
        and _NON_STATE.search(text[sent_start:sent_end])
    ):
        return "armed_clash"
    remote = "strike" in lowered or lowered in ("air raid", "air raids", "bombardment")
    # The toll may come after the place it hit: "air strikes on villages in Idlib, killing nine civilians".
    if (
        t.event_type == "armed_clash"
        and remote
        and _STRUCK_CIVILIANS.search(text, t.char_end, min(sent_end, t.char_end + 140))
    ):
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
    r"\b(?:after|since|following|before|like|than|of|to|condemn\w*|mourn\w*|denounc\w*|"
    r"(?:suspects?|perpetrators?|organi[sz]ers?|masterminds?|survivors?|victims?|accomplices?)\s+in)\s+(?:the|last\s+\w+'s|this\s+\w+'s)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?$"
)
# An event named only as the object of a condemnation or a reaction is a name-only reference
# (README): "condemned in the strongest terms the heinous truck bombing in Mogadishu on Saturday".
_REACTION_LEFT = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|(?:react\w*|respond\w*)\s+to|"
    r"condolences\s+(?:\w+\s+){0,4}?(?:over|for|after))\b[^.;:]{0,60}$",
    re.I,
)
# A past event's name used as a label: "the Boston bombing suspect", "the Paris attacks trial".
_NAME_LABEL = re.compile(
    r"^\s+(?:suspects?|trial|victims?|survivors?|mastermind|case|anniversary|memorial|convicts?|plotters?)\b"
)
# "responsible for a string of deadly attacks", "has suffered a series of bombings": a summary of
# past events, unless someone is told carrying them out ("gunmen carried out a series of attacks").
_SUMMARY_LEFT = re.compile(r"\b(?:string|series|wave|spate|spree)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_PERPETRATED_LEFT = re.compile(
    r"\b(?:carried\s+out|launched|staged|mounted|conducted|committed|unleashed)\s+(?:a|an|the)\s+"
    r"(?:\w+\s+)?(?:string|series|wave|spate|spree)\s+of\b",
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
    r"stampede)\b",
    re.I,
)
# Every match of _MISHAP, and of _COMMEMORATION, holds one of these (lower-cased): most sentences
# hold none and skip the search.
_MISHAP_PARTS = (
    "quake", "flood", "landslide", "mudslide", "avalanche", "boiler", "gas", "accident", "crash", "derail",
    "cyclone", "typhoon", "hurricane", "wildfire", "stampede",
)  # fmt: skip
_COMMEMORATION_PARTS = ("anniversar", "commemorat", "memorial", "remembered", "memory", "years")
_HOSTILE = re.compile(
    r"\b(?:terror\w*|militants?|gunm[ae]n|insurgents?|bomb\w*|attack\w*|suspects?|sabotage|arson\w*|"
    r"extremis\w*|jihad\w*|rebels?|assailants?|attackers?|shooting|shot|stabb\w*|deliberate(?:ly)?|"
    r"explosives?|explosive\s+devices?|grenades?|ieds?|detonat\w*|militia\w*|troops|shell\w*|drones?)\b",
    re.I,
)


def is_mishap(text: str, sent_start: int, sent_end: int) -> bool:
    """True when the sentence tells of a disaster or an accident and names no hostile agent or act."""
    if not may_contain(text[sent_start:sent_end], _MISHAP_PARTS):
        return False
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
    commemorates = may_contain(text[sent_start:sent_end], _COMMEMORATION_PARTS) and _COMMEMORATION.search(
        text, sent_start, sent_end
    )
    if commemorates or is_mishap(text, sent_start, sent_end):
        return True
    if t.text.lower() not in _VIOLENT_NOUNS:
        return False
    left = text[max(sent_start, t.char_start - 80) : t.char_start]
    right = text[t.char_end : min(sent_end, t.char_end + 40)]
    if _NAME_LABEL.match(right) and re.search(r"\b[A-Z][\w'’-]+\s+$", left):
        return True
    if _SUMMARY_LEFT.search(left) and not _PERPETRATED_LEFT.search(left):
        return True
    if _REACTION_LEFT.search(left):
        return True
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
