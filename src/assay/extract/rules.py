"""The rules.v1 extractor: lexicon triggers per sentence, then date, place, actors, counts and modality.

Pipeline, per document: table rows are taken as coded (tables.py). Otherwise the blank
spaCy pipeline splits the text into tokens and sentences; the trigger PhraseMatcher runs once
over the whole document; each sentence's accepted triggers are collapsed into at most one
mention per event type (one violent mention per sentence, a foiled plot replaces the attack it
foiled, a statement only when nothing else happened); then each mention gets the nearest date
in its sentence (never the date of a "said on Monday"), the most specific place in its
sentence (else the previous two sentences, the dateline, the title), actors with roles, counts
and modality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span as SentSpan

from assay.extract.actors import (
    ActorHit,
    assign_roles,
    country_named,
    find_actors,
    is_reporter,
    report_verb_end,
    sentence_hits,
)
from assay.extract.counts import CountMatch, find_counts
from assay.extract.dates import DateContext, DateMatch, find_dates, has_date_cue
from assay.extract.disclosures import find_disclosure, may_disclose
from assay.extract.event_dates import STATE_ACTS, pick_date
from assay.extract.lexicon import Trigger, find_triggers, load_lexicon
from assay.extract.modality import read_modality
from assay.extract.nlp import blank_pipeline
from assay.extract.places import (
    PlaceSource,
    choose_place,
    dateline_place,
    default_gazetteer,
    demonym_place,
    destination_place,
    is_prominent,
    is_stray_word,
    scan_places,
    supported_for,
    supporting_countries,
    widen_to_unit,
)
from assay.extract.tables import extract_row, is_table_row
from assay.extract.travellers import travel_count
from assay.gazetteer import GazetteerError
from assay.model import Count, CountKind, Document, Mention, Place, Span

VIOLENT_PRIORITY = ("suicide_bombing", "bombing", "attack", "armed_clash")
_STATE_ACTS = STATE_ACTS
_ENFORCEMENT = {"arrest", "prosecution"}
_OFFICIAL_TYPES = frozenset({"state security", "police", "military", "government", "judiciary"})
_OFFENCE_TYPES = {"propaganda"}
_COUNT_HOME: dict[CountKind, tuple[str, ...]] = {
    "killed": (*VIOLENT_PRIORITY, "protest"),
    "injured": (*VIOLENT_PRIORITY, "protest"),
    "attackers_killed": VIOLENT_PRIORITY,
    "arrested": ("arrest", "plot_disrupted", "protest"),
    "convicted": ("prosecution",),
    "groups": ("plot_disrupted",),
    "individuals": ("plot_disrupted", "foreign_fighter_travel"),
    "fighters": ("foreign_fighter_travel", "statement"),
}
_HOME_ONLY: frozenset[CountKind] = frozenset({"groups", "individuals", "fighters"})
_FUTURE = re.compile(r"\b(?:will|shall|plans?\s+to|scheduled|to\s+be\s+held|upcoming|next)\b", re.I)
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
}
_PLOT_OBJECT = re.compile(
    r"^(?:\s+(?:a|an|the|to|carry|out|commit|stage|series|of|several|new|major|large-scale|"
    r"terrorist|terror|suicide|bomb|armed|more|further|two|three|\w+ing)){0,5}\s+"
    r"(?:attacks?|acts?(?:\s+of\s+terrorism)?|bombings?|explosions?|assassinations?|"
    r"crimes?|sabotage)\b",
    re.I,
)
_SINGLE_DETAINEE = re.compile(
    r"^\s+(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|resident|citizen|suspect|member|student|native|"
    r"national|teenager|person|individual|youth|imam|follower|supporter|recruiter|militant|preacher|"
    r"foreigner|blogger|journalist|activist|[\d]+-year-old)\b|citizen\s+[A-Z])"
)


@dataclass(frozen=True, slots=True)
class _Draft:
    """A mention before its date, place, actors and counts are attached."""

    event_type: str
    trigger: Trigger


# Nouns naming an agent or an institution rather than the occurrence: a sentence's trigger is
# one of these only when it has no verb or event noun for that type.
_NOUN_TRIGGERS = frozenset(
    {
        "suicide bomber",
        "suicide bombers",
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
    }
)
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
    r"suspects?|extremists?|bandits?|attackers?|assailants?|cell)\b",
    re.I,
)


_CASUALTY = re.compile(r"\b(?:wounded|injured|killed|dead|resist\w*|shot|fire)\b", re.I)
_ABROAD_FIGHTING = frozenset({"fought", "fighting", "battle", "battles"})
_OUTCOME_WORDS = frozenset({"killed", "killing", "kill", "kills", "shot", "murdered"})
# Words that frame an operation rather than name the fighting in it: "during the special
# operation ..., as a result of an exchange of fire" is coded on the exchange of fire.
_FRAMING_TRIGGERS = frozenset(
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


def _best(triggers: list[Trigger], text: str = "") -> Trigger:
    """The trigger that best stands for the occurrence: verbs and event nouns before agent nouns.

    Framing words ("special operation") and the attacker's end ("shot dead by police") come
    last: they frame or close the occurrence another trigger names.
    """
    return min(
        triggers,
        key=lambda t: (
            t.text.lower() in _NOUN_TRIGGERS,
            bool(text) and _is_aftermath(t, text),
            t.text.lower() in _FRAMING_TRIGGERS,
            t.is_contextual,
            t.start,
        ),
    )


def _violent_type(t: Trigger, text: str, sent_start: int, sent_end: int) -> str:
    """Re-read a violent trigger: security forces firing on armed men clash; strikes on civilians bomb."""
    left = text[max(sent_start, t.char_start - 80) : t.char_start]
    right = text[t.char_end : min(sent_end, t.char_end + 80)]
    lowered = t.text.lower()
    if (
        t.event_type == "attack"
        and _STATE_SUBJECT.search(left)
        and not _CIVILIAN_OBJECT.search(right)
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
_GENERIC_RIGHT = re.compile(r"^\s+of\s+(?:this|that|the\s+same|such\s+a)\s+kind\b", re.I)
_GENERIC_LEFT = re.compile(
    r"\b(?:such|similar|future|possible|potential|further|new|more)\s+(?:terrorist\s+|terror\s+)?$|"
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


def is_background(t: Trigger, text: str, sent_start: int, sent_end: int) -> bool:
    """True when a violent trigger names a past or generic event rather than reporting one.

    Commemorations, a definite back-reference ("after the Manchester bombing") and generic or
    speculative mentions ("attacks of this kind", "could attempt attacks") are background.
    """
    if t.event_type not in VIOLENT_PRIORITY:
        return False
    if _COMMEMORATION.search(text, sent_start, sent_end):
        return True
    if t.text.lower() not in _VIOLENT_NOUNS:
        return False
    left = text[max(sent_start, t.char_start - 80) : t.char_start]
    right = text[t.char_end : min(sent_end, t.char_end + 40)]
    return bool(_BACKGROUND_NOUN.search(left) or _GENERIC_RIGHT.match(right) or _GENERIC_LEFT.search(left))


def _collapse(triggers: list[Trigger], text: str, sent_start: int, sent_end: int) -> list[_Draft]:
    """Reduce a sentence's triggers to the mentions it reports (see the module docstring)."""
    by_type: dict[str, list[Trigger]] = {}
    triggers = [t for t in triggers if not is_background(t, text, sent_start, sent_end)]
    for t in triggers:
        by_type.setdefault(t.event_type, []).append(t)
    drafts: list[_Draft] = []
    enforcement = [t for k in _ENFORCEMENT for t in by_type.get(k, [])]
    plot = by_type.get("plot_disrupted", [])
    strong_plot = [t for t in plot if not t.is_contextual or t.text.lower() in _DISRUPTION_WORDS]
    if plot and (strong_plot or enforcement):
        drafts.append(_Draft("plot_disrupted", _best(strong_plot or plot)))
        for k in VIOLENT_PRIORITY:
            by_type.pop(k, None)
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
            t.text.lower() in _FRAMING_TRIGGERS or t.text.lower() in _ABROAD_FIGHTING for t in violent_found
        )
    ):
        for k in VIOLENT_PRIORITY:
            by_type.pop(k, None)
    violent_key = next((k for k in VIOLENT_PRIORITY if k in by_type), None)
    violent = None
    if violent_key is not None:
        violent = _best(by_type[violent_key], text)
        coded = _violent_type(violent, text, sent_start, sent_end)
        # Re-read as a clash ("forces killed 13 rebels in gunfights"): the clash word names it.
        if coded != violent_key and by_type.get(coded):
            violent = _best(by_type[coded], text)
        if coded == "armed_clash" and violent.text.lower() in _OUTCOME_WORDS:
            violent = _named_fight(violent, text, sent_end)
        drafts.append(_Draft(coded, violent))
        # A coordinated assault with gunfire and suicide blasts is coded as both.
        # Gunmen or gunfire named beside the blasts make any assault word the gunfire's trigger.
        armed = _GUNMEN.search(text, sent_start, sent_end) is not None
        gunfire = [
            t
            for t in by_type.get("attack", [])
            if t.text.lower() in _GUNFIRE or (armed and t.text.lower() not in _OUTCOME_WORDS)
        ]
        if violent_key == "suicide_bombing" and gunfire:
            drafts.append(_Draft("attack", gunfire[0]))
    first_enforcement = min((t.start for t in enforcement), default=None)
    for key, found in by_type.items():
        if key in VIOLENT_PRIORITY or key in ("plot_disrupted", "statement"):
            continue
        if key in _OFFENCE_TYPES and first_enforcement is not None and found[0].start > first_enforcement:
            continue
        # A bomb that hits a rally or a gathering kills its people; the gathering is the target,
        # not a protest event of its own.
        if key == "protest" and violent is not None and violent.event_type in ("bombing", "suicide_bombing"):
            continue
        # Travel words inside a violent or propaganda sentence ("urging Central Asians to join")
        # describe the background or the message, not a journey.
        if key == "foreign_fighter_travel" and (
            violent is not None or ("propaganda" in by_type and all(t.is_contextual for t in found))
        ):
            continue
        drafts.append(_Draft(key, _best(found)))
    others = [d for d in drafts if d.event_type not in VIOLENT_PRIORITY]
    if "statement" in by_type:
        said = _best(by_type["statement"])
        # A declaration that opens the sentence ("The leaders signed the Tashkent Declaration,
        # in which they voiced concern over ... fighters") frames what follows as its content.
        leads = not said.is_contextual and all(said.start < d.trigger.start for d in others)
        if not others or leads:
            drafts = [_Draft("statement", said), *drafts]
    return sorted(drafts, key=lambda d: d.trigger.start)


