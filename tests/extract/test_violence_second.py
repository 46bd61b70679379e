"""Second violent occurrences in a sentence, re-reading who fires, and who acts in violence."""

from __future__ import annotations

from datetime import date

from tests.extract.conftest import make_doc

from assay.extract import get_extractor
from assay.model import Mention


def extract(text: str, published: str = "2019-03-13") -> list[Mention]:
    return get_extractor("rules.v1").extract(make_doc(text, published))


def coded(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.trigger.text) for m in extract(text)]


def counted(text: str) -> list[tuple[str, dict[str, int]]]:
    return [(m.event_type, {c.kind: c.value for c in m.counts}) for m in extract(text)]


# The fight that answered an attack, and the attack inside a fight


def test_an_attack_that_triggers_a_firefight_is_two_events() -> None:
    text = (
        "Gunmen attacked a border post near Khorog on Monday, sparking a firefight that killed "
        "three guards and two gunmen."
    )
    assert counted(text) == [("attack", {}), ("armed_clash", {"killed": 3, "attackers_killed": 2})]


def test_police_shooting_suspects_in_a_later_clause_is_a_clash_without_the_first_date() -> None:
    text = (
        "A man stabbed four shoppers in a market in Osh on Monday, wounding all four; hours later "
        "police shot dead two suspects in a flat outside the city."
    )
    found = extract(text)
    assert [(m.event_type, m.trigger.text) for m in found] == [
        ("attack", "stabbed"),
        ("armed_clash", "shot dead"),
    ]
    assert found[0].date.start == date(2019, 3, 11)
    assert found[1].date.start is None
    assert {c.kind: c.value for c in found[1].counts} == {"attackers_killed": 2}


def test_forces_ending_a_siege_clash_with_the_attackers() -> None:
    text = (
        "Militants attacked a hotel in Bamako on Friday; troops ended the siege on Saturday "
        "after killing four attackers."
    )
    found = extract(text)
    assert [(m.event_type, m.trigger.text) for m in found] == [
        ("attack", "attacked"),
        ("armed_clash", "siege"),
    ]
    assert found[1].date.start == date(2019, 3, 9)
    assert {c.kind: c.value for c in found[1].counts} == {"attackers_killed": 4}


def test_storming_commandos_clash_and_gunmen_killing_hostages_attack() -> None:
    text = "Special forces stormed a school in Beslan, ending a siege in which gunmen killed 30 hostages."
    assert coded(text) == [("armed_clash", "stormed"), ("attack", "killed")]


def test_the_attackers_end_is_not_a_second_event() -> None:
    text = "A gunman opened fire in a cafe in Nukus, killing two people, before being shot dead by police."
    assert coded(text) == [("attack", "opened fire")]


def test_bombs_and_gunfire_by_the_same_attackers_are_two_acts_and_the_toll_goes_to_the_first() -> None:
    text = "Militants set off a bomb and opened fire at a bus station in Kano on Monday, killing six people."
    assert counted(text) == [("bombing", {"killed": 6}), ("attack", {})]


# Who fires, and on whom


def test_assailants_firing_on_wounded_police_attack_them() -> None:
    text = "Three policemen were wounded when unknown assailants opened fire on their car near Shymkent."
    assert coded(text) == [("attack", "opened fire on")]


def test_troops_firing_across_a_border_clash() -> None:
    text = "Officials said Uzbek troops had opened fire across the border near Sokh on Sunday."
    assert [m.event_type for m in extract(text)] == ["armed_clash"]


def test_drones_striking_a_market_bomb_it() -> None:
    text = "Residents said drones had struck a market in the town of Maarat, killing nine civilians."
    assert [m.event_type for m in extract(text)] == ["bombing"]


def test_special_forces_killing_a_group_leader_in_a_raid_clash() -> None:
    text = "Special forces killed an al-Qaeda commander in a raid in Abyan province on Tuesday."
    assert coded(text) == [("armed_clash", "raid")]


def test_an_attack_named_before_the_killing_it_caused_keeps_the_noun() -> None:
    text = (
        "Police detained three men on Friday, hours after an attack on a bus station that killed 12 people."
    )
    found = extract(text)
    assert [(m.event_type, m.trigger.text) for m in found] == [("arrest", "detained"), ("attack", "attack")]
    assert found[1].date.start is None


def test_violence_authorised_is_the_order_not_an_event() -> None:
    text = "The governor said he had authorised police to open fire on looters."
    assert "armed_clash" not in [m.event_type for m in extract(text)]
    assert "attack" not in [m.event_type for m in extract(text)]


