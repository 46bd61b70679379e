"""Web pages: trafilatura's main text and metadata (title, site name, author, date)."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from assay.collect.draft import Draft, parse_when
from assay.collect.notes import decode_bytes
from assay.errors import InputError


def draft_from_html(html: str, origin: str, url: str | None = None) -> Draft:
    """Extract the article from an HTML page."""
    if "<" not in html:
        raise InputError(f"{origin}: does not look like HTML (no tags)")
    # No deduplicate=True: trafilatura then remembers paragraphs process-wide, so the same page read a
    # second time (a feed entry, a re-run, a test) comes back empty and re-adding stops being idempotent.
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    if not text or len(text.strip()) < 20:
        raise InputError(f"{origin}: no article text found in the page")
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = (meta.title if meta and meta.title else "") or ""
    site = meta.sitename if meta and meta.sitename else None
    author = meta.author if meta and meta.author else None
    published = parse_when(meta.date) if meta and meta.date else None
    page_url = url or (meta.url if meta and meta.url else None)
    language = (meta.language if meta and meta.language else None) or "en"
    return Draft(text=text, origin=origin, title=title.strip(), url=page_url, site_name=site,
                 author=author, published_at=published, language=language)


def read_page(path: Path) -> list[Draft]:
    """Read one saved .html page."""
    return [draft_from_html(decode_bytes(path.read_bytes(), str(path)), str(path))]
