"""The discussion: a dated narrative of the events that matter, counts with conflicts, then trends."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from assay.model import CountClaim, Event, RateChange, Support
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.material import Material
from assay.produce.phrasing import article, choose, country_name, is_plain, join_list, strip_stop
from assay.produce.values import find_values, format_date, occurs_in
from assay.taxonomy import EVENT_TYPES

MAX_NARRATED = 24
COUNT_WORDS = {
    "killed": "killed",
    "injured": "injured",
    "arrested": "arrested",
    "attackers_killed": "attackers killed",
    "groups": "groups involved",
    "individuals": "individuals involved",
    "convicted": "convicted",
    "fighters": "fighters involved",
}
# Digits inside outlet names ("24.kg", "Channel 4") are names, not claims; they are marked as such.
_NAMES = ("outlet names",)
_QUALIFIERS = {
    "exact": "",
    "at_least": "at least ",
    "at_most": "at most ",
    "approximately": "about ",
    "vague": "about ",
}


def _importance(event: Event) -> tuple[int, int, int]:
    kind = EVENT_TYPES.get(event.event_type)
    return (
        0 if kind and kind.is_violent else 1,
        -len(event.count_claims or event.counts),
        -len(event.document_ids),
    )


def select_events(material: Material) -> list[Event]:
    """The events worth narrating (violent, counted and widely reported first), in date order."""
    ranked = sorted(material.assessment.events, key=lambda e: (_importance(e), e.id))[:MAX_NARRATED]
    return sorted(ranked, key=lambda e: (e.date.start or date.max, e.id))


# How the narrative names each event type, article included ("propaganda" takes none).
EVENT_NOUNS = {
    "attack": "an armed assault",
    "bombing": "a bombing",
    "suicide_bombing": "a suicide bombing",
    "armed_clash": "an armed clash",
    "arrest": "an arrest operation",
    "plot_disrupted": "a disrupted plot",
    "prosecution": "a prosecution",
    "legislation": "a legislative or policy change",
    "military_exercise": "a military exercise or deployment",
    "statement": "an official statement or warning",
    "protest": "a protest",
    "propaganda": "propaganda or recruitment activity",
    "foreign_fighter_travel": "travel by foreign fighters",
}


def _label(event: Event) -> str:
    if event.event_type in EVENT_NOUNS:
        return EVENT_NOUNS[event.event_type]
    kind = EVENT_TYPES.get(event.event_type)
    return article(kind.label if kind else event.event_type.replace("_", " "))


def _place(event: Event) -> str:
    if event.place is None:
        return "an unreported place"
    country = country_name(event.place.country_code)
    if event.place.precision == "country" or event.place.name == country:
        return country
    return f"{event.place.name}, {country}" if country else event.place.name


def _date_phrase(event: Event) -> tuple[str, str]:
    """('On 5 June 2016', '5 June 2016') or ('At an unreported date', '')."""
    start = event.date.start
    if start is None:
        return "At an unreported date", ""
    printed = format_date(start, event.date.precision)
    return ("On " if event.date.precision in ("day", "week") else "In ") + printed, printed


def _date_support(material: Material, event: Event, printed: str) -> list[Support]:
    if not printed:
        return []
    for mention_id in event.mention_ids:
        mention = material.mentions.get(mention_id)
        if mention is None or mention.date.start != event.date.start:
            continue
        for span in (mention.date.span, mention.sentence):
            if span and occurs_in(printed, material.span_text(mention.document_id, span).text):
                return [Support(printed, mention.document_id, material.span_text(mention.document_id, span))]
    for mention_id in event.mention_ids:
        mention = material.mentions.get(mention_id)
        if mention and mention.date.start == event.date.start:
            doc = material.documents.get(mention.document_id)
            said = mention.date.span.text if mention.date.span else "no date words"
            published = doc.published_at.date().isoformat() if doc and doc.published_at else "no date"
            return [
                derived(
                    printed,
                    f"mention {mention_id} date words {said!r}",
                    f"document {mention.document_id} published {published}",
                )
            ]
    return [derived(printed, f"event {event.id} fused date")]


def _actors(event: Event) -> str:
    names = [a.name for a in event.actors if a.role == "perpetrator" and is_plain(a.name)]
    return join_list(list(dict.fromkeys(names))[:2])


def _what_sentence(material: Material, event: Event, citing: list[int]) -> Draft:
    opening, printed = _date_phrase(event)
    place = _place(event)
    label = _label(event)
    actors = _actors(event)
    variants = [f"{opening}, {label} took place in {place}", f"{opening}, sources report {label} in {place}"]
    if actors:
        variants = [
            f"{opening}, {actors} carried out {label} in {place}",
            f"{opening}, {label} by {actors} took place in {place}",
        ]
    text = choose(variants, event.id)
    return make_draft(
        text,
        citing,
        fixed=_date_support(material, event, printed),
        group=event.id,
        fallback=(f"event {event.id} place and actors",),
    )


def _summary_sentence(material: Material, event: Event, citing: list[int]) -> Draft | None:
    summary = strip_stop(event.summary)
    if not summary or not is_plain(summary):
        return None
    spans = material.mention_spans(event.mention_ids)
    if not all(any(occurs_in(v, s.text) for _, s in spans) for v in find_values(summary)):
        return None
    return make_draft(summary[0].upper() + summary[1:], citing, candidates=spans, group=event.id)


def _claim_support(material: Material, claim: CountClaim, printed: str) -> Support:
    mention = material.mentions.get(claim.mention_id)
    if mention is not None:
        spans = [c.span for c in mention.counts if c.kind == claim.kind and c.value == claim.value]
        for span in [*spans, mention.sentence]:
            if span:
                exact = material.span_text(mention.document_id, span)
                if occurs_in(printed, exact.text):
                    return Support(printed, mention.document_id, exact)
    return derived(printed, f"mention {claim.mention_id} count {claim.kind}={claim.value}")


def _people(printed: str, qualifier: str, kind: str) -> str:
    """'7 people were killed', 'at least 1 person was injured', '3 groups involved'."""
    amount = f"{_QUALIFIERS[qualifier]}{printed}"
    if kind in ("killed", "injured", "arrested", "convicted"):
        noun, verb = ("person", "was") if printed == "1" else ("people", "were")
        return f"{amount} {noun} {verb} {kind}"
    return f"{amount} {COUNT_WORDS.get(kind, kind.replace('_', ' '))}"


def _count_sentences(material: Material, event: Event) -> list[Draft]:
    by_kind: dict[str, list[CountClaim]] = defaultdict(list)
    for claim in event.count_claims:
        by_kind[claim.kind].append(claim)
    drafts: list[Draft] = []
    for kind in sorted(by_kind):
        claims = sorted(by_kind[kind], key=lambda c: (c.value, material.rank(c.document_id)))
        values = sorted({c.value for c in claims})
        docs = list(dict.fromkeys(c.document_id for c in claims))
        if len(values) == 1:
            claim = claims[0]
            printed = str(claim.value)
            outlets = join_list(list(dict.fromkeys(material.outlet_name(d) for d in docs)))
            verb = "agree" if len(set(outlets.split(" and "))) > 1 or len(docs) > 1 else "reports"
            text = f"{outlets} {verb} that {_people(printed, claim.qualifier, kind)}"
            drafts.append(
                make_draft(
                    text,
                    docs,
                    fixed=[_claim_support(material, claim, printed)],
                    fallback=_NAMES,
                    group=event.id,
                )
            )
            continue
        parts: list[str] = []
        fixed: list[Support] = []
        for value in values:
            same = [c for c in claims if c.value == value]
            printed = str(value)
            outlets = join_list(list(dict.fromkeys(material.outlet_name(c.document_id) for c in same)))
            parts.append(
                f"{outlets} {'give' if len(same) > 1 else 'gives'} {_QUALIFIERS[same[0].qualifier]}{printed}"
            )
            fixed.append(_claim_support(material, same[0], printed))
        words = COUNT_WORDS.get(kind, kind.replace("_", " "))
        opener = choose(["Sources conflict on the number", "Reports differ on the number"], event.id + kind)
        text = f"{opener} {words}: {'; '.join(parts)}"
        drafts.append(
            make_draft(text, docs, fixed=fixed, fallback=_NAMES, group=event.id, tags=(("conflict", kind),))
        )
    return drafts


def narrate_events(material: Material) -> list[list[Draft]]:
    """One paragraph per narrated event: what happened where and when, then its counts."""
    paragraphs: list[list[Draft]] = []
    for event in select_events(material):
        citing = material.best_documents(event.document_ids, 3)
        drafts = [_what_sentence(material, event, citing)]
        summary = _summary_sentence(material, event, citing)
        if summary is not None:
            drafts.append(summary)
        drafts += _count_sentences(material, event)
        paragraphs.append(drafts)
    return paragraphs


def _window(material: Material, which: str) -> tuple[str, list[Support]]:
    window = getattr(material.config.windows, which)
    if window is None:
        return f"the {which} window", []
    start, end = format_date(window.start), format_date(window.end)
    setting = f"case.toml windows.{which}"
    return (
        f"the {which} window ({start} to {end})",
        [derived(start, setting, kind="config"), derived(end, setting, kind="config")],
    )


def _trend_sentences(material: Material, change: RateChange) -> list[Draft]:
    citing = material.best_documents(material.event_documents(change.event_ids), 4)
    base_words, base_support = _window(material, "baseline")
    recent_words, recent_support = _window(material, "recent")
    inputs = (f"rate change {change.label!r}",)
    label = change.label if is_plain(change.label) else "the compared event types"
    counted = [
        derived(str(change.baseline_count), *inputs, "baseline events"),
        derived(str(change.recent_count), *inputs, "recent events"),
    ]
    first = make_draft(
        f"For {label}, the case holds {change.baseline_count} events in {base_words} and "
        f"{change.recent_count} in {recent_words}",
        citing,
        fixed=[*counted, *base_support, *recent_support],
        fallback=inputs,
        group=change.label,
    )
    ratio = f"{change.ratio_median:.1f}"
    low, high = f"{change.ratio_low:.1f}", f"{change.ratio_high:.1f}"
    share = f"{round(change.p_increase * 100)}%"
    basis = "the calendar time" if change.exposure == "calendar" else "the volume of reporting"
    second = make_draft(
        f"Measured against {basis} of each window, the recent rate is {ratio} times the baseline rate "
        f"(credible interval {low} to {high}), and {share} of the posterior mass lies on an increase",
        citing,
        fixed=[derived(v, *inputs, "Gamma-Poisson posterior") for v in (ratio, low, high, share)],
        group=change.label,
    )
    return [first, second]


def _yearly_sentence(material: Material) -> Draft | None:
    rows = [
        p
        for p in material.assessment.period_counts
        if not p.event_type and not p.country_code and not p.admin1_code
    ]
    if not rows:
        rows = [p for p in material.assessment.period_counts if not p.country_code and not p.admin1_code]
    totals: dict[str, int] = defaultdict(int)
    for row in rows:
        totals[row.period[:4]] += row.count
    if len(totals) < 2:
        return None
    parts = [f"{count} in {year}" for year, count in sorted(totals.items())]
    years = set(totals)
    events = [e for e in material.assessment.events if e.date.start and str(e.date.start.year) in years]
    citing = material.best_documents(material.event_documents(e.id for e in events), 4)
    text = f"By year, the case counts these events: {join_list(parts)}"
    return make_draft(text, citing, fallback=("period_counts summed by year",), group="years")


def describe_trends(material: Material) -> list[list[Draft]]:
    """Trend paragraphs: yearly totals, then each rate comparison with its numbers."""
    paragraphs: list[list[Draft]] = []
    yearly = _yearly_sentence(material)
    if yearly is not None:
        paragraphs.append([yearly])
    for change in material.assessment.rate_changes:
        paragraphs.append(_trend_sentences(material, change))
    return paragraphs