# "killed three militants in a 20-hour operation", "killed him in a shootout": the fight that
# the killing happened in names the clash.
_IN_FIGHT = re.compile(
    r"\bin\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:raid|operation|shootout|shoot-out|gunfight|gun\s+battle|"
    r"firefight|clash|siege)\b",
    re.I,
)


def _named_fight(t: Trigger, text: str, sent_end: int) -> Trigger:
    """The fight named right after an outcome word ("in a raid"), as the clash trigger; else t."""
    m = _IN_FIGHT.search(text, t.char_end, min(sent_end, t.char_end + 80))
    if m is None:
        return t
    start = m.start() + len(re.match(r"in\s+(?:a|an|the)\s+", m.group(), re.I).group())  # type: ignore[union-attr]
    return replace(t, char_start=start, char_end=m.end(), text=text[start : m.end()])


def _trigger_span(text: str, draft: _Draft) -> Span:
    t = draft.trigger
    end = t.char_end
    if draft.event_type == "plot_disrupted" and t.text.lower() in (
        "planning",
        "preparing",
        "planned",
        "prepared",
    ):
        m = _PLOT_OBJECT.match(text, t.char_end, min(len(text), t.char_end + 80))
        if m:
            end = m.end()
    return Span(t.char_start, end, text[t.char_start : end])


