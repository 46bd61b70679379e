"""The audit keeps its measured precision and recall on the sample-brief corpus."""

from __future__ import annotations

import json
from pathlib import Path

from assay.audit.evaluation import evaluate_corpus, format_score

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "audit"


def test_corpus_has_enough_briefs_in_every_format() -> None:
    briefs = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["briefs"]
    assert len(briefs) >= 16
    assert {Path(name).suffix for name in briefs} == {".md", ".txt", ".html", ".docx", ".pdf"}


def test_precision_and_recall_stay_above_floors() -> None:
    floors = json.loads((CORPUS / "floors.json").read_text(encoding="utf-8"))
    score = evaluate_corpus(CORPUS)
    report = format_score(score)
    assert score.precision >= floors["precision"], report
    assert score.recall >= floors["recall"], report
