"""The two matchings of the evaluation: trigger overlap (gated) and passage level (reported)."""

from __future__ import annotations

from assay.extract.evaluation import match_events, match_passage
from assay.model import Mention, Span, TimeSpan


def mention(event_type: str, start: int, end: int) -> Mention:
    return Mention(
        id=0,
        document_id=1,
        event_type=event_type,
        trigger=Span(start, end, "x" * (end - start)),
        sentence=Span(0, 100, ""),
        date=TimeSpan(None, None, "none"),
        place=None,
        extractor="test",
    )


GOLD = [({"type": "attack"}, (10, 20)), ({"type": "arrest"}, (50, 58))]


def test_trigger_matching_needs_overlap() -> None:
    predicted = [mention("attack", 30, 37), mention("arrest", 52, 60)]
    assert match_events(GOLD, predicted) == [(1, 1)]


def test_passage_matching_pairs_same_types_whatever_the_trigger() -> None:
    predicted = [mention("attack", 30, 37), mention("arrest", 52, 60)]
    assert sorted(match_passage(GOLD, predicted)) == [(0, 0), (1, 1)]


def test_passage_matching_is_one_to_one_nearest_first() -> None:
    predicted = [mention("attack", 90, 95), mention("attack", 12, 16)]
    assert match_passage(GOLD, predicted) == [(0, 1)]
