"""Saved assessments and the judgment ledger."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("generated_at", sa.DateTime, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
    )
    op.create_table(
        "judgments",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("probability", sa.Float, nullable=False),
        sa.Column("standard", sa.String(20), nullable=False),
        sa.Column("term", sa.String(60), nullable=False),
        sa.Column("confidence", sa.String(12), nullable=False),
        sa.Column("time_frame", sa.Text, nullable=False),
        sa.Column("resolution", sa.Text, nullable=False),
        sa.Column("made_at", sa.DateTime, nullable=False),
        sa.Column("outcome", sa.Integer),
        sa.Column("resolved_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("judgments")
    op.drop_table("assessments")
