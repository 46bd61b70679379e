"""A hand-built Central Asia 2016 assessment for the produce tests (independent of the assess stage)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import matplotlib
import pytest

from assay.config import CaseConfig, parse_case
from assay.model import (
    AchResult,
    Actor,
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

matplotlib.use("Agg")

NOW = datetime(2024, 5, 10, 9, 30, tzinfo=UTC)
CASE_TOML = """
[case]
name = "central-asia-2016"
question = "How popular is ISIS in Central Asia?"
region = "Central Asia"
countries = ["KZ", "KG", "TJ"]
from = 2015-01-01
to = 2016-12-31
standard = "icd203"

[windows]
baseline = { from = 2015-01-01, to = 2015-12-31 }
recent = { from = 2016-01-01, to = 2016-12-31 }

[[hypotheses]]
key = "H1"
statement = "Support for ISIS is rising across Central Asia."
expectations = ["attack rate rises", "propaganda rate rises"]

[[hypotheses]]
key = "H2"
statement = "The violence reflects local grievances rather than support for ISIS."
expectations = ["attack rate rises while propaganda rate does not"]

[brief]
desk = "Central Asia desk"
author = "assay tests"
"""

TEXTS = {
    1: "On June 5, gunmen attacked two gun shops and a military unit in Aktobe. Seven people were killed, "
    "officials told Kazinform.",
    2: "Police detained 9 suspects in Aktobe on 10 June in connection with the attack.",
    3: "On July 18 a gunman killed four people, three of them police officers, in Almaty.",
    4: "At least 8 people were killed when gunmen attacked gun shops and a military base in Aktobe on "
    "Sunday, 5 June, officials said.",
    5: "The attack in Aktobe on 5 June left seven people dead, and the authorities blamed radical "
    "followers of a 'non-traditional' religious movement.",
    6: "A suicide bomber rammed a car into the gates of the Chinese embassy in Bishkek on 30 August, "
    "injuring 3 embassy staff.",
    7: "A leaflet calling for travel to Syria was found in Shymkent; its origin is unknown.",
    8: "30 августа у посольства Китая в Бишкеке произошёл взрыв; ранены 3 человека.",
    9: "Security services arrested 4 recruiters in Bishkek on 2 March, the service said.",
}


def _doc(
    doc_id: int,
    title: str,
    outlet_key: str,
    outlet: str,
    published: date | None,
    *,
    author: str | None = None,
    url: str | None = "",
    language: str = "en",
) -> Document:
    return Document(
        id=doc_id,
        content_hash=f"h{doc_id}",
        title=title,
        text=TEXTS[doc_id],
        outlet_key=outlet_key,
        outlet_name=outlet,
        url=(f"https://example.org/{outlet_key}/{doc_id}" if url == "" else url),
        author=author,
        published_at=datetime(published.year, published.month, published.day, 8, tzinfo=UTC)
        if published
        else None,
        retrieved_at=datetime(2024, 4, 2, 12, tzinfo=UTC),
        language=language,
        origin=f"tests/{doc_id}.txt",
    )


DOCUMENTS = {
    1: _doc(1, "Gunmen attack gun shops in Aktobe", "kazinform", "Kazinform", date(2016, 6, 5)),
    2: _doc(2, "Nine suspects detained after Aktobe attack", "kazinform", "Kazinform", date(2016, 6, 10)),
    3: _doc(3, "Gunman kills four in Almaty", "kazinform", "Kazinform", date(2016, 7, 18)),
    4: _doc(
        4, "Kazakhstan: Gunmen attack gun shops and military unit in Aktobe", "bbc", "BBC", date(2016, 6, 6)
    ),
    5: _doc(
        5,
        "Kazakhstan: Aktobe attack raises questions",
        "eurasianet",
        "EurasiaNet",
        date(2016, 6, 7),
        author="Joanna Lillis",
    ),
    6: _doc(
        6, "Suicide bomber attacks Chinese embassy in Bishkek", "akipress", "AKIpress", date(2016, 8, 30)
    ),
    7: _doc(7, "Recruitment leaflet found in Shymkent", "unknown", "", None, url=None),
    8: _doc(
        8, "Взрыв у посольства Китая в Бишкеке", "tengrinews", "Tengrinews", date(2016, 8, 30), language="ru"
    ),
    9: _doc(9, "Four recruiters arrested in Bishkek", "rferl", "RFE/RL", date(2015, 3, 2)),
}


def _span(doc_id: int, phrase: str) -> Span:
    start = TEXTS[doc_id].index(phrase)
    return Span(start, start + len(phrase), phrase)


def _place(name: str, code: str) -> Place:
    return Place(name, code, "city")


def _mention(
    mid: int,
    doc_id: int,
    kind: str,
    day: date | None,
    date_words: str | None,
    place: Place,
    counts: tuple[tuple[str, int, str, str], ...] = (),
) -> Mention:
    text = TEXTS[doc_id]
    sentence = Span(0, len(text), text)
    return Mention(
        id=mid,
        document_id=doc_id,
        event_type=kind,
        trigger=sentence,
        sentence=sentence,
        date=TimeSpan(day, day, "day" if day else "none", _span(doc_id, date_words) if date_words else None),
        place=place,
        actors=(Actor("gunmen", "gunmen", "militant", "perpetrator"),) if kind == "attack" else (),
        counts=tuple(Count(k, v, q, _span(doc_id, words)) for k, v, q, words in counts),
    )


AKTOBE, ALMATY, BISHKEK, SHYMKENT = (
    _place("Aktobe", "KZ"),
    _place("Almaty", "KZ"),
    _place("Bishkek", "KG"),
    _place("Shymkent", "KZ"),
)
MENTIONS = {
    1: _mention(1, 1, "attack", date(2016, 6, 5), "June 5", AKTOBE, (("killed", 7, "exact", "Seven"),)),
    2: _mention(2, 2, "arrest", date(2016, 6, 10), "10 June", AKTOBE, (("arrested", 9, "exact", "9"),)),
    3: _mention(3, 3, "attack", date(2016, 7, 18), "July 18", ALMATY, (("killed", 4, "exact", "four"),)),
    4: _mention(
        4, 4, "attack", date(2016, 6, 5), "Sunday, 5 June", AKTOBE, (("killed", 8, "at_least", "At least 8"),)
    ),
    5: _mention(5, 5, "attack", date(2016, 6, 5), "5 June", AKTOBE, (("killed", 7, "exact", "seven"),)),
    6: _mention(
        6, 6, "suicide_bombing", date(2016, 8, 30), "30 August", BISHKEK, (("injured", 3, "exact", "3"),)
    ),
    7: _mention(7, 7, "propaganda", None, None, SHYMKENT),
    8: _mention(
        8, 8, "suicide_bombing", date(2016, 8, 30), "30 августа", BISHKEK, (("injured", 3, "exact", "3"),)
    ),
    9: _mention(9, 9, "arrest", date(2015, 3, 2), "2 March", BISHKEK, (("arrested", 4, "exact", "4"),)),
}


def _origin(key: str, outlet: str, docs: tuple[int, ...], state: bool = False) -> Origin:
    return Origin(key, (outlet,), docs, state, True, "C")


def _event(
    eid: str,
    kind: str,
    day: date | None,
    place: Place,
    mids: tuple[int, ...],
    claims: tuple[tuple[str, int, str, int], ...] = (),
    credibility: int = 3,
    summary: str = "",
) -> Event:
    docs = tuple(dict.fromkeys(MENTIONS[m].document_id for m in mids))
    return Event(
        id=eid,
        event_type=kind,
        date=TimeSpan(day, day, "day" if day else "none"),
        place=place,
        mention_ids=mids,
        document_ids=docs,
        count_claims=tuple(CountClaim(k, v, q, MENTIONS[m].document_id, m) for k, v, q, m in claims),
        actors=MENTIONS[mids[0]].actors,
        origins=tuple(_origin(f"o{d}", DOCUMENTS[d].outlet_key, (d,)) for d in docs),
        credibility=credibility,
        summary=summary,
    )


EVENTS = (
    _event(
        "E1",
        "attack",
        date(2016, 6, 5),
        AKTOBE,
        (1, 4, 5),
        (("killed", 7, "exact", 1), ("killed", 8, "at_least", 4), ("killed", 7, "exact", 5)),
        2,
        "Gunmen attacked two gun shops and a military unit.",
    ),
    _event("E2", "arrest", date(2016, 6, 10), AKTOBE, (2,), (("arrested", 9, "exact", 2),), 3),
    _event("E3", "attack", date(2016, 7, 18), ALMATY, (3,), (("killed", 4, "exact", 3),), 3),
    _event(
        "E4",
        "suicide_bombing",
        date(2016, 8, 30),
        BISHKEK,
        (6, 8),
        (("injured", 3, "exact", 6), ("injured", 3, "exact", 8)),
        2,
    ),
    _event("E5", "arrest", date(2015, 3, 2), BISHKEK, (9,), (("arrested", 4, "exact", 9),), 3),
    _event("E6", "propaganda", None, SHYMKENT, (7,), (), 6),
)

GRADES = (
    SourceGrade(
        "kazinform", "Kazinform", "C", "state-owned", "KZ", "State news agency; accurate on dates.", 3
    ),
    SourceGrade("bbc", "BBC", "B", "international public broadcaster", "GB", "Established record.", 1),
    SourceGrade("eurasianet", "EurasiaNet", "B", "independent", "US", "Regional specialist outlet.", 1),
    SourceGrade("akipress", "AKIpress", "C", "independent", "KG", "Kyrgyz agency; mixed record.", 1),
    SourceGrade("tengrinews", "Tengrinews", "C", "state-affiliated", "KZ", "Close to the state.", 1),
    SourceGrade("rferl", "RFE/RL", "B", "international public broadcaster", "CZ", "Established record.", 1),
    SourceGrade("unknown", "Unknown outlet", "F", "unknown", "", "No track record.", 1),
)


def _ach() -> AchResult:
    hypotheses = (
        Hypothesis(
            "H1",
            "Support for ISIS is rising across Central Asia.",
            ("attack rate rises", "propaganda rate rises"),
        ),
        Hypothesis(
            "H2",
            "The violence reflects local grievances rather than support for ISIS.",
            ("attack rate rises while propaganda rate does not",),
        ),
    )
    evidence = (
        Evidence(
            "EV1",
            "Attacks rose from the baseline to the recent window",
            "trend",
            "medium",
            "high",
            {"H1": Rating.C, "H2": Rating.C},
            event_ids=("E1", "E3", "E4"),
            document_ids=(1, 3, 6),
        ),
        Evidence(
            "EV2",
            "No attack was claimed by ISIS",
            "note",
            "medium",
            "medium",
            {"H1": Rating.I, "H2": Rating.C},
            event_ids=("E1",),
            document_ids=(4, 5),
        ),
        Evidence(
            "EV3",
            "Recruitment propaganda stayed rare",
            "event",
            "low",
            "medium",
            {"H1": Rating.II, "H2": Rating.C},
            event_ids=("E6",),
            document_ids=(7,),
        ),
    )
    scores = (HypothesisScore("H2", 0, 0.0, 0.7, 1), HypothesisScore("H1", 3, 2.71, 0.3, 2))
    return AchResult(hypotheses, evidence, scores, {"EV1": 0.0, "EV2": 0.5, "EV3": 1.0}, ("EV2",))


JUDGMENTS = (
    Judgment(
        "J1",
        "Support for ISIS is not rising across Central Asia.",
        0.7,
        "icd203",
        "likely",
        (55, 80),
        "moderate",
        (
            "+ independent origins: median 2 per event",
            "+ source grades: 3 of 4 events rest on an origin graded A or B",
            "− state media: 4 of 9 documents come from state-owned or state-affiliated outlets",
            "· volume: 3 events",
            "score +1 → moderate",
        ),
        "through 31 December 2017",
        "Resolved by survey data or attack counts for 2017.",
        ("an attack claimed by ISIS in the region", "a rise in recruitment propaganda"),
        ("attacks continue without any ISIS claim",),
        ("E1", "E3", "E4"),
        (1, 4, 5, 6),
    ),
    Judgment(
        "J2",
        "Attacks in Kazakhstan will remain rare events.",
        0.85,
        "icd203",
        "very likely",
        (80, 95),
        "low",
        (
            "− volume: 2 events",
            "− conflicts: 1 of 2 events carry conflicting counts",
            "+ source grades: 2 of 2 events rest on an origin graded A or B",
            "score −2 → low",
        ),
        "2017-01-01 to 2017-12-31",
        "Resolved by attack counts for 2017.",
        ("a second attack outside Aktobe and Almaty",),
        (),
        ("E1", "E3"),
        (1, 3, 4),
    ),
)


def draw_figures(folder: Path) -> dict[str, str]:
    """Draw the three figures the assess stage would draw, as SVG with a PNG beside each."""
    import matplotlib.pyplot as plt

    out: dict[str, str] = {}
    for key, xs, ys in (
        ("timeline", [1, 2, 3], [1, 0, 3]),
        ("rates", [0, 1], [1, 3]),
        ("map", [69.1, 76.9, 74.6], [50.3, 43.2, 42.9]),
    ):
        fig, ax = plt.subplots(figsize=(5, 3))
        ax.plot(xs, ys, marker="o")
        for suffix in ("svg", "png"):
            fig.savefig(
                folder / f"{key}.{suffix}", dpi=60, metadata={"Date": None} if suffix == "svg" else None
            )
        plt.close(fig)
        out[key] = str(folder / f"{key}.svg")
    return out


def make_assessment(figures: dict[str, str]) -> Assessment:
    """The hand-built assessment."""
    return Assessment(
        case_name="central-asia-2016",
        generated_at=NOW,
        source_grades=GRADES,
        origins=tuple(o for e in EVENTS for o in e.origins),
        events=EVENTS,
        period_counts=(PeriodCount("2015", 1), PeriodCount("2016", 4)),
        rate_changes=(
            RateChange(
                "attacks",
                ("attack", "suicide_bombing"),
                0,
                3,
                365.0,
                366.0,
                "calendar",
                3.4,
                0.9,
                15.2,
                0.93,
                ("E1", "E3", "E4"),
            ),
        ),
        ach=_ach(),
        judgments=JUDGMENTS,
        figures=figures,
    )


@pytest.fixture(scope="session")
def config() -> CaseConfig:
    return parse_case(CASE_TOML, Path("case.toml"))


@pytest.fixture(scope="session")
def assessment(tmp_path_factory: pytest.TempPathFactory) -> Assessment:
    return make_assessment(draw_figures(tmp_path_factory.mktemp("figures")))


@pytest.fixture(scope="session")
def documents() -> dict[int, Document]:
    return DOCUMENTS


@pytest.fixture(scope="session")
def mentions() -> dict[int, Mention]:
    return MENTIONS
