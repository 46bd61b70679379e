"""General rules added from the gold error analysis: trigger choice, background mentions, places."""

from __future__ import annotations

from datetime import date

from tests.extract.conftest import make_doc

from assay.extract import get_extractor
from assay.model import Mention


def extract(text: str, published: str = "2016-06-07", countries: tuple[str, ...] = ()) -> list[Mention]:
    return get_extractor("rules.v1").extract(make_doc(text, published), countries=countries)


def coded(text: str, published: str = "2016-06-07") -> list[tuple[str, str]]:
    return [(m.event_type, m.trigger.text) for m in extract(text, published)]


# Trigger choice


def test_attack_is_coded_on_the_assault_not_on_the_attackers_end() -> None:
    text = "A gunman opened fire on worshippers outside a church on Sunday before he was shot dead by police."
    assert coded(text) == [("attack", "opened fire on")]


def test_outcome_word_does_not_outrank_a_named_clash() -> None:
    text = "Clashes between rival gunmen in the city killed four people over the weekend."
    assert coded(text) == [("armed_clash", "Clashes")]


def test_a_clash_re_read_from_a_killing_takes_the_clash_word() -> None:
    text = "Security forces said they had killed 13 rebels in gunfights in the gorge."
    assert coded(text) == [("armed_clash", "gunfights")]


def test_an_operation_frames_the_exchange_of_fire_it_contains() -> None:
    text = "During the special operation, as a result of an exchange of fire, two militants were liquidated."
    assert coded(text) == [("armed_clash", "exchange of fire")]


def test_vehicle_ramming_with_open_slots_is_an_attack() -> None:
    assert coded("A man drove a rented pickup truck down a crowded bike path, killing eight people.") == [
        ("attack", "drove a rented pickup truck down a crowded bike path")
    ]


# Background and generic mentions


def test_commemoration_names_past_events_only() -> None:
    text = (
        "Ceremonies marked the anniversary of the 1999 events, when militants took hostages in the mountains."
    )
    assert extract(text) == []


def test_definite_back_reference_to_a_named_bombing_is_background() -> None:
    text = "Britain raised its terrorism threat level to critical after the Manchester bombing."
    assert [m.event_type for m in extract(text)] == ["statement"]


def test_generic_attacks_of_this_kind_are_not_an_event() -> None:
    assert extract("Attacks of this kind are rare in Kazakhstan, which has seen occasional violence.") == []


def test_weekday_possessive_is_a_recent_event_not_a_named_past_one() -> None:
    text = "The Islamic State group claimed responsibility for Sunday's attack on foreign cyclists."
    assert [m.event_type for m in extract(text)] == ["attack"]


def test_indefinite_attack_after_an_arrest_is_still_an_event() -> None:
    text = "Police detained four gunmen on Saturday, hours after an attack on a concert hall near the city."
    assert sorted(m.event_type for m in extract(text)) == ["arrest", "attack"]


# Places


def test_city_followed_by_region_is_the_admin1_unit() -> None:
    (m,) = extract("Three men were detained in Karaganda region on Friday.")
    assert m.place is not None
    assert (m.place.country_code, m.place.precision, m.place.name) == ("KZ", "admin1", "Karaganda Region")


def test_capitalised_common_word_without_locative_cue_is_no_place() -> None:
    (m,) = extract(
        "Court press secretary Iliada Dossova said nine of the accused were charged with terrorism."
    )
    assert m.place is None


def test_place_inside_an_institution_name_is_no_place() -> None:
    text = "A University of Exeter researcher said 52 Tajiks were fighting in Syria."
    places = [m.place.name for m in extract(text) if m.place is not None]
    assert "Exeter" not in places


def test_dateline_is_not_the_event_place_when_the_sentence_names_one() -> None:
    text = "ALMATY - Armed men stormed two gun shops in the northwestern city of Aktobe on Sunday."
    (m,) = extract(text, "2016-06-05")
    assert m.place is not None and m.place.name == "Aktobe"


