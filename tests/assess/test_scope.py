"""Case scope: countries and period, travel and propaganda abroad tied to a case country, placeless events."""

from __future__ import annotations

from datetime import date

from assay.assess.scope import Scope, country_of, scope_events
from assay.model import Actor, Event, Place, TimeSpan

from .factory import ALMATY, BBC, OSH, document, mention

SCOPE = Scope(("KZ", "KG"), date(2014, 1, 1), date(2016, 12, 31))
RAQQA = Place("Raqqa", "SY", "city", 163915, "P", "Raqqa", "RA")
LONDON = Place("London", "GB", "city", 2643743, "P", "England", "ENG")


def event(
    key: str, event_type: str, day: date, place: Place | None, docs: tuple[int, ...], **kw: object
) -> Event:
    return Event(key, event_type, TimeSpan(day, day, "day"), place, (), docs, **kw)  # type: ignore[arg-type]


def test_countries_and_period_decide_and_notes_count_what_was_set_aside() -> None:
    docs = {1: document(1, BBC, date(2016, 1, 2), "Police in London arrested a man.")}
    events = [
        event("a", "attack", date(2016, 6, 5), ALMATY, (1,)),
        event("b", "arrest", date(2016, 6, 5), LONDON, (1,)),
        event("c", "attack", date(2013, 12, 30), OSH, (1,)),
        event("d", "attack", date(2017, 1, 1), OSH, (1,)),
    ]
    kept, notes = scope_events(events, [], docs, SCOPE)
    assert [(e.id, e.case_country) for e in kept] == [("a", "KZ")]
    assert notes == (
        "3 events outside KZ, KG or 2014-01-01..2016-12-31 were set aside (1 placed outside the case "
        "countries, 2 dated outside the case period, 0 without a place whose reports are not about "
        "the case countries)",
    )


def test_travel_abroad_is_kept_when_its_report_names_case_nationals() -> None:
    docs = {
        1: document(
            1, BBC, date(2015, 3, 1), "Dozens of Kyrgyz and one Kazakh man left for Raqqa. Kyrgyzstan said."
        ),
        2: document(2, BBC, date(2015, 3, 1), "Fighters from Europe went to Raqqa."),
    }
    events = [
        event("t1", "foreign_fighter_travel", date(2015, 3, 1), RAQQA, (1,)),
        event("t2", "foreign_fighter_travel", date(2015, 3, 1), RAQQA, (2,)),
        event("a1", "attack", date(2015, 3, 1), RAQQA, (1,)),
    ]
    kept, notes = scope_events(events, [], docs, SCOPE)
    # "Kyrgyz" and "Kyrgyzstan" (2) outweigh "Kazakh" (1); the place stays the destination.
    assert [(e.id, e.case_country, e.place.country_code if e.place else "") for e in kept] == [
        ("t1", "KG", "SY")
    ]
    assert country_of(kept[0]) == "KG"
    assert "1 travel or propaganda event abroad were kept" in notes[1]


def test_an_actor_named_after_a_case_country_ties_propaganda_abroad() -> None:
    docs = {1: document(1, BBC, date(2015, 3, 1), "A video appeared.")}
    imu = Actor("imu", "Islamic Movement of Kazakhstan", "militant group", "actor")
    kept, _ = scope_events(
        [event("p", "propaganda", date(2015, 3, 1), RAQQA, (1,), actors=(imu,))], [], docs, SCOPE
    )
    assert [e.case_country for e in kept] == ["KZ"]


def test_placeless_events_follow_their_documents_other_mentions() -> None:
    docs = {
        1: document(1, BBC, date(2015, 3, 1), "Text."),
        2: document(2, BBC, date(2015, 3, 1), "Text."),
        3: document(3, BBC, date(2015, 3, 1), "Text about Kazakhstan."),
    }
    mentions = [
        mention(1, 1, "arrest", date(2015, 3, 1), OSH),
        mention(2, 1, "arrest", date(2015, 3, 1), LONDON),
        mention(3, 2, "arrest", date(2015, 3, 1), LONDON),
        mention(4, 3, "arrest", date(2015, 3, 1), None),
    ]
    events = [
        event("x1", "attack", date(2015, 3, 1), None, (1,)),
        event("x2", "attack", date(2015, 3, 1), None, (2,)),
        event("x3", "attack", date(2015, 3, 1), None, (3,)),
    ]
    kept, notes = scope_events(events, mentions, docs, SCOPE)
    # doc 1: 1 of 2 placed mentions in a case country (≥ half) → in; doc 2: 0 of 1 → out;
    # doc 3 places nothing, so its text's naming of Kazakhstan decides.
    assert [(e.id, e.case_country) for e in kept] == [("x1", "KG"), ("x3", "KZ")]
    assert "1 without a place" in notes[0]


def test_no_case_countries_means_every_place_is_in_scope() -> None:
    kept, notes = scope_events(
        [event("b", "arrest", date(2016, 6, 5), LONDON, (1,))], [], {}, Scope((), None, None)
    )
    assert [e.case_country for e in kept] == ["GB"] and notes == ()
