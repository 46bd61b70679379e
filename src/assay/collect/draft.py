"""A document as a reader found it, before outlet identification, hashing and storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from assay.model import DocumentKind


@dataclass(frozen=True, slots=True)
class Draft:
    """What one reader extracted from one input item."""

    text: str
    origin: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    site_name: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    language: str = "en"
    kind: DocumentKind = "article"
    fields: dict[str, Any] = field(default_factory=dict)


def parse_when(value: Any) -> datetime | None:
    """Read a publication date from metadata (ISO strings, dates, datetimes); None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip()
    if text.isdigit() and len(text) == 4:
        # A bare year says nothing about the day; 1 January keeps it inside the right year.
        return datetime(int(text), 1, 1)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, settings=settings)
    return parsed.replace(tzinfo=None) if parsed else None
