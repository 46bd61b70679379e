"""Trigger families and background rules added so rules.v1 generalises beyond its development set.

Every sentence here was written for this file; none comes from a gold set.
"""

from __future__ import annotations

from datetime import date

from tests.extract.conftest import make_doc

from assay.extract import get_extractor
from assay.model import Mention


def extract(text: str, published: str = "2021-03-10") -> list[Mention]:
    return get_extractor("rules.v1").extract(make_doc(text, published))


def coded(text: str, published: str = "2021-03-10") -> list[tuple[str, str]]:
    return [(m.event_type, m.trigger.text) for m in extract(text, published)]


def types(text: str) -> list[str]:
    return [m.event_type for m in extract(text)]


# Statements: declarations, threat levels and orders are acts of their own


def test_state_of_emergency_introduced_by_decree_is_a_statement_not_a_law() -> None:
    text = "By decree of the president, a state of emergency has been introduced in Jalal-Abad region."
    assert coded(text) == [("statement", "state of emergency")]


def test_raised_alert_is_a_statement() -> None:
    assert coded("Denmark raised its national terror alert to the second-highest level on Friday.") == [
        ("statement", "raised its national terror alert")
    ]


def test_level_of_terrorist_danger_is_a_statement() -> None:
    text = 'A "yellow" level of terrorist threat was introduced in Shymkent for 20 days.'
    assert coded(text) == [("statement", "level of terrorist threat")]


def test_order_to_security_forces_is_a_statement() -> None:
    text = "The regional governor instructed the police to shoot armed looters on sight."
    assert coded(text) == [("statement", "instructed the police")]


def test_alert_change_is_coded_beside_the_attack_that_caused_it() -> None:
    text = "A gunman shot dead three people at a bus station; Norway raised its terror alert to level five."
    assert types(text) == ["attack", "statement"]


# Propaganda: verbs before nouns, recruitment told as luring, no bare "online"


def test_publishing_an_issue_is_propaganda_coded_on_the_verb() -> None:
    text = "The group's Pashto-language magazine published a new issue on Monday calling for jihad."
    assert coded(text) == [("propaganda", "published a new issue")]


def test_luring_people_into_the_ranks_is_recruitment() -> None:
    text = "A preacher who lured teenagers into the ranks of a terrorist group via Telegram was detained."
    assert coded(text)[0] == ("propaganda", "lured teenagers into the ranks of")


def test_online_alone_is_not_propaganda() -> None:
    text = "Ministers met in Vienna to discuss online radicalisation among teenagers."
    assert extract(text) == []


def test_publishing_evidence_is_not_propaganda() -> None:
    text = "Few governments have published evidence of Islamic State networks at home."
    assert extract(text) == []


def test_video_of_a_claim_of_allegiance_is_part_of_the_attack() -> None:
    text = "A man who claimed allegiance to Islamic State in a video stabbed two officers in Lyon on Monday."
    assert types(text) == ["attack"]


def test_a_jihadist_call_to_join_is_propaganda_not_a_journey() -> None:
    text = "A militant radio station aired a message on Sunday urging young men to join the jihad in Somalia."
    assert types(text) == ["propaganda"]
    call = "Fighters in a video call on their compatriots to join them in Syria."
    assert "foreign_fighter_travel" not in types(call)
    assert "propaganda" not in types("The president urged citizens to join the fight against terrorism.")


def test_a_publication_names_the_propaganda_before_the_call_it_carries() -> None:
    text = "The Islamic State group issued a new song on Tuesday urging listeners to join the jihad."
    assert coded(text) == [("propaganda", "issued")]


def test_extremist_material_that_circulates_or_appears_online_is_propaganda() -> None:
    assert types("Jihadist songs were circulated in Telegram groups last week.") == ["propaganda"]
    text = "The Islamic State group released photographs on Monday showing its fighters in the town."
    assert types(text) == ["propaganda"]
    assert types("Police released photographs of the suspected Islamic State gunmen on Monday.") == []


# Legislation: designations without "as", long lists of banned groups, votes of an assembly


