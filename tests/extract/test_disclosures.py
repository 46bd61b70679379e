"""Official disclosures: a figure or an order an official gives is a statement beside the event it reports."""

from __future__ import annotations

from datetime import date

from tests.extract.conftest import make_doc

from assay.extract import get_extractor
from assay.extract.disclosures import find_disclosure
from assay.model import Mention


def extract(text: str, published: str = "2015-02-03") -> list[Mention]:
    return get_extractor("rules.v1").extract(make_doc(text, published))


def test_a_figure_told_at_a_briefing_is_a_statement_in_the_officials_country() -> None:
    text = (
        "The head of Kyrgyzstan's Interior Ministry investigations told a briefing on February 2 "
        "that 22 Kyrgyz citizens have been killed fighting in Syria."
    )
    by_type = {m.event_type: m for m in extract(text)}
    assert set(by_type) == {"statement", "foreign_fighter_travel"}
    statement = by_type["statement"]
    assert statement.trigger.text == "told"
    assert statement.place is not None and statement.place.country_code == "KG"
    # "on February 2" dates the briefing.
    assert statement.date.start == date(2015, 2, 2)
    assert by_type["foreign_fighter_travel"].place is not None
    assert by_type["foreign_fighter_travel"].place.country_code == "SY"


def test_plain_attribution_is_no_statement() -> None:
    # Gold README: attribution verbs are not statement events.
    text = "Around 300 Kazakh citizens have left for Syria and Iraq, the National Security Committee said."
    assert [m.event_type for m in extract(text)] == ["foreign_fighter_travel"]
    assert find_disclosure("Gunmen attacked a police station on Friday, the government said.") is None


def test_a_new_estimate_is_a_disclosure_and_an_analysts_is_not() -> None:
    assert find_disclosure("Tajik authorities now say up to 1,000 nationals have joined the group in Syria.")
    analysts = "Analysts told a seminar on Monday that 500 citizens have joined the group."
    assert find_disclosure(analysts) is None


def test_a_figure_that_came_from_an_official_is_a_disclosure() -> None:
    found = find_disclosure('The figure of "over 500" came from lawmaker Mayrambek Rasulov on December 23.')
    assert found is not None
    assert found.verb_start == 25  # "came from"


def test_an_order_announced_by_an_official_is_a_statement_without_figures() -> None:
    text = (
        "A spokesman for the Tajik Prosecutor-General's Office said that all law enforcement agencies "
        "have been ordered to stop any attempt at subversion."
    )
    statements = [m for m in extract(text) if m.event_type == "statement"]
    assert len(statements) == 1
    assert statements[0].place is not None and statements[0].place.country_code == "TJ"


def test_an_age_or_a_calendar_day_is_no_figure() -> None:
    text = "The minister told reporters on May 4 that a 19-year-old had joined the group."
    assert find_disclosure(text) is None
