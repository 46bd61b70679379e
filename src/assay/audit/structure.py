"""Turn a brief's blocks into its parts: title, question, key judgments, sections and references."""

from __future__ import annotations

import re
from dataclasses import replace

from assay.audit.brief import (
    Block,
    BriefSentence,
    ParsedBrief,
    ReferenceEntry,
    SectionKind,
    normalise_author,
    surname,
)
from assay.audit.citations import find_citations, parse_reference
from assay.audit.reference_wraps import rejoin_entries
from assay.audit.sentences import split_sentences

# Heading words → section kind; the first pattern that matches wins, so specific ones come first.
_SECTION_PATTERNS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (
        "source_summary",
        re.compile(
            r"source (summary|base|note|assessment|statement|descriptor)|"
            r"sourcing|sources and (confidence|methods)|about (the|our) sources|"
            r"note on (the )?sources|quality of (the )?sources",
            re.I,
        ),
    ),
    (
        "references",
        re.compile(
            r"^(references?|bibliography|works cited|sources|source list|notes|"
            r"end ?notes|foot ?notes|citations|reference list)$",
            re.I,
        ),
    ),
    (
        "key_judgments",
        re.compile(
            r"key (judge?ments?|findings|points|assessments?)|\bbluf\b|bottom line|"
            r"executive summary|^summary$|main judge?ments|^assessment summary$",
            re.I,
        ),
    ),
    ("question", re.compile(r"question|requirement|tasking", re.I)),
    ("alternatives", re.compile(r"alternative|competing|other explanations|hypothes", re.I)),
    ("assumptions", re.compile(r"assumptions?|gaps|caveats|limitations|unknowns", re.I)),
    ("indicators", re.compile(r"indicators?|signposts|outlook|what to watch|watch ?list|implications", re.I)),
)
_INLINE_LABELS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = (
    (
        "key_judgments",
        re.compile(
            r"^(?:BLUF|Bottom line(?: up front)?|Key judge?ments?|Summary)\s*[:\u2014\u2013-]\s*", re.I
        ),
    ),
    (
        "question",
        re.compile(r"^(?:(?:Analytical|Key|Intelligence) )?(?:Question|Requirement)\s*[:\u2014-]\s*", re.I),
    ),
    ("source_summary", re.compile(r"^(?:Source (?:summary|note|base)|Sourcing)\s*[:\u2014-]\s*", re.I)),
)
_METADATA = re.compile(r"^(?P<key>[A-Z][A-Za-z ]{1,18}):\s+(?P<value>.{1,120})$")
_MARKING = re.compile(r"^\((?:U|C|S|TS|UNCLASSIFIED|OFFICIAL)(?://[\w ]+)?\)\s*")
_PARA_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*[.)]|\([a-z0-9]{1,3}\))\s+")
_FOOTNOTE_DEF = re.compile(r"^\[\^\w+\]:")


def classify_heading(text: str) -> SectionKind | None:
    """The section a heading opens, or None for an ordinary body heading."""
    cleaned = _PARA_NUMBER.sub("", text.strip()).strip(" :.")
    for kind, pattern in _SECTION_PATTERNS:
        if pattern.search(cleaned):
            return kind
    return None