def test_declared_an_unlawful_association_is_a_designation() -> None:
    text = "The cabinet declared the Northern Front an unlawful association on Monday."
    assert coded(text) == [("legislation", "declared the Northern Front an unlawful association")]


def test_added_to_the_list_with_a_long_object_is_a_designation() -> None:
    text = (
        "The justice ministry added two websites, a Telegram channel and the group Sunrise to its list of "
        "banned extremist organisations."
    )
    assert types(text) == ["legislation"]


def test_assembly_vote_is_legislation() -> None:
    assert types("The National Assembly voted on Tuesday to extend the curfew law.") == ["legislation"]


def test_designations_of_several_groups_and_passive_recognitions_are_legislation() -> None:
    text = (
        "The government on Monday designated three armed groups, including the Red Hand and the "
        "Black Banner, as foreign terrorist organisations."
    )
    assert types(text) == ["legislation"]
    assert types("By a court ruling, the movement has been recognised as extremist.") == ["legislation"]
    assert types("The council added nine people to its list of designated terrorists on Friday.") == [
        "legislation"
    ]
    assert extract("She was recognised as a leading expert on terrorist financing.") == []


# Violence: hostage taking, bursting in, offensives, strikes on armed groups' sites


def test_taking_people_hostage_with_words_between_is_an_attack() -> None:
    text = "Gunmen took more than 30 bus passengers hostage near Quetta on Friday."
    assert coded(text) == [("attack", "took more than 30 bus passengers hostage")]


def test_taking_part_in_talks_on_hostages_is_not_an_attack() -> None:
    assert extract("The envoy took part in talks on the hostages in Doha on Monday.") == []


def test_gunmen_bursting_into_a_hall_is_an_attack() -> None:
    text = "Gunmen burst into a wedding hall in Kabul on Saturday and opened fire."
    assert types(text) == ["attack"]


def test_burst_into_flames_is_not_an_attack() -> None:
    assert extract("A police car burst into flames after a short circuit on the motorway.") == []


def test_ground_offensive_against_an_armed_side_is_a_clash() -> None:
    text = "Government troops launched a ground offensive against rebel forces in the north on Sunday."
    assert coded(text) == [("armed_clash", "ground offensive")]


def test_parliamentary_offensive_is_not_a_clash() -> None:
    text = "The opposition launched a fierce offensive against the budget bill in parliament."
    assert "armed_clash" not in types(text)


def test_strike_on_an_armed_groups_base_is_a_clash() -> None:
    text = "Air force jets struck the bases of Islamist militants in the hills on Wednesday."
    assert coded(text) == [("armed_clash", "struck the bases of Islamist militants")]


def test_neutralising_militants_is_a_clash() -> None:
    text = "Troops neutralised at least 15 insurgents near the lake on Thursday, the army said."
    assert types(text) == ["armed_clash"]


def test_militants_who_open_fire_and_are_neutralised_clash() -> None:
    text = "The suspects refused to surrender, opened fire on officers and were neutralised."
    assert types(text) == ["armed_clash"]


def test_ambushing_an_army_convoy_is_a_clash_but_a_police_checkpoint_an_attack() -> None:
    assert types("Insurgents ambushed a military convoy in the valley, killing nine soldiers.") == [
        "armed_clash"
    ]
    assert types("Insurgents ambushed a police checkpoint in the valley, killing two officers.") == ["attack"]


def test_missile_strike_on_homes_is_a_bombing() -> None:
    text = "A missile strike on a residential building in Odesa killed six civilians on Sunday."
    assert types(text) == ["bombing"]


def test_improvised_device_is_a_bombing() -> None:
    text = "An improvised device damaged a bank branch in Izmir overnight; nobody was hurt."
    assert types(text) == ["bombing"]


def test_forces_fighting_with_heavy_weapons_is_a_clash() -> None:
    assert types("Two armies fought with tanks and artillery along the ceasefire line on Monday.") == [
        "armed_clash"
    ]
    text = "Rival militias traded mortar and rocket fire across the river overnight."
    assert types(text) == ["armed_clash"]


