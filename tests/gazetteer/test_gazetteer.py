"""Gazetteer names for units whose ISO 3166-2 names are local forms."""

from assay.gazetteer import get_gazetteer


def test_russian_federal_subjects_resolve_by_their_english_names() -> None:
    gaz = get_gazetteer()
    chechnya = gaz.resolve("Chechnya")
    assert chechnya is not None and (chechnya.admin1_code, chechnya.precision) == ("RU-CE", "admin1")
    oblast = gaz.resolve("Moscow region")
    assert oblast is not None and (oblast.admin1_code, oblast.name) == ("RU-MOS", "Moscow Oblast")
    city = gaz.resolve("Moscow")
    assert city is not None and (city.precision, city.admin1_code) == ("city", "RU-MOW")
    # A people or a language is not its republic.
    assert gaz.resolve("Chechen") is None


def test_a_state_named_with_its_kind_is_the_state_not_the_namesake_country() -> None:
    gaz = get_gazetteer()
    niger = gaz.resolve("Niger State")
    assert niger is not None and (niger.country_code, niger.admin1_code) == ("NG", "NG-NI")
    rakhine = gaz.resolve("Rakhine State")
    assert rakhine is not None and rakhine.admin1_code == "MM-16"
    assert gaz.resolve("Islamic State") is None


def test_the_namesake_nearest_the_other_places_of_the_text_wins() -> None:
    # New Milford, New Jersey, is the larger namesake; a text about Danbury and Bantam,
    # Connecticut, means the New Milford 20 km from them, not the one 100 km away.
    text = "A Danbury mason was arraigned in Bantam. New Milford police first heard of the case in 2002."
    place = get_gazetteer().resolve("New Milford", context=text)
    assert place is not None and place.admin1_code == "US-CT"
    assert get_gazetteer().resolve("New Milford").admin1_code == "US-NJ"  # type: ignore[union-attr]


def test_the_loaded_index_is_kept_out_of_the_cyclic_collector() -> None:
    import gc

    index = get_gazetteer().index
    # Frozen objects are never rescanned by full collections during extraction.
    assert gc.get_freeze_count() >= len(index.entries)
