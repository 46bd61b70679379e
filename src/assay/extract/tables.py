"""Event-table rows (ACLED and GTD exports) turned into mentions as coded, without reading the text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import pycountry

from assay.errors import ExtractError
from assay.extract.actors import lookup_actor, normalise_name
from assay.extract.dates import month_interval
from assay.extract.places import PlaceSource
from assay.model import Actor, ActorRole, Count, Document, Mention, Place, PlacePrecision, Span, TimeSpan

# ACLED Codebook (2023) sub-event types; shelling and air strikes are fighting (PLOVER FIGHT).
ACLED_SUB_EVENTS: dict[str, str] = {
    "armed clash": "armed_clash",
    "government regains territory": "armed_clash",
    "non-state actor overtakes territory": "armed_clash",
    "shelling/artillery/missile attack": "armed_clash",
    "air/drone strike": "armed_clash",
    "suicide bomb": "suicide_bombing",
    "remote explosive/landmine/ied": "bombing",
    "grenade": "bombing",
    "attack": "attack",
    "abduction/forced disappearance": "attack",
    "sexual violence": "attack",
    "looting/property destruction": "attack",
    "peaceful protest": "protest",
    "protest with intervention": "protest",
    "excessive force against protesters": "protest",
    "violent demonstration": "protest",
    "mob violence": "protest",
    "arrests": "arrest",
    "disrupted weapons use": "plot_disrupted",
    "headquarters or base established": "military_exercise",
    "non-violent transfer of territory": "military_exercise",
    "agreement": "statement",
    "change to group/activity": "statement",
    "other": "statement",
}
ACLED_EVENT_TYPES: dict[str, str] = {
    "battles": "armed_clash",
    "explosions/remote violence": "bombing",
    "violence against civilians": "attack",
    "protests": "protest",
    "riots": "protest",
    "strategic developments": "statement",
}
GTD_ATTACK_TYPES: dict[str, str] = {
    "assassination": "attack",
    "armed assault": "attack",
    "bombing/explosion": "bombing",
    "hijacking": "attack",
    "hostage taking (barricade incident)": "attack",
    "hostage taking (kidnapping)": "attack",
    "facility/infrastructure attack": "attack",
    "unarmed assault": "attack",
    "unknown": "attack",
}


def is_table_row(doc: Document) -> bool:
    """True for documents made from ACLED or GTD rows."""
    return doc.kind == "table-row" and bool(doc.fields)


def _field(fields: Mapping[str, Any], *names: str) -> str:
    lowered = {k.lower(): v for k, v in fields.items()}
    for name in names:
        value = lowered.get(name)
        if value is not None and str(value).strip() not in ("", "nan", "NaN", "None"):
            return str(value).strip()
    return ""


def _number(text: str) -> int | None:
    try:
        return int(float(text))
    except ValueError:
        return None


def _acled_date(text: str) -> TimeSpan:
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%m/%d/%Y", "%d/%m/%Y"):
        try:
            d = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return TimeSpan(d, d, "day")
    return TimeSpan(None, None, "none")


def _gtd_date(fields: Mapping[str, Any]) -> TimeSpan:
    year, month, day = (_number(_field(fields, k)) or 0 for k in ("iyear", "imonth", "iday"))
    if not year:
        return TimeSpan(None, None, "none")
    if not month:
        return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year")
    if not day:
        first, last = month_interval(year, month)
        return TimeSpan(first, last, "month")
    d = date(year, month, day)
    return TimeSpan(d, d, "day")


def _country_code(name: str) -> str:
    if not name:
        return ""
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return ""


def _place(
    gazetteer: PlaceSource | None,
    name: str,
    admin1: str,
    country: str,
    lat: str,
    lon: str,
    countries: Sequence[str],
) -> Place | None:
    code = _country_code(country)
    if not (name or admin1 or code):
        return None
    known = None
    if gazetteer is not None and (name or admin1):
        known = gazetteer.resolve(
            name or admin1, countries=(code,) if code else countries, admin1=admin1 or None
        )
    lat_f = float(lat) if lat else (known.lat if known else None)
    lon_f = float(lon) if lon else (known.lon if known else None)
    precision: PlacePrecision = "city" if name else ("admin1" if admin1 else "country")
    return Place(
        name=name or admin1 or country,
        country_code=code or (known.country_code if known else ""),
        precision=precision,
        geonames_id=known.geonames_id if known else None,
        feature_class=known.feature_class if known else "",
        admin1_name=admin1 or (known.admin1_name if known else ""),
        admin1_code=known.admin1_code if known else "",
        lat=lat_f,
        lon=lon_f,
    )


def _actor(name: str, role: ActorRole) -> Actor | None:
    if not name or name.lower() == "unknown":
        return None
    entry = lookup_actor(name)
    if entry is not None:
        return Actor(entry.key, entry.name, entry.actor_type, role)
    return Actor(normalise_name(name).replace(" ", "_"), name, "other", role)


def extract_row(doc: Document, gazetteer: PlaceSource | None, countries: Sequence[str]) -> list[Mention]:
    """One mention from an ACLED or GTD row, using its coded columns as they are."""
    f = doc.fields
    whole = Span(0, len(doc.text), doc.text)
    counts: list[Count] = []
    if _field(f, "event_type", "event_id_cnty"):
        sub = _field(f, "sub_event_type").lower()
        event_type = ACLED_SUB_EVENTS.get(sub) or ACLED_EVENT_TYPES.get(_field(f, "event_type").lower())
        when = _acled_date(_field(f, "event_date"))
        place = _place(
            gazetteer,
            _field(f, "location"),
            _field(f, "admin1"),
            _field(f, "country"),
            _field(f, "latitude"),
            _field(f, "longitude"),
            countries,
        )
        killed = _number(_field(f, "fatalities"))
        actors = [
            a
            for a in (_actor(_field(f, "actor1"), "perpetrator"), _actor(_field(f, "actor2"), "target"))
            if a
        ]
    elif _field(f, "eventid", "attacktype1_txt"):
        event_type = GTD_ATTACK_TYPES.get(_field(f, "attacktype1_txt").lower(), "attack")
        if event_type == "bombing" and _field(f, "suicide") == "1":
            event_type = "suicide_bombing"
        when = _gtd_date(f)
        place = _place(
            gazetteer,
            _field(f, "city"),
            _field(f, "provstate"),
            _field(f, "country_txt"),
            _field(f, "latitude"),
            _field(f, "longitude"),
            countries,
        )
        killed = _number(_field(f, "nkill"))
        injured = _number(_field(f, "nwound"))
        if injured is not None:
            counts.append(Count("injured", injured))
        actors = [
            a
            for a in (_actor(_field(f, "gname"), "perpetrator"), _actor(_field(f, "targtype1_txt"), "target"))
            if a
        ]
    else:
        raise ExtractError(
            f"Document {doc.id} is a table row but has neither ACLED nor GTD columns; "
            "re-import it from an ACLED or GTD export"
        )
    if event_type is None:
        raise ExtractError(
            f"Document {doc.id}: ACLED type {_field(f, 'event_type')!r}/{_field(f, 'sub_event_type')!r} "
            "has no taxonomy equivalent; add it to ACLED_SUB_EVENTS"
        )
    if killed is not None:
        counts.insert(0, Count("killed", killed))
    return [
        Mention(
            id=0,
            document_id=doc.id,
            event_type=event_type,
            trigger=whole,
            sentence=whole,
            date=when,
            place=place,
            actors=tuple(actors),
            counts=tuple(counts),
            modality="asserted",
        )
    ]