def test_later_sentence_without_place_takes_the_last_event_place_not_the_dateline() -> None:
    text = (
        "ALMATY - Armed men stormed two gun shops in the northwestern city of Aktobe on Sunday.\n"
        "The ministry gave details of the raid.\n"
        "It said that several attackers were shot dead and others detained, while police hunted the rest."
    )
    places = {m.place.name for m in extract(text, "2016-06-05") if m.place is not None}
    assert places == {"Aktobe"}


def test_travel_takes_its_destination() -> None:
    (m,) = extract("Prosecutors in Khujand said three local men had travelled to Syria to join militants.")
    assert m.event_type == "foreign_fighter_travel"
    assert m.place is not None and (m.place.name, m.place.precision) == ("Syria", "country")


def test_state_act_with_only_a_demonym_is_placed_in_that_country() -> None:
    (m,) = extract("Kazakh lawmakers passed a law tightening penalties for extremism.")
    assert m.event_type == "legislation"
    assert m.place is not None and (m.place.country_code, m.place.precision) == ("KZ", "country")


# Counts


def counted(text: str) -> list[tuple[str, int]]:
    return sorted((c.kind, c.value) for m in extract(text) for c in m.counts)


def test_verb_right_before_the_number_decides_the_kind() -> None:
    assert counted("Police arrested 12 members of the banned Group 24 movement last month.") == [
        ("arrested", 12)
    ]


def test_passive_verb_after_a_long_noun_phrase_gives_the_kind() -> None:
    text = "Three supporters of a destructive religious movement were detained on Friday."
    assert counted(text) == [("arrested", 3)]


def test_aside_between_number_and_travel_verb_is_skipped() -> None:
    text = "Around 300 Kazakh citizens, including women and children, have left for Syria."
    assert counted(text) == [("fighters", 300)]


def test_killed_rebels_are_attackers_killed() -> None:
    assert counted("Security forces killed 13 rebels in gunfights in the gorge.") == [
        ("attackers_killed", 13)
    ]


def test_lone_attacker_shot_dead_by_police_counts_as_one_attacker_killed() -> None:
    text = "A gunman opened fire in a cafe on Monday, killing four people, before he was shot dead by police."
    assert counted(text) == [("attackers_killed", 1), ("killed", 4)]


def test_group_of_attackers_is_not_a_groups_count_outside_plots() -> None:
    assert counted("On June 5 a group of terrorists attacked two gun shops in the city.") == []


def test_border_guards_killed_are_not_fighters() -> None:
    text = "At least three Turkmen border guards were killed in an attack by Taliban militants on Wednesday."
    assert counted(text) == [("killed", 3)]


# Dates


def dated(text: str, published: str) -> list[tuple[str, str | None]]:
    return [
        (m.event_type, m.date.start.isoformat() if m.date.start else None) for m in extract(text, published)
    ]


def test_birth_year_is_not_the_event_date() -> None:
    text = "A citizen of the republic born in 1985, a native of Zhanaozen, was detained in Aktau."
    assert dated(text, "2017-06-20") == [("arrest", None)]


def test_superlative_since_a_year_does_not_date_the_fighting() -> None:
    text = "Officials reported the heaviest fighting since 1994 in the disputed region."
    assert dated(text, "2016-04-05") == [("armed_clash", None)]


def test_in_year_belongs_to_the_nearest_event_of_the_sentence() -> None:
    text = "A court in Bishkek sentenced in absentia a former police colonel who fled to Syria in 2015."
    assert dated(text, "2019-11-20") == [("prosecution", None), ("foreign_fighter_travel", "2015-01-01")]


def test_a_day_date_is_shared_by_the_events_of_its_sentence() -> None:
    text = "Police detained two suspects on Monday while they were planning a terrorist attack."
    assert {d for _, d in dated(text, "2016-06-08")} == {"2016-06-06"}


# Type vetoes and suppressions


def test_has_signed_a_law_is_legislation() -> None:
    text = (
        "President Nursultan Nazarbayev has signed a law allowing courts to strip citizenship from traitors."
    )
    assert [m.event_type for m in extract(text)] == ["legislation"]