def test_fighting_a_fire_or_an_illness_and_exchanging_views_are_no_clash() -> None:
    assert extract("Residents fought the blaze for hours before army helicopters arrived.") == []
    assert extract("The defence ministers exchanged views on fire safety at the base on Monday.") == []


def test_what_an_exercise_rehearses_is_no_event() -> None:
    text = "Soldiers took part in an exercise on Monday to repel an attack by a terrorist group on a depot."
    assert types(text) == ["military_exercise"]
    text = "Police officers took part in an anti-terror drill simulating a hostage-taking at a station."
    assert types(text) == ["military_exercise"]


# Second clauses, tolls and crowds


def test_a_clause_after_a_semicolon_can_report_a_second_kind_of_violence() -> None:
    text = (
        "Militants seized a bank and held its staff hostage in the town on Monday; "
        "army commandos stormed the building at dawn."
    )
    assert types(text) == ["attack", "armed_clash"]


def test_a_foiled_plot_does_not_swallow_a_blast_told_in_its_own_clause() -> None:
    text = (
        "Police foiled a suicide attack on a stadium in Izmir on Friday; the bomber blew himself up "
        "in a flat nearby."
    )
    assert types(text) == ["plot_disrupted", "suicide_bombing"]


def test_a_bare_toll_after_a_violent_sentence_is_not_a_new_event() -> None:
    text = "Gunmen attacked a police post in Sharjah on Monday. Three officers were killed."
    assert types(text) == ["attack"]


def test_arson_by_protesters_is_the_protest() -> None:
    text = "Protesters angry at power cuts set fire to the governor's office in the city on Friday."
    assert types(text) == ["protest"]


# Protests: new vocabulary, and protests named as background


def test_vigil_and_ransacking_crowd_are_protests() -> None:
    assert types("Hundreds of residents held a candlelight vigil for the victims in Graz on Monday.") == [
        "protest"
    ]
    assert types("Supporters of the jailed mayor ransacked the party offices in the city.") == ["protest"]


def test_protests_behind_a_sentence_are_not_a_protest_event() -> None:
    text = "Two participants in the riots of last spring were sentenced to six years in prison."
    assert types(text) == ["prosecution"]


def test_back_reference_to_last_years_protests_is_background() -> None:
    text = (
        "Thousands rallied in the capital on Sunday to demand the release of activists detained "
        "after last year's protests."
    )
    assert coded(text)[0] == ("protest", "rallied")


# Prosecution, arrest, plot and travel


def test_sentenced_to_a_penalty_is_a_sentence() -> None:
    text = "Four men were sentenced to deprivation of liberty by the Naryn court on Tuesday."
    assert coded(text) == [("prosecution", "sentenced")]


def test_released_convicts_are_not_a_prosecution() -> None:
    assert extract("The government released 40 people convicted over the riots under an amnesty.") == []


def test_pre_trial_detention_is_not_a_trial() -> None:
    text = "A court freed on bail a blogger who had spent four months in pre-trial detention."
    assert "prosecution" not in types(text)


def test_taken_off_a_train_is_a_detention() -> None:
    text = "Two men from Osh were taken off a Moscow-bound train at the border on Friday."
    assert types(text) == ["arrest"]


def test_foiling_is_a_disrupted_plot() -> None:
    text = "Police said on Friday they had arrested three men, foiling a bombing of the metro."
    assert "plot_disrupted" in types(text)


def test_prevented_departure_is_travel_not_a_plot() -> None:
    text = "Security officers prevented the illegal departure of three residents of Namangan to Syria."
    assert types(text) == ["foreign_fighter_travel"]


def test_preparing_to_leave_for_a_conflict_is_travel() -> None:
    text = "Two men preparing to leave for Syria to join Islamic State were detained at the airport."
    assert sorted(types(text)) == ["arrest", "foreign_fighter_travel"]


