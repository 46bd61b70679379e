"""ACLED and GTD rows are used as coded."""

from __future__ import annotations

from datetime import date

from tests.extract.conftest import make_doc

from assay.extract import get_extractor


def test_acled_row() -> None:
    fields = {
        "event_id_cnty": "KAZ123",
        "event_date": "05 June 2016",
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Unidentified Armed Group (Kazakhstan)",
        "actor2": "Civilians",
        "admin1": "Aktobe",
        "location": "Aktobe",
        "country": "Kazakhstan",
        "latitude": "50.2797",
        "longitude": "57.2072",
        "fatalities": "7",
        "notes": "Gunmen attacked gun shops.",
    }
    (m,) = get_extractor("rules.v1").extract(make_doc(fields["notes"], kind="table-row", fields=fields))
    assert m.event_type == "attack"
    assert (m.date.start, m.date.precision) == (date(2016, 6, 5), "day")
    assert m.place is not None and (m.place.name, m.place.country_code, m.place.lat) == (
        "Aktobe",
        "KZ",
        50.2797,
    )
    assert [(c.kind, c.value) for c in m.counts] == [("killed", 7)]
    assert {(a.key, a.role) for a in m.actors} >= {("civilians", "target")}


def test_gtd_row_with_unknown_day_has_month_precision() -> None:
    fields = {
        "eventid": "201109000001",
        "iyear": "2011",
        "imonth": "9",
        "iday": "0",
        "country_txt": "Kazakhstan",
        "provstate": "Atyrau",
        "city": "Atyrau",
        "attacktype1_txt": "Bombing/Explosion",
        "suicide": "1",
        "nkill": "1",
        "nwound": "0",
        "gname": "Jund al-Khilafah",
        "summary": "A suicide bomber detonated explosives.",
    }
    (m,) = get_extractor("rules.v1").extract(make_doc(fields["summary"], kind="table-row", fields=fields))
    assert m.event_type == "suicide_bombing"
    assert (m.date.start, m.date.end, m.date.precision) == (date(2011, 9, 1), date(2011, 9, 30), "month")
    assert [(c.kind, c.value) for c in m.counts] == [("killed", 1), ("injured", 0)]
    assert next((a.key, a.role) for a in m.actors) == ("jund_al_khilafah", "perpetrator")