def parse_brief(blocks: list[Block], path: str) -> ParsedBrief:
    """Assign every block to a section, split sentences, collect citations and reference entries."""
    brief = ParsedBrief(path=path)
    section: SectionKind = "front"
    paragraph = 0
    seen_title = False
    entries: list[tuple[str, int]] = []
    has_title_heading = any(b.kind == "heading" and b.level == 1 for b in blocks)
    has_kj_section = any(
        (b.kind == "heading" and classify_heading(b.text) == "key_judgments")
        or (b.kind != "heading" and _INLINE_LABELS[0][1].match(_MARKING.sub("", b.text)))
        for b in blocks
    )
    for index, block in enumerate(blocks):
        text = _MARKING.sub("", block.text).strip()
        if block.kind == "heading":
            kind = classify_heading(text)
            is_first = not seen_title and not brief.title
            if is_first and (kind is None or (index == 0 and len(text.split()) > 3)):
                brief.title, brief.title_line, seen_title = text, block.line, True
                continue
            brief.headings.append(text)
            section = kind or "body"
            continue
        if (
            not brief.title
            and index == 0
            and len(text) < 140
            and not text.endswith(".")
            and not _METADATA.match(text)
            and not has_title_heading
        ):
            brief.title, brief.title_line, seen_title = text, block.line, True
            continue
        meta = _METADATA.match(text)
        if meta and section == "front":
            if meta["key"].lower() in {"subject", "title", "re"} and not brief.title:
                brief.title, brief.title_line = meta["value"].strip(), block.line
            elif meta["key"].lower() in {"question", "analytical question", "key question", "requirement"}:
                brief.question, brief.question_line = meta["value"].strip(), block.line
            if not any(kind for kind, p in _INLINE_LABELS if p.match(text)):
                continue
        if _FOOTNOTE_DEF.match(text) or section == "references":
            entries.extend(_reference_lines(block, text))
            continue
        block_section: SectionKind = section
        for kind, pattern in _INLINE_LABELS:
            label = pattern.match(text)
            if label:
                block_section, text = kind, text[label.end() :]
                break
        if block_section == "front":
            block_section = "body"
            section = "body"
            if not has_kj_section and not brief.key_judgments and not text.endswith("?"):
                block_section = "key_judgments"
        paragraph += 1
        text = _PARA_NUMBER.sub("", _MARKING.sub("", text)).strip()
        text = _MARKING.sub("", text)
        for sentence in split_sentences(text):
            if block_section == "question" or (
                not brief.question
                and sentence.endswith("?")
                and section in {"front", "body"}
                and paragraph <= 3
            ):
                if not brief.question:
                    brief.question, brief.question_line = sentence, block.line
                if block_section == "question":
                    continue
            brief.sentences.append(
                BriefSentence(
                    sentence,
                    _sentence_line(block, sentence),
                    paragraph,
                    block_section,
                    index,
                    tuple(find_citations(sentence)),
                )
            )
    brief.references = [parse_reference(t, n) for t, n in rejoin_entries(entries)]
    _number_references(brief)
    _cite_known_authors(brief)
    return brief


def _cite_known_authors(brief: ParsedBrief) -> None:
    """Read citations again knowing the reference list, which comes after the text that cites it."""
    known = frozenset(
        name
        for r in brief.references
        for name in (normalise_author(r.author), normalise_author(surname(r.author)))
    )
    if known:
        brief.sentences = [
            replace(s, citations=tuple(find_citations(s.text, known))) for s in brief.sentences
        ]


def _sentence_line(block: Block, sentence: str) -> int:
    """The source line a sentence starts on, when the reader kept the block's lines."""
    probe = sentence[:24]
    for number, text in block.lines:
        if probe in text:
            return number
    return block.line


_ENTRY_END = re.compile(r"[.)\]]$|https?://\S+$")


def _reference_lines(block: Block, text: str) -> list[tuple[str, int]]:
    """One entry per source line when a reference paragraph holds several entries without blank lines."""
    lines = block.lines
    if len(lines) > 1 and all(_ENTRY_END.search(t) for _, t in lines):
        return [(t, n) for n, t in lines]
    return [(text, block.line)]


def _number_references(brief: ParsedBrief) -> None:
    """Give unnumbered entries their list position when the brief cites by number."""
    cites_by_number = any(c.number for s in brief.sentences for c in s.citations)
    if not cites_by_number or any(r.number for r in brief.references):
        return
    brief.references = [replace(r, number=str(i)) for i, r in enumerate(brief.references, start=1)]


def reference_index(brief: ParsedBrief) -> dict[str, ReferenceEntry]:
    """References by the key citations use."""
    return {r.key: r for r in brief.references}
