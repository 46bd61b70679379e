"""JSON and JSON Lines records: title, url, outlet, published, author, language, text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assay.collect.draft import Draft, parse_when
from assay.collect.notes import decode_bytes
from assay.errors import InputError

_KNOWN = {"title", "url", "outlet", "published", "author", "language", "text"}


def _draft(record: Any, origin: str) -> Draft:
    if not isinstance(record, dict):
        raise InputError(f"{origin}: a record must be a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{origin}: record has no 'text' string")
    return Draft(
        text=text, origin=origin, title=_scalar(record.get("title")) or "", url=_scalar(record.get("url")),
        outlet=_scalar(record.get("outlet")), author=_scalar(record.get("author")),
        published_at=parse_when(_scalar(record.get("published"))),
        language=_scalar(record.get("language")) or "en",
        fields={k: v for k, v in record.items() if k not in _KNOWN},
    )


def _scalar(value: Any) -> str | None:
    # Exports put numbers or lists where strings belong; later steps (outlet lookup, URL
    # canonicalisation) need text, so coerce here rather than fail the whole batch there.
    if value is None or isinstance(value, dict):
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v is not None and not isinstance(v, dict | list))
    return str(value).strip() or None


def read_records(path: Path) -> list[Draft | InputError]:
    """Read .json (an array or one object) or .jsonl (one object per line); bad records become errors."""
    text = decode_bytes(path.read_bytes(), str(path))
    out: list[Draft | InputError] = []
    if path.suffix.lower() == ".jsonl":
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                out.append(_draft(json.loads(line), origin))
            except json.JSONDecodeError as exc:
                out.append(InputError(f"{origin}: not valid JSON ({exc.msg})"))
            except InputError as exc:
                out.append(exc)
        return out
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        try:
            out.append(_draft(item, f"{path}[{index}]"))
        except InputError as exc:
            out.append(exc)
    return out
