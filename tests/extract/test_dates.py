"""Date expressions resolved against the publication date (hand-computed intervals)."""

from __future__ import annotations

from datetime import date

import pytest

from assay.extract.dates import DateContext, find_dates

PUB = date(2016, 6, 7)  # a Tuesday


def resolve(
    text: str, published: date | None = PUB, anchor: date | None = None, future: bool = False
) -> list[tuple[str, str, str]]:
    found = find_dates(text, DateContext(published, anchor, future))
    return [(d.first.isoformat(), d.last.isoformat(), d.precision) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 5, 2016 gunmen attacked", ("2016-06-05", "2016-06-05", "day")),
        ("on 14 March 2019", ("2019-03-14", "2019-03-14", "day")),
        ("on Sunday", ("2016-06-05", "2016-06-05", "day")),
        ("on Tuesday", ("2016-06-07", "2016-06-07", "day")),
        ("last Tuesday", ("2016-05-31", "2016-05-31", "day")),
        ("yesterday", ("2016-06-06", "2016-06-06", "day")),
        ("between August 12 and 30", ("2015-08-12", "2015-08-30", "day")),
        ("from 20 to 24 May", ("2016-05-20", "2016-05-24", "day")),
        ("in early October", ("2015-10-01", "2015-10-10", "month")),
        ("in late February", ("2016-02-21", "2016-02-29", "month")),
        ("last month", ("2016-05-01", "2016-05-31", "month")),
        ("in March", ("2016-03-01", "2016-03-31", "month")),
        ("in June 2015", ("2015-06-01", "2015-06-30", "month")),
        ("last week", ("2016-05-30", "2016-06-05", "week")),
        ("in the summer of 2015", ("2015-06-01", "2015-08-31", "season")),
        ("in the winter of 2016", ("2015-12-01", "2016-02-29", "season")),
        ("in 2011", ("2011-01-01", "2011-12-31", "year")),
        ("two years ago", ("2014-01-01", "2014-12-31", "year")),
        ("earlier this year", ("2016-01-01", "2016-06-06", "year")),
        ("since early this year", ("2016-01-01", "2016-06-06", "year")),
        ("early this year", ("2016-01-01", "2016-06-06", "year")),
        ("between 2012 and 2014", ("2012-01-01", "2014-12-31", "year")),
        ("on Friday and Saturday", ("2016-06-03", "2016-06-04", "day")),
        ("05.06.2016", ("2016-06-05", "2016-06-05", "day")),
    ],
)
def test_expression_resolves(text: str, expected: tuple[str, str, str]) -> None:
    assert resolve(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "the following days",
        "in recent weeks",
        "next week",
        "they may be armed",
        "a 40-minute video",
        "Article 256",
    ],
)
def test_rolling_future_and_non_dates_give_nothing(text: str) -> None:
    assert resolve(text) == []


def test_relative_expression_without_publication_date_is_not_guessed() -> None:
    assert resolve("on Sunday and last month", published=None) == []
    assert resolve("On 5 June 2016", published=None) == [("2016-06-05", "2016-06-05", "day")]


def test_future_weekday_is_not_resolved_but_absolute_future_day_is() -> None:
    assert resolve("the drill will be held on Wednesday", future=True) == []
    assert resolve("the drill will be held on June 20", future=True) == [("2016-06-20", "2016-06-20", "day")]


def test_a_day_after_counts_back_from_the_day_before_it() -> None:
    found = find_dates("detained suspects on Monday, a day after gunmen raided a shop", DateContext(PUB))
    assert [(d.text, d.first) for d in found] == [
        ("on Monday", date(2016, 6, 6)),
        ("a day after", date(2016, 6, 5)),
    ]


def test_said_on_monday_is_marked_as_the_report_date() -> None:
    found = find_dates("police said on Monday that the men were detained", DateContext(PUB))
    assert [d.is_report_date for d in found] == [True]


def test_a_date_before_the_reporting_verb_is_the_report_date_too() -> None:
    found = find_dates("the ministry on Monday denied reports that its posts were attacked", DateContext(PUB))
    assert [d.is_report_date for d in found] == [True]
    # With a comma between them the date belongs to the clause before it.
    found = find_dates("gunmen attacked a post on Monday, said police", DateContext(PUB))
    assert [d.is_report_date for d in found] == [False]


def test_a_plotted_attacks_time_does_not_date_the_disruption() -> None:
    from tests.extract.conftest import make_doc

    from assay.extract import get_extractor

    text = "Police announced the dismantling of a cell that planned to attack a mosque during Friday prayers."
    found = get_extractor("rules.v1").extract(make_doc(text, "2021-06-15"))
    plots = [m for m in found if m.event_type == "plot_disrupted"]
    assert plots and plots[0].date.start is None


def test_next_to_a_place_does_not_make_a_sentence_future() -> None:
    from tests.extract.conftest import make_doc

    from assay.extract import get_extractor

    text = "In mid-March, a bomb planted on a motorcycle exploded next to a police post in Mardan."
    found = get_extractor("rules.v1").extract(make_doc(text, "2024-04-02"))
    bombing = next(m for m in found if m.event_type == "bombing")
    assert (bombing.date.start, bombing.date.end) == (date(2024, 3, 11), date(2024, 3, 20))


def test_the_day_before_counts_back_from_the_day_its_sentence_names() -> None:
    found = find_dates("declared mourning on Sunday after a bomb exploded the day before", DateContext(PUB))
    assert [(d.text, d.first) for d in found] == [
        ("on Sunday", date(2016, 6, 5)),
        ("the day before", date(2016, 6, 4)),
    ]


def test_an_after_clause_with_its_own_day_takes_that_day() -> None:
    from tests.extract.conftest import make_doc

    from assay.extract import get_extractor

    text = (
        "Afghanistan declared a day of mourning on Sunday after a bomb hidden in an ambulance exploded "
        "on a crowded Kabul street the day before, killing at least 95 people."
    )
    found = get_extractor("rules.v1").extract(make_doc(text, "2018-01-29"))
    bombing = next(m for m in found if m.event_type == "bombing")
    assert bombing.date.start == date(2018, 1, 27)


def test_the_following_evening_is_the_day_after_the_anchor() -> None:
    found = find_dates("troops arrived the following evening", DateContext(PUB, anchor=date(2016, 6, 1)))
    assert [(d.text, d.first) for d in found] == [("the following evening", date(2016, 6, 2))]