def test_participle_describing_people_is_no_verdict() -> None:
    text = "The law lets courts strip citizenship from people convicted of terrorism-related crimes."
    assert "prosecution" not in [m.event_type for m in extract(text)]


def test_people_who_stood_trial_is_a_prosecution() -> None:
    assert [m.event_type for m in extract("Twenty-nine people stood trial for the attack.")] == [
        "prosecution"
    ]


def test_fighting_abroad_in_a_journey_sentence_is_background() -> None:
    text = "Three men who had fought with militants in Afghanistan crossed back into Tajikistan last month."
    assert [m.event_type for m in extract(text, "2016-06-07")] == ["foreign_fighter_travel"]


def test_operation_word_framing_a_repatriation_is_no_clash() -> None:
    text = "Kazakhstan has flown 47 of its citizens home from Syria in a special operation."
    assert [m.event_type for m in extract(text)] == ["foreign_fighter_travel"]


def test_operation_with_a_wounded_suspect_is_still_a_clash() -> None:
    text = "During a special operation in the gorge a resident resisted detention and was wounded."
    assert "armed_clash" in [m.event_type for m in extract(text)]


# Actors


def actors_of(text: str) -> set[tuple[str, str]]:
    return {(a.role, a.name) for m in extract(text) for a in m.actors}


def test_demonym_authorities_are_that_countrys_government() -> None:
    text = "Tajik authorities say they arrested 12 members of the banned movement last month."
    assert ("reporter", "Government of Tajikistan") in actors_of(text)


def test_countrys_government_is_its_government() -> None:
    text = "Uzbekistan's government has lifted the ban on beards in schools."
    assert ("perpetrator", "Government of Uzbekistan") in actors_of(text)


def test_country_as_subject_of_a_state_act_is_its_government() -> None:
    text = "Britain raised its terrorism threat level to critical on Monday."
    assert ("perpetrator", "Government of the United Kingdom") in actors_of(text)


def test_country_inside_a_clause_is_not_a_government() -> None:
    text = "Militants who returned from Syria were detained in Almaty by police on Monday."
    assert not any(name.startswith("Government of") for _, name in actors_of(text))


def test_generic_word_introducing_a_named_body_is_not_a_second_actor() -> None:
    text = "Officers of the State Security Service have detained a 23-year-old resident of Namangan."
    assert ("perpetrator", "police") not in actors_of(text)


# Modality


def test_attribution_to_an_unlisted_source_is_reported() -> None:
    text = (
        "Clashes between rival gunmen in the city killed four people over the weekend, security sources said."
    )
    assert [m.modality for m in extract(text)] == ["reported"]


def test_sources_saying_first_make_the_event_reported() -> None:
    text = "Researchers estimate that 2,000 Central Asians travelled to Syria and Iraq."
    assert [m.modality for m in extract(text)] == ["reported"]


def test_unattributed_event_stays_asserted() -> None:
    text = "Troops clashed with militants in the mountains for two days."
    assert [m.modality for m in extract(text)] == ["asserted"]


# Dates that modify a noun, places of a state's own act, designations and press conferences


def test_a_date_modifying_the_attack_does_not_date_the_trial() -> None:
    text = "The trial over the June 5 terrorist attack began today in Aktobe, with 29 defendants in the dock."
    by_type = {m.event_type: m for m in extract(text, "2016-10-18")}
    assert by_type["attack"].date.start == date(2016, 6, 5)
    assert by_type["prosecution"].date.start == date(2016, 10, 18)


def test_a_law_about_fighters_abroad_is_not_placed_abroad() -> None:
    text = (
        "President Almazbek Atambayev on August 4 signed amendments that allow the state to strip "
        "Kyrgyz citizens of their citizenship if they fought in Syria."
    )
    law = next(m for m in extract(text, "2016-08-24") if m.event_type == "legislation")
    assert law.place is not None and law.place.country_code == "KG"


