"""The pinned evaluation floors: the extractor must not score below eval/extract/floors.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assay.extract.evaluation import evaluate_gold_file
from assay.extract.plover import read_plover, score_plover

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "eval" / "extract" / "floors.json").read_text(encoding="utf-8"))
GOLD = ROOT / "eval" / "extract" / "gold.jsonl"
PLOVER = ROOT / "eval" / "plover" / "data" / "PLOVER_GSR_CAMEO.json"


@pytest.fixture(scope="module")
def gold_headline() -> dict[str, float]:
    return evaluate_gold_file(GOLD).headline()


@pytest.mark.parametrize("name", sorted(FLOORS["gold"]))
def test_gold_figure_is_not_below_its_floor(gold_headline: dict[str, float], name: str) -> None:
    assert gold_headline[name] >= FLOORS["gold"][name], (
        f"{name} fell to {gold_headline[name]:.4f}, below its floor {FLOORS['gold'][name]}"
    )


def test_plover_figures_are_not_below_their_floors() -> None:
    report = score_plover(read_plover(PLOVER)).to_dict()
    floors = FLOORS["plover"]
    assert report["mapped_type_accuracy"] >= floors["mapped_type_accuracy"]
    assert report["unmapped_false_alarm_rate"] <= floors["unmapped_false_alarm_rate_max"]
    assert report["dead_exact"]["accuracy"] >= floors["dead_exact"]
