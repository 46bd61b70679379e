"""Event places: what a place name does in its sentence decides whether it places the event."""

from __future__ import annotations

from tests.extract.conftest import make_doc

from assay.extract import get_extractor
from assay.model import Mention, Place


def extract(text: str, published: str = "2019-05-20") -> list[Mention]:
    return get_extractor("rules.v1").extract(make_doc(text, published))


def place_of(text: str, event_type: str, published: str = "2019-05-20") -> Place | None:
    return next(m for m in extract(text, published) if m.event_type == event_type).place


def named(place: Place | None) -> tuple[str, str, str] | None:
    return None if place is None else (place.country_code, place.precision, place.name)


# Origins and homes


def test_where_people_come_from_is_not_where_they_were_detained() -> None:
    place = place_of("Police in Karaganda region detained three men from Almaty on Friday.", "arrest")
    assert named(place) == ("KZ", "admin1", "Karaganda Region")


def test_a_home_town_places_the_event_when_nothing_else_does() -> None:
    place = place_of("Security officers detained a 30-year-old resident of Namangan on Friday.", "arrest")
    assert place is not None and (place.country_code, place.name) == ("UZ", "Namangan")


def test_a_home_town_gives_way_to_the_place_named_for_the_event() -> None:
    place = place_of("Officers detained two residents of Oral in Aktobe on Friday.", "arrest")
    assert place is not None and place.name == "Aktobe"


def test_a_nationality_does_not_name_the_home_a_return_goes_to() -> None:
    text = "Forty citizens of the Republic of Tajikistan were repatriated from Iraq on Monday."
    place = place_of(text, "foreign_fighter_travel")
    assert named(place) == ("IQ", "country", "Iraq")


def test_a_return_home_goes_to_the_home_town_the_passage_names() -> None:
    text = "A resident of Kulyab who had fought in Syria since 2015 returned home last month and surrendered."
    returns = [m for m in extract(text) if m.trigger.text == "returned home"]
    assert returns and returns[0].place is not None
    assert (returns[0].place.country_code, returns[0].place.precision) == ("TJ", "city")


def test_a_return_home_with_no_home_named_is_placed_where_they_had_been() -> None:
    text = "Of the 300 Belgians who travelled to Syria and Iraq, about a third have since returned home."
    returns = [m for m in extract(text, "2018-01-10") if m.trigger.text == "returned home"]
    assert returns and returns[0].place is not None and returns[0].place.country_code == "SY"


def test_a_return_with_only_its_start_named_is_placed_there() -> None:
    text = "Prosecutors charged a man who returned from Syria last year."
    place = place_of(text, "foreign_fighter_travel")
    assert place is not None and place.country_code == "SY"


# Words that are not places here


def test_a_country_that_backs_a_force_does_not_place_its_fight() -> None:
    text = "US-backed fighters fought Islamic State militants in eastern Syria on Sunday."
    place = place_of(text, "armed_clash")
    assert place is not None and place.country_code == "SY"


def test_a_region_wider_than_a_country_is_no_event_place() -> None:
    text = "Hundreds of fighters from Central Asia were handed over to their home countries last month."
    assert place_of(text, "foreign_fighter_travel") is None


def test_a_facility_named_after_a_place_is_placed_in_its_city() -> None:
    text = "A bomb exploded at the Bardo museum in Tunis on Monday, killing five tourists."
    place = place_of(text, "bombing")
    assert place is not None and place.name == "Tunis"


def test_the_first_word_of_an_arabic_name_is_not_a_town() -> None:
    text = "Gunmen from Bab al-Tabbaneh clashed with rivals in Tripoli, Lebanese security sources said."
    place = place_of(text, "armed_clash")
    assert place is not None and (place.country_code, place.name) == ("LB", "Tripoli")


def test_where_officials_spoke_is_not_where_troops_clashed() -> None:
    text = "Border troops clashed briefly near the frontier in early May, officials in Bishkek said."
    assert place_of(text, "armed_clash") is None


def test_police_of_a_city_act_there() -> None:
    text = "Police in Almaty said they had detained five men on Friday."
    place = place_of(text, "arrest")
    assert place is not None and place.name == "Almaty"


