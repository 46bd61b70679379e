"""Lookup and disambiguation: exonyms, admin1 units, country and admin context, prominence."""

from __future__ import annotations

import pytest

from assay.gazetteer import Gazetteer, GazetteerError, get_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


def test_get_gazetteer_is_a_singleton(gaz: Gazetteer) -> None:
    assert get_gazetteer() is gaz


def test_every_curated_exonym_links_to_a_geonames_city(gaz: Gazetteer) -> None:
    assert gaz.index.unlinked == ()


@pytest.mark.parametrize("name", ["Aktobe", "Aqtobe", "Aqtöbe", "Aktyubinsk", "AKTOBE", "aqtöbe"])
def test_aktobe_exonyms_are_one_city(gaz: Gazetteer, name: str) -> None:
    place = gaz.resolve(name)
    assert place is not None
    assert (place.geonames_id, place.country_code, place.admin1_code) == (610611, "KZ", "KZ-15")
    assert (place.precision, place.feature_class) == ("city", "P")
    assert place.admin1_name == "Aktobe Region"
    assert place.lat == pytest.approx(50.28, abs=0.05) and place.lon == pytest.approx(57.21, abs=0.05)


@pytest.mark.parametrize(
    ("names", "geonames_id", "admin1"),
    [
        (["Astana", "Nur-Sultan", "Nursultan", "Akmola", "Tselinograd"], 1526273, "KZ-71"),
        (["Almaty", "Alma-Ata", "alma ata", "Almaata"], 1526384, "KZ-75"),
        (["Shymkent", "Chimkent"], 1518980, "KZ-79"),
        (["Oral", "Uralsk"], 608668, "KZ-27"),
        (["Atyrau", "Guryev"], 610529, "KZ-23"),
        (["Semey", "Semipalatinsk"], 1519422, "KZ-10"),
        (["Bishkek", "Frunze"], 1528675, "KG-GB"),
        (["Khujand", "Khodzhent", "Leninabad"], 1514879, "TJ-SU"),
        (["Kulob", "Kulyab", "Kŭlob"], 1221194, "TJ-KT"),
        (["Tashkent", "Toshkent"], 1512569, "UZ-TK"),
        (["Kyiv", "Kiev"], 703448, "UA-30"),
    ],
)
def test_former_names_and_transliterations_meet(gaz: Gazetteer, names: list[str], geonames_id: int,
                                                 admin1: str) -> None:
    for name in names:
        place = gaz.resolve(name)
        assert place is not None, name
        assert (place.geonames_id, place.admin1_code) == (geonames_id, admin1), name


def test_turkmenabat_and_andijan(gaz: Gazetteer) -> None:
    assert gaz.resolve("Chardzhou") == gaz.resolve("Turkmenabat")
    assert gaz.resolve("Chardzhou").country_code == "TM"  # type: ignore[union-attr]
    assert gaz.resolve("Andijan") == gaz.resolve("Andijon")
    assert gaz.resolve("Andijan").admin1_code == "UZ-AN"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Aktobe Region", "KZ-15"),
        ("Aqtobe oblysy", "KZ-15"),
        ("Aqtöbe oblysy", "KZ-15"),
        ("Aktyubinsk Oblast", "KZ-15"),
        ("West Kazakhstan Region", "KZ-27"),
        ("Batys Qazaqstan", "KZ-27"),
        ("Mangystau", "KZ-47"),
        ("Mangystau Region", "KZ-47"),
        ("Sughd", "TJ-SU"),
        ("Khatlon", "TJ-KT"),
        ("Osh Region", "KG-O"),
        ("Ontario", "CA-ON"),
        ("North Carolina", "US-NC"),
    ],
)
def test_admin1_units_resolve_by_name(gaz: Gazetteer, name: str, code: str) -> None:
    place = gaz.resolve(name)
    assert place is not None
    assert (place.precision, place.admin1_code, place.country_code) == ("admin1", code, code[:2])


def test_admin1_entries_carry_a_location_where_geonames_has_cities(gaz: Gazetteer) -> None:
    region = gaz.resolve("Aktobe Region")
    assert region is not None and region.lat is not None and 45 < region.lat < 52


def test_fergana_valley_is_a_region_not_an_admin1(gaz: Gazetteer) -> None:
    place = gaz.resolve("Fergana Valley")
    assert place is not None and place.precision == "region"


def test_osh_is_ambiguous_and_defaults_to_the_kyrgyz_city(gaz: Gazetteer) -> None:
    kinds = {(p.country_code, p.precision) for p in gaz.candidates("Osh")}
    assert {("KG", "city"), ("KG", "admin1")} <= kinds
    assert gaz.candidates("Osh")[0].geonames_id == 1527534
    region = gaz.resolve("Osh Region")
    assert region is not None and region.precision == "admin1"


def test_tripoli_defaults_to_libya_and_follows_lebanese_context(gaz: Gazetteer) -> None:
    assert gaz.resolve("Tripoli").country_code == "LY"  # type: ignore[union-attr]
    assert gaz.resolve("Tripoli", countries=["LB"]).country_code == "LB"  # type: ignore[union-attr]
    text = "Clashes broke out in northern Lebanon on Sunday; the army said Tripoli was calm by evening."
    assert gaz.resolve("Tripoli", context=text).country_code == "LB"  # type: ignore[union-attr]


def test_georgia_is_the_country_unless_the_context_is_american(gaz: Gazetteer) -> None:
    assert gaz.resolve("Georgia").precision == "country"  # type: ignore[union-attr]
    state = gaz.resolve("Georgia", countries=["US"])
    assert state is not None and (state.precision, state.admin1_code) == ("admin1", "US-GA")
    american = "Voters in Atlanta and Savannah queued as the United States counted. Georgia was close."
    assert gaz.resolve("Georgia", context=american).admin1_code == "US-GA"  # type: ignore[union-attr]
    caucasus = "Protesters filled the streets of Tbilisi and Batumi. Georgia's government resigned."
    assert gaz.resolve("Georgia", context=caucasus).country_code == "GE"  # type: ignore[union-attr]


def test_admin1_argument_picks_the_unit(gaz: Gazetteer) -> None:
    # London, Ontario (pop. ~350k) loses to London, England by prominence, wins inside Ontario.
    assert gaz.resolve("London").country_code == "GB"  # type: ignore[union-attr]
    assert gaz.resolve("London", admin1="Ontario").admin1_code == "CA-ON"  # type: ignore[union-attr]
    assert gaz.resolve("London", admin1="CA-ON").admin1_code == "CA-ON"  # type: ignore[union-attr]


def test_country_by_code_and_aliases(gaz: Gazetteer) -> None:
    kz = gaz.country("KZ")
    assert (kz.name, kz.geonames_id) == ("Kazakhstan", 1522867)
    assert (kz.precision, kz.feature_class) == ("country", "A")
    assert gaz.country("kz") == kz
    assert gaz.resolve("U.S.") == gaz.country("US") == gaz.resolve("United States of America")
    assert gaz.resolve("Kyrgyz Republic") == gaz.country("KG")


def test_unknown_country_code_names_the_way_out(gaz: Gazetteer) -> None:
    with pytest.raises(GazetteerError, match=r"'XQ'.*ISO 3166-1 alpha-2"):
        gaz.country("XQ")


def test_unknown_names_resolve_to_nothing(gaz: Gazetteer) -> None:
    assert gaz.resolve("Qwertyuiopville") is None
    assert gaz.candidates("") == []


def test_demonyms_are_not_names_of_places(gaz: Gazetteer) -> None:
    assert gaz.resolve("Kazakh") is None
    assert gaz.resolve("Tajik") is None
