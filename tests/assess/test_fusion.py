"""Fusion of mentions into events: the rules, ids, credibility, counts and their summary."""

from __future__ import annotations

from datetime import date

from assay.assess.fusion import fuse_mentions, select_mentions
from assay.assess.sources import OriginContext
from assay.model import Place

from .factory import AKTOBE, AKTOBE_REGION, ALJ, ALMATY, BBC, KAZINFORM, OSH, REGISTRY, document, mention

D = date(2016, 6, 5)


def fuse(docs, mentions):  # type: ignore[no-untyped-def]
    by_id = {d.id: d for d in docs}
    return fuse_mentions(mentions, by_id, OriginContext.build(REGISTRY, ["KZ", "KG"], docs))


def test_same_attack_two_outlets_differing_counts() -> None:
    docs = [document(1, BBC, date(2016, 6, 6)), document(2, ALJ, D)]
    mentions = [
        mention(10, 1, "attack", D, AKTOBE, counts=(("killed", 7),)),
        mention(20, 2, "attack", D, AKTOBE, counts=(("killed", 6),)),
    ]
    (event,) = fuse(docs, mentions)
    assert event.id == "ev-2016-06-05-kz-akt-attack"
    assert event.mention_ids == (10, 20) and event.document_ids == (1, 2)
    assert len(event.origins) == 2
    assert event.credibility == 1
    # Both origins are graded B; the tie goes to the origin that is not state-affiliated (BBC).
    assert [(c.kind, c.value) for c in event.counts] == [("killed", 7)]
    assert event.count_summary == "7 killed (BBC News); 6 (Al Jazeera, first day)"
    assert {(c.value, c.document_id) for c in event.count_claims} == {(7, 1), (6, 2)}


def test_two_attacks_same_day_in_different_cities_stay_apart() -> None:
    docs = [document(1, BBC, D), document(2, KAZINFORM, D)]
    events = fuse(docs, [mention(10, 1, "attack", D, AKTOBE), mention(20, 2, "attack", D, ALMATY)])
    assert [e.id for e in events] == ["ev-2016-06-05-kz-akt-attack", "ev-2016-06-05-kz-ala-attack"]
    assert [e.credibility for e in events] == [2, 3]


def test_same_day_twins_in_one_province_get_numbered_ids() -> None:
    kandyagash = Place("Kandyagash", "KZ", "city", None, "P", "Aktobe Region", "AKT", 49.47, 57.42)
    docs = [document(1, BBC, D)]
    events = fuse(docs, [mention(10, 1, "attack", D, AKTOBE), mention(11, 1, "attack", D, kandyagash)])
    assert sorted(e.id for e in events) == ["ev-2016-06-05-kz-akt-attack", "ev-2016-06-05-kz-akt-attack-2"]


def test_admin_level_place_joins_a_city_in_that_province_and_the_city_is_kept() -> None:
    docs = [document(1, BBC, D), document(2, KAZINFORM, date(2016, 6, 7))]
    (event,) = fuse(
        docs,
        [mention(10, 1, "attack", D, AKTOBE), mention(20, 2, "bombing", date(2016, 6, 6), AKTOBE_REGION)],
    )
    assert event.place is not None and event.place.name == "Aktobe"
    assert event.date.start == D  # the day-precise mentions decide; "yesterday" is within one day


def test_other_country_family_or_count_splits() -> None:
    docs = [document(1, BBC, D)]
    assert len(fuse(docs, [mention(1, 1, "attack", D, AKTOBE), mention(2, 1, "attack", D, OSH)])) == 2
    assert len(fuse(docs, [mention(1, 1, "attack", D, AKTOBE), mention(2, 1, "arrest", D, AKTOBE)])) == 2
    assert (
        len(
            fuse(
                docs,
                [
                    mention(1, 1, "attack", D, AKTOBE, counts=(("killed", 2),)),
                    mention(2, 1, "attack", D, AKTOBE, counts=(("killed", 40),)),
                ],
            )
        )
        == 2
    )
    # 3 * 6 + 5 = 23 ≥ 17: a rising toll is still the same attack.
    assert (
        len(
            fuse(
                docs,
                [
                    mention(1, 1, "attack", D, AKTOBE, counts=(("killed", 6),)),
                    mention(2, 1, "attack", D, AKTOBE, counts=(("killed", 17),)),
                ],
            )
        )
        == 1
    )


def test_date_tolerance_depends_on_precision() -> None:
    docs = [document(1, BBC, D)]
    assert (
        len(
            fuse(
                docs, [mention(1, 1, "attack", D, AKTOBE), mention(2, 1, "attack", date(2016, 6, 8), AKTOBE)]
            )
        )
        == 2
    )
    june = mention(2, 1, "attack", date(2016, 6, 1), AKTOBE, precision="month", end=date(2016, 6, 30))
    (event,) = fuse(docs, [mention(1, 1, "attack", D, AKTOBE), june])
    assert event.date.precision == "day" and event.date.start == D


def test_undated_denied_and_hypothetical_mentions_are_left_out() -> None:
    mentions = [
        mention(1, 1, "attack", D, AKTOBE),
        mention(2, 1, "attack", None, AKTOBE),
        mention(3, 1, "attack", D, ALMATY, modality="denied"),
        mention(4, 1, "attack", D, OSH, modality="hypothetical"),
    ]
    kept, left = select_mentions(mentions)
    assert [m.id for m in kept] == [1] and [m.id for m in left] == [2, 3, 4]
    assert [e.mention_ids for e in fuse([document(1, BBC, D)], mentions)] == [(1,)]


