"""Hypotheses and ACH evidence in an analyst's words: expectation phrases as sentences, items by name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.model import Event, Evidence, RateChange, Support
from assay.produce.draft import derived
from assay.produce.material import Material
from assay.produce.phrasing import country_name, is_plain, join_list, lower_opening, strip_stop
from assay.produce.values import find_values, format_date, number_words
from assay.taxonomy import EVENT_TYPES

# The indicator families of the expectation grammar (docs/formats.md) as a reader names them.
RATE_NOUNS = {
    "attack": "attacks",
    "violence": "violent incidents",
    "arrest": "arrests",
    "enforcement": "arrests and prosecutions",
    "prosecution": "prosecutions",
    "plot": "disrupted plots",
    "propaganda": "propaganda and recruitment cases",
    "travel": "departures of foreign fighters",
    "statement": "official statements and warnings",
    "legislation": "new laws and policy changes",
    "exercise": "military exercises",
    "events": "reported events",
}
# Event-group items (E-<family>-<country>) count events of one taxonomy family.
GROUP_NOUNS = {
    "violence": ("violent incident", "violent incidents"),
    "enforcement": ("enforcement action (arrest or trial)", "enforcement actions (arrests and trials)"),
    "mobilisation": (
        "case of propaganda, recruitment or travel to fight abroad",
        "cases of propaganda, recruitment or travel to fight abroad",
    ),
    "policy": ("official statement, law or exercise", "official statements, laws and exercises"),
}
_SHORT_TYPES = {
    "attack": "attack",
    "bombing": "bombing",
    "suicide_bombing": "suicide bombing",
    "armed_clash": "clash",
    "arrest": "arrests",
    "plot_disrupted": "foiled plot",
    "prosecution": "trial",
    "legislation": "new law",
    "military_exercise": "exercise",
    "statement": "statement",
    "protest": "protest",
    "propaganda": "propaganda case",
    "foreign_fighter_travel": "departures",
}
_FAMILY = "|".join(sorted(RATE_NOUNS, key=len, reverse=True))
_RATE = re.compile(rf"^(?P<family>{_FAMILY}) rate (?P<direction>rises|falls|is stable)$")
_WHILE = re.compile(rf"^(?P<family>{_FAMILY}) rate rises while (?P<other>{_FAMILY}) rate does not$")
_CASUALTIES = re.compile(r"^casualties per attack (?P<direction>rise|fall)$")
_GROUP_KEY = re.compile(r"^E-[a-z]+-[A-Z]{2}$")
_HYPOTHESIS_PREFIX = re.compile(r"^\s*(?P<key>H\w*)\s*:\s*")
RISE, FALL = 0.8, 0.2
# A signpost that opens on a bare change noun ('sustained drop in arrests') wants its article.
_BARE_CHANGE = re.compile(
    r"^(?!(?:a|an|the|no|any|more|less) )"
    r"((?:\w+ )?(?:drop|rise|fall|surge|increase|decrease|decline) (?:in|of)\b)"
)
# 'violence events' is the grammar's family name; readers say 'violent incidents'.
_FAMILY_EVENTS = re.compile(rf"\b({_FAMILY}) events\b")


def _phrase(text: str) -> str:
    return " ".join(text.lower().strip().rstrip(".").split())


def split_indicator(text: str) -> tuple[str, str]:
    """('H3', 'prosecution rate rises') from 'H3: prosecution rate rises'; ('', text) without a key."""
    match = _HYPOTHESIS_PREFIX.match(text)
    return (match.group("key"), text[match.end() :]) if match else ("", text)


def required(expectation: str) -> str | None:
    """'arrests would have to rise while attacks did not', or None when the phrase is off-grammar."""
    phrase = _phrase(expectation)
    if match := _WHILE.match(phrase):
        noun, other = RATE_NOUNS[match["family"]], RATE_NOUNS[match["other"]]
        return f"{noun} would have to rise while {other} did not"
    if match := _RATE.match(phrase):
        noun = RATE_NOUNS[match["family"]]
        verb = {"rises": "rise", "falls": "fall", "is stable": "hold steady"}[match["direction"]]
        return f"{noun} would have to {verb}"
    if phrase == "events cluster after legislation":
        return "events would have to bunch in the months after new laws"
    if match := _CASUALTIES.match(phrase):
        return f"attacks would have to become {'deadlier' if match['direction'] == 'rise' else 'less deadly'}"
    if phrase == "events spread across countries":
        return "events would have to spread to more of the region's countries"
    if phrase == "events concentrate in one country":
        return "events would have to concentrate in one country"
    return None


def signpost(expectation: str) -> str | None:
    """What to watch for an expectation coming true: 'a further rise in arrests without one in attacks'."""
    phrase = _phrase(expectation)
    if match := _WHILE.match(phrase):
        noun, other = RATE_NOUNS[match["family"]], RATE_NOUNS[match["other"]]
        return f"more {noun} without a matching rise in {other}"
    if match := _RATE.match(phrase):
        noun = RATE_NOUNS[match["family"]]
        return {
            "rises": f"a rise in {noun}",
            "falls": f"a fall in {noun}",
            "is stable": f"{noun} holding near their recent rate",
        }[match["direction"]]
    if phrase == "events cluster after legislation":
        return "new cases bunching in the months after new counter-extremism laws"
    if match := _CASUALTIES.match(phrase):
        return "deadlier attacks" if match["direction"] == "rise" else "less deadly attacks"
    if phrase == "events spread across countries":
        return "incidents or recruitment reported in more of the region's countries"
    if phrase == "events concentrate in one country":
        return "incidents and recruitment concentrating in one country"
    return None


def indicator_hypothesis(text: str) -> str:
    """The hypothesis key an assessment indicator is prefixed with, or ''."""
    return split_indicator(text)[0]


def reader_nouns(text: str) -> str:
    """The grammar's family names as readers say them: 'violence events' → 'violent incidents'."""
    return _FAMILY_EVENTS.sub(lambda m: RATE_NOUNS[m.group(1)], text)


