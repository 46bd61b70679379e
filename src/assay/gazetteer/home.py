"""Where a document comes from: its dateline and its publication domain, read as a prior for namesakes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assay.gazetteer.gazetteer import Gazetteer

# "LONDON, Ky. (WKYT) -", "BERLIN —", "OTTAWA – ", "PARIS, Mo. —": a capitalised place at the very
# start of the text, an optional state or country after a comma, an optional agency, then a dash.
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’ -]{1,40}?)"
    r"(?:,[ \t]*(?P<unit>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2}))?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--?|[—–])")

# Country-code top-level domains that are not a country's own press ("tv", "io", "co", ...).
_GENERIC_CC_TLDS = frozenset(("tv", "io", "co", "me", "fm", "am", "ly", "ai", "cc", "ws", "to", "gg", "eu"))
_TLD_COUNTRY = {"uk": "GB"}


def domain_countries(host: str) -> tuple[str, ...]:
    """The country a publication's domain names by its country-code TLD (www.cbc.ca → ("CA",)).

    Generic domains (.com, .net, .org) and country codes used as vanity domains (.tv, .io) say
    nothing and give ().
    """
    host = host.strip().lower().rstrip(".")
    host = re.sub(r"^[a-z]+://", "", host).split("/", 1)[0].split(":", 1)[0]
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_CC_TLDS:
        return ()
    return (_TLD_COUNTRY.get(tld, tld.upper()),)


def read_dateline(gazetteer: Gazetteer, text: str, prior: tuple[str, ...] = ()) -> tuple[str, str]:
    """(country code, admin1 code) of the place a dateline opens the text with, or ("", "")."""
    match = _DATELINE.match(text)
    if match is None:
        return "", ""
    name = match.group("place").strip(" .-")
    # A dateline place is written in capitals; an all-capital first word of prose ("AN Edmonton
    # man") is not a dateline unless a dash follows it directly.
    if not name or not name.replace(" ", "").replace(".", "").isupper() or len(name) < 3:
        return "", ""
    unit = match.group("unit") or ""
    admin1, country = "", ""
    if unit:
        from assay.gazetteer.scan import unit_hint_of

        admin1, country = unit_hint_of(gazetteer.index, unit)
    best = gazetteer.resolve_id(name.title(), countries=(country,) if country else prior,
                                admin1=admin1 or None)
    if best is None:
        return country, admin1
    entry = gazetteer.index.entries[best]
    return entry[1], admin1 or (entry[6] if entry[2] in ("city", "admin1") else "")