def test_gatherings_as_targets_or_rehearsals_and_striking_crowds_are_no_protest() -> None:
    assert "protest" not in types("The group's magazine urged supporters to strike crowds with trucks.")
    assert "protest" not in types("Police warned that militants might target election rallies in Lahore.")
    assert "protest" not in types("Guards held exercises on the dispersal of mass riots on Monday.")
    assert types("Thousands of workers went on strike over unpaid wages on Monday.") == ["protest"]
    assert types("Hundreds rallied in protest at a new tax in the capital on Sunday.") == ["protest"]


def test_people_described_by_where_they_fight_make_no_journey() -> None:
    text = "Five men were charged with sending money to relatives fighting in Syria."
    assert "foreign_fighter_travel" not in types(text)
    assert "foreign_fighter_travel" in types("Three Kazakh citizens were fighting in Syria in 2015.")


# Sport and books are not events


def test_sports_clash_is_not_an_armed_clash() -> None:
    assert extract("Ordabasy and Tobol clash in the league decider at the stadium on Sunday.") == []


def test_book_recounting_a_plot_is_not_an_event() -> None:
    text = "A new book by a retired detective recounts how the 1995 plot to bomb the metro was uncovered."
    assert extract(text) == []


def test_named_bombing_as_a_label_is_background() -> None:
    text = "The Madrid bombing suspect spent two years in Morocco, officials said."
    assert "bombing" not in types(text)


def test_suspect_in_a_named_attack_is_background() -> None:
    text = "Police captured the main suspect in the Lyon attacks in a raid on Friday."
    assert types(text) == ["arrest"]


# Second round: vehicles detonated, exercises, stationing, service formulas, repatriation flights


def test_driver_detonating_his_own_vehicle_is_a_suicide_bombing() -> None:
    text = "A driver rammed the gate of the police base and detonated his minibus, wounding four guards."
    assert coded(text) == [("suicide_bombing", "detonated his minibus")]


def test_counter_terrorist_exercise_is_an_exercise() -> None:
    text = "Police in Pavlodar conducted a counter-terrorist exercise at the river port on Thursday."
    assert coded(text) == [("military_exercise", "counter-terrorist exercise")]


def test_could_station_a_brigade_is_a_deployment_but_a_bus_station_is_not() -> None:
    assert types("Poland could station a tank battalion near the border if asked.") == ["military_exercise"]
    assert "military_exercise" not in types("Troops shelled a bus station in the border district on Friday.")


def test_activity_has_been_stopped_is_a_detention_coded_on_the_verb() -> None:
    text = "In Fergana the activity of two residents who sold weapons through Telegram has been stopped."
    assert coded(text) == [("arrest", "has been stopped")]


def test_repatriation_flight_landing_is_travel() -> None:
    text = "A flight carrying 60 women and children from camps in Syria landed in Almaty on Friday."
    assert coded(text) == [("foreign_fighter_travel", "landed in")]


def test_place_of_mass_gathering_is_not_a_protest() -> None:
    text = "The suspects had chosen a place of mass gathering in the city centre, officials said."
    assert "protest" not in types(text)


def test_plan_stopped_after_a_told_fight_is_a_disrupted_plot() -> None:
    text = (
        "Police killed two gunmen in a shootout in Tashkent on Monday. "
        "Officials said the men had been preparing bombings at the airport."
    )
    assert types(text) == ["armed_clash", "plot_disrupted"]


def test_plan_announced_without_any_stopping_is_not_a_plot() -> None:
    text = "Islamic State is planning attacks on concerts in Europe, analysts believe."
    assert "plot_disrupted" not in types(text)


def test_return_of_fighters_on_a_meetings_agenda_is_not_travel() -> None:
    text = "Interior ministers met in Rome on Monday to discuss the return of foreign fighters."
    assert extract(text) == []


# Counts


def counts(text: str) -> list[tuple[str, str, int]]:
    return [(m.event_type, c.kind, c.value) for m in extract(text) for c in m.counts]


