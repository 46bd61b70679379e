"""The inputs of one brief gathered with the lookups every section needs (ranked sources, spans)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from assay.config import CaseConfig
from assay.model import Assessment, Document, Event, Mention, SourceGrade, Span

_RELIABILITY_ORDER = "ABCDEF"


@dataclass(frozen=True)
class Material:
    """Config, assessment, documents and mentions, with derived lookups."""

    config: CaseConfig
    assessment: Assessment
    documents: Mapping[int, Document]
    mentions: Mapping[int, Mention]
    grades: dict[str, SourceGrade] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    @classmethod
    def gather(
        cls,
        config: CaseConfig,
        assessment: Assessment,
        documents: Mapping[int, Document],
        mentions: Mapping[int, Mention],
    ) -> Material:
        """Index the assessment's grades and events."""
        return cls(
            config,
            assessment,
            documents,
            mentions,
            {g.outlet_key: g for g in assessment.source_grades},
            {e.id: e for e in assessment.events},
        )

    def grade_of(self, doc_id: int) -> SourceGrade | None:
        """The case grade of the outlet behind a document."""
        doc = self.documents.get(doc_id)
        return self.grades.get(doc.outlet_key) if doc else None

    def rank(self, doc_id: int) -> tuple[int, str, int]:
        """Sort key that puts the best-graded, earliest document first."""
        grade = self.grade_of(doc_id)
        doc = self.documents.get(doc_id)
        letter = grade.reliability if grade else "F"
        published = doc.published_at.isoformat() if doc and doc.published_at else "9999"
        return (_RELIABILITY_ORDER.index(letter), published, doc_id)

    def best_documents(self, doc_ids: Iterable[int], limit: int = 3) -> list[int]:
        """The best-graded documents among ids, at most one per outlet first, then the rest."""
        ids = sorted({d for d in doc_ids if d in self.documents}, key=self.rank)
        seen: set[str] = set()
        first: list[int] = []
        rest: list[int] = []
        for doc_id in ids:
            outlet = self.documents[doc_id].outlet_key
            (rest if outlet in seen else first).append(doc_id)
            seen.add(outlet)
        return (first + rest)[:limit]

    def span_text(self, doc_id: int, span: Span) -> Span:
        """The span re-read from the document text, so a support always quotes the source exactly."""
        doc = self.documents.get(doc_id)
        if doc is None or not 0 <= span.start <= span.end <= len(doc.text):
            return span
        return Span(span.start, span.end, doc.text[span.start : span.end])

    def mention_spans(self, mention_ids: Iterable[int]) -> list[tuple[int, Span]]:
        """Every span of the given mentions (counts, date, place, sentence) as (doc id, span)."""
        out: list[tuple[int, Span]] = []
        for mention_id in mention_ids:
            mention = self.mentions.get(mention_id)
            if mention is None:
                continue
            spans = [c.span for c in mention.counts] + [mention.date.span, mention.sentence]
            out += [(mention.document_id, self.span_text(mention.document_id, s)) for s in spans if s]
        return out

    def event_documents(self, event_ids: Iterable[str]) -> list[int]:
        """The documents behind the given events, in event order."""
        ids: list[int] = []
        for event_id in event_ids:
            event = self.events.get(event_id)
            if event:
                ids += [d for d in event.document_ids if d not in ids]
        return ids

    def outlet_name(self, doc_id: int) -> str:
        """The outlet that published a document."""
        doc = self.documents[doc_id]
        return doc.outlet_name or doc.outlet_key or "an unnamed outlet"
