"""Deterministic wording: sentence variants chosen by a hash, lists, ordinals and estimative clauses."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import cache

import pycountry

from assay.gazetteer.guards import DEMONYMS
from assay.standards import get_standard, standard_names

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
HEDGES = ("may", "might", "could", "possibly", "perhaps", "maybe", "conceivably")
# Words that may open a judgment statement and are not proper nouns, so 'that …' can lower-case them.
_COMMON_OPENERS = {
    "the",
    "a",
    "an",
    "support",
    "attacks",
    "attack",
    "violence",
    "there",
    "this",
    "these",
    "most",
    "no",
    "few",
    "many",
    "jihadist",
    "islamist",
    "militant",
    "militants",
    "recruitment",
    "public",
    "popular",
    "sympathy",
    "arrests",
    "terrorist",
    "terrorism",
    "extremist",
    "extremism",
    "armed",
    "security",
    "authorities",
    "government",
    "state",
    "local",
    "foreign",
    "regional",
    "protests",
    "reporting",
    "reports",
    "only",
    "several",
    "multiple",
    "independent",
    "sources",
    "high",
    "low",
    "moderate",
    "consistent",
    "corroborated",
    "all",
    "both",
    "each",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "events",
    "evidence",
    "little",
    "limited",
    "some",
}


def choose(variants: Sequence[str], seed: str) -> str:
    """Pick one variant by a stable hash of the seed, so the same input always reads the same way."""
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    return variants[int(digest[:8], 16) % len(variants)]


def join_list(items: Sequence[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def join_items(items: Sequence[str]) -> str:
    """join_list, with semicolons when the items carry commas of their own."""
    if len(items) > 1 and any("," in i for i in items):
        return "; ".join(items[:-1]) + "; and " + items[-1]
    return join_list(items)


def ordinal(index: int) -> str:
    """'first', 'second', … for a zero-based index (words, so the brief prints no untraceable number)."""
    return ORDINALS[index] if index < len(ORDINALS) else f"next ({index + 1}th)"


def article(phrase: str) -> str:
    """'an armed assault', 'a bombing'."""
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def strip_stop(text: str) -> str:
    """A clause without its final full stop and surrounding space."""
    return text.strip().rstrip(".").strip()


def lower_opening(text: str) -> str:
    """Lower-case the first word when it is a common word, so it reads inside a sentence."""
    first = text.split(" ", 1)[0]
    if first.lower() in _COMMON_OPENERS and first[:1].isupper() and first[1:].islower():
        return first.lower() + text[len(first) :]
    return text


# Region names that open a phrase as proper nouns ('Asia-Pacific affairs magazine') yet name no country.
_REGIONS = {"africa", "america", "arctic", "asia", "atlantic", "balkans", "caucasus", "europe", "eurasia",
            "gulf", "pacific"}


@cache
def _country_names() -> tuple[str, ...]:
    names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n}
    return tuple(sorted(names))


def _opens_with_country(text: str) -> bool:
    return any(re.match(rf"{re.escape(name)}\b", text) for name in _country_names())


def _is_proper(word: str, text: str, names: Sequence[str]) -> bool:
    """Whether a capitalised opening word names something: a people, a place or a named body."""
    parts = word.split("-")
    if not (parts[0][:1].isupper() and parts[0][1:].islower()) or any(p[:1].isupper() for p in parts[1:]):
        return True  # 'US-funded', 'NGO', 'Asia-Pacific'
    folded = parts[0].casefold()
    if folded in DEMONYMS or folded in _REGIONS or _opens_with_country(text):
        return True
    if any(re.search(rf"\b{re.escape(parts[0])}\b", n) for n in names):
        return True
    # The same word capitalised again later in the text is a name, not a sentence opening.
    return re.search(rf"(?<=\s)\b{re.escape(parts[0])}\b", text[len(word) :]) is not None


def lower_first_letter(text: str, names: Sequence[str] = ()) -> str:
    """Text with its first letter lower-cased for use inside a sentence, unless the word is a name.

    Names are acronyms, demonyms ('Kazakh'), countries and regions, words of the given names (an
    outlet's own) and words the text capitalises again later.
    """
    match = re.match(r"[A-Za-z][\w-]*", text)
    if match is None or _is_proper(match.group(0).rstrip("-"), text, names):
        return text
    return text[0].lower() + text[1:]


@cache
def _estimative_pattern() -> re.Pattern[str]:
    terms: set[str] = set()
    for name in standard_names():
        terms.update(get_standard(name).all_terms())
    words = sorted(terms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def has_estimative_term(text: str) -> bool:
    """Whether text uses any standard's likelihood words (which belong only beside a printed band)."""
    return _estimative_pattern().search(text) is not None


def has_hedge(text: str) -> bool:
    """Whether text uses a hedge word that carries no probability."""
    return re.search(r"\b(?:" + "|".join(HEDGES) + r")\b", text, re.IGNORECASE) is not None


def is_plain(text: str) -> bool:
    """Whether outside text can go into the body as it is: no likelihood words and no hedges."""
    return not has_estimative_term(text) and not has_hedge(text)


def estimative_clause(term: str, band: str) -> str:
    """'it likely (55–80%)' or 'there is a roughly even chance (45–55%)', to follow 'We judge'."""
    if term.endswith(("chance", "odds", "possibility")):
        if term.startswith(("almost no", "no ")):
            return f"there is {term} ({band})"
        return f"there is {article(term)} ({band})"
    return f"it {term} ({band})"


def country_name(code: str) -> str:
    """A country's common name from its ISO code ('KZ' → 'Kazakhstan')."""
    found = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name