def test_people_counted_before_a_relative_clause_are_the_arrested() -> None:
    text = "Four men who had been collecting money for fighters in Idlib were detained in Osh on Monday."
    assert ("arrest", "arrested", 4) in counts(text)


def test_a_cell_of_n_people_arrested_counts_the_people() -> None:
    text = "Police arrested a cell of five people who had been recruiting for Islamic State online."
    assert ("arrest", "arrested", 5) in counts(text)


def test_shot_dead_n_men_counts_the_dead() -> None:
    assert counts("Border guards shot dead three men near the river on Saturday.") == [
        ("attack", "killed", 3)
    ]


def test_killers_counted_before_an_active_verb_are_not_the_dead() -> None:
    text = "Two gunmen killed six people at a cafe in the city on Friday."
    assert counts(text) == [("attack", "killed", 6)]


def test_fighters_of_an_armed_group_killed_are_attackers_killed() -> None:
    text = "Up to fifteen Taliban fighters were killed in air strikes in Kunduz province overnight."
    assert ("armed_clash", "attackers_killed", 15) in counts(text)


def test_named_group_members_killed_by_forces_are_attackers_killed() -> None:
    text = "Police killed four suspected Islamic State members in a shootout in Khujand on Monday."
    assert counts(text) == [("armed_clash", "attackers_killed", 4)]


def test_one_named_or_pronoun_object_is_one_arrest() -> None:
    assert counts("Police captured Omar Haddad, the alleged organiser, in a raid in Liege on Monday.") == [
        ("arrest", "arrested", 1)
    ]
    assert counts("Rangers stopped his car near the court and arrested him on Tuesday.") == [
        ("arrest", "arrested", 1)
    ]


def test_upholding_the_conviction_of_a_blogger_counts_one_convict() -> None:
    text = "The Supreme Court upheld the conviction of a Samarkand blogger on Tuesday."
    assert counts(text) == [("prosecution", "convicted", 1)]


def test_self_detonation_implies_one_dead_attacker() -> None:
    text = "A man rammed the police post and detonated his truck, killing two guards."
    assert sorted(counts(text)) == [
        ("suicide_bombing", "attackers_killed", 1),
        ("suicide_bombing", "killed", 2),
    ]


def test_attacker_shot_dead_by_police_is_an_attacker_killed() -> None:
    text = "A man stabbed two shoppers in Hamburg on Friday before police shot the 30-year-old attacker dead."
    assert sorted(counts(text)) == [("attack", "attackers_killed", 1)]


def test_nobody_hurt_before_the_gunman_was_overpowered_is_zero_injured() -> None:
    text = (
        "A gunman opened fire at a mosque in Lyon, but a worshipper overpowered him before anyone was hurt."
    )
    assert ("attack", "injured", 0) in counts(text)


def test_arrests_of_the_named_number_and_of_one_helper_are_counted() -> None:
    text = "Detectives arrested the three main suspects in Leeds on Friday."
    assert counts(text) == [("arrest", "arrested", 3)]
    text = "Police later arrested a suspected accomplice of the gunman."
    assert counts(text) == [("arrest", "arrested", 1)]


def test_attackers_told_before_a_relative_clause_and_a_passive_are_the_armed_sides_dead() -> None:
    text = (
        "Police said four gunmen who had crossed from Iraq were killed in a shootout at a checkpoint in Van."
    )
    found = extract(text)
    assert [(c.kind, c.value) for m in found for c in m.counts] == [("attackers_killed", 4)]
    # Where the gunmen came from is not where they died.
    assert found[0].place is not None and found[0].place.country_code == "TR"


def test_a_ministry_named_by_place_and_field_takes_its_full_name() -> None:
    text = "Police detained 40 people at the airport in Nalchik, Kabardino-Balkaria's interior ministry said."
    (arrest,) = extract(text)
    assert arrest.reported_by == "Ministry of Internal Affairs of Kabardino-Balkaria"
    # A region's ministry does not place the arrest in its region: the town does.
    assert arrest.place is not None and arrest.place.name == "Nalchik"
    text = "A car bomb killed four soldiers in Idlib, the Turkish defence ministry said."
    assert extract(text)[0].reported_by == "Ministry of Defence of Turkey"