def date_claims(triggers: list[Trigger], drafts: list[_Draft]) -> list[tuple[int, int, int]]:
    """(start, end, owner) of every accepted trigger: the draft that speaks for it, or -1.

    A trigger belongs to the draft of its type (or, for violence, to the sentence's violent
    draft); a trigger no draft speaks for (a journey inside a recruitment sentence) owns itself.
    """
    by_type = {d.event_type: i for i, d in enumerate(drafts)}
    violent = next((i for i, d in enumerate(drafts) if d.event_type in VIOLENT_PRIORITY), -1)
    out = [(d.trigger.char_start, d.trigger.char_end, i) for i, d in enumerate(drafts)]
    for t in triggers:
        owner = by_type.get(t.event_type, violent if t.event_type in VIOLENT_PRIORITY else -1)
        out.append((t.char_start, t.char_end, owner))
    return out


def _assign_counts(found: list[CountMatch], drafts: list[_Draft], offset: int) -> dict[int, list[Count]]:
    out: dict[int, list[Count]] = {i: [] for i in range(len(drafts))}
    for c in found:
        homes = [i for i, d in enumerate(drafts) if d.event_type in _COUNT_HOME[c.kind]]
        if not homes:
            # Cells, lone actors and fighters are counted only where they belong (plots, travel):
            # "a group of terrorists attacked" is not a count of groups.
            if len(drafts) != 1 or c.kind in _HOME_ONLY:
                continue
            homes = [0]
        target = min(homes, key=lambda i: abs(drafts[i].trigger.char_start - (c.start + offset)))
        if any(existing.kind == c.kind for existing in out[target]):
            continue
        out[target].append(
            Count(c.kind, c.value, c.qualifier, Span(c.start + offset, c.end + offset, c.text))
        )
    return out