def test_designations_and_press_conferences_are_coded() -> None:
    assert coded("Kazakhstan added Islamic State to its list of banned terrorist organisations.") == [
        ("legislation", "added Islamic State to its list of banned terrorist")
    ]
    assert coded("The new ministry held its first press conference on October 14.") == [
        ("statement", "held its first press conference")
    ]


def _dates_by_type(text: str, published: str) -> dict[str, tuple[date | None, date | None]]:
    return {m.event_type: (m.date.start, m.date.end) for m in extract(text, published)}


def test_a_new_clause_with_its_own_subject_keeps_its_event_undated() -> None:
    text = (
        "Philippine troops clashed with Maute group militants in Marawi on Tuesday, "
        "and President Duterte declared martial law across Mindanao."
    )
    dates = _dates_by_type(text, "2017-05-24")
    assert dates["armed_clash"] == (date(2017, 5, 23), date(2017, 5, 23))
    assert dates["legislation"] == (None, None)


def test_an_after_clause_is_not_dated_by_the_clause_before_it() -> None:
    text = "Tunisia's president vowed on Wednesday to fight terrorism after gunmen killed 20 people in Tunis."
    assert _dates_by_type(text, "2015-03-19")["attack"] == (None, None)
    # An indefinite "after a protest" introduces a same-day event.
    text = "On Monday, Uzbek police detained about 30 people in Andijon after a protest by market traders."
    assert _dates_by_type(text, "2021-09-15")["protest"] == (date(2021, 9, 13), date(2021, 9, 13))


def test_a_day_range_under_way_at_publication_is_this_years() -> None:
    text = "From 20 to 24 June, tactical exercises of the airmobile forces are being held in Zhambyl region."
    assert _dates_by_type(text, "2016-06-22")["military_exercise"] == (date(2016, 6, 20), date(2016, 6, 24))


def test_a_date_in_a_relative_clause_dates_that_clause_only() -> None:
    text = (
        "Gulmurod Khalimov, the former OMON commander who joined ISIL in late May, "
        "has posted a new video in which he denies reports that he is mentally ill."
    )
    video = next(m for m in extract(text, "2015-06-19") if m.event_type == "propaganda")
    assert (video.date.start, video.date.end) == (None, None)
    # The denial is what the video says, not a denial of the video.
    assert video.modality == "asserted"


def test_a_relative_clause_right_after_the_trigger_dates_its_event() -> None:
    text = "Two special forces fighters were killed in the gunbattle, which began late on September 15."
    clash = next(m for m in extract(text, "2015-09-16") if m.event_type == "armed_clash")
    assert clash.date.start == date(2015, 9, 15)


def test_a_killing_in_a_named_operation_is_coded_on_the_operation() -> None:
    text = "Georgian special forces killed three suspected militants in a 20-hour operation in Tbilisi."
    assert coded(text, "2017-11-23") == [("armed_clash", "20-hour operation")]
    # The bare agency name is the one of the country the text names.
    text = "Georgian troops killed two militants in a raid in Tbilisi, the State Security Service said."
    clash = extract(text, "2017-11-23")[0]
    assert clash.reported_by == "State Security Service of Georgia"


def test_a_rally_hit_by_a_bomb_is_no_protest() -> None:
    text = "A suicide bomber blew himself up at a peace rally outside the railway station, killing 86 people."
    assert [t for t, _ in coded(text, "2015-10-11")] == ["suicide_bombing"]


def test_a_journey_is_placed_at_the_destination_its_trigger_names() -> None:
    text = "A woman from Aktobe region and her three children crossed from Turkey into Syria in January."
    travel = next(m for m in extract(text, "2015-03-01") if m.event_type == "foreign_fighter_travel")
    assert travel.place is not None and travel.place.country_code == "SY"


def test_a_statement_is_not_placed_where_the_event_it_condemns_happened() -> None:
    text = (
        "The UN Security Council condemned in the strongest terms the truck bombing in Mogadishu on Saturday."
    )
    statement = next(m for m in extract(text, "2017-10-16") if m.event_type == "statement")
    assert statement.place is None