def test_a_country_owning_a_ministry_does_not_place_the_attack_it_denies() -> None:
    text = "Tajikistan's foreign ministry denied reports that its border posts had come under attack."
    assert place_of(text, "attack", "2019-05-20") is None


def test_a_relative_clause_tells_a_past_not_the_events_place() -> None:
    text = "An international court ordered a militant who destroyed shrines in Timbuktu to pay reparations."
    assert place_of(text, "prosecution", "2017-08-18") is None


# Speech and state acts


def test_a_warning_by_a_countrys_service_is_placed_in_that_country() -> None:
    text = "Kyrgyzstan's security service warned on Thursday of possible attacks during the holidays."
    assert named(place_of(text, "statement", "2017-12-15")) == ("KG", "country", "Kyrgyzstan")


def test_a_statement_takes_the_place_the_sentence_told_when_it_names_none() -> None:
    text = "Militants overran Kunduz on Monday, and the provincial governor urged residents to stay indoors."
    place = place_of(text, "statement", "2015-09-29")
    assert place is not None and place.name == "Kunduz"


def test_an_event_naming_a_place_of_its_own_does_not_borrow_another_clause_place() -> None:
    text = (
        "Troops clashed with rebels in Marawi on Tuesday, and the president imposed martial law across Lanao."
    )
    law = place_of(text, "legislation", "2017-05-24")
    assert law is None or law.name != "Marawi City"


def test_a_threat_level_is_a_states_act_placed_in_its_country() -> None:
    text = "Norway's security police raised the terrorism threat level on Thursday."
    assert named(place_of(text, "statement", "2023-06-01")) == ("NO", "country", "Norway")


def test_a_deployment_is_not_placed_at_the_attacks_that_occasioned_it() -> None:
    text = "Belgium began deploying 1,000 soldiers on Monday after last week's attacks in Brussels."
    place = place_of(text, "military_exercise", "2016-03-28")
    assert place is not None and (place.country_code, place.precision) == ("BE", "country")


def test_detentions_across_the_country_are_placed_in_the_country() -> None:
    text = "Tajikistan's Interior Ministry said 300 people had been detained across the country."
    assert named(place_of(text, "arrest")) == ("TJ", "country", "Tajikistan")


# Precision


def test_the_countryside_of_a_city_is_its_province() -> None:
    text = "A roadside bomb struck an army patrol in the Idlib countryside on Tuesday."
    place = place_of(text, "bombing", "2018-06-14")
    assert place is not None and (place.precision, place.admin1_code) == ("admin1", "SY-ID")


def test_the_province_a_country_names_is_where_a_crossing_ends() -> None:
    text = "Dozens of militants crossed into Afghanistan's Kunar province last summer."
    place = place_of(text, "foreign_fighter_travel", "2015-09-01")
    assert place is not None and (place.precision, place.admin1_code) == ("admin1", "AF-KNR")


# Clauses


def test_each_event_takes_the_place_told_in_its_own_clause() -> None:
    text = (
        "Police detained three suspects in the Kostanay region on Sunday, a day after an attack near Almaty."
    )
    place = place_of(text, "arrest", "2019-05-20")
    assert named(place) == ("KZ", "admin1", "Kostanay Region")


def test_an_event_without_a_place_shares_the_sentence_place() -> None:
    text = "Gunmen attacked a police post in Aktobe on Sunday, and police later detained two suspects."
    place = place_of(text, "arrest", "2019-05-20")
    assert place is not None and place.name == "Aktobe"


def test_a_state_act_with_its_own_unknown_place_does_not_borrow_another_clause_place() -> None:
    text = (
        "Troops clashed with militants in Marawi on Tuesday, and the president declared martial law"
        " across Zamboanga Peninsula."
    )
    law = place_of(text, "legislation", "2017-05-24")
    assert law is None or law.name != "Marawi City"


def test_a_name_the_text_calls_a_city_is_the_city_not_its_region() -> None:
    place = place_of("Police detained two men in the city of Jalal-Abad on Friday.", "arrest")
    assert place is not None and (place.country_code, place.precision, place.admin1_code) == (
        "KG",
        "city",
        "KG-J",
    )