def test_a_states_ministry_named_by_its_country_places_the_states_act() -> None:
    text = "Tajikistan's justice ministry has added two groups to its list of banned extremist organisations."
    (act,) = extract(text)
    assert act.event_type == "legislation" and act.place is not None and act.place.country_code == "TJ"


def test_officials_are_written_with_the_demonym_of_their_country() -> None:
    text = "Gunmen killed two border guards in Khatlon province on Sunday, officials said."
    (attack,) = extract(text)
    assert attack.reported_by == "Tajik officials"
    assert extract("Two soldiers were killed in Kunduz on Sunday, Afghan officials said.")[0].reported_by == (
        "Afghan officials"
    )
    # Local officials keep their wording; an event with no country names no officials' country.
    assert extract("A bomb killed four people in Quetta, local officials said.")[0].reported_by is None
    assert extract("Gunmen killed two guards at a checkpoint, officials said.")[0].reported_by is None


# Modality and dates


def modalities(text: str, published: str = "2021-03-10") -> list[tuple[str, str]]:
    return [(m.event_type, m.modality) for m in extract(text, published)]


def test_agency_release_header_makes_its_events_reported() -> None:
    text = "The State Border Service informs that on 2 March its officers detained two smugglers near Osh."
    assert modalities(text) == [("arrest", "reported")]


def test_attribution_before_a_closing_clause_makes_the_event_reported() -> None:
    text = "Troops clashed with militants on Tuesday, killing 12, officials in Osh said, before a truce held."
    assert ("armed_clash", "reported") in modalities(text)


def test_attribution_in_another_semicolon_clause_does_not_govern() -> None:
    text = "Police said the gunman had been radicalised online; prosecutors charged him on Friday."
    assert modalities(text) == [("prosecution", "asserted")]


def test_intercepted_journey_is_planned() -> None:
    text = "Border guards prevented the illegal departure of three residents of Osh to Syria on Monday."
    assert modalities(text) == [("foreign_fighter_travel", "planned")]


def test_deployment_an_assembly_voted_to_authorise_is_planned() -> None:
    text = "The parliament voted on Monday to authorise the deployment of 500 troops to Mali."
    assert ("military_exercise", "planned") in modalities(text)


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [
        (m.event_type, m.date.start.isoformat() if m.date.start else None) for m in extract(text, published)
    ]


def test_a_month_of_this_or_last_year_is_that_month() -> None:
    published = "2021-06-15"
    text = "The service reports that in February of this year, 14 members of a cell were detained."
    found = [(m.date.start, m.date.end, m.date.precision) for m in extract(text, published)]
    assert found == [(date(2021, 2, 1), date(2021, 2, 28), "month")]
    text = "In March of last year, police detained four men in Osh."
    found = [(m.date.start, m.date.end, m.date.precision) for m in extract(text, published)]
    assert found == [(date(2020, 3, 1), date(2020, 3, 31), "month")]


def test_a_range_under_way_at_publication_is_this_years_even_when_told_as_future() -> None:
    text = "The ministry says that from 23 to 27 October, anti-terrorist exercises will be held in Atyrau."
    found = [(m.date.start, m.date.end) for m in extract(text, "2017-10-24")]
    assert found == [(date(2017, 10, 23), date(2017, 10, 27))]


def test_a_clause_joined_by_and_that_names_its_own_day_takes_that_day() -> None:
    text = "Extremist leaflets appeared in a market on Monday, and police detained five students on Tuesday."
    assert dates(text, "2017-09-27") == [("propaganda", "2017-09-25"), ("arrest", "2017-09-26")]
    # Without a day of its own, the joined clause shares the first clause's.
    text = "Gunmen attacked a checkpoint on Monday, and police detained two suspects."
    assert dates(text, "2017-09-27") == [("attack", "2017-09-25"), ("arrest", "2017-09-25")]


