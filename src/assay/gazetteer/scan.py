"""Toponym recognition in raw text: longest-match place names, guarded against words and people."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from assay.gazetteer.guards import (
    CALENDAR,
    CONNECTORS,
    DEMONYMS,
    GUARDED,
    GUARDED_PHRASES,
    LOCATIVE_CUES,
    NOT_PLACES,
    ORGANISATION_CUES,
    PERSON_CUES,
    PLACE_ADJECTIVES,
)
from assay.gazetteer.index import ADMIN1_CODE, COUNTRY, PRECISION, STEM, Index
from assay.gazetteer.names import first_key, fold_name
from assay.model import Place, Span

if TYPE_CHECKING:
    from assay.gazetteer.gazetteer import Gazetteer

WORD = re.compile(r"[^\W\d_]+")
# What may separate the words of one place name: spaces, a hyphen, an apostrophe, "St. ".
_GAP = re.compile(r"[ \t]+|[ \t]*[-‐‑][ \t]*|['’]|\.[ \t]*")
_SENTENCE_END = set(".!?\n\"“”‘'(:;") | {""}
# Capitalised words before a place that describe it rather than name a person ("Northern Syria").
_DESCRIPTORS = frozenset((
    "northern", "southern", "eastern", "western", "central", "greater", "upper", "lower", "north", "south",
    "east", "west", "downtown", "rural", "metro", "coastal", "occupied", "suburban",
))

_NOT_FIRST_NAMES = _DESCRIPTORS | STOP_WORDS

# Towns below this prominence (about 500,000 people) are more often a person's name when a
# capitalised word runs into them ("Vladimir Putin", "Michael Burton") than the town itself.
_TOWN_PROMINENCE = 5.7

# The small words inside a unit's name ("Valle del Cauca", "Mato Grosso do Sul", "Isle of Wight"):
# any short lower-case word (every CONNECTORS word is one); unit_hint_of reads the longest prefix
# that names a unit, so a phrase read a word too far costs a lookup, not a wrong unit.
_NAME_LINK = r"[a-z]{1,5}\b"
# ", Ky." / ", Turkmenistan" / ", West Kazakhstan Region": up to four capitalised words after a comma.
_APPOSITION = re.compile(rf"\.?,[ \t]+((?:[A-Z][\w.’'-]*)(?: (?:[A-Z][\w.’'-]*|{_NAME_LINK})){{0,3}})")

# "Palma in Cabo Delgado", "Kidal, in northern Mali", "Monroe County in northeast Missouri": the unit
# a town is said to lie in.
_CONTAINED_IN = re.compile(
    r",?[ \t]+in[ \t]+(?:the[ \t]+)?"
    r"(?:(?:(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?|[Ee]ast|[Ww]est)(?:ern)?[ \t]+|[Cc]entral[ \t]+)?"
    rf"((?:[A-Z][\w.’'-]*)(?: (?:[A-Z][\w.’'-]*|{_NAME_LINK})){{0,3}})")
# Towns below this prominence (about 1,000,000 people) said to lie in a unit of another country are
# a place the sources lack, not the namesake elsewhere.
_CONTAINED_VETO = 6.0

# "Idlib province", "Hunan provinces", "Kandahar governorate": a kind of first-level unit after the name.
_UNIT_AFTER = re.compile(r"[ \t]+(?:[Pp]rovinces?|[Gg]overnorates?|[Oo]blasts?|[Pp]refectures?)\b")
# "New York Gov. Andrew Cuomo", "the Kandahar governor": units have governors, cities have mayors.
_GOVERNOR_AFTER = re.compile(r"[ \t]+(?:Gov\.|[Gg]overnor\b)")
# "the province of Aydin", "the governorate of Karak": the kind of unit before the name.
_UNIT_BEFORE = re.compile(r"\b(?:[Pp]rovince|[Gg]overnorate|[Oo]blast|[Pp]refecture)[ \t]+of[ \t]+$")
_UNIT_LOOKBACK = 20
# "Bronx, New York": up to four capitalised words and a comma right before a name.
_BEFORE_COMMA = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}),[ \t]+$")

# Words after a town's name that make the pair an organisation, not a person ("Brant County").
_ORGANISATION_WORDS = frozenset((
    "police", "university", "college", "school", "hospital", "county", "city", "street", "road", "avenue",
    "park", "river", "lake", "airport", "station", "council", "district", "township", "village", "times",
    "post", "press", "news", "herald", "tribune", "journal", "church", "centre", "center", "club", "fire",
    "hydro", "state", "valley", "mountain", "beach", "bay", "harbour", "harbor", "bridge", "square",
))

Match = tuple[int, int, tuple[tuple[int, int], ...]]


def find_names(index: Index, text: str) -> list[Match]:
    """(start, end, entry matches) for every accepted place name in the text, left to right."""
    tokens, words = read_words(text)
    # Only a capitalised word can open a name; most words are not, so the scan visits these alone.
    capitalised = [k for k, w in enumerate(words) if w[0].isupper()]
    facts = _TextFacts(index, text, tokens, words, capitalised)
    found: list[Match] = []
    resume = 0
    for i in capitalised:
        if i < resume:
            continue
        start = tokens[i][0]
        span = index.first_token_span.get(first_key(words[i]), 0)
        last = min(len(tokens), i + span) - 1
        # The furthest word the name can reach: capitalised words or connectors ("of", "de"), with
        # only name gaps between them; the name must also end on a capitalised word.
        reach = i
        while (reach < last and _is_name_gap(text, tokens[reach][1], tokens[reach + 1][0])
               and (words[reach + 1][0].isupper() or words[reach + 1] in CONNECTORS)):
            reach += 1
        for j in range(reach, i - 1, -1):
            if j > i and not words[j][0].isupper():
                continue
            key = fold_name(text[start : tokens[j][1]])
            hits = index.keys.get(key)
            if hits and _is_accepted(index, text, tokens, i, j, key, facts):
                found.append((start, _abbreviation_end(index, text, tokens, i, j, key), hits))
                resume = j + 1
                break
    return found


def _is_name_gap(text: str, left: int, right: int) -> bool:
    """True when text[left:right] may separate two words of one name (a single space is the usual)."""
    return (right - left == 1 and text[left] == " ") or _GAP.fullmatch(text, left, right) is not None


@lru_cache(maxsize=4)
def read_words(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Spans and strings of the text's words, read once for the scan and the demonym count."""
    found = list(WORD.finditer(text))
    return [m.span() for m in found], [m.group() for m in found]


