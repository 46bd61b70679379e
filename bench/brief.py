"""Benchmark: build and render the brief of a synthetic 1,000-document case in all four formats."""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from assay.config import parse_case
from assay.model import (
    AchResult,
    Assessment,
    Count,
    CountClaim,
    Document,
    Event,
    Evidence,
    Hypothesis,
    HypothesisScore,
    Judgment,
    Mention,
    Origin,
    PeriodCount,
    Place,
    RateChange,
    Rating,
    SourceGrade,
    Span,
    TimeSpan,
)
from assay.produce import build_brief, render_brief

DOCUMENTS = 1000
DOCS_PER_EVENT = 4
CASE = """
[case]
name = "bench"
question = "How popular is ISIS in Central Asia?"
region = "Central Asia"
countries = ["KZ", "KG", "TJ", "UZ", "TM"]
from = 2014-01-01
to = 2016-12-31
[windows]
baseline = { from = 2014-01-01, to = 2015-06-30 }
recent = { from = 2015-07-01, to = 2016-12-31 }
[brief]
desk = "Bench desk"
author = "bench"
"""
OUTLETS = [
    (
        f"outlet{i}",
        f"Outlet {i}",
        "ABCF"[i % 4],
        ["independent", "state-owned", "wire"][i % 3],
        ["KZ", "KG", "TJ"][i % 3],
    )
    for i in range(40)
]
PLACES = [("Aktobe", "KZ"), ("Almaty", "KZ"), ("Bishkek", "KG"), ("Osh", "KG"), ("Dushanbe", "TJ")]
KINDS = ["attack", "arrest", "bombing", "propaganda", "prosecution"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def synthetic_case(folder: Path) -> tuple[Assessment, dict[int, Document], dict[int, Mention]]:
    """A seeded synthetic case: documents, one mention each, events of four documents."""
    rng = random.Random(7)
    documents: dict[int, Document] = {}
    mentions: dict[int, Mention] = {}
    events: list[Event] = []
    start = date(2014, 1, 1)
    for event_index in range(DOCUMENTS // DOCS_PER_EVENT):
        day = start + timedelta(days=rng.randrange(0, 1090))
        name, code = PLACES[event_index % len(PLACES)]
        place = Place(name, code, "city")
        kind = KINDS[event_index % len(KINDS)]
        mids: list[int] = []
        claims: list[CountClaim] = []
        for offset in range(DOCS_PER_EVENT):
            doc_id = event_index * DOCS_PER_EVENT + offset + 1
            key, outlet, *_ = OUTLETS[rng.randrange(len(OUTLETS))]
            killed = rng.choice([2, 3, 3, 4])
            phrase = f"{MONTHS[day.month - 1]} {day.day}"
            text = (
                f"On {phrase}, a {kind} was reported in {name}. Officials said {killed} people were killed. "
                + "Background paragraph about the region and its history. " * 30
            )
            documents[doc_id] = Document(
                doc_id,
                f"h{doc_id}",
                f"{kind.title()} in {name} ({doc_id})",
                text,
                key,
                outlet,
                url=f"https://example.org/{doc_id}",
                published_at=datetime(day.year, day.month, day.day, tzinfo=UTC),
                retrieved_at=datetime(2024, 1, 1, tzinfo=UTC),
            )
            count_at = text.index(f"{killed} people")
            date_at = text.index(phrase)
            mentions[doc_id] = Mention(
                doc_id,
                doc_id,
                kind,
                Span(0, 2, "On"),
                Span(0, count_at + 30, text[: count_at + 30]),
                TimeSpan(day, day, "day", Span(date_at, date_at + len(phrase), phrase)),
                place,
                counts=(
                    Count(
                        "killed", killed, "exact", Span(count_at, count_at + len(str(killed)), str(killed))
                    ),
                ),
            )
            mids.append(doc_id)
            claims.append(CountClaim("killed", killed, "exact", doc_id, doc_id))
        docs = tuple(mids)
        events.append(
            Event(
                f"E{event_index:04d}",
                kind,
                TimeSpan(day, day, "day"),
                place,
                docs,
                docs,
                count_claims=tuple(claims),
                origins=tuple(
                    Origin(f"o{d}", (documents[d].outlet_key,), (d,), False, True, "C") for d in docs
                ),
                credibility=2,
            )
        )
    grades = tuple(
        SourceGrade(
            k,
            n,
            r,
            o,
            c,
            "Synthetic grade.",  # type: ignore[arg-type]
            sum(d.outlet_key == k for d in documents.values()),
        )
        for k, n, r, o, c in OUTLETS
    )
    figures: dict[str, str] = {}
    for key in ("timeline", "rates", "map"):
        fig, ax = plt.subplots(figsize=(6, 3))
        ax.plot(range(36), [rng.randrange(10) for _ in range(36)])
        for suffix in ("svg", "png"):
            fig.savefig(folder / f"{key}.{suffix}", dpi=80)
        plt.close(fig)
        figures[key] = str(folder / f"{key}.svg")
    hypotheses = (
        Hypothesis("H1", "Support for ISIS is rising across Central Asia.", ("attack rate rises",)),
        Hypothesis("H2", "The violence reflects local grievances.", ("arrest rate rises",)),
    )
    evidence = tuple(
        Evidence(
            f"EV{i}",
            f"Evidence item {i}",
            "event",
            ratings={"H1": Rating.C, "H2": Rating.I},
            event_ids=(events[i].id,),
            document_ids=events[i].document_ids,
        )
        for i in range(8)
    )
    ach = AchResult(
        hypotheses,
        evidence,
        (HypothesisScore("H1", 0, 0.0, 0.6, 1), HypothesisScore("H2", 8, 8.0, 0.4, 2)),
        {"EV0": 0.5},
    )
    judgments = (
        Judgment(
            "J1",
            "Support for ISIS is not rising across Central Asia.",
            0.7,
            "icd203",
            "likely",
            (55, 80),
            "moderate",
            ("reporting is consistent",),
            "through 31 December 2017",
            "",
            ("a claimed attack",),
            ("a fall in attacks",),
            tuple(e.id for e in events[:5]),
        ),
    )
    assessment = Assessment(
        "bench",
        datetime(2024, 1, 1, tzinfo=UTC),
        grades,
        tuple(o for e in events for o in e.origins),
        tuple(events),
        (PeriodCount("2014", 80), PeriodCount("2015", 85), PeriodCount("2016", 85)),
        (
            RateChange(
                "attacks",
                ("attack",),
                25,
                25,
                546.0,
                549.0,
                "calendar",
                1.0,
                0.6,
                1.7,
                0.5,
                tuple(e.id for e in events if e.event_type == "attack"),
            ),
        ),
        ach,
        judgments,
        figures,
    )
    return assessment, documents, mentions


def main() -> int:
    """Run the benchmark, print seconds per format and write bench/results/brief.json."""
    config = parse_case(CASE, Path("case.toml"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        assessment, documents, mentions = synthetic_case(folder)
        started = time.perf_counter()
        brief = build_brief(config, assessment, documents, mentions, now=datetime(2024, 1, 1, tzinfo=UTC))
        seconds = {"build": time.perf_counter() - started}
        for fmt in ("md", "html", "pdf", "docx"):
            started = time.perf_counter()
            render_brief(brief, folder / "out", formats=(fmt,), documents=documents)
            seconds[fmt] = time.perf_counter() - started
    total = sum(seconds.values())
    for name, value in seconds.items():
        print(f"{name:>6}: {value:6.2f} s")
    print(
        f" total: {total:6.2f} s (target < 30 s) — {len(documents)} documents, "
        f"{len(assessment.events)} events, {len(brief.references)} references"
    )
    result = {
        "documents": len(documents),
        "events": len(assessment.events),
        "references": len(brief.references),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "total_seconds": round(total, 3),
        "target_seconds": 30,
        "python": sys.version.split()[0],
    }
    out = Path(__file__).parent / "results" / "brief.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if total < 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
