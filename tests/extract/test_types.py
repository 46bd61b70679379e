"""Event typing on whole sentences through the rules.v1 extractor (real gazetteer, real pipeline)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.conftest import make_doc

from assay.extract import get_extractor


def types_of(text: str, published: str = "2016-06-07") -> list[str]:
    return [m.event_type for m in get_extractor("rules.v1").extract(make_doc(text, published))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire on a bus near the market, killing seven people.", ["attack"]),
        ("A suicide bomber blew himself up outside a mosque.", ["suicide_bombing"]),
        ("A car bomb exploded near a police checkpoint.", ["bombing"]),
        ("Police detained 12 suspected members of Hizb ut-Tahrir.", ["arrest"]),
        ("Security services foiled a terrorist plot against a shopping centre.", ["plot_disrupted"]),
        ("A court sentenced the man to 12 years in prison.", ["prosecution"]),
        ("The president signed a law tightening penalties for extremism.", ["legislation"]),
        ("CSTO troops held joint military exercises near the border.", ["military_exercise"]),
        ("Hundreds of people took to the streets to protest against the land reform.", ["protest"]),
        ("The ministry warned citizens of a heightened terrorist threat.", ["statement"]),
        ("Islamic State released a video urging Central Asians to join the group.", ["propaganda"]),
        (
            "About 300 Kazakh citizens have travelled to Syria to fight for the Islamic State.",
            ["foreign_fighter_travel"],
        ),
        ("Troops clashed with militants in the mountains for two days.", ["armed_clash"]),
    ],
)
def test_type(text: str, expected: list[str]) -> None:
    assert types_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The opposition launched an attack on the budget in parliament.",
        "Prices exploded after the devaluation.",
        "A gas explosion in a coal mine killed three miners.",
        "The minister said cooperation would continue.",
        "He suffered a heart attack on Sunday.",
    ],
)
def test_negatives(text: str) -> None:
    assert types_of(text) == []


def test_foiled_plot_is_never_an_attack() -> None:
    found = types_of("The KNB said it had detained five men who were planning terrorist attacks in Almaty.")
    assert "attack" not in found and sorted(found) == ["arrest", "plot_disrupted"]


def test_mention_carries_spans_date_place_counts_and_reporter() -> None:
    text = "On June 5, gunmen attacked two gun shops in Aktobe, killing seven people, police said."
    (m,) = get_extractor("rules.v1").extract(make_doc(text))
    assert m.event_type == "attack" and m.document_id == 1 and m.id == 0
    assert text[m.trigger.start : m.trigger.end] == m.trigger.text == "attacked"
    assert (m.sentence.start, m.sentence.end) == (0, len(text))
    assert (m.date.start, m.date.end, m.date.precision) == (date(2016, 6, 5), date(2016, 6, 5), "day")
    assert m.place is not None and m.place.name == "Aktobe" and m.place.country_code == "KZ"
    assert [(c.kind, c.value) for c in m.counts] == [("killed", 7)]
    assert m.modality == "reported" and m.reported_by == "police"
    assert m.extractor == "rules.v1"


def test_undated_mention_says_so() -> None:
    (m,) = get_extractor("rules.v1").extract(make_doc("Police detained three men in Osh."))
    assert m.date.start is None and m.date.precision == "none"


def test_spans_are_in_document_coordinates_across_paragraphs() -> None:
    text = "A quiet first paragraph about the weather.\nPolice detained three men in Osh on Saturday."
    (m,) = get_extractor("rules.v1").extract(make_doc(text))
    assert text[m.trigger.start : m.trigger.end] == "detained"
    assert text[m.sentence.start : m.sentence.end] == m.sentence.text
    assert m.date.span is not None and text[m.date.span.start : m.date.span.end] == m.date.span.text
