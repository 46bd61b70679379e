"""Actor names as prose prints them: ACLED-style labels shortened, with the article English needs."""

from __future__ import annotations

import re

import pycountry

from assay.model import Actor, Event
from assay.produce.phrasing import article, is_plain, join_list

# "(2010-)", "(1991-2016)": ACLED marks a government's period in office; prose does not need it.
_YEARS = re.compile(r"\s*\(\d{4}\s*-\s*(?:\d{4})?\)\s*")
_QUALIFIED = re.compile(r"^(?P<base>.+?)\s*\((?P<inner>[^()]+)\)$")
# Generic labels that name a kind of actor, not an organisation ("Unidentified Armed Group").
_GENERIC = re.compile(r"\b(?:unidentified|militia|armed group|gang|rioters|protesters)\b", re.IGNORECASE)
_GENERIC_WORDS = {"unidentified", "armed", "group", "militia", "gang", "rioters", "protesters", "forces"}
# Organisations whose names take 'the' ("the State Committee for National Security").
_INSTITUTION = re.compile(
    r"\b(?:ministry|committee|service|guard|forces|army|police|court|office|council|government|"
    r"faction|agency|directorate|department|prosecutor|parliament|administration|organi[sz]ation)\b",
    re.IGNORECASE,
)
# Lower-case actor words that read as plurals or mass nouns and take no article.
_BARE = {
    "police",
    "militants",
    "armed forces",
    "protesters",
    "prosecutors",
    "gunmen",
    "security forces",
    "authorities",
    "border guards",
    "civilians",
    "media",
    "fighters",
    "insurgents",
    "rebels",
}
# Coder's placeholders, not actors a reader learns anything from.
_SKIP = {"media", "civilians", "unknown", "unidentified", ""}


def _country(text: str) -> str | None:
    try:
        found = pycountry.countries.lookup(text.strip())
    except LookupError:
        return None
    return getattr(found, "common_name", None) or found.name


def short_name(name: str, place_country: str = "") -> str:
    """'Military Forces of Kyrgyzstan (2010-) State Committee for National Security' → 'State Committee …'."""
    text = " ".join(name.split())
    parts = _YEARS.split(text)
    if len(parts) > 1 and parts[-1].strip():
        # ACLED writes "<force> (<years>) <unit>": the unit is the actor the reports name.
        text = parts[-1].strip()
    else:
        text = _YEARS.sub(" ", text).strip()
    match = _QUALIFIED.match(text)
    if match:
        base, inner = match.group("base").strip(), match.group("inner").strip()
        country = _country(inner)
        if _GENERIC.search(base):
            base = " ".join(w.lower() if w.lower() in _GENERIC_WORDS else w for w in base.split())
            if country is None:
                return article(f"{inner} {base}")
            if country == place_country:
                return article(base)
            return f"{article(base)} from {country}"
        return base
    return text


def with_article(name: str) -> str:
    """'the Interior Ministry', 'a court', 'police', 'Islamic State', 'an Islamist militia'."""
    lowered = name.casefold()
    if name.startswith(("a ", "an ", "the ")) or lowered in _BARE:
        return name
    if name[:1].islower():
        return f"the {name}" if lowered in {"government", "army"} else article(name)
    if _INSTITUTION.search(name) and not name.startswith("The "):
        return f"the {name}"
    return name


def perpetrators(event: Event, place_country: str = "", limit: int = 2) -> str:
    """The event's named perpetrators as a list phrase, or '' when none is worth naming."""
    names: list[str] = []
    for actor in event.actors:
        if actor.role != "perpetrator" or actor.name.casefold() in _SKIP or not is_plain(actor.name):
            continue
        short = with_article(short_name(actor.name, place_country))
        if short.casefold() not in (n.casefold() for n in names):
            names.append(short)
    return join_list(names[:limit])


def is_named(actor: Actor) -> bool:
    """Whether an actor is an organisation the reports name, not a coder's placeholder."""
    return actor.name.casefold() not in _SKIP
