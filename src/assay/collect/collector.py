"""The collect pipeline: expand inputs, read each item, identify its outlet, dedup, store one by one.

Order for every item: read (file, URL or feed) → clean text → exact-duplicate check (content hash)
→ outlet identification → near-duplicate check (MinHash LSH) → one transaction that stores the
outlet, the document and its syndication-group link. A failing item is reported and skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy.exc import DBAPIError, IntegrityError

from assay.collect import dedup
from assay.collect.binaries import read_docx, read_pdf
from assay.collect.draft import Draft
from assay.collect.feeds import looks_like_feed, parse_feed
from assay.collect.fetch import Fetcher, FetchPolicy
from assay.collect.normalise import clean_text, hash_key, key_hash
from assay.collect.notes import read_note
from assay.collect.pages import draft_from_html, read_page
from assay.collect.records import read_records
from assay.collect.tables import read_table
from assay.errors import AssayError, InputError, StoreError
from assay.model import AddResult, Document, Outlet
from assay.outlets import OutletRegistry
from assay.store import Store
from assay.store.documents import (
    document_id_by_url,
    has_hash,
    insert_document,
    iter_signatures,
    known_hashes,
    set_syndication_group,
    syndication_group_of,
    upsert_outlet,
)

Item = Draft | InputError

_FILE_READERS: dict[str, Callable[[Path], Sequence[Item]]] = {
    ".txt": read_note,
    ".md": read_note,
    ".markdown": read_note,
    ".html": read_page,
    ".htm": read_page,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".json": read_records,
    ".jsonl": read_records,
    ".csv": read_table,
}
_FEED_SUFFIXES = {".xml", ".rss", ".atom"}


@dataclass(frozen=True, slots=True)
class CollectOptions:
    """How `add` treats URLs and feeds."""

    follow_links: bool = True
    near_duplicate_threshold: float = 0.8
    fetch: FetchPolicy = field(default_factory=FetchPolicy)


def canonical_url(url: str | None) -> str | None:
    """A comparable form of a URL: lower-case host without www., no fragment or tracking parameters."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    # A non-default port is a different site (two services on one host), so it stays.
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    elif ":" in host:
        host = f"[{host}]"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, query, ""))


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Files, directories (recursively, sorted) and URLs as one flat list of inputs."""
    out: list[str] = []
    for value in inputs:
        if value.startswith(("http://", "https://")):
            out.append(value)
            continue
        path = Path(value)
        if path.is_dir():
            # Hidden anywhere below the given folder (.git/, .obsidian/, .DS_Store) is not source material.
            out.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            out.append(value)
    return out


class Collector:
    """Adds inputs to a case's store."""

    def __init__(
        self,
        store: Store,
        outlets: OutletRegistry,
        options: CollectOptions | None = None,
        fetcher: Fetcher | None = None,
    ) -> None:
        self.store = store
        self.outlets = outlets
        self.options = options or CollectOptions()
        self._fetcher = fetcher
        self._hashes = known_hashes(store)
        self._index = dedup.NearDuplicateIndex(self.options.near_duplicate_threshold)
        self._index.load(iter_signatures(store))
        self._stored_outlets: dict[str, Outlet] = {}

    def close(self) -> None:
        """Release the HTTP client, if one was opened."""
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP client, created on first use."""
        if self._fetcher is None:
            self._fetcher = Fetcher(self.options.fetch)
        return self._fetcher

    def add(self, inputs: Sequence[str], progress: Callable[[str], None] | None = None) -> AddResult:
        """Collect every input; one bad item never stops the batch."""
        added = duplicates = near = failed = 0
        problems: list[str] = []
        ids: list[int] = []
        for source in expand_inputs(inputs):
            for item in self._items(source):
                if isinstance(item, InputError):
                    failed += 1
                    problems.append(str(item))
                    self.store.record_problem("collect", source, str(item))
                    continue
                try:
                    outcome, doc_id = self._store_draft(item)
                except AssayError as exc:
                    failed += 1
                    problems.append(f"{item.origin}: {exc}")
                    self.store.record_problem("collect", item.origin, str(exc))
                    continue
                if outcome == "duplicate":
                    duplicates += 1
                    continue
                added += 1
                near += outcome == "near-duplicate"
                ids.append(doc_id)
            if progress:
                progress(source)
        return AddResult(added, duplicates, near, failed, tuple(problems), tuple(ids))

    def _items(self, source: str) -> Iterator[Item]:
        try:
            if source.startswith(("http://", "https://")):
                yield from self._url_items(source)
                return
            path = Path(source)
            if not path.exists():
                raise InputError(f"{source}: no such file or directory")
            suffix = path.suffix.lower()
            if suffix in _FEED_SUFFIXES:
                yield from self._feed_items(path.read_bytes(), source)
                return
            reader = _FILE_READERS.get(suffix)
            if reader is None:
                raise InputError(
                    f"{source}: unsupported file type {suffix or '(none)'}; use .txt, .md, "
                    ".html, .pdf, .docx, .json, .jsonl, .csv or an RSS/Atom .xml"
                )
            yield from reader(path)
        except InputError as exc:
            yield exc
        except (OSError, ValueError, RecursionError) as exc:
            yield InputError(f"{source}: cannot read ({exc.__class__.__name__}: {exc})")
        except Exception as exc:
            # Third-party parsers (pypdf, python-docx, trafilatura, feedparser) raise far more kinds of
            # error than they document; one odd file must cost one line, not the rest of the batch.
            yield InputError(f"{source}: cannot read ({exc.__class__.__name__}: {exc})")

    def _url_items(self, url: str) -> Iterator[Item]:
        fetched = self.fetcher.fetch(url)
        if looks_like_feed(fetched.body) or "rss" in fetched.content_type or "atom" in fetched.content_type:
            yield from self._feed_items(fetched.body, url)
        else:
            yield draft_from_html(fetched.text, url, url=fetched.url)

    def _feed_items(self, content: bytes, origin: str) -> Iterator[Item]:
        for entry in parse_feed(content, origin):
            if not self.options.follow_links or not entry.link:
                yield entry.summary
                continue
            try:
                fetched = self.fetcher.fetch(entry.link)
                page = draft_from_html(fetched.text, entry.link, url=fetched.url)
                yield Draft(
                    text=page.text,
                    origin=page.origin,
                    title=page.title or entry.summary.title,
                    url=page.url,
                    outlet=page.outlet,
                    site_name=page.site_name,
                    author=page.author or entry.summary.author,
                    published_at=page.published_at or entry.summary.published_at,
                    language=page.language,
                    fields={"feed": origin},
                )
            except InputError as exc:
                yield InputError(f"{exc} (feed entry kept as its summary)")
                if entry.summary.text:
                    yield entry.summary

    def _store_draft(self, draft: Draft) -> tuple[str, int]:
        text = clean_text(draft.text)
        if not text:
            raise InputError(f"{draft.origin}: empty text")
        key = hash_key(text)
        digest = key_hash(key)
        if digest in self._hashes:
            return "duplicate", 0
        outlet = self.outlets.identify(url=draft.url, site_name=draft.site_name, outlet=draft.outlet)
        signature = dedup.signature_of_key(key)
        match = self._index.best_match(signature)
        url = _without_nul(draft.url)
        document = Document(
            id=0,
            content_hash=digest,
            title=clean_text(draft.title)[:500],
            text=text,
            outlet_key=outlet.key,
            outlet_name=outlet.name,
            kind=draft.kind,
            url=url,
            canonical_url=canonical_url(url),
            author=_without_nul(draft.author),
            published_at=draft.published_at,
            retrieved_at=datetime.now().replace(microsecond=0),
            language=_without_nul(draft.language),
            origin=_without_nul(draft.origin),
            fields=_without_nul(draft.fields),
        )
        try:
            with self.store.transaction() as connection:
                # An outlet row this collector already committed unchanged needs no second write.
                if self._stored_outlets.get(outlet.key) != outlet:
                    upsert_outlet(connection, outlet)
                # A stored document at the same canonical URL is the same article (a feed summary
                # and the full page, or a later edit): it joins the same group, like a near-copy.
                same_url = (
                    document_id_by_url(connection, document.canonical_url) if document.canonical_url else None
                )
                partner = same_url if same_url is not None else (match[0] if match else None)
                doc_id = insert_document(connection, document, dedup.to_bytes(signature))
                if partner is not None:
                    group = syndication_group_of(connection, partner) or partner
                    set_syndication_group(connection, (partner, doc_id), group)
        except IntegrityError:
            # Another `add` on the same case stored this text between our hash check and our insert.
            if not has_hash(self.store, digest):
                raise
            self._hashes.add(digest)
            return "duplicate", 0
        except DBAPIError as exc:
            raise StoreError(f"{draft.origin}: the database refused the document ({exc.orig})") from None
        self._stored_outlets[outlet.key] = outlet
        self._hashes.add(digest)
        self._index.add(doc_id, signature)
        return ("near-duplicate" if partner is not None else "added"), doc_id


def _without_nul(value: Any) -> Any:
    # PostgreSQL text and JSON cannot hold NUL characters, which turn up in exported records and PDFs.
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_without_nul(v) for v in value]
    return value
