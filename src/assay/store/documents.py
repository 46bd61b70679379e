"""Reading and writing documents and outlets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, RowMapping, select, update
from sqlalchemy.dialects import postgresql, sqlite

from assay.model import Document, Outlet
from assay.store import schema
from assay.store.database import Store


def _row_to_document(row: RowMapping, outlet_name: str) -> Document:
    return Document(
        id=row["id"],
        content_hash=row["content_hash"],
        title=row["title"],
        text=row["text"],
        outlet_key=row["outlet_key"],
        outlet_name=outlet_name,
        kind=row["kind"],
        url=row["url"],
        canonical_url=row["canonical_url"],
        author=row["author"],
        published_at=row["published_at"],
        retrieved_at=row["retrieved_at"],
        language=row["language"],
        origin=row["origin"],
        syndication_group=row["syndication_group"],
        fields=row["fields"] or {},
    )


def upsert_outlet(connection: Connection, outlet: Outlet) -> None:
    """Insert an outlet row, or refresh its name and grade."""
    values = {
        "key": outlet.key,
        "name": outlet.name,
        "country": outlet.country,
        "ownership": outlet.ownership,
        "reliability": outlet.reliability,
    }
    dialect = connection.dialect.name
    insert_fn = sqlite.insert if dialect == "sqlite" else postgresql.insert
    statement = insert_fn(schema.outlets).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=["key"], set_={k: v for k, v in values.items() if k != "key"}
    )
    connection.execute(statement)


def has_hash(store: Store, content_hash: str) -> bool:
    """True when a document with this normalised-text hash is already stored."""
    with store.engine.connect() as c:
        found = c.execute(
            select(schema.documents.c.id).where(schema.documents.c.content_hash == content_hash)
        ).first()
    return found is not None


def known_hashes(store: Store) -> set[str]:
    """Every stored content hash (used to skip exact duplicates quickly)."""
    with store.engine.connect() as c:
        return set(c.execute(select(schema.documents.c.content_hash)).scalars())


def insert_document(connection: Connection, document: Document, minhash: bytes | None) -> int:
    """Insert one document (within the caller's transaction) and return its id."""
    # Values as bind parameters, not .values(): the compiled INSERT is then cached and reused.
    result = connection.execute(
        schema.documents.insert(),
        {
            "content_hash": document.content_hash,
            "kind": document.kind,
            "title": document.title,
            "text": document.text,
            "outlet_key": document.outlet_key,
            "url": document.url,
            "canonical_url": document.canonical_url,
            "author": document.author,
            "published_at": document.published_at,
            "retrieved_at": document.retrieved_at,
            "language": document.language,
            "origin": document.origin,
            "syndication_group": document.syndication_group,
            "fields": document.fields,
            "minhash": minhash,
        },
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def set_syndication_group(connection: Connection, document_ids: Iterable[int], group: int) -> None:
    """Put documents into one syndication group."""
    connection.execute(
        update(schema.documents)
        .where(schema.documents.c.id.in_(list(document_ids)))
        .values(syndication_group=group)
    )


def document_id_by_url(connection: Connection, canonical: str) -> int | None:
    """The first stored document with this canonical URL, if any."""
    found = connection.execute(
        select(schema.documents.c.id)
        .where(schema.documents.c.canonical_url == canonical)
        .order_by(schema.documents.c.id)
        .limit(1)
    ).scalar_one_or_none()
    return int(found) if found is not None else None


def syndication_group_of(connection: Connection, document_id: int) -> int | None:
    """The syndication group a document belongs to, if any."""
    return connection.execute(
        select(schema.documents.c.syndication_group).where(schema.documents.c.id == document_id)
    ).scalar_one_or_none()


def iter_signatures(store: Store) -> Iterator[tuple[int, bytes]]:
    """Every stored document id with its MinHash signature."""
    with store.engine.connect() as c:
        rows = c.execute(
            select(schema.documents.c.id, schema.documents.c.minhash).where(
                schema.documents.c.minhash.is_not(None)
            )
        )
        for doc_id, blob in rows:
            yield int(doc_id), bytes(blob)


def _select_documents() -> Any:
    return select(schema.documents, schema.outlets.c.name.label("outlet_name")).join(
        schema.outlets, schema.outlets.c.key == schema.documents.c.outlet_key
    )


def list_documents(store: Store, ids: Iterable[int] | None = None) -> list[Document]:
    """Stored documents (all, or the given ids), ordered by id."""
    statement = _select_documents().order_by(schema.documents.c.id)
    if ids is not None:
        statement = statement.where(schema.documents.c.id.in_(list(ids)))
    with store.engine.connect() as c:
        return [_row_to_document(row, row["outlet_name"]) for row in c.execute(statement).mappings()]


def unextracted_documents(store: Store, extractor: str) -> list[Document]:
    """Documents the named extractor has not processed yet."""
    done = select(schema.extractions.c.document_id).where(schema.extractions.c.extractor == extractor)
    statement = _select_documents().where(schema.documents.c.id.not_in(done)).order_by(schema.documents.c.id)
    with store.engine.connect() as c:
        return [_row_to_document(row, row["outlet_name"]) for row in c.execute(statement).mappings()]
