"""PDF text as a reader sees the page: tables and running heads set aside, title and headings by type size."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assay.audit.brief import Block
from assay.audit.pdf_wraps import join_lines, superscript_notes
from assay.errors import AuditError

# Layout extraction renders horizontal distance as spaces; three or more mean a gutter between cells.
_GUTTER = re.compile(r" {3,}")
_LIST_MARKER = re.compile(r"^(?:[•·▪◦‣∙*–-]|\d{1,3}[.)]|\(?[a-z0-9]{1,3}\))$")
_BULLET_START = re.compile(r"^(?:[•·▪◦‣∙]\s*|[*–-]\s+|\d{1,3}[.)]\s+|\([a-z0-9]{1,3}\)\s+)")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*#+\s*[-–—]?(?:\s*(?:of|/)\s*#+)?$", re.I)
_SENTENCE_END = re.compile(r"[.!?:)\]\"”’]$")
_BOLD = re.compile(r"bold|black|heavy|demi|semibold", re.I)
# Running heads and feet sit within this many text lines of a page's top or bottom edge.
_EDGE_LINES = 3
# A continuation line of a table cell starts within this many columns of a cell it continues.
_ALIGN = 4


@dataclass(frozen=True, slots=True)
class Style:
    """The type a line is set in: effective size in points and whether it is bold."""

    size: float
    bold: bool


@dataclass(slots=True)
class PdfLine:
    """One line of layout text with its page, indentation, running number and type."""

    text: str
    indent: int
    page: int
    number: int
    style: Style | None = None

    @property
    def blank(self) -> bool:
        """True for a line with no text."""
        return not self.text


def read_pdf_blocks(path: Path) -> list[Block]:
    """Read a PDF into blocks: prose only, tables and running heads left out, title found by type size."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise AuditError(f"{path}: the PDF is encrypted; export an unprotected copy")
    pages: list[list[PdfLine]] = []
    sizes: Counter[float] = Counter()
    number = 0
    for page_index, page in enumerate(reader.pages):
        styles = _line_styles(page, sizes)
        lines: list[PdfLine] = []
        for raw in (page.extract_text(extraction_mode="layout") or "").splitlines():
            number += 1
            text = raw.rstrip()
            stripped = text.lstrip()
            lines.append(
                PdfLine(
                    stripped, len(text) - len(stripped), page_index, number, _take_style(styles, stripped)
                )
            )
        pages.append(lines)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    _drop_running_heads(pages, body)
    prose = [_without_tables(lines) for lines in pages]
    return _blocks(prose, body)


def _key(text: str) -> str:
    return "".join(text.split())


def _take_style(styles: dict[str, list[Style]], text: str) -> Style | None:
    """The style of the next line on the page with this text; the last one serves any later repeat."""
    found = styles.get(_key(text))
    if not found:
        return None
    return found.pop(0) if len(found) > 1 else found[0]