def test_date_naming_a_past_event_does_not_date_the_sentence() -> None:
    text = "Two participants in the unrest of 4 January were sentenced to five years in prison in Oral."
    assert dates(text, "2022-11-30") == [("prosecution", None)]


def test_date_of_a_denial_is_not_the_date_of_the_event() -> None:
    text = "The ministry denied on Wednesday that its jets had bombed a market in Ariha on Tuesday."
    assert ("bombing", "2021-03-09") in dates(text, "2021-03-11")


def test_publication_date_dates_the_propaganda() -> None:
    text = "The newest issue of the group's magazine, published on Friday, urges readers to join the jihad."
    assert dates(text, "2021-03-10") == [("propaganda", "2021-03-05")]


def test_a_starting_day_without_a_year_is_read_forward() -> None:
    text = "Troops from both countries will hold joint exercises near Termez, starting on 20 July."
    assert dates(text, "2021-07-16") == [("military_exercise", "2021-07-20")]


def test_forces_fighting_an_armed_group_are_the_clashs_perpetrator() -> None:
    text = "Police clashed with Islamic State militants in a shootout in Khujand on Monday."
    clash = extract(text)[0]
    roles = {(a.actor_type, a.role) for a in clash.actors}
    assert clash.event_type == "armed_clash"
    assert ("police", "perpetrator") in roles
    assert ("militant group", "target") in roles


def test_a_clause_shifted_hours_later_does_not_take_the_earlier_date() -> None:
    text = "A gunman stabbed three people in Turku on Friday; hours later police shot dead the suspect."
    assert dates(text, "2021-03-13") == [("attack", "2021-03-12"), ("armed_clash", None)]


# Over-firing checks on ordinary news phrasing


def test_foiling_a_deal_is_not_a_plot() -> None:
    assert (
        extract("The opposition accused the government of foiling the deal by adding new conditions.") == []
    )


def test_a_summary_of_past_attacks_is_background_but_a_series_carried_out_is_an_event() -> None:
    assert "attack" not in types(
        "A group responsible for a string of deadly attacks on police issued a statement."
    )
    assert types("Gunmen carried out a series of attacks in the south of the country on Sunday.") == [
        "attack"
    ]


def test_a_vigil_without_a_crowd_or_cause_is_not_a_protest() -> None:
    assert extract("She made an appearance at a vigil held to reflect on overdose deaths in the city.") == []


def test_sending_refugees_is_not_a_deployment() -> None:
    text = "The war has been sending millions of refugees abroad and drawing in foreign troops."
    assert "military_exercise" not in types(text)


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m.event_type, m.place.country_code if m.place else None) for m in extract(text)]


def test_a_journey_takes_the_destination_named_later_in_the_sentence() -> None:
    text = (
        "Police prevented the illegal departure of two residents of Osh region, who intended to travel to "
        "Syria via Turkey."
    )
    assert places(text) == [("foreign_fighter_travel", "SY")]


def test_the_way_home_is_not_placed_in_the_conflict_it_came_from() -> None:
    text = "A resident of Karaganda who had fought in Syria since 2015 voluntarily returned home in May."
    assert places(text)[-1] == ("foreign_fighter_travel", "KZ")


def test_a_surname_the_document_gives_a_person_is_not_a_town_in_a_later_paragraph() -> None:
    text = (
        "Turkey has held the American pastor Andrew Brunson for two years.\n"
        "Prosecutors in Turkey charged Brunson with espionage on Monday.\n"
        "Brunson was detained on Monday, his lawyer said."
    )
    found = extract(text)
    assert [m.event_type for m in found] == ["prosecution", "arrest"]
    # Brunson is also a town in South Carolina; here he is the pastor, so no event is placed there.
    assert all(m.place is None or m.place.name != "Brunson" for m in found)


def test_a_town_named_like_a_person_elsewhere_stays_a_town_after_a_locative() -> None:
    text = "The sheriff Tom Moore spoke to reporters.\nPolice arrested two men in Moore on Friday."
    found = extract(text)
    assert found and found[0].place is not None and found[0].place.name == "Moore"


