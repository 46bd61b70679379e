"""One run of the whole chain on the bundled example case, shared by the end-to-end tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from assay.model import Assessment, Brief
from assay.workbench import Case

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "central-asia-2016"
FIXED_NOW = datetime(2017, 1, 15, 9, 0)


@dataclass
class ChainRun:
    """What the chain produced."""

    case: Case
    assessment: Assessment
    brief: Brief
    paths: dict[str, Path]
    out: Path


@pytest.fixture(scope="session")
def chain(tmp_path_factory: pytest.TempPathFactory) -> ChainRun:
    """collect → extract → assess → brief on a fresh copy of the example case."""
    out = tmp_path_factory.mktemp("example")
    case = Case.copy_from(EXAMPLE, out / "case")
    case.add([str(EXAMPLE / "sources")], follow_links=False)
    case.extract()
    assessment = case.assess(figures_dir=out / "figures", now=FIXED_NOW)
    brief, paths = case.brief(out / "brief", ("md", "html", "pdf", "docx"), now=FIXED_NOW)
    return ChainRun(case, assessment, brief, paths, out)