def test_a_statement_is_not_placed_at_its_occasion() -> None:
    text = "Kazakhstan raised its terrorism threat level to yellow after the weekend's attacks in Aktobe."
    statement = next(m for m in extract(text, "2016-06-06") if m.event_type == "statement")
    assert statement.place is not None and statement.place.country_code == "KZ"
    assert statement.place.precision == "country"


def test_an_actor_whose_verb_is_the_event_acts_and_does_not_report() -> None:
    text = "Rival militias battled in Tripoli on Monday, and the government declared a state of emergency."
    by_type = {m.event_type: m for m in extract(text, "2018-09-04")}
    assert by_type["statement"].modality == "asserted"
    assert by_type["statement"].reported_by is None
    assert by_type["armed_clash"].modality == "asserted"


def test_a_declaration_opening_the_sentence_is_a_statement_beside_its_content() -> None:
    text = (
        "The leaders signed the Tashkent Declaration, in which member states voiced concern over "
        "the growing number of foreign terrorist fighters."
    )
    assert next(t for t, _ in coded(text, "2016-06-24")) == "statement"


def test_an_agency_reporting_its_own_arrests_is_their_perpetrator() -> None:
    text = "Kyrgyzstan's State Committee for National Security said on Wednesday it had detained four people."
    arrest = next(m for m in extract(text, "2016-08-31") if m.event_type == "arrest")
    roles = {(a.role, a.key) for a in arrest.actors}
    assert ("perpetrator", "gknb_kg") in roles and ("reporter", "gknb_kg") in roles


def test_gunmen_beside_suicide_blasts_make_the_assault_an_attack_too() -> None:
    text = "Gunmen and suicide bombers struck a concert hall and restaurants in Paris on Friday night."
    assert sorted(t for t, _ in coded(text, "2015-11-14")) == ["attack", "suicide_bombing"]


def test_carried_out_is_no_propaganda() -> None:
    text = "A special operation carried out by the security service stopped an extremist cell in Bishkek."
    assert "propaganda" not in [t for t, _ in coded(text)]


# Disasters, fiction and threats are no events


def test_deaths_in_an_accident_with_no_hostile_agent_are_no_attack() -> None:
    text = "A gas explosion at a coal mine in the north killed nine miners on Monday, officials said."
    assert coded(text) == []


def test_an_accident_caused_by_a_bomb_is_still_violence() -> None:
    text = "A bomb exploded on the track and derailed a passenger train on Monday, killing six."
    assert [t for t, _ in coded(text)] == ["bombing"]


def test_a_film_depicting_a_massacre_reports_no_event() -> None:
    text = "The new film, set during the civil war, depicts the massacre of villagers by an armed gang."
    assert coded(text) == []


def test_a_threat_to_attack_is_not_an_attack() -> None:
    text = "A man who threatened to attack a school was arrested by police in the city on Friday."
    assert [t for t, _ in coded(text)] == ["arrest"]


def test_a_verdict_with_its_object_between_found_and_guilty_is_the_trigger() -> None:
    text = "A district court found a former police officer guilty of extremism and jailed him for six years."
    found = extract(text)
    assert [(m.event_type, m.trigger.text) for m in found] == [
        ("prosecution", "found a former police officer guilty")
    ]
    assert [(c.kind, c.value) for c in found[0].counts] == [("convicted", 1)]


def test_a_plot_is_coded_on_the_verb_that_disrupted_it_not_on_the_noun() -> None:
    text = "The plot to attack a police station was uncovered in March, prosecutors said."
    assert coded(text) == [("plot_disrupted", "was uncovered")]


def test_a_district_yields_to_the_city_it_lies_in() -> None:
    text = "Police detained two men in the Chilanzar district of Tashkent on Monday."
    place = extract(text)[0].place
    assert place is not None and place.name == "Tashkent" and place.precision == "city"


def test_an_explosion_with_casualties_is_a_bombing_without_a_militant_named() -> None:
    text = "An explosion tore through a bus in the city centre on Monday, killing four people."
    found = extract(text)
    assert [(m.event_type, m.trigger.text) for m in found] == [("bombing", "explosion")]
    assert [(c.kind, c.value) for c in found[0].counts] == [("killed", 4)]


