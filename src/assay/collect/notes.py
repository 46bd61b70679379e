"""Plain-text and Markdown notes, with YAML front matter or 'Key: value' first lines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from assay.collect.draft import Draft, parse_when
from assay.errors import InputError

_KEYS = {
    "title": "title", "headline": "title", "outlet": "outlet", "source": "outlet", "site": "outlet",
    "publisher": "outlet", "url": "url", "link": "url", "published": "published", "date": "published",
    "author": "author", "by": "author", "byline": "author", "language": "language", "lang": "language",
}
_FIRST_LINE = re.compile(r"^([A-Za-z][A-Za-z ]{0,15}):\s*(.*)$")


def decode_bytes(raw: bytes, origin: str) -> str:
    """Decode text input: UTF-8 (with or without BOM), then UTF-16 with a BOM, else a clear error."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{origin}: binary data, not text; convert it to .txt, .pdf or .docx first")
    for encoding in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{origin}: not UTF-8 text; re-save it as UTF-8") from None


def _split_front_matter(text: str, origin: str) -> tuple[dict[str, Any], str]:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            try:
                front = yaml.safe_load(text[4:end]) or {}
            except yaml.YAMLError as exc:
                raise InputError(f"{origin}: front matter is not valid YAML ({exc.__class__.__name__}); "
                                 "fix the block between the --- lines") from None
            if not isinstance(front, dict):
                raise InputError(f"{origin}: front matter must be 'key: value' lines")
            body_start = text.find("\n", end + 4)
            return front, text[body_start + 1 :] if body_start != -1 else ""
    lines = text.split("\n")
    meta: dict[str, Any] = {}
    index = 0
    while index < len(lines):
        match = _FIRST_LINE.match(lines[index].strip())
        if not match or match.group(1).strip().lower() not in _KEYS:
            break
        meta[match.group(1).strip()] = match.group(2).strip()
        index += 1
    if meta and (index == len(lines) or not lines[index].strip()):
        return meta, "\n".join(lines[index:])
    return {}, text


def read_note(path: Path) -> list[Draft]:
    """Read one .txt or .md note."""
    # Windows line ends would hide the front matter's "---\n" fences and the blank line after first-line
    # metadata.
    text = decode_bytes(path.read_bytes(), str(path)).replace("\r\n", "\n").replace("\r", "\n")
    meta, body = _split_front_matter(text, str(path))
    fields = {_KEYS.get(str(k).strip().lower(), str(k)): v for k, v in meta.items()}
    if not body.strip():
        raise InputError(f"{path}: no text after the metadata")
    title = str(fields.get("title") or "").strip()
    if not title:
        first = next((line.strip("# ").strip() for line in body.split("\n") if line.strip()), "")
        title = first[:200]
    return [Draft(
        text=body, origin=str(path), title=title, url=_str(fields.get("url")),
        outlet=_str(fields.get("outlet")), author=_str(fields.get("author")),
        published_at=parse_when(fields.get("published")), language=str(fields.get("language") or "en"),
        fields={k: v for k, v in fields.items() if k not in _KEYS.values()},
    )]


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None