def scan_text(gazetteer: Gazetteer, text: str, countries: Sequence[str] = (),
              prior: Sequence[str] = ()) -> list[tuple[Span, Place]]:
    """Recognise and resolve every place name in a text, using the text itself as context."""
    results = []
    names = find_names(gazetteer.index, text)
    if names:  # a text without names needs no context (most sentences of an article name no place)
        gazetteer.document_context(text, names)
    for start, end, _ in names:
        surface = text[start:end]
        entry_id = resolve_span(gazetteer, text, start, end, countries, prior)
        if entry_id is not None:
            span = Span(start, end, surface)
            results.append((span, gazetteer.entry_place(entry_id, span)))
    return results


def resolve_span(gazetteer: Gazetteer, text: str, start: int, end: int,
                 countries: Sequence[str] = (), prior: Sequence[str] = ()) -> int | None:
    """Resolve the name at text[start:end], using an apposition after it ("London, Ky.") and the text.

    An adjective of place the index does not hold as a name ("European", "Basque", "Kazakh") is the
    continent, region or country it is the adjective of.
    """
    index = gazetteer.index
    if fold_name(text[start:end]) not in index.keys:
        return adjective_place(index, text[start:end])
    admin1, country = unit_hint_of(index, match.group(1), text[start:end]) if (
        match := _APPOSITION.match(text, end)) else ("", "")
    contained = False
    if not country:
        admin1, country = _unit_hint(index, _CONTAINED_IN.match(text, end))
        contained = bool(country)
    hinted = (*countries, country) if country else tuple(countries)
    container = _container_of_previous(index, text, start, end)
    if container is not None:
        return container
    level = "admin1" if names_unit(text, start, end) or calls_unit(text, text[start:end]) else ""
    best = gazetteer.resolve_id(text[start:end], countries=hinted, admin1=admin1 or None, context=text,
                               prior=prior, level=level)
    if contained and best is not None:
        entry = index.entries[best]
        # "Palma in Cabo Delgado": a town the sources lack in the named unit is not a town elsewhere.
        if entry[COUNTRY] != country and entry[PRECISION] == "city" and entry[9] < _CONTAINED_VETO:
            return None
    return best


