"""Outlets, documents with full-text search, runs and problems."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN"
    " INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN INSERT INTO documents_fts(documents_fts,"
    " rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN INSERT INTO"
    " documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
    " INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]

_POSTGRES_FTS = [
    "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS"
    " (setweight(to_tsvector('english', coalesce(title, '')), 'A') ||"
    " setweight(to_tsvector('english', coalesce(text, '')), 'B')) STORED",
    "CREATE INDEX documents_tsv_idx ON documents USING gin (tsv)",
]


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("ownership", sa.String(40), nullable=False),
        sa.Column("reliability", sa.String(1), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("outlet_key", sa.String(120), sa.ForeignKey("outlets.key"), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published_at", sa.DateTime),
        sa.Column("retrieved_at", sa.DateTime),
        sa.Column("language", sa.String(12), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("syndication_group", sa.Integer),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("minhash", sa.LargeBinary),
    )
    op.create_index("ix_documents_outlet_key", "documents", ["outlet_key"])
    op.create_index("ix_documents_published_at", "documents", ["published_at"])
    op.create_index("ix_documents_syndication_group", "documents", ["syndication_group"])
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("summary", sa.JSON, nullable=False),
    )
    op.create_index("ix_runs_stage", "runs", ["stage"])
    op.create_table(
        "problems",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    statements = _SQLITE_FTS if op.get_bind().dialect.name == "sqlite" else _POSTGRES_FTS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("problems", "runs", "documents", "outlets"):
        op.drop_table(table)
