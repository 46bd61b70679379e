"""The tables, declared once with SQLAlchemy Core; migrations create them, code reads them from here."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

outlets = Table(
    "outlets",
    metadata,
    Column("key", String(120), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("country", String(8), nullable=False, default=""),
    Column("ownership", String(40), nullable=False, default="unknown"),
    Column("reliability", String(1), nullable=False, default="F"),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("kind", String(20), nullable=False, default="article"),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("outlet_key", String(120), ForeignKey("outlets.key"), nullable=False, index=True),
    Column("url", Text),
    Column("canonical_url", Text, index=True),
    Column("author", Text),
    Column("published_at", DateTime(timezone=False), index=True),
    Column("retrieved_at", DateTime(timezone=False)),
    Column("language", String(12), nullable=False, default="en"),
    Column("origin", Text, nullable=False, default=""),
    Column("syndication_group", Integer, index=True),
    Column("fields", JSON, nullable=False, default=dict),
    Column("minhash", LargeBinary),
)

extractions = Table(
    "extractions",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("extractor", String(60), primary_key=True),
    Column("mentions", Integer, nullable=False, default=0),
    Column("at", DateTime(timezone=False), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("extractor", String(60), nullable=False),
    Column("event_type", String(40), nullable=False, index=True),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("country_code", String(2)),
    Column("modality", String(20), nullable=False),
    Column("payload", JSON, nullable=False),
)

assessments = Table(
    "assessments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("generated_at", DateTime(timezone=False), nullable=False),
    Column("payload", JSON, nullable=False),
)

judgments = Table(
    "judgments",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("statement", Text, nullable=False),
    Column("probability", Float, nullable=False),
    Column("standard", String(20), nullable=False),
    Column("term", String(60), nullable=False),
    Column("confidence", String(12), nullable=False),
    Column("time_frame", Text, nullable=False, default=""),
    Column("resolution", Text, nullable=False, default=""),
    Column("made_at", DateTime(timezone=False), nullable=False),
    Column("outcome", Integer),
    Column("resolved_at", DateTime(timezone=False)),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("stage", String(20), nullable=False, index=True),
    Column("started_at", DateTime(timezone=False), nullable=False),
    Column("finished_at", DateTime(timezone=False)),
    Column("summary", JSON, nullable=False, default=dict),
)

problems = Table(
    "problems",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("stage", String(20), nullable=False),
    Column("source", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("at", DateTime(timezone=False), nullable=False),
)