_ADJECTIVE_PRECISIONS = frozenset(("region", "country", "admin1"))


def adjective_place(index: Index, adjective: str) -> int | None:
    """The entry of the continent, region or country an adjective of place means, if any."""
    key = fold_name(adjective)
    if key in DEMONYMS:
        return index.countries.get(DEMONYMS[key])
    named = fold_name(PLACE_ADJECTIVES.get(key, ""))
    units = (e for e, _ in index.keys.get(named, ()) if index.entries[e][PRECISION] in _ADJECTIVE_PRECISIONS)
    return next(units, None)


def names_unit(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end] call it a province or the like ("Idlib province",
    "the province of Aydin"): the unit, not its namesake capital."""
    return (_UNIT_AFTER.match(text, end) is not None or _GOVERNOR_AFTER.match(text, end) is not None
            or _UNIT_BEFORE.search(text, max(0, start - _UNIT_LOOKBACK), start) is not None)


def calls_unit(text: str, name: str) -> bool:
    """True when the text calls the name a province or the like somewhere: one sense per document,
    so a later bare "Idlib" is the province the text named first."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        if whole and (_UNIT_AFTER.match(text, end) is not None
                      or _UNIT_BEFORE.search(text, max(0, at - _UNIT_LOOKBACK), at) is not None):
            return True
        at = text.find(name, end)
    return False


def _unit_hint(index: Index, match: re.Match[str] | None) -> tuple[str, str]:
    """(admin1 code, country code) of the admin1 unit or country a matched phrase names, if any."""
    return ("", "") if match is None else unit_hint_of(index, match.group(1))


def unit_hint_of(index: Index, phrase: str, name: str = "") -> tuple[str, str]:
    """(admin1 code, country code) of the admin1 unit or country a phrase opens with ("Ky.", "Texas").

    name: the place the phrase follows; of a phrase's several units ("Georgia" the state and the
    country) the one holding a place of that name wins ("Atlanta, Georgia").
    """
    words = phrase.split(" ")
    held = _homes(index, name) if name else set()
    for n in range(len(words), 0, -1):
        units = [index.entries[e] for e, _ in index.keys.get(fold_name(" ".join(words[:n])), ())
                 if index.entries[e][PRECISION] in ("admin1", "country")]
        if not units:
            continue
        holding = (u for u in units
                   if (u[COUNTRY], u[ADMIN1_CODE] if u[PRECISION] == "admin1" else "") in held)
        best = next(holding, units[0])
        return (best[ADMIN1_CODE] if best[PRECISION] == "admin1" else ""), best[COUNTRY]
    return "", ""


def _homes(index: Index, name: str) -> set[tuple[str, str]]:
    """(country, "") and (country, admin1) of every town a name can mean."""
    homes: set[tuple[str, str]] = set()
    for entry_id, quality in index.keys.get(fold_name(name), ()):
        entry = index.entries[entry_id]
        if entry[PRECISION] == "city" and quality != STEM:
            homes |= {(entry[COUNTRY], ""), (entry[COUNTRY], entry[ADMIN1_CODE])}
    return homes


