"""TR-News quality gate: recognition and resolution must not fall below eval/geo/floors.json."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval" / "geo"


def _load_trnews() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_geo_trnews", EVAL / "trnews.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    trnews = _load_trnews()
    assert trnews.DATA.exists(), f"TR-News is missing at {trnews.DATA}; it ships in eval/geo/data/tr-news."
    result: dict[str, dict[str, float]] = trnews.evaluate()
    return result


FLOORS = json.loads((EVAL / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("part", "measure"),
    [(part, measure) for part, values in FLOORS.items() if not part.startswith("_") for measure in values],
)
def test_trnews_score_is_at_or_above_its_floor(scores: dict[str, dict[str, float]], part: str,
                                               measure: str) -> None:
    floor = FLOORS[part][measure]
    assert scores[part][measure] >= floor, (
        f"TR-News {part} {measure} fell to {scores[part][measure]:.3f}, below the floor {floor}"
    )


def test_trnews_loads_every_article_and_toponym() -> None:
    articles = _load_trnews().load_articles()
    assert len(articles) == 118
    assert sum(len(a.toponyms) for a in articles) == 1319
    # Gold spans point at their phrase once offsets are repaired.
    assert all(a.text[t.start : t.end] == t.phrase for a in articles for t in a.toponyms)
