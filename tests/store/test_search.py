"""Tests for full-text search on both backends: ranking, highlighted snippets, hostile queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from assay.collect.normalise import content_hash
from assay.model import Document, Outlet
from assay.store import Store, open_store
from assay.store.documents import has_hash, insert_document, known_hashes, list_documents, upsert_outlet
from assay.store.search import search_documents

TEXTS = {
    "Suicide bombing kills three in Aktobe": (
        "A suicide bombing outside a police checkpoint in Aktobe killed three people on Sunday. "
        "Officials in Aktobe said the attacker detonated an explosive belt."
    ),
    "Bombing in Kabul": "A bombing near a market in Kabul wounded twelve people, police said.",
    "Harvest news": "Wheat farmers in the north of the country expect a record harvest this year.",
}


@pytest.fixture
def store(backend: str) -> Iterator[Store]:
    opened = open_store(backend)
    with opened.transaction() as c:
        upsert_outlet(c, Outlet(key="herald", name="Steppe Herald"))
        for number, (title, text) in enumerate(TEXTS.items()):
            insert_document(
                c,
                Document(
                    id=0,
                    content_hash=content_hash(text),
                    title=title,
                    text=text,
                    outlet_key="herald",
                    outlet_name="Steppe Herald",
                    published_at=datetime(2016, 6, 6 + number),
                ),
                None,
            )
    yield opened
    opened.close()


def test_search_ranks_the_full_match_first_with_highlights(store: Store) -> None:
    hits = search_documents(store, "suicide bombing Aktobe")
    assert [h.title for h in hits] == ["Suicide bombing kills three in Aktobe", "Bombing in Kabul"]
    assert hits[0].score > hits[1].score
    assert hits[0].outlet_name == "Steppe Herald"
    assert hits[0].published_at == datetime(2016, 6, 6)
    assert "[Aktobe]" in hits[0].snippet
    assert "[suicide]" in hits[0].snippet.lower() or "[suicid" in hits[0].snippet.lower()


def test_search_respects_limit(store: Store) -> None:
    assert len(search_documents(store, "bombing", limit=1)) == 1


@pytest.mark.parametrize(
    "query", ['"unbalanced', "AND OR NOT", "title:x*", "--", "'; DROP TABLE documents; --"]
)
def test_hostile_queries_do_not_raise(store: Store, query: str) -> None:
    search_documents(store, query)
    assert len(list_documents(store)) == 3


def test_empty_query_finds_nothing(store: Store) -> None:
    assert search_documents(store, "  ... ") == []


def test_hash_lookups(store: Store) -> None:
    digest = content_hash(TEXTS["Bombing in Kabul"])
    assert has_hash(store, digest)
    assert not has_hash(store, content_hash("something else entirely"))
    assert known_hashes(store) == {content_hash(t) for t in TEXTS.values()}
