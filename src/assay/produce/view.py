"""The brief as plain values for templates: sentences split from their citations, with hover notes."""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from typing import Any

from assay.errors import AssayError
from assay.model import Brief, Document, Reference, Sentence
from assay.produce.job import RenderJob
from assay.standards import get_standard

SNIPPET_CONTEXT = 80


def anchor(key: str) -> str:
    """A stable HTML id for a reference key ('Kazinform 2016a' → 'ref-kazinform-2016a')."""
    return "ref-" + re.sub(r"[^\w]+", "-", key.casefold(), flags=re.UNICODE).strip("-")


def split_citation(sentence: Sentence) -> tuple[str, str]:
    """('Gunmen attacked … in Aktobe', '.') when the citation is rendered separately."""
    if not sentence.citations:
        return sentence.text, ""
    cite = " (" + "; ".join(c.key for c in sentence.citations) + ")."
    if sentence.text.endswith(cite):
        return sentence.text[: -len(cite)], "."
    return sentence.text, ""


def _snippet(documents: Mapping[int, Document], doc_id: int, start: int, end: int, text: str) -> str:
    doc = documents.get(doc_id)
    if doc is None:
        return text
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(doc.text), end + SNIPPET_CONTEXT)
    before = ("…" if left else "") + doc.text[left:start]
    after = doc.text[end:right] + ("…" if right < len(doc.text) else "")
    return " ".join(f"{before}[{doc.text[start:end]}]{after}".split())


def hover_note(sentence: Sentence, documents: Mapping[int, Document]) -> str:
    """The source snippets behind a sentence, one per supported value, for the annotated HTML."""
    keys = {c.document_id: c.key for c in sentence.citations}
    lines: list[str] = []
    for support in sentence.supports:
        if support.kind == "span":
            quote = _snippet(
                documents, support.document_id, support.span.start, support.span.end, support.span.text
            )
            lines.append(f"{support.value} — {keys.get(support.document_id, support.document_id)}: “{quote}”")
        else:
            lines.append(f"{support.value} — {support.kind}: {'; '.join(support.inputs)}")
    if not lines:
        for citation in sentence.citations:
            doc = documents.get(citation.document_id)
            lines.append(f"{citation.key}: {doc.title if doc else 'cited document'}")
    return "\n".join(dict.fromkeys(lines))


def _sentence(sentence: Sentence, job: RenderJob) -> dict[str, Any]:
    body, stop = split_citation(sentence)
    return {
        "id": sentence.id,
        "text": sentence.text,
        "body": body,
        "stop": stop,
        "cites": [{"key": c.key, "anchor": anchor(c.key)} for c in sentence.citations],
        "note": hover_note(sentence, job.documents) if job.annotate else "",
        "role": sentence.role,
    }


def _data_uri(path: str, mime: str) -> str:
    with open(path, "rb") as handle:
        return f"data:{mime};base64,{base64.b64encode(handle.read()).decode('ascii')}"


def brief_view(brief: Brief, job: RenderJob, *, inline_figures: bool) -> dict[str, Any]:
    """Everything a template draws, as dictionaries and strings."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for sentence in brief.key_judgments:
        groups.setdefault(sentence.group or sentence.id, []).append(_sentence(sentence, job))
    figures = []
    for figure in brief.figures:
        svg, _ = job.figure_files.get(figure.key, (figure.svg_path, figure.png_path))
        figures.append(
            {
                "number": figure.number,
                "key": figure.key,
                "caption": figure.caption,
                "src": _data_uri(str(svg), "image/svg+xml")
                if inline_figures
                else f"figures/{figure.key}.svg",
                "png": f"figures/{figure.key}.png",
            }
        )
    return {
        "brief": brief,
        "annotate": job.annotate,
        "paper": job.paper,
        "key_judgments": list(groups.values()),
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "paragraphs": [[_sentence(x, job) for x in p.sentences] for p in s.paragraphs],
                "bullets": [_sentence(x, job) for x in s.bullets],
            }
            for s in brief.sections
        ],
        "figures": figures,
        "references": [
            {"ref": r, "anchor": anchor(r.key), "tail": reference_tail(r)} for r in brief.references
        ],
        "appendices": brief.appendices,
        "page_header": page_header(brief),
        "standard": standard_name(brief.standard),
    }


def standard_name(key: str) -> str:
    """The estimative standard as a reader knows it ('icd203' → 'ICD 203'), not its registry key."""
    try:
        title = get_standard(key).title
    except AssayError:  # a standard the registry does not know still prints, as its key
        return key
    return title.split(" (", 1)[0]


def reference_tail(reference: Reference) -> str:
    """What follows the date in a reference entry: the URL part or the note that there is none."""
    head = (
        f"{reference.author} ({reference.year}) ‘{reference.title}’, {reference.outlet}, "
        f"{reference.published.removesuffix('.')}. "
    )
    return reference.text[len(head) :] if reference.text.startswith(head) else reference.text


def page_header(brief: Brief) -> str:
    """The running header of printed pages: the handling banner, else the desk."""
    return css_string(brief.banner or brief.desk or "")


def css_string(text: str) -> str:
    """Text as a CSS string literal for @page content."""
    # Escaped per CSS so that neither a quote nor '<' (which could close the <style> element) survives.
    escaped = "".join(ch if ch.isalnum() or ch in " ./-:,()" else f"\\{ord(ch):x} " for ch in text)
    return f'"{escaped}"'
