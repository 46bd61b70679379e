"""Tests for the dataclass codec: encode to JSON values and decode back to equal objects."""

from __future__ import annotations

import json
from datetime import date, datetime

from assay.model import (
    AchResult,
    Actor,
    Assessment,
    Count,
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
from assay.store.codec import decode, encode

AKTOBE = Place(
    name="Aktobe",
    country_code="KZ",
    precision="city",
    geonames_id=610611,
    feature_class="P",
    admin1_name="Aqtöbe",
    admin1_code="04",
    lat=50.28,
    lon=57.17,
    span=Span(40, 46, "Aktobe"),
)
MENTION = Mention(
    id=7,
    document_id=3,
    event_type="suicide_bombing",
    trigger=Span(2, 17, "suicide bombing"),
    sentence=Span(0, 120, "A suicide bombing ..."),
    date=TimeSpan(date(2016, 6, 5), date(2016, 6, 5), "day", Span(60, 66, "Sunday")),
    place=AKTOBE,
    actors=(Actor("isis", "Islamic State", "militant_group", "perpetrator", None),),
    counts=(Count("killed", 3, "exact", Span(30, 35, "three")), Count("injured", 5, "at_least")),
    modality="reported",
    reported_by="interior ministry",
)


def _round_trip(cls: type, value: object) -> object:
    # Through real JSON text, as the store's JSON columns do.
    return decode(cls, json.loads(json.dumps(encode(value))))


def test_mention_with_nested_spans_places_and_counts_round_trips() -> None:
    assert _round_trip(Mention, MENTION) == MENTION


def test_encode_produces_plain_json_values() -> None:
    data = encode(MENTION)
    assert data["date"]["start"] == "2016-06-05"
    assert data["counts"][0] == {
        "kind": "killed",
        "value": 3,
        "qualifier": "exact",
        "span": {"start": 30, "end": 35, "text": "three"},
    }
    assert data["place"]["span"]["text"] == "Aktobe"


def test_undated_placeless_mention_round_trips() -> None:
    bare = Mention(
        id=0,
        document_id=1,
        event_type="arrest",
        trigger=Span(0, 8, "arrested"),
        sentence=Span(0, 30, "Police arrested four men."),
        date=TimeSpan(None, None),
        place=None,
    )
    assert _round_trip(Mention, bare) == bare


def test_assessment_round_trips() -> None:
    judgment = Judgment(
        id="KJ1",
        statement="ISIS attacks in Kazakhstan are likely to continue",
        probability=0.7,
        standard="icd203",
        term="likely",
        band=(55, 80),
        confidence="moderate",
        confidence_reasons=("several independent origins",),
        time_frame="next 12 months",
        resolution="one or more attacks reported by two origins",
        event_ids=("E1",),
        document_ids=(3, 4),
        hypothesis_key="H1",
    )
    origin = Origin("g1", ("bbc", "reuters"), (3, 4), False, False, "B")
    event = Event(
        id="E1",
        event_type="suicide_bombing",
        date=MENTION.date,
        place=AKTOBE,
        mention_ids=(7,),
        document_ids=(3,),
        counts=MENTION.counts,
        actors=MENTION.actors,
        origins=(origin,),
        credibility=2,
        summary="Suicide bombing in Aktobe",
    )
    ach = AchResult(
        hypotheses=(Hypothesis("H1", "Growing", ("attack rate rises",)), Hypothesis("H2", "Flat")),
        evidence=(
            Evidence(
                "ev1",
                "Aktobe attack",
                "event",
                ratings={"H1": Rating.C, "H2": Rating.I},
                rating_sources={"H1": "analyst", "H2": "suggested"},
                event_ids=("E1",),
            ),
        ),
        scores=(HypothesisScore("H1", 0.0, 0.0, 0.8, 1), HypothesisScore("H2", 1.0, 1.5, 0.2, 2)),
        diagnosticity={"ev1": 1.0},
        prior={"H1": 0.5, "H2": 0.5},
    )
    assessment = Assessment(
        case_name="central-asia",
        generated_at=datetime(2024, 3, 1, 12, 30, 5),
        source_grades=(
            SourceGrade("bbc", "BBC", "B", "international public broadcaster", "GB", "track record", 2),
        ),
        origins=(origin,),
        events=(event,),
        period_counts=(PeriodCount("2016-Q2", 1, "suicide_bombing", "KZ"),),
        rate_changes=(
            RateChange("all", ("suicide_bombing",), 1, 3, 365.0, 365.0, "calendar", 2.5, 0.6, 9.1, 0.87),
        ),
        ach=ach,
        judgments=(judgment,),
        figures={"trend": "figures/trend.svg"},
        notes=("note",),
    )
    back = _round_trip(Assessment, assessment)
    assert back == assessment
    assert isinstance(back.ach.evidence[0].ratings["H1"], Rating)  # type: ignore[union-attr]
    assert back.judgments[0].band == (55, 80)
