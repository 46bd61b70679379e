"""GeoNames ids and English names of first-level divisions, read from admin1_geonames.txt (CC BY 4.0)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("admin1_geonames.txt")


@cache
def geonames_admin1() -> dict[tuple[str, str], tuple[int, str]]:
    """(country, GeoNames admin1 code) → (GeoNames id, ASCII name): ("CN", "32") → (1794299, "Sichuan")."""
    units: dict[tuple[str, str], tuple[int, str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, gid, name = line.split(" ", 2)
        country, _, code = key.partition(".")
        units[(country, code)] = (int(gid), name)
    return units
