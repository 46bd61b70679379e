"""PDF (pypdf) and Word (python-docx) documents."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import OpcError
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from assay.collect.draft import Draft, parse_when
from assay.errors import InputError


def read_pdf(path: Path) -> list[Draft]:
    """Read the text layer of a PDF."""
    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"{path}: not a readable PDF ({exc.__class__.__name__}: {exc})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise InputError(f"{path}: the PDF has no text layer (scanned?); run OCR first")
    title = (info.title if info and info.title else "") or text.strip().split("\n")[0][:200]
    author = info.author if info and info.author else None
    published = None
    if info and info.creation_date:
        published = parse_when(info.creation_date)
    subject = str(info.subject or "").strip() if info else ""
    url = subject if subject.startswith(("http://", "https://")) else None
    fields = {"subject": subject} if subject and not url else {}
    return [Draft(text=text, origin=str(path), title=title.strip(), author=author, url=url,
                  published_at=published, kind="report", fields=fields)]


def read_docx(path: Path) -> list[Draft]:
    """Read the paragraphs (and table cells) of a .docx file, with its core properties."""
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError) as exc:
        raise InputError(f"{path}: not a readable .docx file ({exc.__class__.__name__})") from None
    parts = [p.text for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text.strip() for cell in row.cells))
    text = "\n\n".join(parts)
    if not text.strip():
        raise InputError(f"{path}: the document has no text")
    props = document.core_properties
    title = props.title or parts[0][:200]
    keywords = props.keywords or ""
    fields: dict[str, str] = {}
    for item in keywords.split(";"):
        if "=" in item:
            key, value = item.split("=", 1)
            fields[key.strip()] = value.strip()
    subject = (props.subject or "").strip()
    url = fields.pop("url", None) or (subject if subject.startswith(("http://", "https://")) else None)
    return [Draft(
        text=text, origin=str(path), title=title.strip(), author=props.author or None,
        published_at=parse_when(fields.pop("published", None)) or parse_when(props.created),
        url=url, outlet=fields.pop("outlet", None) or (props.category or None),
        kind="report", fields=fields,
    )]
