"""English names of subdivisions pycountry writes in local form resolve to the unit with its ISO code."""

from __future__ import annotations

import pycountry
import pytest

from assay.gazetteer import Gazetteer, get_gazetteer
from assay.gazetteer.admin1_english import ADMIN1_ENGLISH


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_every_curated_row_names_a_current_iso_subdivision() -> None:
    codes = {sub.code for sub in pycountry.subdivisions}
    assert [iso for iso, *_ in ADMIN1_ENGLISH if iso not in codes] == []


@pytest.mark.parametrize(("name", "code"), [
    ("Bavaria", "DE-BY"), ("Bayern", "DE-BY"), ("Rhineland-Palatinate", "DE-RP"),
    ("East Azerbaijan", "IR-03"),
    ("Sichuan", "CN-SC"), ("Sichuan Province", "CN-SC"), ("Hunan", "CN-HN"), ("Limpopo", "ZA-LP"),
])
def test_english_name_resolves_to_the_unit(gaz: Gazetteer, name: str, code: str) -> None:
    place = gaz.resolve(name)
    assert place is not None and place.precision == "admin1" and place.admin1_code == code
    # Linked through its seat's GeoNames code, the unit has a centre point.
    assert place.lat is not None


def test_cities_of_a_linked_unit_carry_its_code(gaz: Gazetteer) -> None:
    munich = gaz.resolve("Munich")
    assert munich is not None and munich.admin1_code == "DE-BY"


@pytest.mark.parametrize(("name", "code"), [
    ("Helmand Province", "AF-HEL"), ("Fars Province", "IR-07"), ("Mombasa County", "KE-28"),
])
def test_kind_word_after_a_bare_unit_name_resolves_to_the_unit(gaz: Gazetteer, name: str, code: str) -> None:
    place = gaz.resolve(name)
    assert place is not None and place.precision == "admin1" and place.admin1_code == code


def test_us_county_is_not_its_namesake_state(gaz: Gazetteer) -> None:
    place = gaz.resolve("Washington County")
    assert place is not None and place.precision == "admin2" and place.admin1_code != "US-WA"


def test_city_counted_by_geonames_outranks_a_unit_estimated_at_average_size(gaz: Gazetteer) -> None:
    place = gaz.resolve("Manchester")
    assert place is not None and place.country_code == "GB" and place.precision == "city"


def test_water_body_is_no_town(gaz: Gazetteer) -> None:
    assert gaz.resolve("North Sea") is None


def test_place_inside_a_group_name_is_not_read(gaz: Gazetteer) -> None:
    from assay.gazetteer.scan import scan_text

    found = scan_text(gaz, "Ansar Bayt al-Maqdis claimed the attack in Sinai.")
    assert all("Bayt" not in str(item) for item in found)
