"""Readers that turn .md, .txt, .html, .docx and .pdf briefs into a flat list of blocks."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from assay.audit.brief import Block
from assay.audit.pdf_text import read_pdf_blocks
from assay.errors import AuditError

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_FOOTNOTE_DEF = re.compile(r"^\[\^\w+\]:")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN = re.compile(r"(?<=[\w.,;:)\"'’”])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def read_blocks(path: Path) -> list[Block]:
    """Read a brief into blocks; raise AuditError naming the file when it cannot be read."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(_READERS))
        raise AuditError(f"{path}: cannot audit a {path.suffix or 'suffix-less'} file; use one of {known}")
    if not path.is_file():
        raise AuditError(f"{path}: no such file; check the path")
    try:
        blocks = reader(path)
    except AuditError:
        raise
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise AuditError(f"{path}: cannot be read as {path.suffix} ({reason}); re-export it") from None
    if not any(b.text.strip() for b in blocks):
        raise AuditError(f"{path}: no text found; if it is a scanned PDF, run OCR on it first")
    return blocks


def _read_text_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise AuditError(f"{path}: not UTF-8 text; save it as UTF-8") from None


def _footnote_superscripts(text: str) -> str:
    """Write Unicode superscript footnote markers as [^n] so every format cites notes alike."""
    return _SUPERSCRIPT_RUN.sub(lambda m: f"[^{m.group(1).translate(_SUPERSCRIPTS)}]", text)


def _strip_front_matter(lines: list[str]) -> int:
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                return index + 1
    return 0


def _is_plain_heading(line: str, previous: str, following: str) -> bool:
    """A short stand-alone line with no closing full stop reads as a heading in plain text."""
    text = line.strip()
    if not text or len(text) > 80 or previous.strip() or following.strip():
        return False
    if text.endswith((".", ",", ";", ")")) and not text.isupper():
        return False
    return not _BULLET.match(text) and len(text.split()) <= 12


def blocks_from_text(text: str, *, markdown: bool = True) -> list[Block]:
    """Split Markdown or plain text into blocks; blank lines end paragraphs."""
    lines = _footnote_superscripts(text).splitlines()
    start = _strip_front_matter(lines)
    blocks: list[Block] = []
    buffer: list[str] = []
    buffer_line = 0
    buffer_kind = "paragraph"

    def flush() -> None:
        nonlocal buffer
        if buffer:
            joined = " ".join(part.strip() for part in buffer)
            parts = tuple((buffer_line + i, _clean_inline(part)) for i, part in enumerate(buffer))
            blocks.append(Block(buffer_kind, _clean_inline(joined), buffer_line, 0, parts))  # type: ignore[arg-type]
        buffer = []

    for index in range(start, len(lines)):
        line = lines[index]
        number = index + 1
        previous = lines[index - 1] if index > start else ""
        following = lines[index + 1] if index + 1 < len(lines) else ""
        stripped = line.strip()
        if markdown and stripped.startswith("|") and stripped.endswith("|"):
            # Markdown tables are data (mastheads, appendices), not prose.
            flush()
            continue
        if markdown and stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
        if not stripped:
            flush()
            continue
        if _SETEXT.match(stripped) and buffer and len(buffer) == 1:
            blocks.append(
                Block("heading", _clean_inline(buffer[0]), buffer_line, 1 if "=" in stripped else 2)
            )
            buffer = []
            continue
        atx = _ATX.match(stripped) if markdown else None
        if atx:
            flush()
            blocks.append(Block("heading", _clean_inline(atx.group(2)), number, len(atx.group(1))))
            continue
        if _SETEXT.match(following.strip()) and following.strip() and not buffer:
            buffer, buffer_line, buffer_kind = [stripped], number, "paragraph"
            continue
        if not markdown and _is_plain_heading(line, previous, following):
            flush()
            blocks.append(Block("heading", stripped, number, 1 if not blocks else 2))
            continue
        bullet = _BULLET.match(line)
        if bullet or _FOOTNOTE_DEF.match(stripped):
            flush()
            ordered = bullet is not None and stripped[0].isdigit()
            text = stripped if ordered or not bullet else bullet.group(1)
            buffer, buffer_line, buffer_kind = [text], number, "bullet"
            continue
        if not buffer:
            buffer_line, buffer_kind = number, "paragraph"
        buffer.append(stripped)
    flush()
    return blocks


