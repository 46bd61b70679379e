"""Tests for `assay init/add/search/status`: human and --json output, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import FIXTURES
from typer.testing import CliRunner

from assay.cli.main import app


def flat(output: str) -> str:
    # Rich wraps long lines at the test terminal's width; compare the words, not the line breaks.
    return " ".join(output.split())


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def case(runner: CliRunner, tmp_path: Path, backend: str) -> tuple[Path, str]:
    folder = tmp_path / "central-asia"
    result = runner.invoke(
        app,
        [
            "init",
            str(folder),
            "--question",
            "How popular is ISIS in Central Asia?",
            "--region",
            "Central Asia",
            "--country",
            "KZ",
            "--from",
            "2014-01-01",
            "--to",
            "2016-12-31",
            "--db",
            backend,
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["case"] == str(folder)
    return folder, backend


def test_init_human_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "c"), "--question", "Q?"])
    assert result.exit_code == 0
    assert "Created case" in result.stdout


def test_init_with_bad_date_is_one_line_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["init", str(tmp_path / "c"), "--question", "Q?", "--from", "2016-13-01", "--json"]
    )
    assert result.exit_code == 1
    error = json.loads(result.stdout)
    assert error["type"] == "CaseError"
    assert "--from '2016-13-01' is not a date; use YYYY-MM-DD" in error["error"]


def test_add_search_status_json(runner: CliRunner, case: tuple[Path, str]) -> None:
    folder, db = case
    added = runner.invoke(app, ["add", str(folder), str(FIXTURES / "pages"), "--db", db, "--json"])
    assert added.exit_code == 0, added.output
    summary = json.loads(added.stdout)
    assert (summary["added"], summary["duplicates"], summary["failed"]) == (2, 0, 0)
    assert len(summary["document_ids"]) == 2

    again = runner.invoke(app, ["add", str(folder), str(FIXTURES / "pages"), "--db", db, "--json"])
    assert json.loads(again.stdout)["duplicates"] == 2

    found = runner.invoke(app, ["search", str(folder), "suicide bombing Aktobe", "--db", db, "--json"])
    assert found.exit_code == 0
    hits = json.loads(found.stdout)
    assert hits[0]["title"] == "Suicide bombing kills three in Aktobe"
    assert hits[0]["published_at"] == "2016-06-06T00:00:00"
    assert "[" in hits[0]["snippet"]

    status = runner.invoke(app, ["status", str(folder), "--db", db, "--json"])
    assert status.exit_code == 0
    state = json.loads(status.stdout)
    assert state["counts"]["documents"] == 2
    assert state["last_runs"]["collect"]["summary"]["duplicates"] == 2


def test_add_exit_codes(runner: CliRunner, case: tuple[Path, str], tmp_path: Path) -> None:
    folder, db = case
    missing = str(tmp_path / "missing.txt")
    failed = runner.invoke(
        app, ["add", str(folder), str(FIXTURES / "pages" / "aktobe.html"), missing, "--db", db]
    )
    assert failed.exit_code == 1
    assert "missing.txt: no such file or directory" in flat(failed.output)
    assert "1 added" in flat(failed.output) and "1 failed" in flat(failed.output)
    kept = runner.invoke(app, ["add", str(folder), missing, "--keep-going", "--db", db, "--json"])
    assert kept.exit_code == 0
    assert json.loads(kept.stdout)["failed"] == 1


def test_human_search_and_status(runner: CliRunner, case: tuple[Path, str]) -> None:
    folder, db = case
    runner.invoke(app, ["add", str(folder), str(FIXTURES / "pages"), "--db", db, "--quiet"])
    found = runner.invoke(app, ["search", str(folder), "Almaty court", "--db", db])
    assert found.exit_code == 0 and "Court in Almaty" in found.stdout
    nothing = runner.invoke(app, ["search", str(folder), "zzzqqq", "--db", db])
    assert "No matching documents." in nothing.stdout
    status = runner.invoke(app, ["status", str(folder), "--db", db])
    assert status.exit_code == 0 and "documents" in status.stdout


def test_quiet_prints_nothing(runner: CliRunner, case: tuple[Path, str]) -> None:
    folder, db = case
    result = runner.invoke(app, ["add", str(folder), str(FIXTURES / "pages"), "--db", db, "--quiet"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_open_missing_case_is_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["status", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "no case.toml here" in flat(result.output)