def plain_indicator(text: str) -> str:
    """An indicator from the assessment as a signpost; free-text indicators pass through unchanged."""
    _, body = split_indicator(text)
    watch = signpost(body)
    if watch:
        return watch
    watch = _BARE_CHANGE.sub(r"a \1", body.strip().rstrip("."))
    watch = reader_nouns(watch)
    return watch.replace("missing from the corpus", "missing from the collected reporting")


@dataclass(frozen=True, slots=True)
class Named:
    """An evidence item named in words, with the supports for the values in its name."""

    text: str
    supports: tuple[Support, ...] = ()
    doc_ids: tuple[int, ...] = ()  # the documents that state what the name says, to cite with it


def _events(material: Material, item: Evidence) -> list[Event]:
    events = [material.events[i] for i in item.event_ids if i in material.events]
    return sorted(events, key=lambda e: (e.date.start is None, e.date.start, e.id))


def _moment(event: Event, with_year: bool = True) -> str:
    place = event.place.name if event.place and event.place.precision != "country" else ""
    kind = _SHORT_TYPES.get(
        event.event_type, EVENT_TYPES[event.event_type].label if event.event_type in EVENT_TYPES else "event"
    )
    when = format_date(event.date.start, "month") if event.date.start else ""
    if when and not with_year:
        when = when.rsplit(" ", 1)[0]
    words = f"the {place} {kind}" if place else f"the {kind}"
    return f"{words} in {when}" if when else words


