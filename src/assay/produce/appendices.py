"""Appendix tables: the event table, the ACH matrix with scores, and the source grades."""

from __future__ import annotations

from collections.abc import Mapping

from assay.model import AchResult, Event, Table
from assay.produce.material import Material
from assay.produce.narrative import COUNT_WORDS
from assay.produce.phrasing import country_name
from assay.produce.values import format_date
from assay.taxonomy import EVENT_TYPES

SOURCES_PER_EVENT = 3


def event_sources(material: Material, event: Event) -> list[int]:
    """The documents the event table cites for an event (best-graded first)."""
    return material.best_documents(event.document_ids, SOURCES_PER_EVENT)


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
        shown = str(values[0]) if len(values) == 1 else "–".join((str(values[0]), str(values[-1])))
        conflict = " (reports differ)" if len(values) > 1 else ""
        parts.append(f"{COUNT_WORDS.get(kind, kind)} {shown}{conflict}")
    return "; ".join(parts) or "—"


def event_table(material: Material, keys: Mapping[int, str]) -> Table:
    """Appendix A: every fused event with date, place, type, counts, credibility and sources."""
    rows = []
    events = sorted(material.assessment.events, key=lambda e: (e.date.start is None, e.date.start, e.id))
    for event in events:
        when = format_date(event.date.start, event.date.precision) if event.date.start else "n.d."
        place = event.place.name if event.place else "—"
        if event.place and event.place.country_code and event.place.precision != "country":
            place += f", {country_name(event.place.country_code)}"
        kind = EVENT_TYPES.get(event.event_type)
        sources = "; ".join(keys[d] for d in event_sources(material, event))
        rows.append(
            (
                event.id,
                when,
                place,
                kind.label if kind else event.event_type,
                _counts_cell(event),
                str(event.credibility),
                f"({sources})" if sources else "—",
            )
        )
    return Table(
        "events",
        "Appendix A. Event table",
        ("Event", "Date", "Place", "Type", "Counts", "Credibility (1–6)", "Sources"),
        tuple(rows),
    )


def ach_table(ach: AchResult) -> Table:
    """Appendix B: the ACH matrix, one row per evidence item, then the scores per hypothesis."""
    keys = [h.key for h in ach.hypotheses]
    rows: list[tuple[str, ...]] = []
    for item in ach.evidence:
        rows.append(
            (
                item.key,
                item.description,
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
            g.ownership,
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
