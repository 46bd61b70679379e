"""Fusion of mentions from every document into real-world events, deterministically.

Which mentions take part: only dated mentions whose modality is asserted, reported or planned.
Undated mentions cannot be placed on a timeline unless they continue a dated mention of their
own document (assess.coreference), in which case they join that mention's event and lend it
their counts and actors; the rest, and denied or hypothetical mentions (which did not happen),
are left out and counted in the assessment notes.

Two mentions may describe the same event when ALL of these hold:

* type: the same taxonomy family (taxonomy.family_of), or the same type when it is not in the
  taxonomy;
* date: their intervals overlap once each is widened by the tolerance of its precision
  (day 1, week 3, month 7, season 14, year 30 days): reports written a day later say
  "yesterday", and coarser dates are honest about their spread;
* place: the same country, and then the same city (GeoNames id, else name and a shared or
  unknown admin1: Springfield, Illinois is not Springfield, Missouri) when both are city/point
  level, the same county likewise when both are admin2 (county) level, the same admin1
  when one side is admin1 or admin2 level, and anything within the
  country when one side is only country or region level; a mention without a place fits
  any place;
* counts: for every count kind both report, the larger value is at most 3 × the smaller + 5
  (tolls rise as reports come in, but 2 and 40 killed are different events), or 5 × + 10 when
  the smaller is a floor ("at least six"); a toll from a
  source that counts no attackers apart may also match the other's victims and attackers
  together (ACLED's fatalities include the attackers).

Clustering is complete-linkage and greedy in a fixed order (finest date precision first, then
date, document id, mention id); a mention joins the compatible event whose date is nearest,
ties to the earlier-created event, otherwise it starts a new one. Event ids read
"ev-<date>-<country>-<admin1 or place>-<type>" with "-2", "-3" for same-day twins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TypeVar

from assay.assess.credibility import rate_credibility
from assay.assess.sources import OriginContext, find_origins
from assay.assess.tallies import collect_claims, estimate_counts, summarise_claims
from assay.model import Actor, ActorRole, Count, Document, Event, Mention, Modality, Place, TimeSpan
from assay.taxonomy import EVENT_TYPES, family_of

FUSED_MODALITIES: frozenset[Modality] = frozenset({"asserted", "reported", "planned"})
TOLERANCE_DAYS = {"day": 1, "week": 3, "month": 7, "season": 14, "year": 30, "none": 0}
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "none": 5}
_PLACE_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 5}
T = TypeVar("T")
_GENERIC_TYPES = frozenset({"attack", "statement"})


def select_mentions(mentions: Sequence[Mention]) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """Split mentions into those fused into events and those left out (undated, denied, hypothetical)."""
    kept = tuple(m for m in mentions if m.date.is_dated and m.modality in FUSED_MODALITIES)
    kept_ids = {id(m) for m in kept}
    return kept, tuple(m for m in mentions if id(m) not in kept_ids)


def _interval(m: Mention) -> tuple[date, date]:
    assert m.date.start is not None
    tol = timedelta(days=TOLERANCE_DAYS[m.date.precision])
    return m.date.start - tol, (m.date.end or m.date.start) + tol


def dates_compatible(a: Mention, b: Mention) -> bool:
    """Whether the widened date intervals of two mentions overlap."""
    (a0, a1), (b0, b1) = _interval(a), _interval(b)
    return a0 <= b1 and b0 <= a1


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Whether two places can be the same location (see the module docstring)."""
    if a is None or b is None:
        return True
    if a.country_code and b.country_code and a.country_code.upper() != b.country_code.upper():
        return False
    fine = {"point", "city"}
    if (a.precision in fine and b.precision in fine) or a.precision == b.precision == "admin2":
        if a.geonames_id is not None and a.geonames_id == b.geonames_id:
            return True
        if a.admin1_code and b.admin1_code and a.admin1_code.casefold() != b.admin1_code.casefold():
            return False  # namesakes in two states or provinces
        return a.name.casefold() == b.name.casefold()
    # A county is inside its state: against a coarser or finer place only the state can be compared.
    units = {"admin1", "admin2"}
    if (
        units & {a.precision, b.precision}
        and a.precision in fine | units
        and b.precision in fine | units
    ):
        if a.admin1_code and b.admin1_code:
            return a.admin1_code.casefold() == b.admin1_code.casefold()
        return bool(a.admin1_name) and a.admin1_name.casefold() == b.admin1_name.casefold()
    return True


