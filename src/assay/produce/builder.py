"""build_brief: the assessment, its documents and mentions turned into one Brief model."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from assay.config import CaseConfig
from assay.errors import ProduceError
from assay.model import Assessment, Brief, Document, Figure, Mention, Paragraph, Section, Sentence
from assay.produce.alternatives import alternatives_drafts
from assay.produce.analysis import assumptions_drafts, scope_drafts
from assay.produce.appendices import ach_table, event_table, grades_table
from assay.produce.draft import Draft, collapse_copies, finish_draft
from assay.produce.judgments import key_judgment_drafts, title_of
from assay.produce.material import Material
from assay.produce.narrative import narrate_events
from assay.produce.outlook import outlook_drafts
from assay.produce.references import build_references, copy_map, sort_references
from assay.produce.sourcing import source_summary_drafts
from assay.produce.trends import describe_trends
from assay.produce.values import find_values, format_date

FIGURE_CAPTIONS = {
    "timeline": "Timeline of the fused events by type over the case period",
    "rates": "Event rates in the baseline and recent windows, with credible intervals of the rate ratio",
    "map": "Map of the fused events by place",
}
SECTION_TITLES = {
    "scope": "Scope",
    "discussion": "Discussion",
    "alternatives": "Alternative explanations",
    "outlook": "Outlook and indicators",
    "assumptions": "Assumptions and gaps",
    "sources": "Source summary statement",
}


def _cutoff(config: CaseConfig, documents: Mapping[int, Document], now: datetime) -> str:
    published = [d.published_at.date() for d in documents.values() if d.published_at]
    if published:
        latest = max(published)
        if config.case.end and config.case.end < latest:
            latest = config.case.end
        return format_date(latest)
    return format_date(config.case.end or now.date())


def _figures(assessment: Assessment) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    # The assess stage names its figures events_over_time, rate_ratios and event_map, each with
    # "<name>.svg" and "<name>.png" entries.
    for key, name in (("timeline", "events_over_time"), ("rates", "rate_ratios"), ("map", "event_map")):
        svg = assessment.figures.get(f"{name}.svg") or assessment.figures.get(key)
        if not svg:
            continue
        png = assessment.figures.get(f"{name}.png") or str(Path(svg).with_suffix(".png"))
        figures.append(Figure(len(figures) + 1, key, FIGURE_CAPTIONS[key], svg, png))
    return tuple(figures)


def _check(sentence: Sentence) -> None:
    text = sentence.text
    if sentence.citations:
        # Cut the author-date block exactly: outlet names such as "24.kg" or "Ahram Online (AFP)"
        # inside it are neither values nor a place to split on.
        cut = text.rfind(f" ({sentence.citations[0].key}")
        text = text[:cut] if cut != -1 else text
    values = find_values(text)
    supported = [s.value for s in sentence.supports]
    if sorted(values) != sorted(supported):
        raise ProduceError(
            f"Sentence {sentence.id} ({sentence.text!r}) prints {values} but supports {supported}; "
            "this is a bug in the brief's wording"
        )
    cited = {c.document_id for c in sentence.citations}
    for support in sentence.supports:
        if support.kind == "span" and support.document_id not in cited:
            raise ProduceError(
                f"Sentence {sentence.id} rests on document {support.document_id} without citing it"
            )


def build_brief(
    config: CaseConfig,
    assessment: Assessment,
    documents: Mapping[int, Document],
    mentions: Mapping[int, Mention],
    *,
    now: datetime | None = None,
) -> Brief:
    """Write the brief: title, question, key judgments, sections, figures, references and appendices."""
    when = now or datetime.now(UTC)
    material = Material.gather(config, assessment, documents, mentions)
    kj = key_judgment_drafts(material)
    drafted: dict[str, list[list[Draft]]] = {
        "scope": scope_drafts(material),
        "discussion": narrate_events(material) + describe_trends(material),
        "alternatives": alternatives_drafts(material),
        "outlook": outlook_drafts(material),
        "assumptions": assumptions_drafts(material),
        "sources": source_summary_drafts(material),
    }
    cited: list[int] = []
    for paragraphs in [kj, *drafted.values()]:
        for paragraph in paragraphs:
            for draft in paragraph:
                cited += [d for d in draft.doc_ids if d not in cited]
    # Copies of one article share one reference; the event table may name uncited copies too.
    copies = copy_map([*cited, *documents], documents)
    kj = [[collapse_copies(d, copies, documents) for d in pair] for pair in kj]
    drafted = {
        key: [[collapse_copies(d, copies, documents) for d in group] for group in paragraphs]
        for key, paragraphs in drafted.items()
    }
    every = [draft for paragraphs in [kj, *drafted.values()] for group in paragraphs for draft in group]
    cited = list(dict.fromkeys(d for draft in every for d in draft.doc_ids))
    references = build_references(cited, documents, copies)
    keys = {doc_id: ref.key for doc_id, ref in references.items()}

    key_judgments = tuple(
        finish_draft(draft, keys, f"kj.{i}.{j}")
        for i, pair in enumerate(kj, 1)
        for j, draft in enumerate(pair, 1)
    )
    sections = []
    for key, drafts in drafted.items():
        finished = tuple(
            Paragraph(tuple(finish_draft(d, keys, f"{key}.{i}.{j}") for j, d in enumerate(group, 1)))
            for i, group in enumerate(drafts, 1)
            if group
        )
        sections.append(Section(key, SECTION_TITLES[key], finished))
    for sentence in key_judgments:
        _check(sentence)
    for section in sections:
        for finished_paragraph in section.paragraphs:
            for sentence in finished_paragraph.sentences:
                _check(sentence)
    appendices = [event_table(material, keys)]
    if assessment.ach is not None and assessment.ach.scores:
        appendices.append(ach_table(assessment.ach))
    if material.grades:
        appendices.append(grades_table(material))
    return Brief(
        title=title_of(material),
        question=config.case.question,
        desk=config.brief.desk,
        author=config.brief.author,
        cutoff=_cutoff(config, documents, when),
        banner=config.brief.banner,
        standard=config.case.standard,
        key_judgments=key_judgments,
        sections=tuple(sections),
        figures=_figures(assessment),
        references=sort_references(references.values()),
        appendices=tuple(appendices),
        generated_at=when.isoformat(timespec="seconds"),
    )