def test_naming_a_group_is_not_a_designation() -> None:
    assert "legislation" not in types("Police named the terrorist group they suspect on Monday.")


def test_publishing_an_interview_is_not_propaganda() -> None:
    assert extract("The newspaper published an interview with a former Islamic State fighter.") == []


def test_goal_of_an_operation_is_not_sport() -> None:
    text = "Troops ended the siege of the town on Monday; the goal was to free 30 hostages."
    assert "armed_clash" in types(text)


def test_a_claim_of_responsibility_in_a_later_clause_makes_the_attack_reported() -> None:
    text = (
        "A suicide bomber struck a police bus in Quetta on Monday, killing six officers; "
        "the Islamic State group claimed responsibility."
    )
    assert modalities(text) == [("suicide_bombing", "reported")]


def test_the_side_named_first_acts_in_a_clash() -> None:
    text = "Insurgents ambushed an army patrol near the lake on Monday, killing four soldiers."
    clash = extract(text)[0]
    roles = {(a.actor_type, a.role) for a in clash.actors}
    assert clash.event_type == "armed_clash"
    assert ("militant group", "perpetrator") in roles
    assert ("military", "target") in roles


def test_conjoined_victims_are_summed_but_not_with_attackers() -> None:
    assert counts("A gunman killed 12 pupils and two teachers at a school in Kazan on Tuesday.") == [
        ("attack", "killed", 14)
    ]
    text = "Two soldiers and three members of the gang were killed in the exchange of fire."
    assert sorted(counts(text)) == [("armed_clash", "attackers_killed", 3), ("armed_clash", "killed", 2)]


def test_people_who_blew_themselves_up_are_attackers_killed() -> None:
    text = "Two men blew themselves up at the gate of the church on Sunday, wounding 14 people."
    assert sorted(counts(text)) == [
        ("suicide_bombing", "attackers_killed", 2),
        ("suicide_bombing", "injured", 14),
    ]


def test_weekday_range_is_an_interval() -> None:
    text = "Fierce fighting between the two armies from Tuesday to Thursday killed 40 soldiers."
    m = extract(text, "2022-09-19")[0]
    assert (m.date.start.isoformat(), m.date.end.isoformat()) == ("2022-09-13", "2022-09-15")


# Third round: inflections and near synonyms of the families above


def test_law_taking_effect_is_legislation() -> None:
    assert types("The new counter-extremism law took effect on Monday in Kyrgyzstan.") == ["legislation"]


def test_departing_for_a_conflict_is_travel() -> None:
    assert types("Two brothers from Osh departed for Syria in 2014 to join Islamic State.") == [
        "foreign_fighter_travel"
    ]


def test_trading_fire_with_militants_is_a_clash() -> None:
    assert types("Troops traded fire with militants near the pass for three hours on Friday.") == [
        "armed_clash"
    ]


def test_air_raid_on_homes_is_a_bombing() -> None:
    assert types("An air raid on houses in the village killed seven civilians on Sunday.") == ["bombing"]


def test_liquidating_militants_is_a_clash() -> None:
    text = "Security forces liquidated three militants in a forest near the village on Tuesday."
    assert types(text) == ["armed_clash"]


def test_hostage_taking_is_an_attack() -> None:
    assert types("The hostage-taking at the theatre ended on Saturday with 40 gunmen dead.") == ["attack"]


def test_receiving_a_sentence_is_a_prosecution() -> None:
    assert types("The preacher received a seven-year sentence from the Shymkent court on Monday.") == [
        "prosecution"
    ]


def test_alert_raised_in_the_passive_is_a_statement() -> None:
    assert types("The national terror alert was raised to its highest level on Friday.") == ["statement"]


def test_a_plot_word_only_claims_its_own_clause() -> None:
    text = (
        "Members of a cell who planned to attack a checkpoint were surrounded in a flat in Nalchik; "
        "they refused to surrender, opened fire and were neutralised."
    )
    assert types(text) == ["plot_disrupted", "armed_clash"]
