"""The `assay audit` command: output modes, SARIF file and CI exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from assay.cli.audit_cmd import register

BRIEFS = Path(__file__).resolve().parents[2] / "eval" / "audit" / "briefs"
GOOD = str(BRIEFS / "01-good-bluf-memo.md")
ERRORS = str(BRIEFS / "02-confidence-in-likelihood.md")
WARNINGS_ONLY = str(BRIEFS / "16-evidence-quality.txt")


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def version() -> None:
        """A second command so Typer keeps `audit` as a subcommand."""

    return app


def test_exit_codes_follow_fail_on() -> None:
    runner = CliRunner()
    assert runner.invoke(_app(), ["audit", GOOD]).exit_code == 0
    assert runner.invoke(_app(), ["audit", ERRORS]).exit_code == 1
    assert runner.invoke(_app(), ["audit", WARNINGS_ONLY]).exit_code == 0
    assert runner.invoke(_app(), ["audit", WARNINGS_ONLY, "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(_app(), ["audit", ERRORS, "--fail-on", "never"]).exit_code == 0


def test_human_output_groups_by_standard_with_quote_and_suggestion() -> None:
    result = CliRunner().invoke(_app(), ["audit", ERRORS], env={"COLUMNS": "200"})
    assert "ICD 203 §D.6.e(2)" in result.output
    assert "U3 error line 7" in result.output
    assert "We assess with high confidence that militant attacks" in result.output
    assert "in its own sentence" in result.output


def test_json_and_sarif(tmp_path: Path) -> None:
    sarif = tmp_path / "audit.sarif"
    result = CliRunner().invoke(_app(), ["audit", GOOD, ERRORS, "--json", "--sarif", str(sarif)])
    reports = json.loads(result.stdout)
    assert [len(r["findings"]) for r in reports] == [0, 4]
    assert reports[1]["findings"][0]["rule"] == "U3"
    assert json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"][0]["ruleId"] == "U3"


def test_unreadable_file_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a docx")
    result = CliRunner().invoke(_app(), ["audit", str(bad), GOOD, "--json"])
    assert result.exit_code == 2
    assert len(json.loads(result.stdout)) == 1
