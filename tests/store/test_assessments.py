"""Tests for saved assessments and the judgment ledger on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest

from assay.errors import StoreError
from assay.model import Assessment, Judgment
from assay.store import Store, open_store
from assay.store.assessments import latest_assessment, list_judgments, resolve_judgment, save_assessment


@pytest.fixture
def store(backend: str) -> Iterator[Store]:
    opened = open_store(backend)
    yield opened
    opened.close()


def _judgment(jid: str, probability: float) -> Judgment:
    return Judgment(
        id=jid,
        statement=f"statement {jid}",
        probability=probability,
        standard="icd203",
        term="likely",
        band=(55, 80),
        confidence="low",
        confidence_reasons=("thin evidence",),
        time_frame="2017",
        resolution="attacks reported",
    )


def _assessment(at: datetime, *judgments: Judgment) -> Assessment:
    return Assessment(
        case_name="c",
        generated_at=at,
        source_grades=(),
        origins=(),
        events=(),
        period_counts=(),
        rate_changes=(),
        ach=None,
        judgments=judgments,
    )


def test_latest_assessment_is_the_newest(store: Store) -> None:
    assert latest_assessment(store) is None
    first = _assessment(datetime(2024, 1, 1), _judgment("KJ1", 0.7))
    second = _assessment(datetime(2024, 2, 1), _judgment("KJ1", 0.6))
    save_assessment(store, first)
    save_assessment(store, second)
    assert latest_assessment(store) == second


def test_ledger_resolves_and_keeps_outcome_across_reassessment(store: Store) -> None:
    save_assessment(store, _assessment(datetime(2024, 1, 1), _judgment("KJ1", 0.7), _judgment("KJ2", 0.2)))
    resolve_judgment(store, "KJ1", True)
    resolve_judgment(store, "KJ2", False)
    # A later assessment that restates KJ1 updates its text and number but not its recorded outcome.
    save_assessment(store, _assessment(datetime(2024, 2, 1), replace(_judgment("KJ1", 0.8), statement="new")))
    ledger = {row["id"]: row for row in list_judgments(store)}
    assert set(ledger) == {"KJ1", "KJ2"}
    assert ledger["KJ1"]["outcome"] == 1 and ledger["KJ1"]["statement"] == "new"
    assert ledger["KJ1"]["probability"] == pytest.approx(0.8)
    assert ledger["KJ1"]["made_at"] == datetime(2024, 1, 1)
    assert ledger["KJ2"]["outcome"] == 0
    assert ledger["KJ2"]["resolved_at"] is not None


def test_resolving_an_unknown_id_names_it(store: Store) -> None:
    with pytest.raises(StoreError, match=r"'KJ9'.*assay judgments list"):
        resolve_judgment(store, "KJ9", True)
