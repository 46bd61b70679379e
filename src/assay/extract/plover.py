"""Scoring an extractor on the PLOVER gold records: event type (mapped PLOVER types) and dead/injured."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assay.errors import InputError
from assay.extract.registry import get_extractor
from assay.model import Document
from assay.taxonomy import EVENT_TYPES

MAPPED = frozenset(t.plover for t in EVENT_TYPES.values())


@dataclass(slots=True)
class PloverReport:
    """Per-PLOVER-type accuracy, false alarms on unmapped types, and count accuracy."""

    extractor: str
    per_type: dict[str, tuple[int, int]] = field(default_factory=dict)
    false_alarms: dict[str, tuple[int, int]] = field(default_factory=dict)
    dead: tuple[int, int] = (0, 0)
    injured: tuple[int, int] = (0, 0)

    @property
    def mapped_accuracy(self) -> float:
        """Share of records of a mapped type for which the extractor produced that PLOVER type."""
        hit = sum(h for h, _ in self.per_type.values())
        total = sum(n for _, n in self.per_type.values())
        return hit / total if total else 0.0

    @property
    def false_alarm_rate(self) -> float:
        """Share of records of an unmapped type (AGREE, DEMAND, ...) where the extractor coded any event."""
        hit = sum(h for h, _ in self.false_alarms.values())
        total = sum(n for _, n in self.false_alarms.values())
        return hit / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""

        def acc(pair: tuple[int, int]) -> dict[str, Any]:
            return {
                "correct": pair[0],
                "records": pair[1],
                "accuracy": round(pair[0] / pair[1], 4) if pair[1] else None,
            }

        return {
            "extractor": self.extractor,
            "mapped_type_accuracy": round(self.mapped_accuracy, 4),
            "per_type": {k: acc(v) for k, v in sorted(self.per_type.items())},
            "unmapped_false_alarm_rate": round(self.false_alarm_rate, 4),
            "unmapped_false_alarms": {k: acc(v) for k, v in sorted(self.false_alarms.items())},
            "dead_exact": acc(self.dead),
            "injured_exact": acc(self.injured),
        }


def read_plover(path: Path | str) -> list[dict[str, Any]]:
    """The event records of a PLOVER GSR file (the DOCUMENT record is skipped)."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"No PLOVER file at {p}; pass eval/plover/data/PLOVER_GSR_CAMEO.json")
    return [
        r for r in json.loads(p.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT" and r.get("text")
    ]


def _as_int(value: Any) -> int | None:
    try:
        return int(str(value).replace(",", ""))
    except ValueError:
        return None


def score_plover(records: Iterable[dict[str, Any]], *, extractor: str = "rules.v1") -> PloverReport:
    """Run the extractor on every record's sentence and compare with its PLOVER coding."""
    ex = get_extractor(extractor)
    report = PloverReport(extractor)
    dead, injured = [0, 0], [0, 0]
    for n, rec in enumerate(records, 1):
        doc = Document(
            id=n,
            content_hash=rec["id"],
            title="",
            text=rec["text"],
            outlet_key="plover",
            outlet_name="PLOVER GSR",
        )
        mentions = ex.extract(doc)
        coded = {EVENT_TYPES[m.event_type].plover for m in mentions}
        gold = rec["event"]
        if gold in MAPPED:
            hit, total = report.per_type.get(gold, (0, 0))
            report.per_type[gold] = (hit + (gold in coded), total + 1)
        else:
            hit, total = report.false_alarms.get(gold, (0, 0))
            report.false_alarms[gold] = (hit + bool(coded), total + 1)
        for key, kind, tally in (("dead", "killed", dead), ("injured", "injured", injured)):
            expected = _as_int(rec.get(key)) if key in rec else None
            if expected is None:
                continue
            found = {c.value for m in mentions for c in m.counts if c.kind == kind}
            tally[0] += expected in found
            tally[1] += 1
    report.dead, report.injured = (dead[0], dead[1]), (injured[0], injured[1])
    return report
