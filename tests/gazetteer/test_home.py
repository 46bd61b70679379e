"""A document's home (dateline, publication domain) decides between namesakes."""

from __future__ import annotations

from assay.gazetteer import domain_countries, get_gazetteer


def test_country_code_domains_name_their_country_and_generic_ones_nothing() -> None:
    assert domain_countries("www.cbc.ca") == ("CA",)
    assert domain_countries("https://www.independent.co.uk/news") == ("GB",)
    assert domain_countries("www.cnn.com") == ()
    assert domain_countries("example.tv") == ()


def test_a_local_paper_s_edmonton_is_its_own_namesake() -> None:
    gaz = get_gazetteer()
    text = "An Edmonton man was charged with fraud, police said."
    start = text.index("Edmonton")
    assert gaz.resolve_at(text, start, start + 8).country_code == "CA"  # type: ignore[union-attr]
    place = gaz.resolve_at(text, start, start + 8, prior=domain_countries("www.enfield-today.co.uk"))
    assert place is not None and place.country_code == "GB"


def test_a_dateline_with_its_state_places_later_bare_namesakes_there() -> None:
    gaz = get_gazetteer()
    text = ("LAUREL COUNTY, Ky. (WKYT) - A man is dead after a crash. "
            "Deputies identified him as a 63-year-old of London.")
    start = text.rindex("London")
    place = gaz.resolve_at(text, start, start + 6)
    assert place is not None and (place.country_code, place.admin1_code) == ("US", "US-KY")


def test_dateline_is_read_with_the_publishers_country() -> None:
    # A British paper's "PERTH -" is Perth in Scotland; the bare name alone means Perth, Australia.
    from assay.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    text = "PERTH - The council approved the new bridge on Tuesday after a long debate in Perth."
    start = text.rindex("Perth")
    place = gaz.resolve_at(text, start, start + 5, prior=("GB",))
    assert place is not None
    assert place.country_code == "GB"
    assert gaz.resolve_at(text, start, start + 5) is not None
