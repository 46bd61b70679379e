"""Tests for opening a store: migrations to head on both backends, idempotent re-open, bad URLs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from assay.errors import StoreError
from assay.store import open_store
from assay.store.database import database_url


def test_open_migrates_to_head(backend: str) -> None:
    store = open_store(backend)
    try:
        assert store.revision() == "0004"
        tables = set(inspect(store.engine).get_table_names())
        assert {
            "outlets",
            "documents",
            "extractions",
            "mentions",
            "assessments",
            "judgments",
            "runs",
            "problems",
            "alembic_version",
        } <= tables
        assert store.counts() == {
            "outlets": 0,
            "documents": 0,
            "mentions": 0,
            "assessments": 0,
            "judgments": 0,
            "problems": 0,
        }
    finally:
        store.close()


def test_reopen_keeps_data_and_revision(backend: str) -> None:
    store = open_store(backend)
    run = store.start_run("collect")
    store.finish_run(run, {"added": 2})
    store.record_problem("collect", "a.txt", "a.txt: empty text")
    store.close()
    again = open_store(backend)
    try:
        assert again.revision() == "0004"
        assert again.last_runs()["collect"]["summary"] == {"added": 2}
        assert again.last_runs()["collect"]["finished_at"] is not None
        assert [p["message"] for p in again.recent_problems()] == ["a.txt: empty text"]
    finally:
        again.close()


def test_unknown_driver_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="nosuchdb://x"):
        open_store("nosuchdb://x")


def test_unreachable_postgres_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


@pytest.mark.parametrize("url", ["postgresql://u@h/db", "postgres://u@h/db"])
def test_plain_postgres_urls_use_psycopg(url: str, tmp_path: Path) -> None:
    assert database_url(tmp_path, url) == "postgresql+psycopg://u@h/db"


def test_missing_postgres_fails_on_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    from _pytest.outcomes import Failed, Skipped
    from tests.conftest import _unavailable

    monkeypatch.setenv("CI", "true")
    with pytest.raises(Failed, match="PostgreSQL is required on CI: no initdb"):
        _unavailable("no initdb")
    monkeypatch.delenv("CI")
    with pytest.raises(Skipped, match="PostgreSQL not available: no initdb"):
        _unavailable("no initdb")