def _line_styles(page: Any, sizes: Counter[float]) -> dict[str, list[Style]]:
    """Type size and weight of each rendered line, keyed by its text without spaces, top line first.

    The visitor reports each text run with its matrices and font; runs that share a baseline
    form a line. Sizes are counted by characters so the body size is the commonest one. The
    same text can sit on several lines of a page (a wrapped "Turkmenistan" in a reference and
    in a table below it), so each key keeps its lines' styles in reading order.
    """
    runs: list[tuple[float, float, str, float, bool]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        if not text.strip():
            return
        _, _, c, d, e, f = _multiply(tm, cm)
        size = round(abs(font_size) * math.hypot(c, d), 1)
        name = str(font.get("/BaseFont", "")) if font is not None else ""
        runs.append((round(f, 0), e, text, size, bool(_BOLD.search(name))))

    page.extract_text(visitor_text=visit)
    by_baseline: dict[float, list[tuple[float, str, float, bool]]] = {}
    for y, x, text, size, bold in runs:
        by_baseline.setdefault(y, []).append((x, text, size, bold))
    styles: dict[str, list[Style]] = {}
    # PDF y grows upwards: the highest baseline is read first.
    for _, parts in sorted(by_baseline.items(), key=lambda item: -item[0]):
        parts.sort()
        weights: Counter[float] = Counter()
        bold_chars = 0
        for _, text, size, bold in parts:
            count = len(_key(text))
            weights[size] += count
            sizes[size] += count
            bold_chars += count if bold else 0
        total = sum(weights.values())
        styles.setdefault(_key("".join(t for _, t, _, _ in parts)), []).append(
            Style(weights.most_common(1)[0][0], bold_chars >= 0.8 * total)
        )
    return styles


def _multiply(m: list[float], n: list[float]) -> tuple[float, float, float, float, float, float]:
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _drop_running_heads(pages: list[list[PdfLine]], body: float) -> None:
    """Blank lines at a page's top or bottom that recur on other pages, number the page, or are banners.

    A banner is a short line in smaller type than the body, first or last on the page and not
    a table row, so a one-page brief loses its classification line and running head too.
    """

    def edges(lines: list[PdfLine]) -> list[PdfLine]:
        text = [line for line in lines if not line.blank]
        return text[:_EDGE_LINES] + text[-_EDGE_LINES:]

    def masked(line: PdfLine) -> str:
        return " ".join(re.sub(r"\d+", "#", line.text).lower().split())

    recurring = Counter(key for lines in pages for key in {masked(line) for line in edges(lines)})
    for lines in pages:
        text = [line for line in lines if not line.blank]
        outermost = [text[0], text[-1]] if text else []
        for line in edges(lines):
            key = masked(line)
            small = (
                line in outermost
                and line.style is not None
                and 0 < line.style.size < 0.9 * body
                and len(_cells(line)) == 1
            )
            if (
                _PAGE_NUMBER.match(key)
                or (len(pages) > 1 and recurring[key] >= max(2, len(pages) // 2))
                or (small and len(line.text.split()) <= 10 and not _SENTENCE_END.search(line.text))
            ):
                line.text = ""


def _cells(line: PdfLine) -> list[tuple[int, str]]:
    """The cells of a line split at gutters, with the column each starts in; list markers stay whole."""
    cells: list[tuple[int, str]] = []
    column = line.indent
    position = 0
    for match in _GUTTER.finditer(line.text):
        cells.append((column + position, line.text[position : match.start()]))
        position = match.end()
    cells.append((column + position, line.text[position:]))
    if len(cells) > 1 and _LIST_MARKER.match(cells[0][1]):
        marker = cells.pop(0)[1]
        cells[0] = (cells[0][0], f"{marker} {cells[0][1]}")
    return cells


def _without_tables(lines: list[PdfLine]) -> list[PdfLine]:
    """Blank every table region: rows of cells split by gutters, with the lines that wrap inside cells.

    A region needs two rows, or one row of three cells, so a stray wide space in prose is not
    taken for a table; a line continues a region when it starts under one of its cell columns.
    """
    text_lines = [line for line in lines if not line.blank]
    margin = min((line.indent for line in text_lines), default=0)
    index = 0
    while index < len(text_lines):
        cells = _cells(text_lines[index])
        if len(cells) < 2:
            index += 1
            continue
        region = [text_lines[index]]
        rows = 1
        widest = len(cells)
        columns = {column for column, _ in cells}
        following = index + 1
        while following < len(text_lines):
            line = text_lines[following]
            more = _cells(line)
            if len(more) >= 2:
                rows += 1
                widest = max(widest, len(more))
                columns |= {column for column, _ in more}
            elif not (
                _inside_cell(line, columns, margin) or _wraps_first_cell(text_lines, following, columns)
            ):
                break
            region.append(line)
            following += 1
        if rows >= 2 or widest >= 3:
            for line in region:
                line.text = ""
            index = following
        else:
            text_lines[index].text = " ".join(text for _, text in cells)
            index += 1
    return lines


def _inside_cell(line: PdfLine, columns: set[int], margin: int) -> bool:
    """A line that starts under a cell column, or right of the first column, wraps a cell's text."""
    if line.indent <= margin + _ALIGN:
        return False
    ordered = sorted(columns)
    beyond_first = len(ordered) > 1 and line.indent >= ordered[1] - _ALIGN
    return beyond_first or any(abs(line.indent - column) <= _ALIGN for column in ordered)


def _wraps_first_cell(text_lines: list[PdfLine], index: int, columns: set[int]) -> bool:
    """Short lines at the margin between two rows, or after a first cell broken at a hyphen, wrap it.

    A long identifier wraps over several lines ("foreign-", "fighter-", "travel-2"), so the row
    that proves the table goes on may lie a few short lines ahead.
    """
    line = text_lines[index]
    if len(line.text.split()) > 4 or _SENTENCE_END.search(line.text) or min(columns) != line.indent:
        return False
    if index and _cells(text_lines[index - 1])[0][1].endswith(("-", "\u2010")):
        return True
    ahead = index + 1
    while (
        ahead < len(text_lines)
        and ahead - index <= 4
        and len(_cells(text_lines[ahead])) < 2
        and text_lines[ahead].indent == line.indent
        and len(text_lines[ahead].text.split()) <= 4
    ):
        ahead += 1
    return ahead < len(text_lines) and len(_cells(text_lines[ahead])) >= 2


def _blocks(pages: list[list[PdfLine]], body: float) -> list[Block]:
    """Group prose lines into title, headings, list items and paragraphs."""
    title_lines = _title_lines(pages, body)
    blocks: list[Block] = []
    known = _words(pages)
    buffer: list[PdfLine] = []
    kind = "paragraph"

    def flush() -> None:
        nonlocal buffer
        if buffer:
            text = join_lines([line.text for line in buffer], known)
            blocks.append(Block(kind, superscript_notes(text), buffer[0].number))  # type: ignore[arg-type]
        buffer = []

    lines = [line for page in pages for line in page]
    measure = _measure(lines)
    if title_lines:
        title = join_lines([line.text for line in title_lines], known)
        blocks.append(Block("heading", title, title_lines[0].number, 1))
    for position, line in enumerate(lines):
        if line.blank or line in title_lines:
            if line.blank and buffer and not _continues_over_page(buffer[-1], lines, position, measure):
                flush()
            continue
        previous = lines[position - 1] if position else None
        following = next((other for other in lines[position + 1 :] if not other.blank), None)
        isolated_after = (
            position + 1 >= len(lines)
            or lines[position + 1].blank
            or (following is not None and following.style != line.style)
        )
        starts_block = not buffer or buffer[-1].style != line.style
        if starts_block and isolated_after and _is_heading(line, body, previous):
            flush()
            blocks.append(Block("heading", line.text, line.number, 2))
            continue
        if buffer and line.page != buffer[-1].page:
            if not _continues_over_page(buffer[-1], lines, position, measure):
                flush()
        elif buffer and _starts_new_paragraph(line, buffer, measure):
            flush()
        if not buffer:
            kind = "bullet" if _BULLET_START.match(line.text) else "paragraph"
        buffer.append(line)
    flush()
    return blocks


def _title_lines(pages: list[list[PdfLine]], body: float) -> list[PdfLine]:
    """The first run of lines on page one set in its largest type, when that is clearly above body size."""
    first = next((page for page in pages if any(not line.blank for line in page)), [])
    styled = [line for line in first if not line.blank and line.style is not None]
    if not styled or not body:
        return []
    largest = max(line.style.size for line in styled if line.style is not None)
    if largest < 1.2 * body:
        return []
    run: list[PdfLine] = []
    for line in first:
        if line.style is not None and abs(line.style.size - largest) < 0.5 and not line.blank:
            run.append(line)
        elif run:
            break
    return run


def _is_heading(line: PdfLine, body: float, previous: PdfLine | None) -> bool:
    """A stand-alone short line set larger or bolder than the body, or in capitals when type is unknown."""
    words = len(line.text.split())
    if words > 14 or _BULLET_START.match(line.text) or line.text.endswith((".", ",", ";")):
        return False
    after_break = previous is None or previous.blank or previous.style != line.style
    if line.style is not None and body:
        larger = line.style.size >= 1.1 * body
        return after_break and (larger or (line.style.bold and line.style.size >= body - 0.5))
    return after_break and (line.text.isupper() or not _SENTENCE_END.search(line.text)) and words <= 12


def _starts_new_paragraph(line: PdfLine, buffer: list[PdfLine], measure: int) -> bool:
    """Hanging indents, first-line indents, a changed type size or a short closing line end a paragraph."""
    last = buffer[-1]
    if _BULLET_START.match(line.text):
        return not _dash_continues(line, buffer)
    if line.style is not None and last.style is not None and abs(line.style.size - last.style.size) >= 0.5:
        return True
    hanging = len(buffer) > 1 and buffer[1].indent > buffer[0].indent + 1
    if hanging and line.indent <= buffer[0].indent + 1 and line.page == last.page:
        return True
    if hanging and abs(line.indent - buffer[1].indent) <= 1 and line.page == last.page:
        # Under a hanging indent only a line back at the margin opens the next entry; a short
        # wrapped line that closes on ")" or "." ("(2015)", "1 May 2015.") does not.
        return False
    if len(buffer) == 1 and line.indent > last.indent + 1:
        return False
    if len(buffer) > 1 and line.indent > buffer[-1].indent + 1 and not hanging and line.page == last.page:
        return _SENTENCE_END.search(last.text) is not None
    closes = _SENTENCE_END.search(last.text) and last.indent + len(last.text) < 0.75 * measure
    return bool(closes) and line.page == last.page


def _dash_continues(line: PdfLine, buffer: list[PdfLine]) -> bool:
    """A wrapped line of a hanging-indent paragraph that happens to open with a dash ("- sources’").

    List markers sit at the paragraph's left edge; a dash indented past the first line of an
    unmarked paragraph whose last line runs on is the text going on, as in reference entries.
    """
    last = buffer[-1]
    return (
        line.text[:1] in "-\u2013"
        and not _BULLET_START.match(buffer[0].text)
        and line.indent > buffer[0].indent + 1
        and line.page == last.page
        and _SENTENCE_END.search(last.text) is None
    )


def _measure(lines: list[PdfLine]) -> int:
    """The usual right edge of prose in columns: the 90th percentile, so one wide line does not set it."""
    ends = sorted(line.indent + len(line.text) for line in lines if not line.blank)
    return ends[int(0.9 * (len(ends) - 1))] if ends else 0


def _continues_over_page(last: PdfLine, lines: list[PdfLine], position: int, measure: int) -> bool:
    """A paragraph runs on over a page break when its last line is full and does not close a sentence."""
    following = next((other for other in lines[position:] if not other.blank), None)
    if following is None or following.page == last.page:
        return False
    if last.indent + len(last.text) < 0.75 * measure:
        return False
    return not _SENTENCE_END.search(last.text) or following.text[:1].islower()


def _words(pages: list[list[PdfLine]]) -> set[str]:
    return {word.lower() for page in pages for line in page for word in re.findall(r"[\w-]+", line.text)}
