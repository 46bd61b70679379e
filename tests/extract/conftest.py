"""Shared fixtures for the extract tests: documents built by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from assay.model import Document


def make_doc(
    text: str,
    published: str | None = "2016-06-07",
    *,
    doc_id: int = 1,
    title: str = "",
    kind: str = "article",
    fields: dict | None = None,
) -> Document:
    """A document with the given text and publication date."""
    return Document(
        id=doc_id,
        content_hash=str(doc_id),
        title=title,
        text=text,
        outlet_key="test",
        outlet_name="Test",
        kind=kind,  # type: ignore[arg-type]
        published_at=datetime.fromisoformat(published) if published else None,
        fields=fields or {},
    )


@pytest.fixture()
def doc_factory():  # type: ignore[no-untyped-def]
    return make_doc