def _container_of_previous(index: Index, text: str, start: int, end: int) -> int | None:
    """The unit text[start:end] names when it follows a town it holds ("the Bronx, New York" → the state)."""
    before = _BEFORE_COMMA.search(text, max(0, start - _UNIT_LOOKBACK * 3), start)
    if before is None:
        return None
    units = [e for e, _ in index.keys.get(fold_name(text[start:end]), ())
             if index.entries[e][PRECISION] in ("admin1", "country")]
    if not units:
        return None
    words = before.group(1).split()
    held: set[tuple[str, str]] = set()
    for n in range(1, len(words) + 1):
        held |= _homes(index, " ".join(words[-n:]))
    for entry_id in units:
        entry = index.entries[entry_id]
        if (entry[COUNTRY], entry[ADMIN1_CODE] if entry[PRECISION] == "admin1" else "") in held:
            return entry_id
    return None


def _abbreviation_end(index: Index, text: str, tokens: list[tuple[int, int]], i: int, j: int,
                      key: str) -> int:
    """Where the name ends, keeping the full stop of an abbreviation ("N.C.", "U.S.", "Que.")."""
    end = tokens[j][1]
    if text[end : end + 1] != ".":
        return end
    dotted = j > i and tokens[j][1] - tokens[j][0] == 1 and text[tokens[j - 1][1] : tokens[j][0]] == "."
    return end + 1 if dotted or key in index.dotted_only else end


def _previous_char(text: str, position: int) -> str:
    k = position - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return text[k] if k >= 0 else ""


class _TextFacts:
    """What the acceptance rules of one-word names ask of the whole text, worked out on first use:
    most texts hold no one-word candidate, so most scans never pay for them."""

    def __init__(self, index: Index, text: str, tokens: list[tuple[int, int]], words: list[str],
                 capitalised: list[int]) -> None:
        self._args = (index, text, tokens, words, capitalised)

    @cached_property
    def lowered(self) -> frozenset[str]:
        """The text's lower-case words ("mary" used as a word makes "Mary" need a cue)."""
        return frozenset(w for w in self._args[3] if w.islower())

    @cached_property
    def surnames(self) -> frozenset[str]:
        """Town names the text uses inside a person's name (see _person_words)."""
        return _person_words(*self._args)


def _is_accepted(index: Index, text: str, tokens: list[tuple[int, int]], i: int, j: int, key: str,
                 facts: _TextFacts) -> bool:
    start, end = tokens[i][0], tokens[j][1]
    surface = text[start:end]
    letters = surface.replace(".", "").replace(" ", "")
    # Capitals of up to four letters are acronyms (NATO, IRNA) unless curated as a place name.
    is_acronym = letters.isupper() and len(letters) <= 4
    if key in index.upper_only and not letters.isupper():
        return False
    if is_acronym:
        # A curated acronym ("US", "UK", "DRC") in capitals is a name, never the word "us".
        return key in index.acronyms
    if key in NOT_PLACES:
        return _has_apposition(index, text, tokens, j)
    if (key in GUARDED or key in GUARDED_PHRASES) and i != j:
        return _has_cue(text, tokens, i) or _has_apposition(index, text, tokens, j)
    if key in index.dotted_only and text[end : end + 1] != ".":
        return False
    if i > 0 and text[tokens[i - 1][0] : tokens[i - 1][1]].lower() in ORGANISATION_CUES:
        return False
    if i != j:
        return True
    word = surface.lower()
    if word in STOP_WORDS or (word in facts.surnames and not _has_cue(text, tokens, i)):
        return False
    is_small_town = _is_small_town(index, key)
    if is_small_town and _is_followed_by_name(text, tokens, j):
        return False
    if letters.isupper():
        return True
    before = text[tokens[i - 1][0] : tokens[i - 1][1]] if i > 0 else ""
    gap_before = text[tokens[i - 1][1] : start] if i > 0 else ""
    adjacent_before = i > 0 and gap_before in (" ", ". ")
    sentence_initial = _previous_char(text, start) in _SENTENCE_END
    if adjacent_before and before.lower() in PERSON_CUES:
        return False
    if (is_small_town and adjacent_before and gap_before == " " and before[:1].isupper()
            and not before.isupper() and before.lower() not in _DESCRIPTORS
            and _previous_char(text, tokens[i - 1][0]) not in _SENTENCE_END):
        return False
    if key in CALENDAR:
        return _has_apposition(index, text, tokens, j)
    has_cue = _has_cue(text, tokens, i)
    if key in GUARDED or word in facts.lowered:
        return has_cue or _has_apposition(index, text, tokens, j)
    return not (sentence_initial and word in facts.lowered)