class RulesExtractor:
    """Rule-and-lexicon event extractor on spaCy's blank English pipeline."""

    name = "rules.v1"

    def __init__(self, gazetteer: PlaceSource | None = None) -> None:
        self._gazetteer = gazetteer
        self._nlp = blank_pipeline()
        self._lexicon = load_lexicon()

    @property
    def gazetteer(self) -> PlaceSource | None:
        """The gazetteer used for places (the shared one unless another was given)."""
        return self._gazetteer if self._gazetteer is not None else default_gazetteer()

    def extract(self, doc: Document, *, countries: Sequence[str] = ()) -> list[Mention]:
        """Return the mentions of one document (id 0, document_id = doc.id)."""
        if is_table_row(doc):
            return extract_row(doc, self.gazetteer, countries)
        published = doc.published_at.date() if doc.published_at else None
        context = _DocContext(self.gazetteer, doc, countries)
        mentions: list[Mention] = []
        anchor: date | None = None
        # Paragraph by paragraph: one that cannot hold a trigger is never tokenised.
        for para in _PARAGRAPH.finditer(doc.text):
            chunk = para.group(0)
            if not self._lexicon.may_trigger(chunk) and not may_disclose(chunk):
                continue
            context.start_chunk(para.start())
            found, anchor = self._extract_chunk(doc, chunk, published, anchor, context)
            mentions.extend(_shift_mention(m, para.start(), context.fallback) for m in found)
        return mentions

    def _extract_chunk(
        self, doc: Document, text: str, published: date | None, anchor: date | None, context: _DocContext
    ) -> tuple[list[Mention], date | None]:
        sdoc = self._nlp(text)
        matches = self._lexicon.matcher(sdoc)
        has_pattern = any(p.search(text) for _, p in self._lexicon.patterns)
        if not matches and not has_pattern and not may_disclose(text):
            return [], anchor
        sentences = list(sdoc.sents)
        actor_hits: list[ActorHit] | None = None
        mentions: list[Mention] = []
        for index, sent in enumerate(sentences):
            in_sentence = [m for m in matches if m[1] >= sent.start and m[2] <= sent.end]
            triggers = find_triggers(sdoc, text, sent, in_sentence) if in_sentence or has_pattern else []
            drafts = _collapse(triggers, text, sent.start_char, sent.end_char) if triggers else []
            if not drafts and not may_disclose(sent.text):
                continue
            # Dates are read only where events are: the anchor for "the next day" is the last
            # day-precise date of an earlier event sentence.
            sent_text = text[sent.start_char : sent.end_char]
            dates: list[DateMatch] = []
            if has_date_cue(sent_text):
                ctx = DateContext(published, anchor, bool(_FUTURE.search(sent_text)))
                dates = [_shift_date(d, sent.start_char) for d in find_dates(sent_text, ctx)]
                days = [d for d in dates if d.precision == "day" and not d.is_report_date]
                if days:
                    anchor = days[-1].first
            if actor_hits is None:
                actor_hits = find_actors(sdoc)
            claims = date_claims(triggers, drafts)
            mentions.extend(
                self._mentions(doc, text, sentences, index, drafts, dates, actor_hits, context, claims)
            )
        return mentions, anchor

    def _mentions(
        self,
        doc: Document,
        text: str,
        sentences: list[SentSpan],
        index: int,
        drafts: list[_Draft],
        dates: list[DateMatch],
        actor_hits: list[ActorHit],
        context: _DocContext,
        claims: Sequence[tuple[int, int, int]] = (),
    ) -> list[Mention]:
        sent = sentences[index]
        s0, s1 = sent.start_char, sent.end_char
        sentence = Span(s0, s1, text[s0:s1])
        hits = sentence_hits(actor_hits, sent)
        # A place inside an actor's name is not the event's place; a country standing for its
        # government ("Kazakhstan raised its threat level") still places the act.
        blocked = [(h.start, h.end) for h in hits if not h.entry.key.startswith("government of ")]
        places = context.places(sentences, index)
        excluded = [(d.start - s0, d.end - s0) for d in dates]
        counts = _assign_counts(find_counts(sentence.text, excluded), drafts, s0)
        for i, draft in enumerate(drafts):
            if draft.event_type == "foreign_fighter_travel" and not counts[i]:
                t = draft.trigger
                found = travel_count(sentence.text, t.char_start - s0, t.char_end - s0, excluded)
                if found is not None and found.span is not None:
                    span = Span(found.span.start + s0, found.span.end + s0, found.span.text)
                    counts[i].append(Count(found.kind, found.value, found.qualifier, span))
        triggers = [_trigger_span(text, d) for d in drafts]
        nearest = [_nearest_trigger(h.start, h.end, triggers) for h in hits]
        # A state's own act is not placed where the people it concerns went ("strip citizens
        # who fought in Syria of citizenship" is enacted at home).
        destinations = [
            destination_place(places, text, t.end)
            for t, d in zip(triggers, drafts, strict=True)
            if d.event_type == "foreign_fighter_travel"
        ]
        state_places = [p for p in places if p not in destinations]
        # An actor whose "declared"/"announced" is itself an event's trigger acts, not reports.
        verb_ends = [report_verb_end(h, text, s1) for h in hits]
        acting = [
            h
            for h, v in zip(hits, verb_ends, strict=True)
            if v is not None and any(t.start < v <= t.end for t in triggers)
        ]
        reporters = [is_reporter(h, text, s0, s1) and h not in acting for h in hits]
        out: list[Mention] = []
        for i, draft in enumerate(drafts):
            trig = triggers[i]
            # An actor belongs to the mention whose trigger is nearest; a reporter to every one.
            own = [h for h, n, r in zip(hits, nearest, reporters, strict=True) if n == i or r]
            actors, reporter = assign_roles(own, draft.event_type, text, s0, s1, acting)
            modality = read_modality(
                sentence.text,
                trig.start - s0,
                trig.end - s0,
                has_reporter=reporter is not None,
                is_disruption=draft.event_type == "plot_disrupted",
            )
            own_places = state_places if draft.event_type in _STATE_ACTS else places
            if draft.event_type == "statement":
                own_places = _before_other_events(own_places, trig, claims, i, text, s1)
            place = self._place(
                draft.event_type,
                text,
                own_places,
                trig,
                blocked,
                s0,
                s1,
            )
            if place is None:
                place = context.fallback_place(sentences, index)
            elif place.precision in ("city", "point", "admin1"):
                context.last_place = _moved_place(place, context.offset)
            mention_counts = counts[i]
            out.append(
                Mention(
                    id=0,
                    document_id=doc.id,
                    event_type=draft.event_type,
                    trigger=trig,
                    sentence=sentence,
                    date=pick_date(dates, trig, draft.event_type, claims, i, text),
                    place=place,
                    actors=actors,
                    counts=tuple(mention_counts),
                    modality=modality,
                    reported_by=reporter,
                    extractor=self.name,
                )
            )
        if not any(d.event_type == "statement" for d in drafts):
            disclosed = self._disclosure(doc, text, sentences, index, dates, hits, out, context)
            if disclosed is not None:
                out.append(disclosed)
        return out

    def _disclosure(
        self,
        doc: Document,
        text: str,
        sentences: list[SentSpan],
        index: int,
        dates: list[DateMatch],
        hits: list[ActorHit],
        found: list[Mention],
        context: _DocContext,
    ) -> Mention | None:
        """The official's act of disclosing a figure or an order as a statement (see disclosures.py).

        Placed in the official's country (named in the subject, else the country of a reporting
        actor, else a place of the sentence outside the reported journeys' destinations, else
        the first demonym), dated by its own "said on Friday".
        """
        sent = sentences[index]
        s0, s1 = sent.start_char, sent.end_char
        travel = any(m.event_type == "foreign_fighter_travel" for m in found)
        disclosure = find_disclosure(text[s0:s1], travel)
        if disclosure is None:
            return None
        verb = Span(s0 + disclosure.verb_start, s0 + disclosure.verb_end, "")
        verb = Span(verb.start, verb.end, text[verb.start : verb.end])
        # The official's own words: up to 30 characters before the subject word ("Tajik
        # authorities", "Kyrgyzstan's Interior Ministry"), not past a comma or quote.
        lead = text[max(s0, s0 + disclosure.subject_start - 30) : s0 + disclosure.subject_start]
        lead = re.split(r"[,;:\"“”]", lead)[-1]
        subject_text = (
            lead + text[s0 + disclosure.subject_start : max(verb.start, s0 + disclosure.subject_end)]
        )
        official = [h for h in hits if is_reporter(h, text, s0, s1) and h.entry.actor_type in _OFFICIAL_TYPES]
        actors, reporter = assign_roles(official, "statement", text, s0, s1)
        place = self._official_place(subject_text, official, found, text, sentences, index, context)
        return Mention(
            id=0,
            document_id=doc.id,
            event_type="statement",
            trigger=verb,
            sentence=Span(s0, s1, text[s0:s1]),
            date=pick_date(dates, verb, "statement"),
            place=place,
            actors=actors,
            counts=(),
            modality="asserted",
            reported_by=reporter,
            extractor=self.name,
        )

    def _official_place(
        self,
        subject_text: str,
        official: list[ActorHit],
        found: list[Mention],
        text: str,
        sentences: list[SentSpan],
        index: int,
        context: _DocContext,
    ) -> Place | None:
        gazetteer = self.gazetteer
        if gazetteer is None:
            return None
        code = country_named(subject_text) or next(
            (c for c in (country_named(h.entry.name) for h in official) if c), None
        )
        if code is not None:
            try:
                return gazetteer.country(code)
            except GazetteerError:  # a demonym whose country the gazetteer lacks
                pass
        sent = sentences[index]
        away = {m.place.country_code for m in found if m.place and m.event_type == "foreign_fighter_travel"}
        local = [
            p
            for p in context.places(sentences, index)
            if p.country_code not in away and p.precision != "country"
        ]
        if local:
            return choose_place(local, sent.start_char, sent.start_char)
        return demonym_place(gazetteer, text, sent.start_char, sent.end_char) or context.fallback_place(
            sentences, index
        )

    def _place(
        self,
        event_type: str,
        text: str,
        places: list[Place],
        trig: Span,
        blocked: list[tuple[int, int]],
        s0: int,
        s1: int,
    ) -> Place | None:
        """The event's place in its sentence (see places.py); None sends the caller to the fallbacks.

        Travel takes its destination ("left for Syria"); a state's own act with no place named
        takes the country of its demonym ("Kazakh lawmakers") at country precision.
        """
        if event_type == "foreign_fighter_travel":
            # A trigger that names its destination ("crossed from Turkey into Syria", "en route to
            # Syria") is placed at the last place it names.
            inside = [p for p in places if p.span is not None and trig.start <= p.span.start < trig.end]
            if inside:
                return max(inside, key=lambda p: p.span.start if p.span else 0)
            found = destination_place(places, text, trig.end)
            if found is not None:
                return found
        found = choose_place(places, trig.start, trig.end, blocked)
        if found is None and event_type in _STATE_ACTS and self.gazetteer is not None:
            return demonym_place(self.gazetteer, text, s0, s1)
        return found


