"""assess_case end to end on a small case: events, trends, ACH with analyst override, judgments, figures."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from assay.assess import assess_case
from assay.assess.rates import chance_of_any
from assay.model import Assessment, Rating
from assay.standards import get_standard

from .factory import AKTOBE, ALJ, ALMATY, BBC, KAZINFORM, OSH, REGISTRY, TENGRI, case, document, mention

HYPOTHESES = [
    {
        "key": "H1",
        "statement": "Violence by ISIS sympathisers is rising in Central Asia.",
        "expectations": ["attack rate rises"],
    },
    {
        "key": "H2",
        "statement": "The threat is stable; the attacks are isolated.",
        "expectations": ["attack rate is stable"],
    },
    {
        "key": "H3",
        "statement": "Enforcement is rising, not violence.",
        "expectations": ["arrest rate rises while attack rate does not", "support grows quietly"],
    },
]
NOW = datetime(2017, 1, 15, tzinfo=UTC)


def corpus():  # type: ignore[no-untyped-def]
    docs = [
        document(1, BBC, date(2016, 6, 6)),
        document(2, ALJ, date(2016, 6, 5)),
        document(3, BBC, date(2016, 7, 18)),
        document(4, KAZINFORM, date(2016, 7, 18)),
        document(5, KAZINFORM, date(2016, 8, 30)),
        document(6, TENGRI, date(2015, 3, 2)),
        document(7, KAZINFORM, date(2015, 5, 1)),
        document(8, TENGRI, date(2015, 9, 9)),
    ]
    mentions = [
        mention(1, 1, "attack", date(2016, 6, 5), AKTOBE, counts=(("killed", 7),)),
        mention(2, 2, "attack", date(2016, 6, 5), AKTOBE, counts=(("killed", 6),)),
        mention(3, 3, "attack", date(2016, 7, 18), ALMATY),
        mention(4, 4, "attack", date(2016, 7, 18), ALMATY),
        mention(5, 5, "bombing", date(2016, 8, 30), OSH),
        mention(6, 6, "attack", date(2015, 3, 1), ALMATY),
        mention(7, 7, "arrest", date(2015, 5, 1), ALMATY),
        mention(8, 8, "arrest", date(2015, 9, 8), AKTOBE),
        mention(9, 8, "attack", None, AKTOBE),
    ]
    return docs, mentions


def run(tmp: Path | None = None, **extra: object) -> Assessment:
    docs, mentions = corpus()
    return assess_case(
        case(hypotheses=HYPOTHESES, **extra), docs, mentions, REGISTRY, figures_dir=tmp, now=NOW
    )


def test_events_trends_and_notes() -> None:
    result = run()
    assert result.generated_at == NOW
    assert [e.id for e in result.events] == [
        "ev-2015-03-01-kz-ala-attack",
        "ev-2015-05-01-kz-ala-arrest",
        "ev-2015-09-08-kz-akt-arrest",
        "ev-2016-06-05-kz-akt-attack",
        "ev-2016-07-18-kz-ala-attack",
        "ev-2016-08-30-kg-go-bombing",
    ]
    assert [e.credibility for e in result.events] == [3, 3, 3, 1, 1, 3]
    assert any("1 of 9 mentions were not fused" in n for n in result.notes)
    attack = next(c for c in result.rate_changes if c.label == "attack")
    assert (attack.baseline_count, attack.recent_count) == (1, 3)
    assert (attack.baseline_exposure, attack.recent_exposure) == (730.0, 366.0)
    assert attack.exposure == "calendar"
    totals = {p.period: p.count for p in result.period_counts if not (p.event_type or p.country_code)}
    assert totals["2016"] == 3 and totals["2016-Q3"] == 2 and totals["2015-03"] == 1
    assert {p.admin1_code for p in result.period_counts if p.period == "2016" and p.admin1_code} == {
        "AKT",
        "ALA",
        "GO",
    }
    assert any("'support grows quietly' does not follow the grammar" in n for n in result.notes)


def test_ach_items_are_grouped_and_rated_with_reasons() -> None:
    ach = run().ach
    assert ach is not None
    keys = [e.key for e in ach.evidence]
    assert {"E-violence-KZ", "E-violence-KG", "E-enforcement-KZ", "T-attack", "T-arrest", "T-events"} <= set(
        keys
    )
    trend = next(e for e in ach.evidence if e.key == "T-attack")
    assert trend.rating_sources["H1"] == "suggested" and "P(increase)" in trend.rating_reasons["H1"]
    assert trend.relevance == "high"
    # 1 vs 3 attacks, 730 vs 366 days: P(increase) ≈ 0.96 → H1 CC, H3's "attack rate does not rise" II.
    assert trend.ratings["H1"] is Rating.CC and trend.ratings["H3"] is Rating.II


def test_analyst_ratings_win_and_unknown_keys_become_notes() -> None:
    ach = run(ratings={"T-attack": {"H1": "II"}, "N-defector": {"H2": "C", "H1": "I"}}).ach
    assert ach is not None
    trend = next(e for e in ach.evidence if e.key == "T-attack")
    assert trend.ratings["H1"] is Rating.II and trend.rating_sources["H1"] == "analyst"
    note = next(e for e in ach.evidence if e.key == "N-defector")
    assert note.kind == "note" and note.ratings == {"H1": Rating.I, "H2": Rating.C, "H3": Rating.N}


def test_judgments_have_numbers_words_bands_and_separate_confidence() -> None:
    result = run()
    kinds = [j.id.split("-")[1] for j in result.judgments]
    assert kinds == ["question", "forecast", "trend"]
    for j in result.judgments:
        assert 0.01 <= j.probability <= 0.99
        assert j.standard == "icd203" and j.band[0] <= round(j.probability * 100) <= j.band[1]
        assert j.term == get_standard(j.standard).band_for(j.probability).term
        # The statement is the bare proposition: neither likelihood words nor confidence.
        assert not re.search(
            r"confiden|\blikely\b|\bunlikely\b|almost certain|\(\d+–\d+%\)", j.statement, re.I
        )
        assert j.confidence in ("low", "moderate", "high") and j.confidence_reasons
        assert re.search(r"\d{4}-\d{2}-\d{2}", j.time_frame) and j.resolution
    question, forecast, trend = result.judgments
    assert question.hypothesis_key == "H1" and "violence by ISIS sympathisers" in question.statement
    assert forecast.probability == pytest.approx(chance_of_any(3, 366.0, 365.0))
    assert forecast.time_frame == "2017-01-01 to 2017-12-31"
    assert "calendar" in " ".join(forecast.confidence_reasons)
    attack = next(c for c in result.rate_changes if c.label == "attack")
    assert trend.probability == pytest.approx(attack.p_increase)
    assert "calendar days" in trend.statement


def test_other_standards_supply_their_words() -> None:
    raw = case().model_dump(by_alias=True)
    raw["case"]["standard"] = "phia"
    result = run(case=raw["case"])
    assert all(j.standard == "phia" for j in result.judgments)
    phia = get_standard("phia")
    assert all(j.term == phia.band_for(j.probability).term for j in result.judgments)
    assert all(phia.lookup(j.term) is not None for j in result.judgments)


def test_volume_exposure_counts_documents() -> None:
    result = run(
        windows={
            "baseline": {"from": date(2014, 1, 1), "to": date(2015, 12, 31)},
            "recent": {"from": date(2016, 1, 1), "to": date(2016, 12, 31)},
            "exposure": "volume",
        }
    )
    attack = next(c for c in result.rate_changes if c.label == "attack")
    assert (attack.exposure, attack.baseline_exposure, attack.recent_exposure) == ("volume", 3.0, 5.0)


def test_figures_are_written_and_reproducible(tmp_path: Path) -> None:
    first = run(tmp_path / "one").figures
    second = run(tmp_path / "two").figures
    for name in ("events_over_time", "rate_ratios", "event_map"):
        for suffix in ("svg", "png"):
            a, b = Path(first[f"{name}.{suffix}"]), Path(second[f"{name}.{suffix}"])
            assert a.stat().st_size > 1000
            assert a.read_bytes() == b.read_bytes(), name
        assert first[f"{name}.caption"]
