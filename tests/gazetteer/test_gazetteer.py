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
