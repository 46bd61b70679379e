"""provenance.json: every sentence of a brief with its citations and the spans behind each number and date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assay.model import Brief, Sentence


def _sentence(sentence: Sentence, section: str) -> dict[str, Any]:
    return {
        "id": sentence.id,
        "section": section,
        "role": sentence.role,
        "is_factual": sentence.is_factual,
        "text": sentence.text,
        "citations": [{"key": c.key, "document_id": c.document_id} for c in sentence.citations],
        "supports": [
            {
                "value": s.value,
                "kind": s.kind,
                "document_id": s.document_id,
                "start": s.span.start,
                "end": s.span.end,
                "text": s.span.text,
                "inputs": list(s.inputs),
            }
            for s in sentence.supports
        ],
    }


def provenance_record(brief: Brief) -> dict[str, Any]:
    """The sidecar's content as plain JSON values."""
    sentences = [_sentence(s, "key_judgments") for s in brief.key_judgments]
    for section in brief.sections:
        for paragraph in section.paragraphs:
            sentences += [_sentence(s, section.key) for s in paragraph.sentences]
        sentences += [_sentence(s, section.key) for s in section.bullets]
    return {
        "format": "assay-provenance/1",
        "title": brief.title,
        "generated_at": brief.generated_at,
        "standard": brief.standard,
        "sentences": sentences,
        "references": [
            {"key": r.key, "document_id": r.document_id, "text": r.text, "url": r.url}
            for r in brief.references
        ],
        "figures": [{"number": f.number, "key": f.key, "caption": f.caption} for f in brief.figures],
    }


def write_provenance(brief: Brief, out_dir: Path) -> Path:
    """Write out_dir/provenance.json (stable key order, UTF-8)."""
    target = out_dir / "provenance.json"
    target.write_text(
        json.dumps(provenance_record(brief), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return target