def _close(a: Count, b: Count) -> bool:
    """Two values of one count agree: the larger is at most 3 × the smaller + 5, or 5 × + 10 when
    the smaller is a floor ("at least six dead", early in a toll that rose to 25)."""
    low, high = sorted((a, b), key=lambda c: c.value)
    if low.qualifier == "at_least":
        return high.value <= 5 * low.value + 10
    return high.value <= 3 * low.value + 5


def _all_dead(m: Mention) -> Count | None:
    """Everyone a mention says died, attackers included, when it counts the attackers apart."""
    killed = next((c for c in m.counts if c.kind == "killed"), None)
    attackers = next((c for c in m.counts if c.kind == "attackers_killed"), None)
    if killed is None or attackers is None:
        return None
    return replace(killed, value=killed.value + attackers.value)


def counts_compatible(a: Mention, b: Mention) -> bool:
    """Whether every count kind both mentions report agrees (see `_close`).

    A death toll from a source that counts no attackers apart may hold them (ACLED's fatalities
    do): it also agrees with the other side's victims and attackers together (Aktobe: "six
    killed, 18 attackers killed" and "25 fatalities" are one attack).
    """
    for ca in a.counts:
        for cb in b.counts:
            if ca.kind != cb.kind or _close(ca, cb):
                continue
            if ca.kind == "killed":
                dead_a, dead_b = _all_dead(a), _all_dead(b)
                if (dead_a is None) != (dead_b is None) and _close(dead_a or ca, dead_b or cb):
                    continue
            return False
    return True


def types_compatible(a: Mention, b: Mention) -> bool:
    """Same taxonomy family (or the same unknown type)."""
    fa, fb = family_of(a.event_type), family_of(b.event_type)
    return a.event_type == b.event_type if "other" in (fa, fb) else fa == fb


def mentions_compatible(a: Mention, b: Mention) -> bool:
    """Whether two mentions may report the same event."""
    return (
        types_compatible(a, b)
        and dates_compatible(a, b)
        and places_compatible(a.place, b.place)
        and counts_compatible(a, b)
    )