# Protests and the force used on them


def test_live_rounds_fired_on_protesters_are_an_attack_with_the_toll() -> None:
    text = "Police fired live rounds at protesters in Nukus on Saturday, killing at least 18 people."
    assert counted(text) == [("attack", {"killed": 18}), ("protest", {})]


def test_a_killing_that_a_protest_is_about_is_coded_but_not_dated_by_the_protest() -> None:
    text = "Hundreds rallied in Khorog on Friday after a man was killed by security forces."
    found = extract(text)
    assert [m.event_type for m in found] == ["protest", "attack"]
    assert found[0].date.start == date(2019, 3, 8)
    assert found[1].date.start is None
    assert {c.kind: c.value for c in found[1].counts} == {"killed": 1}
    assert {(a.key, a.role) for a in found[1].actors} >= {("security_forces", "perpetrator")}


def test_state_forces_in_a_clash_are_its_perpetrator_and_the_militants_its_target() -> None:
    text = "Soldiers clashed with militants in the hills near Isfara on Monday."
    (found,) = extract(text)
    roles = {(a.key, a.role) for a in found.actors}
    assert roles == {("military", "perpetrator"), ("militants", "target")}


def test_a_bomber_disguised_as_an_officer_is_not_a_police_act() -> None:
    text = "A man disguised as a police officer opened fire on guests at a wedding in Kunduz."
    (found,) = extract(text)
    assert ("police", "perpetrator") not in {(a.key, a.role) for a in found.actors}


def test_troops_killing_militants_in_an_ambush_clash() -> None:
    text = "Soldiers killed four armed militants in an ambush near the village of Tavildara on Sunday."
    assert [m.event_type for m in extract(text)] == ["armed_clash"]


# Laws talked about are not laws enacted


def test_a_law_criticised_or_opposed_is_no_legislation_event() -> None:
    assert extract("Rights groups say the new religion law is vague and will be abused by officials.") == []
    assert extract("Deputies in parliament attacked the media bill, tabling fifty amendments.") == []


def test_a_law_signed_and_entering_into_force_is_coded_on_the_signing() -> None:
    text = "The President signed the law on Monday, and it enters into force ten days after publication."
    assert coded(text) == [("legislation", "signed the law")]


def test_a_law_taking_effect_is_legislation() -> None:
    assert coded("A new law on religious education took effect in Tajikistan on Monday.") == [
        ("legislation", "took effect")
    ]


# Suicide blasts, devices that did not go off, habits, campaigns, court orders


def test_a_suicide_bombers_blast_is_coded_on_the_blast() -> None:
    text = (
        "A suicide attacker detonated explosives at a checkpoint near Kandahar on Monday, killing two guards."
    )
    assert coded(text)[0] == ("suicide_bombing", "detonated")
    text = "A blast ripped through a bus in Quetta; police later said it was set off by a suicide bomber."
    assert coded(text) == [("suicide_bombing", "blast")]


def test_a_device_made_or_defused_is_no_bombing() -> None:
    text = "Two men were detained in Almaty while assembling an improvised explosive device."
    assert "bombing" not in [t for t, _ in coded(text)]
    assert coded("Sappers defused a bomb near the central market in Kunduz on Monday.") == []


def test_a_habit_of_warning_is_no_statement() -> None:
    text = "Officials across the region have repeatedly warned that militants threaten the borders."
    assert "statement" not in [t for t, _ in coded(text)]


def test_a_stepped_up_campaign_is_propaganda() -> None:
    text = "The Taliban have stepped up their Pashto-language propaganda on Telegram since January."
    assert [t for t, _ in coded(text)] == ["propaganda"]


def test_what_a_law_covers_is_no_propaganda() -> None:
    text = "Parliament approved amendments that make online calls to extremism a crime."
    assert [t for t, _ in coded(text)] == ["legislation"]


def test_a_court_ordering_pre_trial_detention_prosecutes_on_its_day() -> None:
    text = "A court in Bishkek on Friday ordered three men to be held in pre-trial detention."
    found = [m for m in extract(text) if m.event_type == "prosecution"]
    assert [(m.trigger.text, m.modality, m.date.start) for m in found] == [
        ("pre-trial detention", "asserted", date(2019, 3, 8))
    ]


