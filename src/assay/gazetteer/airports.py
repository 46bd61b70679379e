"""Airports for the index: every airport with an IATA code in airportsdata (MIT; it includes data from
mwgg/Airports, MIT), as a point.

An airport is named in full ("London Heathrow Airport"), without the place its name opens with
("Heathrow Airport", "Pearson International Airport") and, for the airports of large cities
only, by the one distinctive word news uses alone ("Heathrow", "Gatwick"), when no other
airport and no weightier place answers to that word. Airports carry no GeoNames id.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

import airportsdata
from spacy.lang.en.stop_words import STOP_WORDS

from assay.gazetteer.guards import CALENDAR, GUARDED
from assay.gazetteer.index import ADMIN1_CODE, ALTERNATE, COUNTRY, NAME, PRECISION, PRIMARY, PROMINENCE, Entry
from assay.gazetteer.names import fold_name

if TYPE_CHECKING:
    from assay.gazetteer.compile import _Builder

# The last word of an airport's name that says what it is.
_KINDS = frozenset(("airport", "airfield", "aerodrome", "airstrip", "airpark", "field", "base", "heliport"))
# Words that say nothing about which airport: a name of these alone ("International Airport",
# "Regional Airport") is every airport's, so it is never indexed.
_GENERIC = _KINDS | frozenset((
    "international", "intl", "regional", "municipal", "county", "national", "domestic", "city", "air",
    "general", "aviation", "memorial", "metropolitan", "executive", "airways", "gateway", "intercontinental",
    "internationa", "the", "of", "and", "de",
))
_WORDS = re.compile(r"[\s\-‐‑–]+")
# A served city of about a million people or more (prominence 6.0): its airports are news
# under their own names ("Heathrow", "Orly", "Arlanda").
_MAJOR_CITY = 6.0
# An airport weighs as its city less this much, at most as a city of a few million: it never
# outweighs the city, and a bare "Heathrow" still beats the Florida town of that name.
_BELOW_CITY = 1.5
_CITY_CAP = 7.0
_UNKNOWN_CITY = 4.5
_BARE_MIN_LENGTH = 4
# A town of about 10,000 people or more keeps its name from any airport ("Luton", "Wilson, NC");
# a hamlet yields to a major airport ("Heathrow, Florida").
_TOWN_OF_NOTE = 4.0


def add_airports(builder: _Builder) -> int:
    """Add a point entry for every airport with an IATA code; returns how many were added."""
    bare: dict[str, list[tuple[str, int]]] = defaultdict(list)
    added = 0
    for airport in airportsdata.load("IATA").values():
        name, cc = airport["name"].strip(), airport["country"]
        if not airport["iata"] or " " not in name or _is_held(builder, fold_name(name)):
            continue
        city = _city_prominence(builder, airport["city"], cc)
        prominence = _UNKNOWN_CITY if city is None else min(city, _CITY_CAP)
        admin_name, admin_code = _admin1_of(builder, airport["subd"], cc)
        entry: Entry = (name, cc, "point", None, "S", admin_name, admin_code, float(airport["lat"]),
                        float(airport["lon"]), round(prominence - _BELOW_CITY, 3))
        entry_id = builder.add_entry(entry)
        added += 1
        for full in _full_names(name):
            if not _is_held(builder, fold_name(full)):
                builder.add_name(full, entry_id, PRIMARY)
            own = _without_place(builder, full, cc, airport)
            if own and own != full and len(own.split()) > 1 and not _is_held(builder, fold_name(own)):
                builder.add_name(own, entry_id, PRIMARY)
            # Only "<City> <Word> Airport": names after a person ("Wilson Airport") open without a city.
            word = _distinctive_word(own) if own != full else ""
            if word and city is not None and city >= _MAJOR_CITY:
                bare[fold_name(word)].append((word, entry_id))
    for key, held in bare.items():
        word, entry_id = held[0]
        weight = builder.entries[entry_id][PROMINENCE]
        # One airport only, and nothing weightier of that name: "Heathrow" is the airport, not the
        # Florida town; "Manchester Airport" leaves "Manchester" to the city.
        above = min(weight, _TOWN_OF_NOTE)
        if len({e for _, e in held}) == 1 and all(
                builder.entries[e][PROMINENCE] < above for e in builder.names.get(key, {})):
            builder.add_name(word, entry_id, ALTERNATE)
    return added


def _full_names(name: str) -> list[str]:
    """The airport's name, and each part of a name in several parts that names the airport itself
    ("Ottawa / Macdonald-Cartier International Airport" → "Macdonald-Cartier International Airport")."""
    parts = [p.strip() for p in name.split("/")]
    named = [name, *(p for p in parts[1:] if " " in p and fold_name(p).rpartition(" ")[2] in _KINDS)]
    return [n for n in named if any(word not in _GENERIC for word in fold_name(n).split())]


def _without_place(builder: _Builder, name: str, cc: str, airport: airportsdata.Airport) -> str:
    """The name without the place it opens with ("London Heathrow Airport" → "Heathrow Airport")."""
    words = _WORDS.split(name)
    served = {fold_name(airport["city"]), fold_name(airport["subd"])}
    for n in range(min(3, len(words) - 1), 0, -1):
        key = fold_name(" ".join(words[:n]))
        if key in served or any(builder.entries[e][COUNTRY] == cc and builder.entries[e][PRECISION] == "city"
                                for e in builder.names.get(key, {})):
            rest = words[n:]
            return " ".join(rest) if any(fold_name(w) not in _GENERIC for w in rest) else ""
    return name


def _distinctive_word(name: str) -> str:
    """The one word of "<Word> Airport" that names it alone, unless it is a common word."""
    words = name.split()
    if len(words) != 2 or fold_name(words[1]) != "airport" or not words[0].isalpha():
        return ""
    key = fold_name(words[0])
    if (len(key) < _BARE_MIN_LENGTH or not words[0][0].isupper() or key in _GENERIC or key in STOP_WORDS
            or key in GUARDED or key in CALENDAR):
        return ""
    return words[0]


def _is_held(builder: _Builder, key: str) -> bool:
    """True when a country, unit or town already answers to the name (an airport never takes it)."""
    return any(builder.entries[e][PRECISION] != "point" for e in builder.names.get(key, {}))


def _city_prominence(builder: _Builder, city: str, cc: str) -> float | None:
    weights = [builder.entries[e][PROMINENCE] for e in builder.names.get(fold_name(city), {})
               if builder.entries[e][COUNTRY] == cc and builder.entries[e][PRECISION] == "city"]
    return max(weights, default=None)


def _admin1_of(builder: _Builder, subdivision: str, cc: str) -> tuple[str, str]:
    """(name, ISO code) of the airport's first-level unit, by its name in airportsdata."""
    for e in builder.names.get(fold_name(subdivision), {}) if subdivision else ():
        entry = builder.entries[e]
        if entry[COUNTRY] == cc and entry[PRECISION] == "admin1":
            return entry[NAME], entry[ADMIN1_CODE]
    return "", ""