def test_witnesses_in_a_city_saw_the_event_there() -> None:
    place = place_of("Witnesses in Kabul said a bomb exploded near the ministry on Monday.", "bombing")
    assert place is not None and place.name == "Kabul"


def test_a_return_of_children_from_a_war_zone_starts_there_when_no_home_is_named() -> None:
    place = place_of("Authorities brought back 84 children from Iraq on Sunday.", "foreign_fighter_travel")
    assert place is not None and place.country_code == "IQ"


def test_a_joint_act_of_several_states_is_not_placed_in_the_first_one() -> None:
    text = "Kazakh, Kyrgyz and Russian troops began joint drills on Monday."
    assert place_of(text, "military_exercise") is None


def test_a_state_act_with_one_demonym_is_placed_in_that_country() -> None:
    text = "Kazakh and foreign observers watched as Kazakh troops began drills on Monday."
    assert named(place_of(text, "military_exercise")) == ("KZ", "country", "Kazakhstan")


# Names that point elsewhere


def test_officials_in_two_capitals_are_where_claims_were_made() -> None:
    text = "Fighting between border troops on Thursday left 20 dead, officials in Tashkent and Bishkek said."
    assert place_of(text, "armed_clash") is None


def test_a_capital_speaking_for_its_government_is_not_an_event_place() -> None:
    text = "A bomb exploded at a bus stop in Istanbul; police detained a suspect and Ankara blamed the PKK."
    place = place_of(text, "arrest", "2022-11-14")
    assert place is not None and place.name == "Istanbul"


def test_a_town_naming_a_persons_origin_is_not_the_place() -> None:
    text = "Police in Bukhara detained a Termez blogger on Tuesday over posts praising militants."
    place = place_of(text, "arrest")
    assert place is not None and place.name != "Tirmiz"


def test_a_past_event_named_by_its_place_does_not_place_a_new_one() -> None:
    text = "Relatives of men jailed after the Andijan unrest held a protest in Tashkent on Sunday."
    place = place_of(text, "protest", "2012-06-11")
    assert place is not None and place.name == "Tashkent"


def test_a_church_named_after_a_saint_stands_in_the_city_named_next() -> None:
    text = "A bomb ripped through the St Peter and St Paul church adjoining Cairo's cathedral, killing 25."
    place = place_of(text, "bombing", "2016-12-12")
    assert place is not None and place.name == "Cairo"


def test_fighting_in_an_area_without_a_subdivision_is_placed_at_its_country() -> None:
    text = "Azerbaijani and Armenian troops clashed overnight in Nagorno-Karabakh, both sides said."
    events = [m for m in extract(text, "2020-10-02") if m.event_type == "armed_clash"]
    assert len(events) == 1 and events[0].place is not None
    assert (events[0].place.name, events[0].place.country_code, events[0].place.precision) == (
        "Nagorno-Karabakh", "AZ", "country")


def test_a_propaganda_video_is_not_placed_where_the_events_it_shows_happened() -> None:
    text = ("Al-Shabaab released a video on Friday showing fighters who had attacked "
            "a police post in Mandera, Kenya, last month.")
    mentions = extract(text, "2019-05-20")
    video = next(m for m in mentions if m.event_type == "propaganda")
    assert video.place is None


# Counties, airports and adjectives of continents


def test_a_county_places_the_event_at_admin2_in_its_state() -> None:
    place = place_of("Police arrested two men in Adair County, Kentucky, on Friday.", "arrest")
    assert place is not None and named(place) == ("US", "admin2", "Adair County")
    assert place.admin1_code == "US-KY"


def test_an_airport_places_the_event_at_a_point() -> None:
    assert named(place_of("Police arrested two men at Heathrow on Friday.", "arrest")) == (
        "GB", "point", "London Heathrow Airport")


def test_an_adjective_of_a_continent_places_no_event() -> None:
    assert place_of("European police arrested three men on Friday.", "arrest") is None
    assert place_of("A bomb exploded outside a market on Friday, European officials said.", "bombing") is None
