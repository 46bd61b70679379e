"""Counts with their qualifiers; ages, durations and statute numbers are not counts."""

from __future__ import annotations

import pytest

from assay.extract.counts import find_counts
from assay.extract.numbers import parse_number


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
        # The group named after "members of" says whose members died, not how many groups (the
        # singular "a criminal group" is read on its own, for plots).
        (
            "nine members of a criminal group were liquidated",
            [("attackers_killed", 9, "exact"), ("groups", 1, "exact")],
        ),
        # An active "held" with an object is no detention.
        ("some 200 residents held a rally in the square", []),
        ("40 people were held overnight", [("arrested", 40, "exact")]),
        ("three guards received gunshot wounds", [("injured", 3, "exact")]),
        ("the execution of six prisoners", [("killed", 6, "exact")]),
        (
            "the court handed down prison terms of eight to 15 years to 11 defendants",
            [("convicted", 11, "exact")],
        ),
        # A long subject before its passive verb, but not across a subordinate clause.
        (
            "three followers of the banned movement accused of distributing leaflets in Osh were detained",
            [("arrested", 3, "exact")],
        ),
        ("Hundreds marched in Kulob after two men were killed", [("killed", 2, "exact")]),
    ],
)
def test_count_kinds_read_around_the_number(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A border guard was stabbed at the post near Isfara.", [("injured", 1)]),
        ("A border guard was stabbed to death at the post.", [("killed", 1)]),
        ("The blast went off at a checkpoint, killing a policeman.", [("killed", 1)]),
        ("The suicide attacker detonated a belt at the gate.", [("attackers_killed", 1)]),
        ("Officers disrupted a sleeper cell in Termez.", [("groups", 1)]),
        ("Agents seized rifles from members of the cell.", [("groups", 1)]),
        ("Agents said the group had bought detonators.", [("groups", 1)]),
        ("members of the Islamic State group were seen", []),
        ("The service foiled a plot by a resident of Nukus to bomb a bus.", [("individuals", 1)]),
        ("A woman set fire to a police car in Osh and was later detained.", [("arrested", 1)]),
    ],
)
def test_singular_counts(text: str, expected: list) -> None:
    from assay.extract.singulars import find_singular_counts

    assert [(c.kind, c.value) for c in find_singular_counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they demand an inquiry into the killing of a student by police", [("killed", 1)]),
        ("special forces killed an al-Qaeda commander in Abyan", [("attackers_killed", 1)]),
        ("troops shot dead a militant near the border", [("attackers_killed", 1)]),
        ("gunmen killed a police commander in Nazran", [("killed", 1)]),
    ],
)
def test_singular_dead(text: str, expected: list) -> None:
    from assay.extract.singulars import find_singular_counts

    assert [(c.kind, c.value) for c in find_singular_counts(text)] == expected


def test_a_group_all_of_whom_are_in_custody_counts_arrests() -> None:
    text = "a group of four radicals, all of whom are now in custody"
    assert ("arrested", 4, "exact") in counts(text)
