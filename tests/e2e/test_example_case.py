"""The example case end to end: the pipeline recovers the hand-written expected events."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.e2e.conftest import EXAMPLE, ChainRun

from assay.taxonomy import family_of

DATE_TOLERANCE = timedelta(days=3)


def _expected() -> dict:
    return json.loads((EXAMPLE / "expected.json").read_text(encoding="utf-8"))


def _dates(item: dict) -> tuple[date, date]:
    if "date" in item:
        day = date.fromisoformat(item["date"])
        return day, day
    return date.fromisoformat(item["start"]), date.fromisoformat(item["end"])


def _matches(item: dict, event) -> bool:
    if family_of(event.event_type) != family_of(item["event_type"]):
        return False
    if event.place is None or event.place.country_code != item["country"]:
        return False
    if event.date.start is None or event.date.end is None:
        return False
    start, end = _dates(item)
    return event.date.start - DATE_TOLERANCE <= end and start <= event.date.end + DATE_TOLERANCE


def test_every_source_is_collected(chain: ChainRun) -> None:
    status = chain.case.status()
    assert status.counts["documents"] >= 80
    assert not [p for p in status.problems if p["stage"] == "collect"]


def test_event_level_recall_at_least_0_9(chain: ChainRun) -> None:
    expected = _expected()["events"]
    missed = [item["id"] for item in expected if not any(_matches(item, e) for e in chain.assessment.events)]
    recall = 1 - len(missed) / len(expected)
    found = len(expected) - len(missed)
    print(f"example-case event recall {recall:.3f} ({found} of {len(expected)}); missed {missed}")
    assert recall >= 0.9, f"event recall {recall:.2f}; missed {missed}"


def test_non_events_produce_no_violent_events(chain: ChainRun) -> None:
    non_events = set(_expected().get("non_events", []))
    documents = {d.id: d for d in chain.case.documents()}
    for event in chain.assessment.events:
        if family_of(event.event_type) != "violence":
            continue
        names = {documents[i].origin.rsplit("/", 1)[-1] for i in event.document_ids}
        assert not names <= non_events, f"{event.id} rests only on non-event documents {sorted(names)}"
