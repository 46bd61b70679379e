"""Wording conventions shared across the brief: counts in words, opening letters, interval names."""

from __future__ import annotations

from assay.produce.confidence import confidence_text
from assay.produce.judgments import plain_statement
from assay.produce.phrasing import lower_first_letter


def test_confidence_reasons_write_counts_under_ten_in_words() -> None:
    text = confidence_text(
        "moderate",
        (
            "+ grades: 4 of 6 events rest on an origin graded A or B",
            "+ corroboration: 9 of 15 events confirmed by independent origins",
            "− conflicts: 1 of 6 events carry conflicting counts",
        ),
    )
    # 4/6 = 0.67 outweighs 9/15 = 0.60; ten and more stay digits; one takes the singular verb.
    assert text == (
        "We have moderate confidence in this judgment: four of six events rest on an origin graded A or B "
        "and nine of 15 events are confirmed by independent origins, but one of six events carries "
        "conflicting counts"
    )


def test_opening_letter_is_lowered_only_for_ordinary_words() -> None:
    assert lower_first_letter("Event dataset with a codebook") == "event dataset with a codebook"
    assert lower_first_letter("Field-based conflict analysis") == "field-based conflict analysis"
    assert lower_first_letter("State news agency") == "state news agency"
    for kept in (
        "US-funded broadcaster",  # acronym
        "Kazakh state news agency",  # demonym
        "English-language paper",
        "Asia-Pacific affairs magazine",  # region
        "Kazakhstan's main portal",  # country
        "Reuters desk in Almaty",  # the outlet's own name
        "Interfax wire, part of the Interfax group",  # capitalised again later: a name
    ):
        assert lower_first_letter(kept, ["Reuters"]) == kept


def test_key_judgment_names_the_interval_as_the_discussion_does() -> None:
    # assess's wording of a rate judgment; the discussion prints "1.34 (90% credible interval 0.55–3.11; …".
    statement = (
        "the rate of violent incidents in Central Asia was higher in 2016-01-01 to 2016-12-31 than in "
        "2014-01-01 to 2015-12-31 (6 in 366 days vs 9 in 730 days; rate ratio 1.34, 90% interval "
        "0.55–3.11, exposure in calendar days)."
    )
    assert plain_statement(statement).endswith(
        "(6 in 366 days vs 9 in 730 days; rate ratio 1.34, 90% credible interval 0.55–3.11; "
        "rates per calendar day)"
    )


def test_pivotal_items_of_one_kind_in_several_countries_are_named_once() -> None:
    names = {
        "E-enforcement-KG": "the arrests and trials in Kyrgyzstan",
        "E-enforcement-TJ": "the arrests and trials in Tajikistan",
        "T-prosecution": "the rise in prosecutions from the baseline to the recent window",
    }
    text = confidence_text(
        "moderate",
        ("− assumptions: items E-enforcement-KG, E-enforcement-TJ, T-prosecution are read correctly",),
        names.__getitem__,
    )
    assert text.endswith(
        "the ranking of the explanations hinges on our reading of the arrests and trials in Kyrgyzstan "
        "and Tajikistan and the rise in prosecutions from the baseline to the recent window; without any "
        "one of them another would lead"
    )


def test_pivotal_items_with_commas_of_their_own_are_set_apart_by_semicolons() -> None:
    names = {
        "E-a": "the arrests in Kyrgyzstan",
        "E-b": "the arrests in Tajikistan",
        "E-c": "the statements, laws and exercises in Kazakhstan",
    }
    text = confidence_text(
        "moderate", ("− assumptions: items E-a, E-b, E-c are read correctly",), names.__getitem__
    )
    assert text.endswith(
        "hinges on our reading of two items (the arrests in Kyrgyzstan and Tajikistan; and the "
        "statements, laws and exercises in Kazakhstan), without any one of which another would lead"
    )
