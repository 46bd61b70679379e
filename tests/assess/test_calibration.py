"""Calibration scores by hand, and the reliability diagram written reproducibly."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from assay.assess import score_calibration
from assay.errors import AssessError


def test_constant_half_earns_a_quarter() -> None:
    report = score_calibration([(0.5, True), (0.5, False), (0.5, True), (0.5, True)])
    assert report.brier == pytest.approx(0.25)
    assert report.log_score == pytest.approx(math.log(2))
    assert report.sharpness == 0.0
    assert report.base_rate == 0.75


def test_hand_computed_scores_and_bins() -> None:
    records = [(0.9, True), (0.9, False), (0.2, False), (0.7, True)]
    report = score_calibration(records)
    assert report.brier == pytest.approx((0.01 + 0.81 + 0.04 + 0.09) / 4)
    assert report.log_score == pytest.approx(
        -(math.log(0.9) + math.log(0.1) + math.log(0.8) + math.log(0.7)) / 4
    )
    mean = 2.7 / 4
    assert report.sharpness == pytest.approx(sum((p - mean) ** 2 for p, _ in records) / 4)
    top = report.bins[9]
    assert (top.count, top.mean_forecast, top.observed_rate) == (2, pytest.approx(0.9), 0.5)
    assert report.bins[2].count == 1 and report.bins[0].count == 0
    # Murphy: identical forecasts within each bin make the decomposition exact.
    assert report.brier == pytest.approx(report.reliability - report.resolution + report.uncertainty)


def test_a_certain_forecast_falls_in_the_top_bin_and_a_miss_is_finite() -> None:
    report = score_calibration([(1.0, False)])
    assert report.bins[9].count == 1
    assert report.log_score == pytest.approx(-math.log(0.001))


def test_bad_input_is_explained() -> None:
    with pytest.raises(AssessError, match="resolve"):
        score_calibration([])
    with pytest.raises(AssessError, match="percents"):
        score_calibration([(55.0, True)])


def test_reliability_diagram_is_byte_identical(tmp_path: Path) -> None:
    records = [(0.9, True), (0.6, False), (0.2, False)]
    first = score_calibration(records, tmp_path / "a" / "calibration")
    second = score_calibration(records, tmp_path / "b" / "calibration.svg")
    for suffix in ("svg", "png"):
        assert (
            Path(first.figures[f"reliability.{suffix}"]).read_bytes()
            == Path(second.figures[f"reliability.{suffix}"]).read_bytes()
        )
    assert b"<dc:date>" not in Path(first.figures["reliability.svg"]).read_bytes()