_OCCASION_WORD = re.compile(
    r"\b(?:after|following|over|in\s+the\s+wake\s+of)\s+(?:the|a|an|last|this|\w+'s)\b", re.I
)


def _before_other_events(
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


def _moved_place(place: Place, offset: int) -> Place:
    return replace(place, span=_moved(place.span, offset))


_PARAGRAPH = re.compile(r"[^\n]+")
_DATELINE_SPAN = re.compile(
    r"^\s*[A-Z][A-Za-z\u00C0-\u024F'’.-]+(?:[ -][A-Z][A-Za-z\u00C0-\u024F'’.-]+){0,3}"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|-{1,2}|:)\s"
)


def _nearest_trigger(start: int, end: int, triggers: list[Span]) -> int:
    def distance(t: Span) -> int:
        return t.start - end if end <= t.start else max(0, start - t.end)

    return min(range(len(triggers)), key=lambda i: distance(triggers[i]), default=-1)


def _single_detainee(text: str, trig: Span, sent_end: int) -> list[Count]:
    m = _SINGLE_DETAINEE.match(text, trig.end, sent_end)
    if not m:
        return []
    return [Count("arrested", 1, "exact", Span(m.start(), m.end(), m.group(0)))]


def _shift_date(d: DateMatch, offset: int) -> DateMatch:
    return DateMatch(d.start + offset, d.end + offset, d.text, d.first, d.last, d.precision, d.is_report_date)


