"""City names English news uses where the GeoNames city file spells or files them otherwise."""

from __future__ import annotations

import pytest

from assay.gazetteer import Gazetteer, get_gazetteer
from assay.gazetteer.names import english_spelling


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_turkic_letters_are_spelled_as_english_writes_them() -> None:
    assert english_spelling("Laçın") == "Lachın"
    assert english_spelling("Şəki") == "Shəki"
    assert english_spelling("Baku") == "Baku"


def test_a_small_azerbaijani_town_is_found_by_its_english_spelling(gaz: Gazetteer) -> None:
    place = gaz.resolve("Lachin", countries=("AZ",))
    assert place is not None
    assert (place.name, place.admin1_code) == ("Laçın", "AZ-LAC")


def test_a_borough_is_its_city_unless_the_document_points_elsewhere(gaz: Gazetteer) -> None:
    place = gaz.resolve("Brooklyn")
    assert place is not None and place.name == "New York City"
    kansas = gaz.resolve("Manhattan", countries=("US",), admin1="Kansas")
    assert kansas is not None and kansas.admin1_code == "US-KS"


def test_jalal_abad_is_shown_under_its_english_name(gaz: Gazetteer) -> None:
    place = gaz.resolve("Jalal-Abad", countries=("KG",))
    assert place is not None
    assert (place.name, place.precision, place.admin1_code) == ("Jalal-Abad", "city", "KG-J")


def test_a_french_department_names_its_region(gaz: Gazetteer) -> None:
    # ISO 3166-2: Aude (FR-11) and Gard (FR-30) lie in Occitanie (FR-OCC), Vendée (FR-85) in Pays de la Loire.
    for name, code in (("Aude", "FR-OCC"), ("Gard", "FR-OCC"), ("Vendée", "FR-PDL")):
        place = gaz.resolve(name)
        assert place is not None
        assert (place.precision, place.admin1_code) == ("admin1", code)


def test_a_department_named_like_a_place_of_note_stays_that_place(gaz: Gazetteer) -> None:
    paris = gaz.resolve("Paris")
    assert paris is not None and paris.precision == "city"
    assert all(p.admin1_code != "FR-ARA" for p in gaz.candidates("Ain"))


def test_an_area_without_an_iso_subdivision_is_coded_at_its_country(gaz: Gazetteer) -> None:
    place = gaz.resolve("Nagorno-Karabakh")
    assert place is not None
    assert (place.name, place.country_code, place.precision) == ("Nagorno-Karabakh", "AZ", "country")


def test_a_unit_without_cities_answers_to_the_geonames_spelling_of_its_name(gaz: Gazetteer) -> None:
    # ISO 3166-2 spells AF-PAN "Panjshayr"; GeoNames and the news write "Panjshir".
    place = gaz.resolve("Panjshir")
    assert place is not None
    assert (place.precision, place.admin1_code) == ("admin1", "AF-PAN")


def test_a_geonames_spelling_another_place_holds_is_not_given_to_a_unit(gaz: Gazetteer) -> None:
    # GeoNames' unit "Taiwan" would otherwise be taken as a spelling of ISO "Tainan" (TW-TNN).
    assert all(p.admin1_code != "TW-TNN" for p in gaz.candidates("Taiwan"))
    assert all(p.admin1_code != "UA-51" for p in gaz.candidates("Odessa"))
