"""Counts with their qualifiers; ages, durations and statute numbers are not counts."""

from __future__ import annotations

import pytest

from assay.extract.counts import find_counts
from assay.extract.numbers import may_hold_number, parse_number


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(c.kind, c.value, c.qualifier) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven groups and four lone individuals", [("groups", 7, "exact"), ("individuals", 4, "exact")]),
        (
            "at least 20 people were killed and dozens injured",
            [("killed", 20, "at_least"), ("injured", 24, "vague")],
        ),
        ("killing seven and injuring 20", [("killed", 7, "exact"), ("injured", 20, "exact")]),
        ("there were no casualties", [("injured", 0, "exact"), ("killed", 0, "exact")]),
        ("more than 100 people were arrested", [("arrested", 100, "at_least")]),
        ("up to 30 people were detained", [("arrested", 30, "at_most")]),
        ("about 300 citizens have travelled to Syria", [("fighters", 300, "approximately")]),
        ("Three attackers were shot dead", [("attackers_killed", 3, "exact")]),
        ("the death toll rose to 25", [("killed", 25, "exact")]),
        ("a dozen people were injured", [("injured", 12, "approximately")]),
        ("between 2,000 and 4,000 people were detained", [("arrested", 2000, "at_least")]),
        ("no one was hurt", [("injured", 0, "exact")]),
        ("a man was detained", [("arrested", 1, "exact")]),
    ],
)
def test_counts(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a 17-year-old was seen",
        "sentenced to five years in prison",
        "under Article 256 of the Criminal Code",
        "several people were detained",
        "a 12-hour siege",
        "in 2016 the attack",
    ],
)
def test_not_counts(text: str) -> None:
    assert counts(text) == []


def test_number_words_go_through_text2num() -> None:
    assert parse_number("twenty-one") == (21, False)
    assert parse_number("one hundred and five") == (105, False)
    assert parse_number("1,200") == (1200, False)
    assert parse_number("dozens") == (24, True)


def test_one_defendant_or_one_captured_attacker_counts_one() -> None:
    from assay.extract.counts import find_counts

    def kinds(text: str) -> list[tuple[str, int]]:
        return [(c.kind, c.value) for c in find_counts(text)]

    assert kinds("A court in Almaty sentenced to death the gunman who attacked police.") == [("convicted", 1)]
    assert kinds("The court has sentenced in absentia a former police colonel to 20 years.") == [
        ("convicted", 1)
    ]
    # "he was wounded and captured": one arrest, and the pronoun gives no injured count.
    assert kinds("Police said he was wounded and captured.") == [("arrested", 1)]
    assert kinds("A bomb went off near the building, slightly injuring a security guard.") == [("injured", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("troops killed five armed militants in the hills", [("attackers_killed", 5, "exact")]),
        ("police killed two suspected insurgents at the farm", [("attackers_killed", 2, "exact")]),
        ("all three attackers also died", [("attackers_killed", 3, "exact")]),
        ("six members of an armed gang were liquidated", [("attackers_killed", 6, "exact")]),
        ("six members of the local council were killed", [("killed", 6, "exact")]),
    ],
)
def test_dead_attackers_behind_modifiers_and_membership(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the attack was over.", False),
        # "one" inside "someone", "ten" inside "often": a number word counts only as a whole word.
        ("Someone often attended the meetings.", False),
        ("Twenty-one people were killed.", True),
        ("DOZENS were injured", True),
        ("It happened in 2015.", True),
        # Dotted capital I matches "i" case-insensitively but lower-cases to two characters: the word
        # test cannot tell, so the text is scanned.
        ("SİX were detained", True),
    ],
)
def test_may_hold_number_is_false_only_without_digit_or_number_word(text: str, expected: bool) -> None:
    assert may_hold_number(text) is expected


def test_counts_without_a_number_still_find_singulars_and_zeros() -> None:
    # No digit and no number word: the number scan is skipped, the singular and zero patterns are not.
    assert counts("A local man was detained; no one was hurt.") == [
        ("injured", 0, "exact"),
        ("arrested", 1, "exact"),
    ]
    assert counts("Police said a suicide bomber blew himself up.") == [("attackers_killed", 1, "exact")]


def test_singular_patterns_still_match_through_unfolded_capitals() -> None:
    # "KİLLED" lower-cases to "ki̇lled", which lacks "killed"; such a text skips the word test.
    assert counts("A MAN WAS KİLLED") == [("killed", 1, "exact")]
