"""Full-text search behind one API: SQLite FTS5 (bm25, snippet) or PostgreSQL (ts_rank, ts_headline)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import text

from assay.model import SearchHit
from assay.store.database import Store

_WORD = re.compile(r"\w+", re.UNICODE)

_SQLITE = text(
    "SELECT d.id, d.title, o.name, d.published_at, bm25(documents_fts, 4.0, 1.0) AS score,"
    " snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snip"
    " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
    " JOIN outlets o ON o.key = d.outlet_key"
    " WHERE documents_fts MATCH :query ORDER BY score LIMIT :limit"
)

_POSTGRES = text(
    "SELECT d.id, d.title, o.name, d.published_at, ts_rank(d.tsv, q) AS score,"
    " ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxFragments=2, MaxWords=20, MinWords=8')"
    " AS snip FROM documents d JOIN outlets o ON o.key = d.outlet_key,"
    " websearch_to_tsquery('english', :query) q WHERE d.tsv @@ q ORDER BY score DESC, d.id LIMIT :limit"
)


def _when(value: Any) -> datetime | None:
    # Raw SQL on SQLite hands back DATETIME columns as text.
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _fts5_query(query: str) -> str:
    # Quote every word so user punctuation can never become FTS5 syntax; OR keeps partial matches
    # ranked below full ones by bm25.
    words = _WORD.findall(query)
    return " OR ".join(f'"{w}"' for w in words)


def search_documents(store: Store, query: str, limit: int = 10) -> list[SearchHit]:
    """Rank stored documents against a free-text query, best first."""
    if not _WORD.search(query):
        return []
    with store.engine.connect() as c:
        if store.dialect == "sqlite":
            rows = c.execute(_SQLITE, {"query": _fts5_query(query), "limit": limit}).all()
            # bm25 is lower-is-better; flip it so every backend reports higher-is-better.
            return [SearchHit(r[0], r[1], r[2], _when(r[3]), -float(r[4]), r[5]) for r in rows]
        rows = c.execute(_POSTGRES, {"query": " OR ".join(_WORD.findall(query)), "limit": limit}).all()
        return [SearchHit(r[0], r[1], r[2], _when(r[3]), float(r[4]), r[5]) for r in rows]