def _moved(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset, span.text)


def _moved_span(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)


def _shift_mention(m: Mention, offset: int, fallback: Place | None) -> Mention:
    """Move a mention found in a paragraph into document coordinates (a dateline place already is)."""
    if offset == 0:
        return m
    place = m.place
    if place is not None and place is not fallback:
        place = replace(place, span=_moved(place.span, offset))
    return replace(
        m,
        trigger=_moved_span(m.trigger, offset),
        sentence=_moved_span(m.sentence, offset),
        date=replace(m.date, span=_moved(m.date.span, offset)),
        place=place,
        actors=tuple(replace(a, span=_moved(a.span, offset)) for a in m.actors),
        counts=tuple(replace(c, span=_moved(c.span, offset)) for c in m.counts),
    )


class _DocContext:
    """Per-document place lookups: sentence places cached per paragraph, one dateline/title place."""

    def __init__(self, gazetteer: PlaceSource | None, doc: Document, countries: Sequence[str]) -> None:
        self.gazetteer = gazetteer
        self.doc = doc
        self.countries = tuple(countries)
        self._by_sentence: dict[int, list[Place]] = {}
        self._fallback_done = False
        self.fallback: Place | None = None
        self.offset = 0
        self.last_place: Place | None = None
        self._support: dict[str, frozenset[str]] | None = None
        m = _DATELINE_SPAN.match(doc.text[:120])
        self._dateline_end = m.end() if m else 0

    def start_chunk(self, offset: int = 0) -> None:
        """Forget the previous paragraph's sentence places (their indexes are reused)."""
        self._by_sentence = {}
        self.offset = offset

    def places(self, sentences: list[SentSpan], index: int) -> list[Place]:
        """The places of one sentence (paragraph coordinates), filtered and widened.

        The dateline is where the story was filed, not an event place; one-word names with no
        locative cue and no support from the rest of the document are dropped; "X region"
        becomes the admin1 unit.
        """
        if self.gazetteer is None:
            return []
        if index not in self._by_sentence:
            sent = sentences[index]
            text = sent.doc.text
            if self._support is None:
                self._support = supporting_countries(self.gazetteer, self.doc.text)
            kept = []
            for place in scan_places(self.gazetteer, sent.text, sent.start_char, self.countries):
                assert place.span is not None
                if place.span.start + self.offset < self._dateline_end:
                    continue
                if is_stray_word(
                    place, text, supported_for(self._support, place, self.countries)
                ) and not is_prominent(self.gazetteer, place):
                    continue
                kept.append(widen_to_unit(self.gazetteer, place, text, self.countries))
            self._by_sentence[index] = kept
        return self._by_sentence[index]

    def fallback_place(self, sentences: list[SentSpan], index: int) -> Place | None:
        """The previous two sentences' place, else the last event's, else the dateline's, else the title's."""
        if self.gazetteer is None:
            return None
        for back in (index - 1, index - 2):
            if back >= 0:
                start = sentences[index].start_char
                found = choose_place(self.places(sentences, back), start, start)
                if found is not None and found.precision != "country":
                    return found
        if self.last_place is not None:
            # Kept in document coordinates; the caller shifts paragraph coordinates back.
            return _moved_place(self.last_place, -self.offset)
        if not self._fallback_done:
            self._fallback_done = True
            self.fallback = (
                dateline_place(self.gazetteer, self.doc.text, self.countries) or self._title_place()
            )
        return self.fallback

    def _title_place(self) -> Place | None:
        if self.gazetteer is None or not self.doc.title:
            return None
        found = [replace(p, span=s) for s, p in self.gazetteer.scan(self.doc.title, countries=self.countries)]
        best = choose_place(found, 0, 0) if found else None
        # A title place keeps no span: a span would point into the title, not the text.
        return None if best is None else replace(best, span=None)