def test_this_morning_dates_an_event_on_the_publication_day() -> None:
    found = extract("Two explosions hit the main railway station this morning.", published="2016-03-22")
    assert [(m.event_type, m.date.start, m.date.end) for m in found] == [
        ("bombing", date(2016, 3, 22), date(2016, 3, 22))
    ]


def test_juvenile_detention_and_resisted_arrest_are_no_arrests() -> None:
    text = "A Hamburg court sentenced a 19-year-old man to two years in juvenile detention for extremism."
    assert [t for t, _ in coded(text)] == ["prosecution"]
    resisted = coded("The suspect resisted arrest at the checkpoint and opened fire on officers.")
    assert "arrest" not in [t for t, _ in resisted]


def test_stun_grenades_fired_at_a_protest_are_no_bombing() -> None:
    text = "Thousands of demonstrators marched on parliament and police fired stun grenades to disperse them."
    assert [t for t, _ in coded(text)] == ["protest"]


def test_blocked_websites_and_false_reports_are_no_propaganda() -> None:
    assert coded("The special services blocked access to 500 websites containing extremist materials.") == []
    assert coded('The Taliban blamed "enemies of Afghanistan" for spreading false reports.') == []


def test_deaths_at_a_protest_go_to_the_attack_on_it_not_the_protest() -> None:
    found = extract("Police fired on protesters in the capital, killing 12 people.", "2020-06-15")
    tolls = {m.event_type: [(c.kind, c.value) for c in m.counts] for m in found}
    assert tolls["attack"] == [("killed", 12)]
    assert tolls.get("protest", []) == []
    # A protest alone takes no toll: the killing it reacts to is another event.
    found = extract("Hundreds of students protested in Srinagar after a teenager was killed.", "2020-06-15")
    assert all(not m.counts for m in found if m.event_type == "protest")


def test_a_protest_against_a_bombing_is_kept_beside_it() -> None:
    text = "Thousands protested in Kabul on Sunday after a bombing killed 40 people."
    assert sorted(t for t, _ in coded(text, "2020-06-15")) == ["bombing", "protest"]
    # A bomb that hits a rally makes the rally its target, not a protest event.
    text = "A suicide bomber struck a rally in Kabul, killing 40 people."
    assert [t for t, _ in coded(text, "2020-06-15")] == ["suicide_bombing"]


def test_bombs_and_gunfire_in_one_assault_are_both_coded_with_the_toll_on_the_first() -> None:
    text = "Militants set off bombs and opened fire in the city centre on Thursday, killing four civilians."
    found = extract(text, "2016-01-15")
    assert sorted(m.event_type for m in found) == ["attack", "bombing"]
    tolls = {m.event_type: [(c.kind, c.value) for c in m.counts] for m in found}
    assert tolls == {"bombing": [("killed", 4)], "attack": []}


def test_live_fire_on_protesters_is_an_attack_and_tear_gas_alone_is_not() -> None:
    text = "Security forces fired tear gas and live rounds at protesters in the capital, killing at least 40."
    found = {m.event_type: m for m in extract(text, "2019-10-05")}
    assert set(found) == {"attack", "protest"}
    assert [(c.kind, c.value) for c in found["attack"].counts] == [("killed", 40)]
    text = "Police fired tear gas at protesters in the capital."
    assert [t for t, _ in coded(text, "2019-10-05")] == ["protest"]


def test_a_trial_takes_no_toll_of_the_crime_it_punishes() -> None:
    text = "A court sentenced the man to life in prison for killing four people in a truck attack."
    for m in extract(text, "2018-05-15"):
        if m.event_type == "prosecution":
            assert all(c.kind not in ("killed", "injured") for c in m.counts)


