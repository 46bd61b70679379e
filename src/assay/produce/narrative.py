"""The discussion's event narrative: the events that matter, grouped by country and year, in date order."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from math import log1p

from assay.model import Event, Span, Support
from assay.produce.counts import count_sentences
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.material import Material
from assay.produce.names import perpetrators
from assay.produce.phrasing import choose, country_name, join_list
from assay.produce.values import MONTHS, format_date, occurs_in
from assay.taxonomy import family_of

MAX_NARRATED = 14
MIN_NARRATED = 6
THRESHOLD = 4.0
CITED_PER_EVENT = 3
_FAMILY_WEIGHT = {"violence": 3.0, "enforcement": 1.5, "mobilisation": 1.5, "policy": 0.5}
_CASUALTIES = ("killed", "attackers_killed", "injured")
# How prose names each event type, and whether the noun takes a plural verb.
EVENT_NOUNS = {
    "attack": ("an armed attack", False),
    "bombing": ("a bombing", False),
    "suicide_bombing": ("a suicide bombing", False),
    "armed_clash": ("an armed clash", False),
    "arrest": ("arrests", True),
    "plot_disrupted": ("a disrupted plot", False),
    "prosecution": ("a trial or sentencing", False),
    "legislation": ("a legislative or policy change", False),
    "military_exercise": ("a military exercise", False),
    "statement": ("an official statement or warning", False),
    "protest": ("a protest", False),
    "propaganda": ("propaganda or recruitment activity", False),
    "foreign_fighter_travel": ("travel by foreign fighters", False),
}
_FAMILY_TOPICS = {
    "violence": "armed violence",
    "enforcement": "law enforcement",
    "mobilisation": "recruitment and travel to fight abroad",
    "policy": "the state's security and policy measures",
}


def in_scope(material: Material, event: Event) -> bool:
    """Whether an event is dated inside the case period and bears on one of the case countries."""
    case = material.config.case
    when = event.date.start
    if when is None:
        return False
    if (case.start and when < case.start) or (case.end and when > case.end):
        return False
    if not case.countries:
        return True
    country = event.case_country or (event.place.country_code if event.place else "")
    return country in case.countries


def importance(event: Event) -> float:
    """How much an event matters to the narrative: type, casualties, independent origins, credibility."""
    score = _FAMILY_WEIGHT.get(family_of(event.event_type), 0.5)
    worst: dict[str, int] = defaultdict(int)
    for claim in event.count_claims:
        worst[claim.kind] = max(worst[claim.kind], claim.value)
    casualties = sum(worst[k] for k in _CASUALTIES)
    score += min(log1p(casualties), 3.0) / 1.5
    score += min(len(event.origins), 4) * 0.5
    score += (6 - min(max(event.credibility, 1), 6)) * 0.6
    return score


def select_events(material: Material) -> list[Event]:
    """The events worth narrating: in scope, above the importance bar (at least a few), in date order."""
    candidates = [e for e in material.assessment.events if in_scope(material, e)]
    ranked = sorted(candidates, key=lambda e: (-importance(e), e.id))
    chosen = [e for e in ranked if importance(e) >= THRESHOLD][:MAX_NARRATED]
    if len(chosen) < MIN_NARRATED:
        chosen = ranked[:MIN_NARRATED]
    return sorted(chosen, key=lambda e: (e.date.start or date.max, e.id))


def event_country(event: Event) -> str:
    """The case country an event bears on (its own country unless reports tie it to a case country)."""
    return event.case_country or (event.place.country_code if event.place else "")


def _place(material: Material, event: Event, citing: list[int]) -> str:
    if event.place is None:
        return "an unreported place"
    country = country_name(event.place.country_code)
    texts = [material.documents[d].text.casefold() for d in citing]
    named = any(event.place.name.casefold() in t for t in texts)
    if country and not named and not any(country.casefold() in t for t in texts):
        # Neither the place nor its country is in the cited reports: say no more than they do.
        return "abroad" if event.place.country_code not in material.config.case.countries else country
    if event.place.precision == "country" or event.place.name == country or (country and not named):
        # A town no cited report names is the coder's, not the source's: print only its country.
        return country
    return f"{event.place.name}, {country}" if country else event.place.name


def _citing(material: Material, event: Event) -> list[int]:
    """The best documents for an event, preferring those that name its place."""
    name = event.place.name.casefold() if event.place else ""
    naming = [d for d in event.document_ids if name and name in material.documents[d].text.casefold()]
    first = material.best_documents(naming, CITED_PER_EVENT)
    rest = [d for d in material.best_documents(event.document_ids, CITED_PER_EVENT) if d not in first]
    return (first + rest)[:CITED_PER_EVENT]


def _date_spans(material: Material, event: Event) -> list[tuple[int, str, Span]]:
    spans = []
    for mention_id in event.mention_ids:
        mention = material.mentions.get(mention_id)
        if mention is None or mention.date.start != event.date.start:
            continue
        for span in (mention.date.span, mention.sentence):
            if span:
                exact = material.span_text(mention.document_id, span)
                spans.append((mention.document_id, exact.text, exact))
    return spans


def _date_phrase(material: Material, event: Event) -> tuple[str, list[Support]]:
    """('On 5 June 2016', support) when a source states the day; else the month, which it implies."""
    start = event.date.start
    if start is None:
        return "At an unreported date", []
    spans = _date_spans(material, event)
    if event.date.precision == "day":
        printed = format_date(start)
        for doc_id, text, exact in spans:
            if occurs_in(printed, text):
                return f"On {printed}", [Support(printed, doc_id, exact)]
    if event.date.precision == "year":
        printed = str(start.year)
        return f"In {printed}", [derived(printed, f"event {event.id} fused date (year)")]
    # A day no cited span states (e.g. 'a day earlier') is printed as its month, which is honest.
    printed = f"{MONTHS[start.month - 1]} {start.year}"
    for doc_id, text, exact in spans:
        if occurs_in(printed, text):
            return f"In {printed}", [Support(printed, doc_id, exact)]
    return f"In {printed}", [derived(printed, f"event {event.id} fused date, month")]


def _link(material: Material, event: Event) -> str:
    """' from Kazakhstan' for travel abroad tied to a case country, ' linked to Tajikistan' otherwise."""
    tied = event.case_country
    if tied and event.place and event.place.country_code != tied and tied in material.config.case.countries:
        return (
            f" {'from' if event.event_type == 'foreign_fighter_travel' else 'linked to'} {country_name(tied)}"
        )
    return ""


def _what_sentence(material: Material, event: Event, citing: list[int]) -> Draft:
    opening, supports = _date_phrase(material, event)
    place = _place(material, event, citing)
    where = place if place == "abroad" else f"in {place}"
    noun, plural = EVENT_NOUNS.get(event.event_type, (f"an event of type {event.event_type}", False))
    verb = "were" if plural else "was"
    link = _link(material, event)
    actors = perpetrators(event, country_name(event.place.country_code) if event.place else "")
    if event.event_type == "foreign_fighter_travel":
        # Travel has no perpetrator worth naming; its destination is the place.
        variants = [
            f"{opening}, reports describe {noun}{link} {place if place == 'abroad' else 'to ' + place}"
        ]
    elif event.event_type == "propaganda":
        by = f" by {actors}" if actors else ""
        variants = [f"{opening}, {noun}{by}{link} {verb} reported {where}"]
    elif actors and event.event_type == "armed_clash":
        variants = [f"{opening}, {actors} {'were' if _plural(actors) else 'was'} involved in {noun} {where}"]
    elif actors:
        variants = [
            f"{opening}, {actors} carried out {noun}{link} {where}",
            f"{opening}, {noun}{link} by {actors} {verb} reported {where}",
        ]
    else:
        variants = [
            f"{opening}, {noun}{link} {verb} reported {where}",
            f"{opening}, reports describe {noun}{link} {where}",
        ]
    return make_draft(
        choose(variants, event.id),
        citing,
        fixed=supports,
        group=event.id,
        fallback=(f"event {event.id} place and actors",),
    )


def _plural(actors: str) -> bool:
    """'militants' and 'A and B' take 'were'; 'Islamic State' and 'the Nazarzoda faction' take 'was'."""
    last = actors.split()[-1] if actors.split() else ""
    return " and " in actors or (last.endswith("s") and last[:1].islower() and not last.endswith("ss"))


def _join_topics(topics: list[str]) -> str:
    """'a and b', or 'a and b, and c' when a topic carries its own 'and'."""
    if len(topics) > 1 and any(" and " in t for t in topics):
        return ", ".join(topics[:-1]) + ", and " + topics[-1]
    return join_list(topics)


def _lead_sentence(material: Material, year: int, country: str, events: list[Event]) -> Draft:
    families = list(dict.fromkeys(family_of(e.event_type) for e in events))
    topics = _join_topics(list(dict.fromkeys(_FAMILY_TOPICS.get(f, "other events") for f in families)))
    name = country_name(country) if country else "the region"
    printed = str(year)
    text = choose(
        [
            f"In {printed}, the reporting on {name} centres on {topics}",
            f"The {printed} reporting on {name} concerns {topics}",
            f"For {name}, the {printed} reporting turns on {topics}",
        ],
        f"{country}{year}",
    )
    docs = material.best_documents([d for e in events for d in e.document_ids], 2)
    return make_draft(
        text,
        docs,
        fixed=[derived(printed, "narrated events grouped by year")],
        group=f"lead-{country}-{year}",
        role="lead",
    )


def narrate_events(material: Material) -> list[list[Draft]]:
    """One paragraph per country and year: a lead sentence, then each event and its counts."""
    groups: dict[tuple[int, str], list[Event]] = defaultdict(list)
    for event in select_events(material):
        start = event.date.start or date.max
        groups[(start.year, event_country(event))].append(event)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][0], kv[1][0].date.start or date.max, kv[0][1]))
    paragraphs: list[list[Draft]] = []
    for (year, country), events in ordered:
        drafts = [_lead_sentence(material, year, country, events)]
        for event in events:
            citing = _citing(material, event)
            drafts.append(_what_sentence(material, event, citing))
            drafts += count_sentences(material, event)
        paragraphs.append(drafts)
    return paragraphs