def test_an_origin_counts_with_its_latest_report() -> None:
    docs = [document(1, BBC, D), document(2, BBC, date(2016, 6, 7)), document(3, KAZINFORM, D)]
    mentions = [
        mention(1, 1, "attack", D, AKTOBE, counts=(("killed", 4),)),
        mention(2, 2, "attack", D, AKTOBE, counts=(("killed", 7),)),
        mention(3, 3, "attack", D, AKTOBE, counts=(("killed", 9),)),
    ]
    (event,) = fuse(docs, mentions)
    assert len(event.origins) == 2
    assert event.counts[0].value == 7  # BBC (B) beats Kazinform (C); BBC's latest report says 7
    assert event.count_summary == "7 killed (BBC News); 9 (Kazinform, first day); 4 (BBC News, first day)"


def test_fusion_is_deterministic_under_input_order() -> None:
    docs = [document(1, BBC, D), document(2, ALJ, D), document(3, KAZINFORM, D)]
    mentions = [
        mention(1, 1, "attack", D, AKTOBE),
        mention(2, 2, "attack", D, ALMATY),
        mention(3, 3, "attack", date(2016, 6, 6), AKTOBE),
        mention(4, 3, "arrest", D, ALMATY),
    ]
    assert fuse(docs, mentions) == fuse(list(reversed(docs)), list(reversed(mentions)))


def test_the_response_fused_into_an_attack_does_not_make_police_its_perpetrators() -> None:
    from dataclasses import replace

    from assay.model import Actor

    gunmen = Actor("gunmen", "gunmen", "militant group", "perpetrator")
    police_hit = Actor("police", "police", "police", "target")
    police_fire = Actor("police", "police", "police", "perpetrator")
    docs = [document(1, BBC, D), document(2, ALJ, D), document(3, KAZINFORM, D)]
    mentions = [
        replace(mention(10, 1, "attack", D, ALMATY), actors=(gunmen, police_hit)),
        replace(mention(20, 2, "attack", D, ALMATY), actors=(gunmen,)),
        # "police shot dead the gunman": the response, coded as a clash with the police as actor 1.
        replace(
            mention(30, 3, "armed_clash", D, ALMATY), actors=(police_fire, replace(gunmen, role="target"))
        ),
    ]
    (event,) = fuse(docs, mentions)
    assert event.event_type == "attack" and event.mention_ids == (10, 20, 30)
    assert {(a.key, a.role) for a in event.actors} == {("gunmen", "perpetrator"), ("police", "target")}


def test_counties_are_compared_by_name_and_against_places_by_state() -> None:
    from assay.assess.fusion import places_compatible

    adair = Place("Adair County", "US", "admin2", None, "A", "Kentucky", "US-KY", 37.1, -85.28)
    metcalfe = Place("Metcalfe County", "US", "admin2", None, "A", "Kentucky", "US-KY", 36.99, -85.67)
    kentucky = Place("Kentucky", "US", "admin1", 6254925, "A", "Kentucky", "US-KY", 37.5, -85.0)
    columbia = Place("Columbia", "US", "city", 4286976, "P", "Kentucky", "US-KY", 37.1, -85.31)
    reno = Place("Reno", "US", "city", 5511077, "P", "Nevada", "US-NV", 39.53, -119.81)
    assert places_compatible(adair, adair)
    assert not places_compatible(adair, metcalfe)
    assert places_compatible(adair, kentucky) and places_compatible(adair, columbia)
    assert not places_compatible(adair, reno)


def test_namesakes_in_two_states_are_different_places() -> None:
    from dataclasses import replace

    from assay.assess.fusion import places_compatible

    monroe_in = Place("Monroe County", "US", "admin2", 4259418, "A", "Indiana", "US-IN", 39.16, -86.52)
    monroe_mi = Place("Monroe County", "US", "admin2", 5000000, "A", "Michigan", "US-MI", 41.93, -83.5)
    springfield_il = Place("Springfield", "US", "city", 4250542, "P", "Illinois", "US-IL", 39.8, -89.64)
    springfield_mo = Place("Springfield", "US", "city", 4409896, "P", "Missouri", "US-MO", 37.22, -93.3)
    assert not places_compatible(monroe_in, monroe_mi)
    assert not places_compatible(springfield_il, springfield_mo)
    assert places_compatible(springfield_il, replace(springfield_il, geonames_id=None))


def test_a_toll_that_holds_the_attackers_matches_victims_and_attackers_together() -> None:
    from assay.assess.fusion import counts_compatible

    D = date(2016, 6, 5)
    wire = mention(1, 1, "attack", D, AKTOBE, counts=(("killed", 6), ("attackers_killed", 18)))
    dataset = mention(2, 2, "attack", D, AKTOBE, counts=(("killed", 25),))
    other_attack = mention(3, 3, "attack", D, AKTOBE, counts=(("killed", 100),))
    victims_only = mention(4, 4, "attack", D, AKTOBE, counts=(("killed", 25), ("attackers_killed", 1)))
    assert counts_compatible(wire, dataset) and counts_compatible(dataset, wire)
    assert not counts_compatible(wire, other_attack)
    # Both count the attackers apart: their victims must agree by themselves.
    assert not counts_compatible(wire, victims_only)
