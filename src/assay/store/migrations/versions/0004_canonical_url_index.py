"""Index documents by canonical URL, so copies of one article join one syndication group quickly."""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_index("ix_documents_canonical_url", "documents", ["canonical_url"])


def downgrade() -> None:
    op.drop_index("ix_documents_canonical_url", table_name="documents")
