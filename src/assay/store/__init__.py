"""Persistence: one SQLAlchemy schema over SQLite (embedded) or PostgreSQL (team server)."""

from __future__ import annotations

from assay.store.database import Store, open_store

__all__ = ["Store", "open_store"]
