"""Count sentences for one event: who reports how many were killed, injured or arrested, conflicts stated."""

from __future__ import annotations

from collections import defaultdict

from assay.model import CountClaim, Event, Support
from assay.produce.draft import Draft, make_draft
from assay.produce.material import Material
from assay.produce.phrasing import choose, join_list
from assay.produce.values import number_words, occurs_in

# The appendix table's short labels for each kind of count.
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
# Kinds the narrative states, most telling first; 'groups' counts are too loose to state in prose.
NARRATED = ("killed", "attackers_killed", "injured", "arrested", "convicted", "fighters", "individuals")
MAX_KINDS = 2
MAX_LISTED = 3
# (singular noun, plural noun, participle) per kind: 'one attacker was killed', 'seven people were killed'.
_NOUNS = {
    "killed": ("person", "people", "killed"),
    "injured": ("person", "people", "injured"),
    "arrested": ("person", "people", "arrested"),
    "convicted": ("person", "people", "convicted"),
    "attackers_killed": ("attacker", "attackers", "killed"),
    "fighters": ("fighter", "fighters", "involved"),
    "individuals": ("individual", "individuals", "involved"),
}
_TOPICS = {
    "killed": "the death toll",
    "injured": "the number of people injured",
    "arrested": "the number of people arrested",
    "convicted": "the number of people convicted",
    "attackers_killed": "the number of attackers killed",
    "fighters": "the number of fighters",
    "individuals": "the number of people involved",
}
_QUALIFIERS = {
    "exact": "",
    "at_least": "at least ",
    "at_most": "at most ",
    "approximately": "about ",
    "vague": "about ",
}
# Digits inside outlet names ("24.kg") are names, not claims.
_NAMES = ("outlet names",)


def _support(material: Material, claim: CountClaim, printed: str) -> Support | None:
    """The span of the claiming document that states the printed value, or None (then it is not printed)."""
    mention = material.mentions.get(claim.mention_id)
    if mention is None:
        return None
    spans = [c.span for c in mention.counts if c.kind == claim.kind and c.value == claim.value]
    for span in [*spans, mention.sentence]:
        if span:
            exact = material.span_text(mention.document_id, span)
            if occurs_in(printed, exact.text):
                return Support(printed, mention.document_id, exact)
    return None


def amount(claim: CountClaim) -> str:
    """'at least seven', '12', 'about 200'."""
    return f"{_QUALIFIERS.get(claim.qualifier, '')}{number_words(claim.value)}"


def count_clause(claim: CountClaim) -> str:
    """'one person was killed', 'at least seven people were killed', 'three attackers were killed'."""
    singular, plural, participle = _NOUNS[claim.kind]
    one = claim.value == 1 and claim.qualifier in ("exact", "at_most")
    return f"{amount(claim)} {singular if one else plural} {'was' if one else 'were'} {participle}"


def _outlets(material: Material, claims: list[CountClaim]) -> str:
    return join_list(list(dict.fromkeys(material.outlet_name(c.document_id) for c in claims)))


def _agreed(material: Material, event: Event, kind: str, claims: list[CountClaim], support: Support) -> Draft:
    claim = claims[0]
    outlets = _outlets(material, claims)
    many = len({material.outlet_name(c.document_id) for c in claims}) > 1
    clause = count_clause(claim)
    text = choose(
        [f"{outlets} {'agree' if many else 'reports'} that {clause}", f"According to {outlets}, {clause}"],
        event.id + kind,
    )
    docs = list(dict.fromkeys(c.document_id for c in claims))
    return make_draft(text, docs, fixed=[support], fallback=_NAMES, group=event.id)


def _conflict(
    material: Material, event: Event, kind: str, by_value: dict[int, list[CountClaim]], fixed: list[Support]
) -> Draft:
    values = sorted(by_value)
    topic = _TOPICS[kind]

    def part(value: int) -> tuple[str, str]:
        same = by_value[value]
        return _outlets(material, same), amount(same[0])

    if len(values) <= MAX_LISTED:
        # An outlet that gave several values (a later update, a second report) is named once.
        said_by: dict[str, list[str]] = {}
        many: dict[str, bool] = {}
        for value in values:
            outlets, said = part(value)
            said_by.setdefault(outlets, []).append(said)
            many[outlets] = len({material.outlet_name(c.document_id) for c in by_value[value]}) > 1
        parts = []
        for outlets, figures in said_by.items():
            verb = "give" if many[outlets] else "gives"
            if len(figures) == 1:
                parts.append(f"{outlets} {verb} {figures[0]}")
            elif len(figures) == 2:
                parts.append(f"{outlets} {verb} {figures[0]} in one report and {figures[1]} in another")
            else:
                parts.append(f"{outlets} {verb} {join_list(figures)} in different reports")
        openers = ["Reports differ on", "Sources conflict on"]
        opener = openers[0] if len(said_by) == 1 else choose(openers, event.id + kind)
        text = f"{opener} {topic}: {'; '.join(parts)}"
        kept = fixed
    else:
        low_outlets, low = part(values[0])
        high_outlets, high = part(values[-1])
        text = (
            f"Reports of {topic} range from {low}, given by {low_outlets}, to {high}, given by {high_outlets}"
        )
        kept = [s for s in fixed if s.value in (number_words(values[0]), number_words(values[-1]))]
        by_value = {values[0]: by_value[values[0]], values[-1]: by_value[values[-1]]}
    docs = list(dict.fromkeys(c.document_id for v in sorted(by_value) for c in by_value[v]))
    return make_draft(text, docs, fixed=kept, fallback=_NAMES, group=event.id, tags=(("conflict", kind),))


def count_sentences(material: Material, event: Event) -> list[Draft]:
    """At most two kinds of count per event, each stated once; values no cited span states are left out."""
    by_kind: dict[str, list[CountClaim]] = defaultdict(list)
    for claim in event.count_claims:
        if claim.kind in NARRATED:
            by_kind[claim.kind].append(claim)
    drafts: list[Draft] = []
    for kind in [k for k in NARRATED if k in by_kind][:MAX_KINDS]:
        claims = sorted(by_kind[kind], key=lambda c: (c.value, material.rank(c.document_id)))
        by_value: dict[int, list[CountClaim]] = defaultdict(list)
        fixed: list[Support] = []
        for claim in claims:
            printed = number_words(claim.value)
            support = _support(material, claim, printed)
            if support is None:
                continue
            if claim.value not in by_value:
                fixed.append(support)
            by_value[claim.value].append(claim)
        if not by_value:
            continue
        if len(by_value) == 1:
            value = next(iter(by_value))
            support = next(s for s in fixed if s.value == number_words(value))
            drafts.append(_agreed(material, event, kind, by_value[value], support))
        else:
            drafts.append(_conflict(material, event, kind, dict(by_value), fixed))
    return drafts
