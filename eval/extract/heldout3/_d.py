"""Shared shortcuts for the third (blind development) set's sources: the gold helpers plus city/region place makers."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _gold import (  # noqa: F401
    AF,
    AN,
    BR,
    CA,
    CAU,
    CR,
    EU,
    LP,
    ME,
    OT,
    PASSAGES,
    SA,
    SAS,
    TR,
    P,
    W,
    actors,
    ago,
    country,
    counts,
    day,
    days,
    earlier_this_year,
    ev,
    in_month,
    last_month,
    last_week,
    last_weekend,
    last_year,
    month,
    on,
    part,
    season,
    today,
    year,
    yesterday,
)
from _gold import pl as _pl


def c(name: str, cc: str, admin1: str, text: str | None = None) -> dict:
    """A city, town or village place."""
    return _pl(name, cc, admin1, "city", text or name)


def r(name: str, cc: str, admin1: str, text: str | None = None) -> dict:
    """A first-level division place."""
    return _pl(name, cc, admin1, "admin1", text or name)