def test_an_overall_toll_in_a_clause_of_its_own_goes_on_the_first_act() -> None:
    text = "Gunmen set off a bomb and opened fire at a hotel in Mogadishu; all three attackers also died."
    assert counted(text) == [("bombing", {"attackers_killed": 3}), ("attack", {})]


def test_where_a_group_fights_is_no_journey() -> None:
    text = (
        "An Uzbek group fighting in northern Syria released a new video on Tuesday urging recruits to join."
    )
    assert "foreign_fighter_travel" not in [t for t, _ in coded(text)]


def test_police_scuffling_with_protesters_is_no_armed_clash() -> None:
    assert "armed_clash" not in [
        t for t, _ in coded("Riot police clashed with demonstrators in Tbilisi on Monday.")
    ]


def test_a_drone_strike_on_a_group_leader_clashes_with_the_group_as_target() -> None:
    (found,) = extract("A drone strike killed a senior Taliban commander in Kunar province on Sunday.")
    assert found.event_type == "armed_clash"
    assert {c.kind: c.value for c in found.counts} == {"attackers_killed": 1}
    assert ("taliban", "target") in {(a.key, a.role) for a in found.actors}


def test_an_industrial_explosion_is_no_bombing() -> None:
    assert extract("An explosion at a chemical plant near Tashkent killed six workers on Monday.") == []


def test_forces_killed_by_militants_are_attacked_not_clashing() -> None:
    text = "Three soldiers were killed and two wounded when militants attacked a post in Khost."
    assert counted(text) == [("attack", {"killed": 3, "injured": 2})]


def test_the_partitive_dead_are_the_attackers() -> None:
    text = "Gunmen raided a village in Zamfara; troops later killed two of the attackers in a gunfight."
    assert counted(text)[-1] == ("armed_clash", {"attackers_killed": 2})


def test_an_analysts_warning_is_no_statement() -> None:
    assert coded("Analysts warned that the group could regroup in the mountains.") == []


def test_warplanes_striking_militant_positions_make_the_militants_the_target() -> None:
    (found,) = extract("Turkish warplanes struck militant positions in northern Iraq on Friday.")
    assert found.event_type == "armed_clash"
    assert ("militants", "target") in {(a.key, a.role) for a in found.actors}


def test_a_state_returning_its_citizens_from_syria_is_a_journey() -> None:
    (found,) = extract("Uzbekistan returned 64 women and children from Syria on Thursday.")
    assert found.event_type == "foreign_fighter_travel"
    assert {c.kind: c.value for c in found.counts} == {"individuals": 64}


def test_suicide_bombers_who_first_opened_fire_are_coded_on_their_blast() -> None:
    text = "Two suicide bombers opened fire and then blew themselves up at a mosque in Herat on Friday."
    assert ("suicide_bombing", "blew themselves up") in coded(text)


def test_forces_who_died_or_were_hit_are_not_the_perpetrators() -> None:
    cases = [
        "Three border guards were killed in an attack by militants near Serhetabat.",
        "Two officers and a civilian died in the shooting in Taraz on Monday.",
        "Fleeing, the gunman wounded two more officers and killed a passer-by.",
        "Some 20 attackers hit a gun shop and a military unit in Aktobe, killing six people.",
    ]
    for text in cases:
        for m in extract(text):
            perpetrators = {a.actor_type for a in m.actors if a.role == "perpetrator"}
            assert not perpetrators & {"police", "military", "state security"}, (text, m.actors)


def test_a_trial_for_an_alleged_plot_is_no_disruption_but_an_arrest_for_one_is() -> None:
    trial = "The trial of nine men accused of plotting attacks in Osh opened on Monday."
    assert [t for t, _ in coded(trial)] == ["prosecution"]
    arrest = "Police arrested nine men in Osh on Monday on suspicion of plotting attacks."
    assert "plot_disrupted" in [t for t, _ in coded(arrest)]


def test_clashes_between_police_and_protesters_are_no_armed_clash() -> None:
    text = "Clashes broke out between police and demonstrators in Nukus after the rally."
    assert "armed_clash" not in [t for t, _ in coded(text)]


def test_forces_returning_the_attackers_fire_clash_with_them() -> None:
    text = "Gunmen attacked a checkpoint in Khujand, and border guards returned fire."
    assert coded(text) == [("attack", "attacked"), ("armed_clash", "returned fire")]


def test_material_a_law_bans_is_no_propaganda() -> None:
    text = "Parliament passed a law banning extremist literature on Wednesday."
    assert [t for t, _ in coded(text)] == ["legislation"]