def cluster_mentions(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Greedy complete-linkage clusters of compatible mentions, in a fixed order."""
    ordered = sorted(
        mentions, key=lambda m: (_PRECISION_RANK[m.date.precision], m.date.start, m.document_id, m.id)
    )
    clusters: list[list[Mention]] = []
    for m in ordered:
        candidates = [(i, c) for i, c in enumerate(clusters) if all(mentions_compatible(m, x) for x in c)]
        if not candidates:
            clusters.append([m])
            continue
        day = m.date.start
        assert day is not None
        # Nearest by the cluster's first (most precise) mention; earlier-created clusters win ties.
        nearest = min(
            candidates, key=lambda item: (abs((day - (item[1][0].date.start or day)).days), item[0])
        )
        nearest[1].append(m)
    return clusters


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _modal(values: Sequence[T]) -> T:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], values.index(v)))


def fuse_mentions(
    mentions: Sequence[Mention],
    documents: Mapping[int, Document],
    context: OriginContext,
    anchors: Mapping[int, int] | None = None,
) -> tuple[Event, ...]:
    """Fuse eligible mentions into events with origins, credibility and count claims.

    anchors maps an undated mention's id to the dated mention of its document it continues
    (assess.coreference); the undated mention joins that mention's event.
    """
    kept, left_out = select_mentions(mentions)
    clusters = cluster_mentions(kept)
    if anchors:
        home = {m.id: c for c in clusters for m in c}
        for m in left_out:
            anchor = anchors.get(m.id)
            if anchor is not None and anchor in home and m.modality in FUSED_MODALITIES:
                home[anchor].append(m)
    drafts = [_draft(c, documents, context) for c in clusters]
    drafts.sort(key=lambda e: (e.date.start, e.id, e.mention_ids))
    seen: Counter[str] = Counter()
    events = []
    for e in drafts:
        seen[e.id] += 1
        events.append(replace(e, id=e.id if seen[e.id] == 1 else f"{e.id}-{seen[e.id]}"))
    return tuple(events)


def _draft(cluster: list[Mention], documents: Mapping[int, Document], context: OriginContext) -> Event:
    types = [m.event_type for m in cluster]
    tally = Counter(types)
    event_type = min(tally, key=lambda t: (-tally[t], t in _GENERIC_TYPES, t))
    finest = min(_PRECISION_RANK[m.date.precision] for m in cluster)
    precise = [m for m in cluster if _PRECISION_RANK[m.date.precision] == finest]
    spans = [(m.date.start, m.date.end or m.date.start) for m in precise if m.date.start is not None]
    start, end = _modal(spans)
    when = TimeSpan(start, end, precise[0].date.precision)
    places = [m.place for m in cluster if m.place is not None]
    place: Place | None = None
    if places:
        top = min(_PLACE_RANK[p.precision] for p in places)
        place = _modal([p for p in places if _PLACE_RANK[p.precision] == top])
        if place.span is not None:
            place = replace(place, span=None)
    doc_ids = tuple(sorted({m.document_id for m in cluster}))
    docs = [documents[d] for d in doc_ids if d in documents]
    origins = find_origins(docs, context)
    credibility, reason = rate_credibility(origins)
    claims = collect_claims(cluster)
    best = estimate_counts(claims, origins, documents)
    actors = _event_actors(cluster, event_type)
    ranks: tuple[Modality, ...] = ("asserted", "reported", "planned")
    modality: Modality = next((x for x in ranks if any(m.modality == x for m in cluster)), "asserted")
    area = "xx"
    if place is not None:
        area = _slug(place.admin1_code or place.admin1_name or place.name) or "xx"
    country = _slug(place.country_code) if place and place.country_code else "xx"
    label = EVENT_TYPES[event_type].label if event_type in EVENT_TYPES else event_type.replace("_", " ")
    where = f" in {place.name}" if place else ""
    return Event(
        id=f"ev-{start.isoformat()}-{country}-{area}-{_slug(event_type)}",
        event_type=event_type,
        date=when,
        place=place,
        mention_ids=tuple(sorted(m.id for m in cluster)),
        document_ids=doc_ids,
        counts=best,
        count_claims=claims,
        count_summary=summarise_claims(claims, best, documents, start),
        actors=actors,
        modality=modality,
        origins=origins,
        credibility=credibility,
        credibility_reason=reason,
        summary=f"{label.capitalize()}{where} on {start.isoformat()}"
        + (f" ({len(origins)} independent origin{'s' if len(origins) != 1 else ''})" if origins else ""),
    )


def _event_actors(cluster: list[Mention], event_type: str) -> tuple[Actor, ...]:
    """The event's actors with one role each, read from the mentions of the event's own type.

    A cluster may hold the response to an attack ("police shot dead the gunmen", coded as a clash
    with the police as actor 1); its roles are not the attack's, or the police would become the
    attack's perpetrators. An actor given two roles keeps the one most mentions give it, a tie
    going to target (naming a victim as a perpetrator is the worse error).
    """
    own = [m for m in cluster if m.event_type == event_type] or cluster
    votes: dict[str, Counter[ActorRole]] = {}
    first: dict[str, Actor] = {}
    for m in own:
        for a in m.actors:
            votes.setdefault(a.key, Counter())[a.role] += 1
            first.setdefault(a.key, a)
    out: list[Actor] = []
    for key, a in first.items():
        roles = votes[key]
        role = max(roles, key=lambda r: (roles[r], r == "target", r))
        out.append(Actor(a.key, a.name, a.actor_type, role))
    return tuple(sorted(out, key=lambda a: (a.role, a.key)))
