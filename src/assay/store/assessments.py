"""Saved assessments and the judgment ledger."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from assay.errors import StoreError
from assay.model import Assessment, Judgment
from assay.store import schema
from assay.store.codec import decode, encode
from assay.store.database import Store


def save_assessment(store: Store, assessment: Assessment) -> int:
    """Store an assessment and enter its judgments in the ledger (existing ids keep their outcome)."""
    with store.transaction() as c:
        result = c.execute(schema.assessments.insert().values(
            generated_at=assessment.generated_at, payload=encode(assessment)))
        for judgment in assessment.judgments:
            _enter(c, judgment, assessment.generated_at)
        return int(result.inserted_primary_key[0])  # type: ignore[index]


def _enter(connection: Any, judgment: Judgment, made_at: datetime) -> None:
    values = {"statement": judgment.statement, "probability": judgment.probability,
              "standard": judgment.standard, "term": judgment.term, "confidence": judgment.confidence,
              "time_frame": judgment.time_frame, "resolution": judgment.resolution}
    same_id = schema.judgments.c.id == judgment.id
    exists = connection.execute(select(schema.judgments.c.id).where(same_id)).first()
    if exists:
        connection.execute(update(schema.judgments).where(same_id).values(**values))
    else:
        connection.execute(schema.judgments.insert().values(id=judgment.id, made_at=made_at, **values))


def latest_assessment(store: Store) -> Assessment | None:
    """The newest stored assessment."""
    with store.engine.connect() as c:
        payload = c.execute(select(schema.assessments.c.payload)
                            .order_by(schema.assessments.c.id.desc()).limit(1)).scalar_one_or_none()
    return decode(Assessment, payload) if payload is not None else None


def list_judgments(store: Store) -> list[dict[str, Any]]:
    """Every judgment in the ledger with its outcome (None while unresolved)."""
    with store.engine.connect() as c:
        rows = c.execute(select(schema.judgments).order_by(schema.judgments.c.made_at, schema.judgments.c.id))
        return [dict(r) for r in rows.mappings()]


def resolve_judgment(store: Store, judgment_id: str, outcome: bool) -> None:
    """Record whether a judgment came true."""
    with store.transaction() as c:
        result = c.execute(update(schema.judgments).where(schema.judgments.c.id == judgment_id)
                           .values(outcome=int(outcome), resolved_at=datetime.now()))
        if result.rowcount == 0:
            raise StoreError(f"No judgment with id {judgment_id!r}; see `assay judgments list`")