def test_armed_men_named_after_a_modifier_are_attackers_killed() -> None:
    found = extract("Security forces killed 29 Maoist rebels in a gunfight on Tuesday.", "2024-04-17")
    clash = next(m for m in found if m.event_type == "armed_clash")
    assert [(c.kind, c.value) for c in clash.counts] == [("attackers_killed", 29)]
    found = extract("Gunmen killed five Afghan soldiers at a checkpoint on Tuesday.", "2024-04-17")
    assert [(c.kind, c.value) for m in found for c in m.counts] == [("killed", 5)]


def test_a_bombing_trigger_spans_the_device_and_its_going_off() -> None:
    text = "A bomb hidden in an ambulance exploded on a crowded street in Kabul, killing 95 people."
    bombing = next(m for m in extract(text, "2018-01-28") if m.event_type == "bombing")
    assert bombing.trigger.text == "bomb hidden in an ambulance exploded"
    # A clause of its own between them ends the device's phrase.
    text = "Police found a bomb and it exploded later in the day."
    assert all(m.trigger.text != "bomb and it exploded" for m in extract(text, "2018-01-28"))


def test_a_protest_trigger_spans_the_crowd_and_its_act() -> None:
    text = "Protesters stormed the mayor's office in Almaty on Wednesday."
    protest = next(m for m in extract(text, "2022-01-06") if m.event_type == "protest")
    assert protest.trigger.text == "Protesters stormed"


def test_leaflets_of_an_armed_group_are_propaganda() -> None:
    text = "Pamphlets signed by the Tehrik-i-Taliban Pakistan ordering girls' schools to close were found."
    assert "propaganda" in [t for t, _ in coded(text, "2024-01-10")]
    assert "propaganda" not in [t for t, _ in coded("Pamphlets about the new bus timetable were handed out.")]


def test_air_strikes_whose_toll_is_civilians_are_a_bombing() -> None:
    text = (
        "Government warplanes carried out more than 20 air strikes on rebel-held villages in Idlib "
        "province on Sunday, killing at least nine civilians."
    )
    assert [t for t, _ in coded(text, "2019-05-06")] == ["bombing"]
    text = "Warplanes carried out air strikes on rebel positions in Idlib on Sunday, killing 12 fighters."
    assert [t for t, _ in coded(text, "2019-05-06")] == ["armed_clash"]


def test_bringing_citizens_home_from_a_conflict_is_a_journey() -> None:
    text = "Germany has brought home 11 women and children from camps in north-eastern Syria."
    assert "foreign_fighter_travel" in [t for t, _ in coded(text, "2021-10-07")]


def test_analysts_speculation_codes_no_event() -> None:
    text = "If talks collapse, militants could step up attacks in the province, analysts in Islamabad warn."
    assert coded(text, "2024-01-10") == []
    # Officials' warnings stay statements; a real attack an analyst describes stays an attack.
    text = "Gunmen attacked a police post in Peshawar on Monday, killing two officers, analysts said."
    assert "attack" in [t for t, _ in coded(text, "2024-01-10")]


def test_a_ramming_told_with_driving_or_a_possessive_crowd_is_an_attack() -> None:
    text = "A veteran drove a pickup truck into New Year's revellers on Bourbon Street early on Wednesday."
    attack = next(m for m in extract(text, "2025-01-02") if m.event_type == "attack")
    assert attack.trigger.text.startswith("drove a pickup truck into")
    text = "He is accused of killing eight people by driving a rented truck down a bike path."
    assert any(m.trigger.text.startswith("driving a rented truck") for m in extract(text, "2017-11-02"))


def test_a_suicide_bombing_trigger_spans_the_bomber_and_the_act() -> None:
    text = "A suicide bomber rammed an explosives-laden car into a convoy near Besham, killing five."
    blast = next(m for m in extract(text, "2024-03-27") if m.event_type == "suicide_bombing")
    assert blast.trigger.text == "suicide bomber rammed an explosives-laden car"
    # A verb the bombers share with gunmen stays the attack's trigger.
    text = "Gunmen and suicide bombers struck a concert hall in Paris on Friday night, killing 120 people."
    assert "attack" in [t for t, _ in coded(text, "2015-11-14")]
