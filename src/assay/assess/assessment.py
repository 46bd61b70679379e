"""The assess stage in order: grade sources, fuse events, count trends, score hypotheses, judge, draw.

Pure: it reads only its arguments and writes only figure files (when given a folder).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pycountry

from assay.assess.ach import score_ach
from assay.assess.coreference import find_anchors
from assay.assess.evidence import build_evidence
from assay.assess.expectations import parse_expectation
from assay.assess.figures import draw_event_map, draw_events_over_time, draw_rate_ratios
from assay.assess.fusion import fuse_mentions, select_mentions
from assay.assess.judgments import judge_forecast, judge_question, judge_trend, main_indicator
from assay.assess.newspeg import date_by_news_peg
from assay.assess.scope import Scope, scope_events
from assay.assess.sources import OriginContext, OutletLookup, grade_sources
from assay.assess.trends import choose_windows, compare_indicators, count_periods
from assay.config import CaseConfig
from assay.model import Assessment, Document, Judgment, Mention, Origin
from assay.standards import get_standard


def assess_case(
    config: CaseConfig,
    documents: Sequence[Document],
    mentions: Sequence[Mention],
    outlets: OutletLookup,
    *,
    figures_dir: Path | None = None,
    now: datetime | None = None,
) -> Assessment:
    """Turn a case's documents and mentions into graded sources, events, trends, ACH and judgments."""
    case = config.case
    by_id = {d.id: d for d in documents}
    context = OriginContext.build(outlets, case.countries, documents)
    anchors = find_anchors(mentions)
    mentions, pegged = date_by_news_peg(mentions, by_id, anchors)
    _, left_out = select_mentions(mentions)
    notes: list[str] = []
    if pegged:
        notes.append(
            f"{pegged} undated mention{'s' if pegged != 1 else ''} of current-news types (statements, "
            "arrests, trials, laws, exercises, propaganda, travel) were dated to the week ending on "
            "their report's publication day (the news peg)"
        )
    if anchors:
        notes.append(
            f"{len(anchors)} undated mention{'s' if len(anchors) != 1 else ''} joined the event of a dated "
            "mention of the same document (same type family, compatible place and counts)"
        )
    unfused = [m for m in left_out if m.id not in anchors]
    if unfused:
        undated = sum(1 for m in unfused if not m.date.is_dated)
        notes.append(
            f"{len(unfused)} of {len(mentions)} mentions were not fused into events "
            f"({undated} undated with no dated mention of the same event in their document, "
            f"{len(unfused) - undated} denied or hypothetical)"
        )
    fused = fuse_mentions(mentions, by_id, context, anchors)
    scope = Scope(tuple(case.countries), case.start, case.end)
    events, scope_notes = scope_events(fused, mentions, by_id, scope)
    notes += scope_notes
    w = config.windows
    windows = choose_windows(
        (w.baseline.start, w.baseline.end) if w.baseline else None,
        (w.recent.start, w.recent.end) if w.recent else None,
        w.exposure,
        case.start,
        case.end,
        events,
    )
    hypotheses = config.hypothesis_models()
    parsed = [p for h in hypotheses for x in h.expectations if (p := parse_expectation(x)) is not None]
    wanted = [p.family for p in parsed if p.family] + [p.other for p in parsed if p.other]
    changes, rate_notes = compare_indicators(events, windows, documents, wanted)
    notes += rate_notes
    ach = None
    if hypotheses:
        items, extra, ev_notes = build_evidence(hypotheses, events, changes, windows, config.ratings)
        changes += extra
        notes += ev_notes
        ach = score_ach(hypotheses, items)
    standard = get_standard(case.standard)
    places = _places(case.countries, case.region)
    time_frame = (
        f"{(case.start or windows.baseline[0]).isoformat()} to {(case.end or windows.recent[1]).isoformat()}"
    )
    judgments: list[Judgment] = []
    if ach is not None:
        judgments.append(
            judge_question(case.question, ach, events, standard, time_frame, case.region or places)
        )
    judgments.append(judge_forecast(events, windows, places, standard))
    indicator = main_indicator(ach, changes)
    if indicator is not None:
        judgments.append(judge_trend(indicator, events, windows, places, standard))
    figures: dict[str, str] = {}
    if figures_dir is not None:
        figures |= draw_events_over_time(events, figures_dir)
        figures |= draw_rate_ratios(changes, figures_dir)
        figures |= draw_event_map(events, case.countries, figures_dir)
    origins: dict[tuple[str, tuple[int, ...]], Origin] = {}
    for e in events:
        for o in e.origins:
            origins.setdefault((o.key, o.document_ids), o)
    return Assessment(
        case_name=case.name,
        generated_at=now or datetime.now(UTC),
        source_grades=grade_sources(documents, outlets),
        origins=tuple(origins[k] for k in sorted(origins)),
        events=events,
        period_counts=count_periods(events),
        rate_changes=changes,
        ach=ach,
        judgments=tuple(judgments),
        figures=figures,
        notes=(
            *notes,
            f"windows: baseline {windows.label('baseline')}, recent {windows.label('recent')}; "
            f"exposure {windows.exposure}",
        ),
    )


def _places(countries: Sequence[str], region: str) -> str:
    """How a judgment names the case area: the region, else the countries by name."""
    if region:
        return region
    names = []
    for code in countries:
        country = pycountry.countries.get(alpha_2=code)
        names.append(getattr(country, "common_name", None) or (country.name if country else code))
    return ", ".join(names) or "the case area"
