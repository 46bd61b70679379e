"""Opening a case database: the engine, migrations to the newest revision, and transactions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from assay.errors import StoreError
from assay.store import schema

ENV_URL = "ASSAY_DATABASE_URL"
_MIGRATIONS = Path(__file__).parent / "migrations"


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def database_url(folder: Path, explicit: str | None = None) -> str:
    """The URL a case uses: --db, then ASSAY_DATABASE_URL, then the SQLite file in the case folder."""
    url = explicit or os.environ.get(ENV_URL)
    if url:
        for plain in ("postgresql://", "postgres://"):
            if url.startswith(plain):
                return "postgresql+psycopg://" + url.removeprefix(plain)
        return url
    return f"sqlite:///{(folder / 'assay.sqlite').resolve()}"


class Store:
    """A migrated database for one case."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work: committed on success, rolled back on any error."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except OperationalError as exc:
            raise StoreError(f"database error on {self.engine.url.render_as_string()}: {exc.orig}") from exc

    def revision(self) -> str | None:
        """The schema revision the database is at."""
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def record_problem(self, stage: str, source: str, message: str) -> None:
        """Keep one input's failure so `status` can report it."""
        with self.transaction() as c:
            c.execute(insert(schema.problems).values(stage=stage, source=source, message=message,
                                                     at=datetime.now()))

    def start_run(self, stage: str) -> int:
        """Record that a stage started; returns the run id."""
        with self.transaction() as c:
            result = c.execute(insert(schema.runs).values(stage=stage, started_at=datetime.now(), summary={}))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        """Record that a stage finished, with its summary counts."""
        with self.transaction() as c:
            c.execute(update(schema.runs).where(schema.runs.c.id == run_id)
                      .values(finished_at=datetime.now(), summary=summary))

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        tables = (schema.outlets, schema.documents, schema.mentions, schema.assessments,
                  schema.judgments, schema.problems)
        with self.engine.connect() as c:
            return {t.name: int(c.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}

    def last_runs(self) -> dict[str, dict[str, Any]]:
        """The latest run of each stage with when it finished and what it did."""
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as c:
            rows = c.execute(select(schema.runs).order_by(schema.runs.c.id)).mappings()
            for row in rows:
                out[row["stage"]] = {"started_at": row["started_at"], "finished_at": row["finished_at"],
                                     "summary": row["summary"]}
        return out

    def recent_problems(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest recorded problems."""
        with self.engine.connect() as c:
            rows = c.execute(select(schema.problems).order_by(schema.problems.c.id.desc()).limit(limit))
            return [dict(r) for r in rows.mappings()]

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()


def open_store(url: str) -> Store:
    """Open (creating if needed) and migrate the database at `url`."""
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ModuleNotFoundError) as exc:
        raise StoreError(f"cannot use database URL {url!r}: {exc}; use sqlite:///path or "
                         "postgresql+psycopg://user@host/db") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    config = _alembic_config()
    try:
        with engine.begin() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            head = ScriptDirectory.from_config(config).get_current_head()
            if current != head:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except OperationalError as exc:
        where = engine.url.render_as_string()
        raise StoreError(f"cannot open database {where}: {exc.orig}".strip()) from None
    return Store(engine)
