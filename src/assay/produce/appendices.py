"""Appendix tables: the event table, the ACH matrix with scores, and the source grades."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assay.model import AchResult, Event, Table
from assay.produce.counts import COUNT_WORDS
from assay.produce.material import Material
from assay.produce.phrasing import country_name
from assay.produce.values import dates_in_words, format_date
from assay.taxonomy import EVENT_TYPES

SOURCES_PER_EVENT = 3
# The registry's ownership keys as a table reader reads them.
OWNERSHIP_LABELS = {
    "ngo/academic": "NGO or academic",
    "government primary": "government (primary source)",
    "international public broadcaster": "international public broadcaster",
}
_COUNTRY_CODE = re.compile(r"\bin ([A-Z]{2})\b")


def event_sources(material: Material, event: Event, keys: Mapping[int, str] | None = None) -> list[int]:
    """The documents the event table names for an event: works in the reference list first, best-graded."""
    ranked = material.best_documents(event.document_ids, len(event.document_ids))
    if keys is not None:
        ranked = [d for d in ranked if d in keys] + [d for d in ranked if d not in keys]
    return ranked[:SOURCES_PER_EVENT]


def source_label(material: Material, keys: Mapping[int, str], doc_id: int) -> str:
    """A work's author-date key when the reference list holds it, else its outlet and date.

    The reference list holds the reporting the judgments and discussion rest on (ICD 206); the
    table still names every event's reporting, so a reader can find the rest by outlet and date.
    """
    if doc_id in keys:
        return keys[doc_id]
    doc = material.documents[doc_id]
    when = format_date(doc.published_at.date()) if doc.published_at else "undated"
    return f"{material.outlet_name(doc_id)}, {when}"


def _counts_cell(event: Event) -> str:
    by_kind: dict[str, set[int]] = {}
    for claim in event.count_claims:
        by_kind.setdefault(claim.kind, set()).add(claim.value)
    if not by_kind:
        for count in event.counts:
            by_kind.setdefault(count.kind, set()).add(count.value)
    parts = []
    for kind in sorted(by_kind):
        values = sorted(by_kind[kind])
        shown = f"{values[0]:,}" if len(values) == 1 else f"{values[0]:,}–{values[-1]:,}"
        conflict = " (reports differ)" if len(values) > 1 else ""
        parts.append(f"{COUNT_WORDS.get(kind, kind)} {shown}{conflict}")
    return "; ".join(parts) or "—"


def event_table(material: Material, keys: Mapping[int, str]) -> Table:
    """Appendix A: every fused event with date, place, type, counts, credibility and sources."""
    rows = []
    events = sorted(material.assessment.events, key=lambda e: (e.date.start is None, e.date.start, e.id))
    for number, event in enumerate(events, 1):
        when = format_date(event.date.start, event.date.precision) if event.date.start else "n.d."
        place = event.place.name if event.place else "—"
        if event.place and event.place.country_code and event.place.precision != "country":
            place += f", {country_name(event.place.country_code)}"
        kind = EVENT_TYPES.get(event.event_type)
        # Two documents may share one label (the same work's copies, one outlet's stories of a day).
        labels = dict.fromkeys(source_label(material, keys, d) for d in event_sources(material, event, keys))
        sources = "; ".join(labels)
        rows.append(
            (
                str(number),
                when,
                place,
                kind.label if kind else event.event_type,
                _counts_cell(event),
                str(event.credibility),
                sources or "—",
            )
        )
    return Table(
        "events",
        "Appendix A. Event table",
        ("No.", "Date", "Place", "Type", "Counts", "Credibility (1–6)", "Sources"),
        tuple(rows),
    )


def describe_item(description: str) -> str:
    """An ACH item's description for the table: dates and countries in words, not ISO codes."""
    text = dates_in_words(description, "from").replace(" vs from ", " vs ")
    text = text.replace("(calendar exposure)", "(per calendar day)")
    return _COUNTRY_CODE.sub(lambda m: f"in {country_name(m.group(1))}", text)


def ach_table(ach: AchResult) -> Table:
    """Appendix B: the ACH matrix, one row per evidence item, then the scores per hypothesis."""
    keys = [h.key for h in ach.hypotheses]
    rows: list[tuple[str, ...]] = []
    for item in ach.evidence:
        rows.append(
            (
                item.key,
                describe_item(item.description),
                item.credibility,
                item.relevance,
                *(item.ratings[k].value if k in item.ratings else "—" for k in keys),
            )
        )
    scores = {s.key: s for s in ach.scores}
    shown: dict[str, dict[str, str]] = {"Inconsistency": {}, "Weighted inconsistency": {}, "Rank": {}}
    for key, score in scores.items():
        shown["Inconsistency"][key] = f"{score.inconsistency:g}"
        shown["Weighted inconsistency"][key] = f"{score.weighted_inconsistency:.2f}"
        shown["Rank"][key] = str(score.rank)
    for label, values in shown.items():
        rows.append(("", label, "", "", *(values.get(k, "—") for k in keys)))
    return Table(
        "ach",
        "Appendix B. ACH matrix with scores",
        ("Evidence", "Description", "Credibility", "Relevance", *keys),
        tuple(rows),
    )


def grades_table(material: Material) -> Table:
    """Appendix C: each outlet's Admiralty reliability as applied in the case."""
    grades = sorted(material.grades.values(), key=lambda g: (-g.documents, g.outlet_name))
    rows = tuple(
        (
            g.outlet_name,
            OWNERSHIP_LABELS.get(g.ownership, g.ownership),
            country_name(g.country) if g.country else "—",
            g.reliability,
            str(g.documents),
            g.rationale,
        )
        for g in grades
    )
    return Table(
        "grades",
        "Appendix C. Source grades",
        ("Outlet", "Ownership", "Country", "Reliability", "Documents", "Rationale"),
        rows,
    )
