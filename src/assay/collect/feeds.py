"""RSS and Atom feeds: one item per entry, its link to fetch or its summary to keep."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from html import unescape

import feedparser

from assay.collect.draft import Draft
from assay.errors import InputError

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed entry: where it links and what the feed itself says about it."""

    link: str | None
    summary: Draft


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a file or response look like RSS or Atom."""
    sample = head[:2048].lower()
    return b"<rss" in sample or (b"<feed" in sample and b"atom" in sample) or b"<rdf:rdf" in sample


def parse_feed(content: bytes, origin: str) -> list[FeedEntry]:
    """Parse feed bytes into entries; a feed that is not a feed is one clear error."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise InputError(f"{origin}: not a readable RSS/Atom feed ({parsed.bozo_exception})")
    site = parsed.feed.get("title") if parsed.feed else None
    out: list[FeedEntry] = []
    for index, entry in enumerate(parsed.entries):
        summary = entry.get("summary") or entry.get("description") or ""
        if entry.get("content"):
            summary = entry["content"][0].get("value") or summary
        text = unescape(_TAG.sub(" ", summary)).strip()
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        link = entry.get("link") or None
        draft = Draft(
            text=text, origin=f"{origin}#{index + 1}", title=(entry.get("title") or "").strip(), url=link,
            site_name=site, author=entry.get("author") or None,
            published_at=datetime(*when[:6]) if when else None, kind="feed-summary",
            fields={"feed": origin},
        )
        out.append(FeedEntry(link=link, summary=draft))
    return out