def _group_name(material: Material, item: Evidence, figures: bool = True) -> str:
    parts = item.key.split("-")
    family, country = (parts[1], parts[2]) if len(parts) >= 3 else ("", "")
    events = _events(material, item)
    n = len(events) or len(item.event_ids)
    one, many = GROUP_NOUNS.get(family, ("event", "events"))
    noun = one if n == 1 else many
    years = sorted({e.date.start.year for e in events if e.date.start})
    where = f" in {country_name(country)}" if country and country != "XX" else ""
    if not figures:  # "the enforcement actions (arrests and trials) in Kyrgyzstan"
        return f"the {noun}{where}"
    when = ""
    if len(years) == 1:
        when = f" in {years[0]}"
    elif years:
        when = f" between {years[0]} and {years[-1]}"
    text = f"the {number_words(n) if n != 1 else 'one'} {noun}{where}{when}"
    dated = [e for e in events if e.date.start]
    if len(dated) >= 2:
        first, last = _moment(dated[0], len(years) > 1), _moment(dated[-1], len(years) > 1)
        if first != last:
            text += f", from {first} to {last}"
    return text


def _change(material: Material, label: str) -> RateChange | None:
    return next((c for c in material.assessment.rate_changes if c.label == label), None)


def _trend_name(material: Material, item: Evidence) -> str:
    label = item.key.removeprefix("T-")
    if label == "spread":
        return "how many of the region's countries reported events in each window"
    if label == "casualties-per-attack":
        return "the change in deaths per attack from the baseline to the recent window"
    change = _change(material, label)
    if label == "after-legislation":
        noun = "the bunching of events in the months after new laws"
        if change is not None and change.p_increase < RISE:
            noun = "how events fell after new laws"
        return noun
    noun = RATE_NOUNS.get(label, f"{label} events")
    if change is None:
        return f"the rate of {noun}"
    if change.p_increase >= RISE:
        return f"the rise in {noun} from the baseline to the recent window"
    if change.p_increase <= FALL:
        return f"the fall in {noun} from the baseline to the recent window"
    return f"the lack of a clear change in {noun} from the baseline to the recent window"


def name_evidence(material: Material, item: Evidence, figures: bool = True) -> Named:
    """An ACH item as a reader knows it; its key stays in Appendix B.

    figures=False: a group of events named without its count and years, for sentences that cite
    no spans for them.
    """
    description = lower_opening(strip_stop(item.description))
    if item.kind == "event" and _GROUP_KEY.match(item.key):
        text = _group_name(material, item, figures)
    elif item.kind == "trend" and item.key.startswith("T-"):
        text = _trend_name(material, item)
    elif description and is_plain(description) and not description.startswith("Analyst item"):
        # Items outside assay's own key scheme (hand-built or imported matrices) keep their wording.
        text = f"the finding that {description}" if " " in description else description
    else:
        text = "an item the analyst added and rated in case.toml"
    inputs = (f"ACH evidence {item.key} and its events",)
    supports = tuple(derived(v, *inputs) for v in find_values(text))
    docs = item.document_ids or tuple(material.event_documents(item.event_ids))
    # Cite what the name says: the first and last events it names, then the best of the rest.
    dated = [e for e in _events(material, item) if e.date.start] if item.kind == "event" else []
    named = [d for e in dated[:1] + dated[-1:] for d in material.best_documents(e.document_ids, 1)]
    cite = list(dict.fromkeys(named + material.best_documents(docs, 1)))
    return Named(text, supports, tuple(cite))


def rating_words(item: Evidence, keys: list[str]) -> str:
    """'which the analyst rated consistent with H4 and against H1, H2 and H3'."""
    good = [k for k in keys if item.ratings.get(k) and item.ratings[k].value in ("C", "CC")]
    bad = [k for k in keys if item.ratings.get(k) and item.ratings[k].value in ("I", "II")]
    parts = []
    if good:
        parts.append(f"consistent with {join_list(good)}")
    if bad:
        parts.append(f"against {join_list(bad)}")
    if not parts:
        return "which bears on no hypothesis"
    sources = {item.rating_sources.get(k, "") for k in good + bad}
    who = {
        frozenset({"analyst"}): "the analyst rated",
        frozenset({"suggested"}): "the rate comparison rated",
        frozenset({"analyst", "suggested"}): "the analyst and the rate comparison rated",
    }.get(frozenset(sources), "we rated")
    return f"which {who} {' and '.join(parts)}"
