"""Airports: point entries under their full names, names without their city, and bare names of
major airports that no town of note holds."""

from __future__ import annotations

import pytest

from assay.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def _at(gaz: Gazetteer, text: str, name: str) -> tuple[str, str, str]:
    start = text.index(name)
    place = gaz.resolve_at(text, start, start + len(name))
    assert place is not None
    return place.name, place.precision, place.country_code


def test_heathrow_in_a_london_story_is_the_airport(gaz: Gazetteer) -> None:
    text = ("Fog over London grounded dozens of flights on Sunday. Passengers at Heathrow waited for "
            "hours, and Gatwick cancelled its early departures.")
    assert _at(gaz, text, "Heathrow") == ("London Heathrow Airport", "point", "GB")
    assert _at(gaz, text, "Gatwick") == ("London Gatwick Airport", "point", "GB")
    found = {(s.text, p.name) for s, p in gaz.scan(text)}
    assert ("Heathrow", "London Heathrow Airport") in found


def test_names_without_the_city(gaz: Gazetteer) -> None:
    text = "Snow delayed flights at Toronto's Pearson International Airport and at Heathrow Airport."
    assert _at(gaz, text, "Pearson International Airport")[:2] == ("Toronto Pearson International Airport",
                                                                   "point")
    assert _at(gaz, text, "Heathrow Airport")[0] == "London Heathrow Airport"


def test_a_town_of_note_keeps_its_name(gaz: Gazetteer) -> None:
    # Luton and Orly are towns as well as London and Paris airports: the bare name is the town.
    for name in ("Luton", "Orly"):
        place = gaz.resolve(name)
        assert place is not None and place.precision == "city"


def test_generic_airport_names_are_not_indexed(gaz: Gazetteer) -> None:
    for name in ("International Airport", "Regional Airport", "Airport"):
        assert not any(p.precision == "point" for p in gaz.candidates(name))


def test_a_person_named_like_an_airport_is_not_a_place(gaz: Gazetteer) -> None:
    assert gaz.scan("The guests included Anna Gatwick and her brother.") == []
