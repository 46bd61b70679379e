"""The stage commands over the example case: assess, brief, the judgment ledger and calibration."""

from __future__ import annotations

import json

from tests.e2e.conftest import ChainRun
from typer.testing import CliRunner

from assay.cli.main import app

runner = CliRunner()


def _json(args: list[str]) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ledger_resolve_and_calibration(chain: ChainRun) -> None:
    folder = str(chain.case.folder)
    ledger = _json(["judgments", "list", folder])
    assert isinstance(ledger, list) and len(ledger) == len(chain.assessment.judgments)
    assert all(row["outcome"] is None for row in ledger)
    first, second = ledger[0]["id"], ledger[1]["id"]
    _json(["judgments", "resolve", folder, first, "true"])
    _json(["judgments", "resolve", folder, second, "false"])
    report = _json(["calibration", folder])
    assert report["count"] == 2
    p1, p2 = ledger[0]["probability"], ledger[1]["probability"]
    assert abs(report["brier"] - ((p1 - 1) ** 2 + p2**2) / 2) < 1e-9


def test_resolving_an_unknown_judgment_is_a_one_line_error(chain: ChainRun) -> None:
    result = runner.invoke(app, ["judgments", "resolve", str(chain.case.folder), "kj-nope", "true"])
    assert result.exit_code == 1
    assert "No judgment with id 'kj-nope'" in result.output


def test_assess_json_carries_judgments_with_bands(chain: ChainRun) -> None:
    data = _json(["assess", str(chain.case.folder)])
    assert data["judgments"], "the example case must yield key judgments"
    for judgment in data["judgments"]:
        low, high = judgment["band"]
        assert low <= round(judgment["probability"] * 100) <= high or judgment["standard"] != "icd203"
        assert judgment["confidence"] in ("low", "moderate", "high")
