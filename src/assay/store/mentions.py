"""Storing event mentions per document and extractor."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select

from assay.model import Mention
from assay.store import schema
from assay.store.codec import decode, encode
from assay.store.database import Store


def save_mentions(store: Store, document_id: int, extractor: str, mentions: Sequence[Mention]) -> list[int]:
    """Replace one document's mentions from one extractor, atomically; returns the new ids."""
    ids: list[int] = []
    with store.transaction() as c:
        c.execute(delete(schema.mentions).where(schema.mentions.c.document_id == document_id,
                                                schema.mentions.c.extractor == extractor))
        c.execute(delete(schema.extractions).where(schema.extractions.c.document_id == document_id,
                                                   schema.extractions.c.extractor == extractor))
        for mention in mentions:
            result = c.execute(schema.mentions.insert().values(
                document_id=document_id, extractor=extractor, event_type=mention.event_type,
                date_start=mention.date.start.isoformat() if mention.date.start else None,
                date_end=mention.date.end.isoformat() if mention.date.end else None,
                country_code=mention.place.country_code if mention.place else None,
                modality=mention.modality, payload=encode(mention)))
            ids.append(int(result.inserted_primary_key[0]))  # type: ignore[index]
        c.execute(schema.extractions.insert().values(document_id=document_id, extractor=extractor,
                                                     mentions=len(mentions), at=datetime.now()))
    return ids


def list_mentions(store: Store, extractor: str | None = None) -> list[Mention]:
    """Stored mentions (optionally of one extractor) with their database ids filled in."""
    statement = select(schema.mentions.c.id, schema.mentions.c.document_id, schema.mentions.c.payload)
    if extractor:
        statement = statement.where(schema.mentions.c.extractor == extractor)
    out: list[Mention] = []
    with store.engine.connect() as c:
        for mention_id, document_id, payload in c.execute(statement.order_by(schema.mentions.c.id)):
            data = dict(payload)
            data["id"] = mention_id
            data["document_id"] = document_id
            out.append(decode(Mention, data))
    return out
