"""GeoNames admin1 ids and name links: units carry their GeoNames id, cities their unit's ISO code."""

from __future__ import annotations

import pytest

from assay.gazetteer import Gazetteer, get_gazetteer
from assay.gazetteer.admin1_geonames import geonames_admin1
from assay.gazetteer.compile import _names_agree


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_table_rows_parse_to_id_and_name() -> None:
    units = geonames_admin1()
    assert units[("IN", "36")] == (1253626, "Uttar Pradesh")
    assert units[("US", "DC")] == (4138106, "Washington, D.C.")
    assert len(units) > 3800


def test_state_resolves_with_its_geonames_id(gaz: Gazetteer) -> None:
    place = gaz.resolve("Uttar Pradesh")
    assert place is not None
    assert (place.precision, place.admin1_code, place.geonames_id) == ("admin1", "IN-UP", 1253626)


def test_city_inherits_the_name_linked_unit(gaz: Gazetteer) -> None:
    # Lucknow lies in GeoNames unit IN.36, which only the name "Uttar Pradesh" ties to IN-UP.
    place = gaz.resolve("Lucknow", countries=["IN"])
    assert place is not None
    assert (place.admin1_code, place.admin1_name) == ("IN-UP", "Uttar Pradesh")


def test_unit_name_outranks_a_namesake_city_guess(gaz: Gazetteer) -> None:
    # Ecatepec de Morelos is in México state (MX.15), not in Morelos, whatever its name says.
    place = gaz.resolve("Ecatepec de Morelos", countries=["MX"])
    assert place is not None
    assert place.admin1_code == "MX-MEX"


def test_spellings_of_one_name_agree() -> None:
    assert _names_agree("Khowst", ["Khōst"])
    assert _names_agree("Beyrouth", ["Bayrūt", "Beirut"])
    assert _names_agree("Kef Governorate", ["Le Kef"])


def test_different_units_do_not_agree() -> None:
    assert not _names_agree("Tarxien", ["Ta' Xbiex"])
    assert not _names_agree("Hajdu-Bihar", ["Debrecen"])


def test_province_after_a_name_picks_the_unit(gaz: Gazetteer) -> None:
    text = "Shelling was reported across Hama province on Tuesday."
    start = text.index("Hama")
    place = gaz.resolve_at(text, start, start + 4)
    assert place is not None
    assert (place.precision, place.admin1_code) == ("admin1", "SY-HM")


def test_province_of_before_a_name_picks_the_unit(gaz: Gazetteer) -> None:
    text = "Farmers in the province of Konya expect a poor wheat harvest."
    start = text.index("Konya")
    place = gaz.resolve_at(text, start, start + 5)
    assert place is not None
    assert (place.precision, place.admin1_code) == ("admin1", "TR-42")


def test_a_bare_city_name_stays_the_city(gaz: Gazetteer) -> None:
    text = "Farmers near Konya expect a poor wheat harvest."
    start = text.index("Konya")
    place = gaz.resolve_at(text, start, start + 5)
    assert place is not None
    assert place.precision == "city"


def test_one_sense_per_document_for_a_named_province(gaz: Gazetteer) -> None:
    text = "Troops massed on the edge of Hama province. By evening two villages in Hama had emptied."
    start = text.rindex("Hama")
    place = gaz.resolve_at(text, start, start + 4)
    assert place is not None
    assert place.precision == "admin1"


def test_a_dominant_namesake_city_is_the_bare_name(gaz: Gazetteer) -> None:
    # New York City holds nearly half of its state: the bare name is the city, "New York State" the state.
    city = gaz.resolve("New York")
    state = gaz.resolve("New York State")
    assert city is not None and state is not None
    assert (city.precision, city.geonames_id) == ("city", 5128581)
    assert (state.precision, state.admin1_code) == ("admin1", "US-NY")


def test_a_name_after_a_town_it_holds_is_the_unit(gaz: Gazetteer) -> None:
    text = "She grew up in Yonkers, New York, and studied law."
    start = text.index("New York")
    place = gaz.resolve_at(text, start, start + 8)
    assert place is not None
    assert (place.precision, place.admin1_code) == ("admin1", "US-NY")


def test_apposition_picks_the_unit_holding_the_town(gaz: Gazetteer) -> None:
    # "Georgia" is a country and a US state; only the state holds a Savannah.
    text = "The storm reached Savannah, Georgia, before dawn."
    start = text.index("Savannah")
    place = gaz.resolve_at(text, start, start + 8)
    assert place is not None
    assert (place.country_code, place.admin1_code) == ("US", "US-GA")


def test_governor_after_a_name_makes_it_the_unit(gaz: Gazetteer) -> None:
    text = "New York Gov. Kathy Hochul signed the bill."
    place = gaz.resolve_at(text, 0, 8)
    assert place is not None
    assert place.precision == "admin1"
