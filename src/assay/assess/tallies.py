"""Conflicting counts of one event: the claims kept, their summary and the best-estimate rule.

Best-estimate rule (per count kind, e.g. "killed"):

1. each independent origin contributes ONE value: that of its latest report (latest
   publication, then highest document id), because tolls are revised upwards as bodies are
   found and a later report supersedes the same origin's earlier one;
2. the best estimate is the value of the most reliable origin (best Admiralty grade), ties
   broken by the origin that is not state-affiliated, then by the later report, then by the
   larger value.

The summary lists every distinct value with the outlets that gave it, the best estimate first,
e.g. "7 killed (BBC News); 6 (Al Jazeera, first day)". "first day" marks a value only ever
reported on the event's first day when other values came later.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from assay.model import Count, CountClaim, Document, Mention, Origin

_GRADE = "ABCDEF"


def collect_claims(mentions: Sequence[Mention]) -> tuple[CountClaim, ...]:
    """Every count every mention reports, attributed to its document and mention."""
    claims = [
        CountClaim(c.kind, c.value, c.qualifier, m.document_id, m.id) for m in mentions for c in m.counts
    ]
    return tuple(sorted(set(claims), key=lambda c: (c.kind, c.document_id, c.mention_id, c.value)))


def _published(doc: Document | None) -> datetime:
    return doc.published_at.replace(tzinfo=None) if doc and doc.published_at else datetime.min


def estimate_counts(
    claims: Sequence[CountClaim], origins: Sequence[Origin], documents: Mapping[int, Document]
) -> tuple[Count, ...]:
    """The best estimate per count kind under the rule in the module docstring."""
    origin_of = {d: o for o in origins for d in o.document_ids}
    best: list[Count] = []
    for kind in sorted({c.kind for c in claims}):
        per_origin: dict[str, CountClaim] = {}
        for claim in (c for c in claims if c.kind == kind):
            origin = origin_of.get(claim.document_id)
            key = origin.key if origin else f"doc@{claim.document_id}"
            held = per_origin.get(key)
            if held is None or _order(claim, documents) > _order(held, documents):
                per_origin[key] = claim

        def rank(item: tuple[str, CountClaim]) -> tuple[int, int, datetime, int, int]:
            key, claim = item
            origin = next((o for o in origins if o.key == key), None)
            grade = _GRADE.index(origin.best_reliability) if origin else 5
            state = int(origin.is_state_affiliated) if origin else 1
            published, doc_id = _order(claim, documents)
            return (-grade, -state, published, doc_id, claim.value)

        _, chosen = max(per_origin.items(), key=rank)
        best.append(Count(kind, chosen.value, chosen.qualifier))
    return tuple(best)


def _order(claim: CountClaim, documents: Mapping[int, Document]) -> tuple[datetime, int]:
    return _published(documents.get(claim.document_id)), claim.document_id


def summarise_claims(
    claims: Sequence[CountClaim],
    best: Sequence[Count],
    documents: Mapping[int, Document],
    first_day: date | None,
) -> str:
    """One line naming every distinct value and who reported it, best estimates first."""
    parts: list[str] = []
    best_of = {c.kind: c.value for c in best}
    for kind in sorted({c.kind for c in claims}):
        values = sorted(
            {c.value for c in claims if c.kind == kind}, key=lambda v: (v != best_of.get(kind), -v)
        )
        latest = {
            v: max(
                _published(documents.get(c.document_id)) for c in claims if c.kind == kind and c.value == v
            )
            for v in values
        }
        for index, value in enumerate(values):
            outlets = sorted(
                {
                    documents[c.document_id].outlet_name
                    if c.document_id in documents
                    else f"doc {c.document_id}"
                    for c in claims
                    if c.kind == kind and c.value == value
                }
            )
            note = ""
            if (
                len(values) > 1
                and first_day is not None
                and latest[value] != datetime.min
                and latest[value].date() <= first_day
                and any(latest[v].date() > first_day for v in values if v != value)
            ):
                note = ", first day"
            label = f"{value} {kind.replace('_', ' ')}" if index == 0 else str(value)
            parts.append(f"{label} ({', '.join(outlets)}{note})")
    return "; ".join(parts)
