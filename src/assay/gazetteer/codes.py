"""Former ISO 3166-2 codes still used by older data, and comparison of admin1 codes across them."""

from __future__ import annotations

from functools import lru_cache

# Former code → current code. ISO 3166-2 replaced Kazakhstan's letter codes with numbers in
# 2020-2022 (Aktobe Region KZ-AKT → KZ-15); pycountry ships only the current ones, while older
# gold sets and datasets still carry the letters. Place.admin1_code is always the current code.
FORMER_CODES: dict[str, str] = {
    "KZ-AKM": "KZ-11", "KZ-AKT": "KZ-15", "KZ-ALA": "KZ-75", "KZ-ALM": "KZ-19", "KZ-AST": "KZ-71",
    "KZ-ATY": "KZ-23", "KZ-KAR": "KZ-35", "KZ-KUS": "KZ-39", "KZ-KZY": "KZ-43", "KZ-MAN": "KZ-47",
    "KZ-PAV": "KZ-55", "KZ-SEV": "KZ-59", "KZ-VOS": "KZ-63", "KZ-YUZ": "KZ-61", "KZ-TUR": "KZ-61",
    "KZ-ZAP": "KZ-27", "KZ-ZHA": "KZ-31", "KZ-SHY": "KZ-79",
}


def current_admin1(code: str) -> str:
    """The current ISO 3166-2 code for a current or former one ("KZ-AKT" → "KZ-15"), upper-cased."""
    upper = code.strip().upper()
    return FORMER_CODES.get(upper, upper)


@lru_cache(maxsize=512)
def admin1_aliases(code: str) -> frozenset[str]:
    """Every code, current and former, that names the same subdivision ("KZ-15" → {KZ-15, KZ-AKT})."""
    current = current_admin1(code)
    return frozenset({current, *(old for old, new in FORMER_CODES.items() if new == current)})


def same_admin1(a: str, b: str) -> bool:
    """True when two ISO 3166-2 codes name the same subdivision, former codes included."""
    return bool(a) and bool(b) and current_admin1(a) == current_admin1(b)
