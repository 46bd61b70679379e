"""Precision and recall of the audit on a corpus of sample briefs with a reviewer's expected findings."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from assay.audit.brief import normalise_author
from assay.audit.report import audit_file
from assay.errors import AuditError
from assay.model import Document, Finding


@dataclass(frozen=True, slots=True)
class Expected:
    """One finding a reviewer expects: a rule id and a fragment of its quote or message."""

    rule: str
    quote: str


@dataclass(slots=True)
class BriefScore:
    """How the audit did on one brief."""

    name: str
    true_positives: list[tuple[Expected, Finding]] = field(default_factory=list)
    false_positives: list[Finding] = field(default_factory=list)
    false_negatives: list[Expected] = field(default_factory=list)


@dataclass(slots=True)
class CorpusScore:
    """Precision and recall over the whole corpus, with the per-brief detail behind them."""

    briefs: list[BriefScore]

    @property
    def true_positives(self) -> int:
        """Findings that match an expected finding."""
        return sum(len(b.true_positives) for b in self.briefs)

    @property
    def precision(self) -> float:
        """Share of findings a reviewer expected (1.0 when there are none)."""
        found = self.true_positives + sum(len(b.false_positives) for b in self.briefs)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of expected findings the audit reported (1.0 when none are expected)."""
        expected = self.true_positives + sum(len(b.false_negatives) for b in self.briefs)
        return self.true_positives / expected if expected else 1.0


def _matches(expected: Expected, finding: Finding) -> bool:
    haystack = f"{finding.quote} {finding.message}".lower()
    return finding.rule == expected.rule and expected.quote.lower() in haystack


def score_brief(name: str, expected: list[Expected], findings: list[Finding]) -> BriefScore:
    """Pair findings with expected findings one to one, in order; the rest are misses or false alarms."""
    score = BriefScore(name)
    remaining = list(findings)
    for item in expected:
        match = next((f for f in remaining if _matches(item, f)), None)
        if match is None:
            score.false_negatives.append(item)
        else:
            remaining.remove(match)
            score.true_positives.append((item, match))
    score.false_positives = remaining
    return score


def load_documents(path: Path) -> list[Document]:
    """Documents from a JSONL file in the records format of docs/formats.md."""
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record: dict[str, Any] = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AuditError(f"{path}:{number}: not valid JSON ({exc.msg}); fix that line") from None
        outlet = str(record.get("outlet") or "")
        published = record.get("published")
        documents.append(
            Document(
                id=number,
                content_hash=hashlib.sha256(record["text"].encode()).hexdigest(),
                title=str(record.get("title") or ""),
                text=str(record["text"]),
                outlet_key=normalise_author(outlet).replace(" ", "-"),
                outlet_name=outlet,
                url=record.get("url"),
                author=record.get("author"),
                published_at=datetime.fromisoformat(published) if published else None,
            )
        )
    return documents


def evaluate_corpus(folder: Path) -> CorpusScore:
    """Audit every brief listed in folder/expected.json and score the findings against it."""
    spec = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    scores = []
    for name, entry in sorted(spec["briefs"].items()):
        documents = load_documents(folder / "briefs" / entry["documents"]) if entry.get("documents") else []
        report = audit_file(
            folder / "briefs" / name, standard=entry.get("standard", "icd203"), documents=documents
        )
        expected = [Expected(e["rule"], e["quote"]) for e in entry["expected"]]
        scores.append(score_brief(name, expected, report.findings))
    return CorpusScore(scores)


def format_score(score: CorpusScore) -> str:
    """A plain-text report: misses and false alarms per brief, then precision and recall."""
    lines = []
    for brief in score.briefs:
        for item in brief.false_negatives:
            lines.append(f"MISS  {brief.name}: {item.rule} {item.quote!r}")
        for finding in brief.false_positives:
            lines.append(
                f"FALSE {brief.name}: {finding.rule} line {finding.line}: {finding.message} "
                f"[{finding.quote[:70]}]"
            )
    lines.append(
        f"precision {score.precision:.3f}  recall {score.recall:.3f}  (true positives {score.true_positives})"
    )
    return "\n".join(lines)