_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]^][^\]]*)\]\((https?://[^)\s]+)\)")


def _clean_inline(text: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) != m.group(2) else m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    return re.sub(r"\s+", " ", text.replace("`", "")).strip()


def _read_markdown(path: Path) -> list[Block]:
    return blocks_from_text(_read_text_file(path), markdown=True)


def _read_plain(path: Path) -> list[Block]:
    return blocks_from_text(_read_text_file(path), markdown=False)


class _HtmlBlocks(HTMLParser):
    """Collect headings, paragraphs and list items from HTML with the source line of each."""

    # Table cells and definition lists (mastheads, appendices) are data, not prose: not read.
    _BLOCKS = {
        "p": "paragraph",
        "li": "bullet",
        "blockquote": "paragraph",
        "figcaption": "paragraph",
        "h1": "heading",
        "h2": "heading",
        "h3": "heading",
        "h4": "heading",
        "h5": "heading",
        "h6": "heading",
        "title": "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title = ""
        self._open: list[tuple[str, int, list[str]]] = []
        self._skip = 0
        self._in_sup = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "table", "dl"}:
            self._skip += 1
        if tag in self._BLOCKS:
            self._open.append((tag, self.getpos()[0], []))
        elif tag == "sup":
            self._in_sup = True
        elif tag == "br":
            self._write(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "table", "dl"}:
            self._skip = max(0, self._skip - 1)
        elif tag == "sup":
            self._in_sup = False
        elif tag in self._BLOCKS and self._open and self._open[-1][0] == tag:
            name, line, parts = self._open.pop()
            text = re.sub(r"\s+", " ", "".join(parts)).strip()
            if not text:
                return
            kind = self._BLOCKS[name]
            if kind == "title":
                self.title = text
            elif kind == "heading":
                self.blocks.append(Block("heading", text, line, int(name[1])))
            else:
                self.blocks.append(Block(kind, text, line))  # type: ignore[arg-type]

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_sup and data.strip().isdigit():
            data = f"[^{data.strip()}]"
        self._write(data)

    def _write(self, data: str) -> None:
        if self._open:
            self._open[-1][2].append(data)


def _read_html(path: Path) -> list[Block]:
    parser = _HtmlBlocks()
    parser.feed(_read_text_file(path))
    parser.close()
    blocks = parser.blocks
    if parser.title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        blocks.insert(0, Block("heading", parser.title, 1, 1))
    return blocks


def _read_docx(path: Path) -> list[Block]:
    import docx

    document = docx.Document(str(path))
    blocks: list[Block] = []
    for index, paragraph in enumerate(document.paragraphs, start=1):
        parts = []
        for run in paragraph.runs:
            text = run.text
            if run.font.superscript and text.strip().isdigit():
                text = f"[^{text.strip()}]"
            parts.append(text)
        text = re.sub(r"\s+", " ", "".join(parts)).strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style == "Title":
            blocks.append(Block("heading", text, index, 1))
        elif style.startswith("Heading"):
            level = int(style.split()[-1]) + 1 if style.split()[-1].isdigit() else 2
            blocks.append(Block("heading", text, index, level))
        elif style.startswith("List"):
            blocks.append(Block("bullet", text, index))
        else:
            blocks.append(Block("paragraph", _footnote_superscripts(text), index))
    return blocks


def _read_pdf(path: Path) -> list[Block]:
    return read_pdf_blocks(path)


_READERS: dict[str, Callable[[Path], list[Block]]] = {
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".txt": _read_plain,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