def _has_cue(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """True when a locative preposition stands right before the name ("in Mary")."""
    if i == 0 or text[tokens[i - 1][1] : tokens[i][0]].strip():
        return False
    return text[tokens[i - 1][0] : tokens[i - 1][1]].lower() in LOCATIVE_CUES


def _is_followed_by_name(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """True for "Vladimir Putin" or "Washington Post": a town's name runs into another capitalised word."""
    if j + 1 >= len(tokens) or text[tokens[j][1] : tokens[j + 1][0]] != " ":
        return False
    following = text[tokens[j + 1][0] : tokens[j + 1][1]]
    return following[:1].isupper() and following.lower() not in CONNECTORS


def person_words(index: Index, text: str) -> frozenset[str]:
    """The folded town names a text uses inside a person's name anywhere ("Andrew Brunson" makes a
    later bare "Brunson" the man, not Brunson, South Carolina)."""
    tokens, words = read_words(text)
    return _person_words(index, text, tokens, words, [k for k, w in enumerate(words) if w[0].isupper()])


def _person_words(index: Index, text: str, tokens: list[tuple[int, int]],
                  words: list[str], capitalised: list[int]) -> frozenset[str]:
    """Town names the text uses as parts of a person's name ("Lucy Lau", "John Steele").

    capitalised: the indexes of the capitalised words; only two of them in a row can be a name.
    """
    found = set()
    for k in capitalised:
        if k == 0 or not words[k - 1][0].isupper():
            continue
        first, second = words[k - 1], words[k]
        gap = tokens[k - 1][1]
        if tokens[k][0] - gap != 1 or text[gap] != " ":
            continue
        if first.isupper() or second.isupper() or first.lower() in _NOT_FIRST_NAMES:
            continue
        first_word, second_key = fold_name(first), fold_name(second)
        first_town = _is_small_town(index, first_word)
        second_town = _is_small_town(index, second_key)
        # Most pairs hold no town at all; only those that do are looked up as a name of two words.
        if not (first_town or second_town) or fold_name(f"{first} {second}") in index.keys:
            continue
        if second_town and second_key not in _ORGANISATION_WORDS:
            found.add(second_key)
        if first_town and second_key not in index.keys and second_key not in _ORGANISATION_WORDS:
            found.add(first_word)
    return frozenset(found)


def _is_small_town(index: Index, key: str) -> bool:
    """True when every entry of the name is a town (or a spot such as an airport) too small to
    outweigh a person's name ("Chopin" of Warsaw Chopin Airport)."""
    hits = index.keys.get(key, ())
    # A unit's stem ("Vladimir" of Vladimir Oblast) does not make the town's name any less a person's.
    return bool(hits) and all(
        index.entries[e][PRECISION] in ("city", "point") and index.entries[e][9] < _TOWN_PROMINENCE
        for e, q in hits
        if q != STEM
    )


def _has_apposition(index: Index, text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """True for "Mary, Turkmenistan": the name is followed by a comma and a country or admin1."""
    if j + 1 >= len(tokens) or text[tokens[j][1] : tokens[j + 1][0]].strip() != ",":
        return False
    for k in range(min(len(tokens), j + 5) - 1, j, -1):
        hits = index.keys.get(fold_name(text[tokens[j + 1][0] : tokens[k][1]]))
        if hits and text[tokens[j + 1][0]].isupper() and any(
            index.entries[e][PRECISION] in ("country", "admin1") for e, _ in hits
        ):
            return True
    return False
