"""Likelihood phrases per standard, the confidence rubric, the atlas decoder and the Rich views."""

from __future__ import annotations

import io
from datetime import date

import pytest
from rich.console import Console

from assay.assess import score_calibration
from assay.assess.atlas import decode_arcs, outlines_for, stitch_ring
from assay.assess.confidence import rate_confidence
from assay.assess.judgments import clip, term_for
from assay.cli.assess_view import print_assessment, print_calibration
from assay.model import CountClaim, Event, Origin, TimeSpan
from assay.standards import get_standard

from .test_assessment import run


@pytest.mark.parametrize(
    ("standard", "p", "term", "band"),
    [
        ("icd203", 0.7, "likely", (55, 80)),
        ("icd203", 0.5, "roughly even chance", (45, 55)),
        ("icd203", 0.02, "almost no chance", (1, 5)),
        ("phia", 0.45, "realistic possibility", (40, 50)),
        ("phia", 0.85, "highly likely", (80, 90)),
        ("nato", 0.5, "even chance", (40, 60)),
    ],
)
def test_terms(standard: str, p: float, term: str, band: tuple[int, int]) -> None:
    assert term_for(get_standard(standard), p) == (term, band)


def test_clip_keeps_off_zero_and_one() -> None:
    assert (clip(0.0), clip(1.0), clip(0.5)) == (0.01, 0.99, 0.5)


def event(i: int, grades: str, credibility: int, conflict: bool = False) -> Event:
    origins = tuple(Origin(f"o{j}@{i}", (f"o{j}",), (i,), False, False, g) for j, g in enumerate(grades))  # type: ignore[arg-type]
    claims = (
        (CountClaim("killed", 3, "exact", i, i), CountClaim("killed", 4, "exact", i + 100, i))
        if conflict
        else ()
    )
    return Event(
        f"ev{i}",
        "attack",
        TimeSpan(date(2016, 1, 1), date(2016, 1, 1), "day"),
        None,
        (i,),
        (i,),
        count_claims=claims,
        origins=origins,
        credibility=credibility,
    )


def test_rubric_high() -> None:
    events = [event(i, "BC", 1) for i in range(10)]
    level, reasons = rate_confidence(events)
    # +1 grades, +1 origins, +1 corroboration, 0 conflicts, +1 volume, 0 assumptions = +4
    assert level == "high" and reasons[-1] == "score +4 → high"


def test_rubric_low_and_caps() -> None:
    thin = [event(1, "D", 4), event(2, "F", 6)]
    level, reasons = rate_confidence(thin)
    # −1 grades, −1 origins, −1 corroboration, 0 conflicts, −1 volume = −4
    assert level == "low" and reasons[-1] == "score -4 → low"
    many = [event(i, "BC", 1) for i in range(10)]
    level, reasons = rate_confidence(many, horizon_days=3 * 365)
    assert level == "moderate" and any("at most moderate" in r for r in reasons)
    # A 12-month forecast from a rate model is capped too: the same +4 evidence earns only moderate.
    level, reasons = rate_confidence(many, horizon_days=365)
    assert level == "moderate" and any("365-day forecast" in r for r in reasons)
    level, _ = rate_confidence([])
    assert level == "low"


def test_rubric_moderate_with_conflicts_and_assumptions() -> None:
    events = [event(i, "BC", 1, conflict=i < 4) for i in range(10)]
    level, reasons = rate_confidence(events, assumptions=["the rate persists"])
    # +1 +1 +1 −1 (4 of 10 conflicted) +1 −1 = +2
    assert level == "moderate" and reasons[-1] == "score +2 → moderate"
    assert any(r.startswith("− assumptions: the rate persists") for r in reasons)


def test_topojson_decoding_by_hand() -> None:
    arcs = decode_arcs([[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]], (0.5, 1.0), (10.0, 20.0))
    assert arcs[0] == [(10.0, 20.0), (11.0, 20.0), (11.0, 22.0)]
    assert stitch_ring([0, 1], arcs) == [(10.0, 20.0), (11.0, 20.0), (11.0, 22.0), (10.0, 22.0), (10.0, 20.0)]
    assert stitch_ring([~1], arcs)[0] == (10.0, 20.0)


def test_bundled_outlines_cover_central_asia() -> None:
    outlines = outlines_for(["KZ", "KG", "TJ", "UZ", "TM"])
    assert set(outlines) == {"KZ", "KG", "TJ", "UZ", "TM"}
    xs = [x for ring in outlines["KZ"] for x, _ in ring]
    ys = [y for ring in outlines["KZ"] for _, y in ring]
    assert 45 < min(xs) < 48 and 86 < max(xs) < 88 and 40 < min(ys) < 41.5 and 55 < max(ys) < 56


def test_views_render_the_essentials() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, width=160, color_system=None)
    print_assessment(console, run())
    print_calibration(console, score_calibration([(0.8, True), (0.3, False)]))
    text = buffer.getvalue()
    for needle in (
        "ev-2016-06-05-kz-akt-attack",
        "P(increase)",
        "posterior",
        "kj-forecast",
        "Confidence:",
        "Brier",
    ):
        assert needle in text
