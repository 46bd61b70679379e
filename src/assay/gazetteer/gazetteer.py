"""Place lookup and disambiguation over the compiled index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from threading import Lock

from assay.errors import AssayError
from assay.gazetteer.guards import DEMONYMS
from assay.gazetteer.index import (
    ADMIN1_CODE,
    COUNTRY,
    PRECISION,
    PRIMARY,
    STEM,
    Entry,
    Index,
    load_index,
)
from assay.gazetteer.names import fold_name
from assay.model import Place, Span

# Score weights for resolve(); prominence is log10(population) plus a feature bonus.
_QUALITY_BONUS = {PRIMARY: 1.5, 1: 0.0, STEM: -1.0}
_GIVEN_COUNTRY_BONUS = 5.0
_CONTEXT_COUNTRY_BONUS = 2.5
_GIVEN_ADMIN1_BONUS = 4.0
_CONTEXT_ADMIN1_BONUS = 3.0


class GazetteerError(AssayError):
    """A country code or name is not in the gazetteer."""


class Gazetteer:
    """Offline gazetteer: GeoNames cities, ISO 3166 countries and subdivisions, curated exonyms."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._context = lru_cache(maxsize=64)(self._read_context)

    def entry_place(self, entry_id: int, span: Span | None = None) -> Place:
        """Turn an index entry into a Place (with the text span it was read from, if any)."""
        e: Entry = self.index.entries[entry_id]
        return Place(name=e[0], country_code=e[1], precision=e[2], geonames_id=e[3],  # type: ignore[arg-type]
                     feature_class=e[4], admin1_name=e[5], admin1_code=e[6], lat=e[7], lon=e[8], span=span)

    def matches(self, name: str) -> tuple[tuple[int, int], ...]:
        """(entry id, name quality) pairs for a name, best first."""
        return self.index.keys.get(fold_name(name), ())

    def candidates(self, name: str) -> list[Place]:
        """Every entry the name can mean, most prominent first."""
        ranked = sorted(self.matches(name), key=lambda m: -self._base_score(*m))
        return [self.entry_place(entry_id) for entry_id, _ in ranked]

    def country(self, code: str) -> Place:
        """The country entry for an ISO 3166-1 alpha-2 code (or a country name)."""
        entry_id = self.index.countries.get(code.upper())
        if entry_id is None:
            entry_id = next((e for e, _ in self.matches(code) if self.index.entries[e][PRECISION] == "country"), None)
        if entry_id is None:
            raise GazetteerError(f"No country with code {code!r}; use an ISO 3166-1 alpha-2 code such as 'KZ'.")
        return self.entry_place(entry_id)

    def resolve(self, name: str, *, countries: Sequence[str] = (), admin1: str | None = None,
                context: str = "") -> Place | None:
        """The entry a name most probably means, given case countries, an admin1 and the document text."""
        best = self.resolve_id(name, countries=countries, admin1=admin1, context=context)
        return None if best is None else self.entry_place(best)

    def resolve_id(self, name: str, *, countries: Sequence[str] = (), admin1: str | None = None,
                   context: str = "") -> int | None:
        """Like resolve(), returning the entry id."""
        found = self.matches(name)
        if not found:
            return None
        context_countries, context_admin1 = self._context(context) if context else (Counter(), frozenset())
        given = {c.upper() for c in countries}
        admin_code = self._admin1_code(admin1) if admin1 else ""
        top_count = max(context_countries.values(), default=0)
        best, best_score = None, float("-inf")
        for entry_id, quality in found:
            entry = self.index.entries[entry_id]
            score = self._base_score(entry_id, quality)
            cc = entry[COUNTRY]
            if cc in given:
                score += _GIVEN_COUNTRY_BONUS
            if top_count and cc in context_countries:
                score += _CONTEXT_COUNTRY_BONUS * (0.5 + 0.5 * context_countries[cc] / top_count)
            code = entry[ADMIN1_CODE]
            if code and entry[PRECISION] == "city":
                if code == admin_code:
                    score += _GIVEN_ADMIN1_BONUS
                elif code in context_admin1:
                    score += _CONTEXT_ADMIN1_BONUS
            if score > best_score:
                best, best_score = entry_id, score
        return best

    def _base_score(self, entry_id: int, quality: int) -> float:
        return self.index.entries[entry_id][9] + _QUALITY_BONUS[quality]

    def _admin1_code(self, admin1: str) -> str:
        if admin1.upper() in self.index.admin1:
            return admin1.upper()
        for entry_id, _ in self.matches(admin1):
            if self.index.entries[entry_id][PRECISION] == "admin1":
                return self.index.entries[entry_id][ADMIN1_CODE]
        return ""

    def _read_context(self, text: str) -> tuple[Counter[str], frozenset[str]]:
        """Countries (with mention counts) and admin1 codes a document names unambiguously."""
        from assay.gazetteer.scan import find_names

        countries: Counter[str] = Counter()
        admin1: set[str] = set()
        for word in find_demonyms(text):
            countries[DEMONYMS[word]] += 1
        for _, _, matches in find_names(self.index, text):
            entry_id, quality = matches[0]
            entry = self.index.entries[entry_id]
            if quality == STEM or self._is_ambiguous(matches):
                continue
            if entry[PRECISION] in ("country", "admin1"):
                countries[entry[COUNTRY]] += 2
                if entry[PRECISION] == "admin1":
                    admin1.add(entry[ADMIN1_CODE])
            elif entry[PRECISION] == "city" and entry[9] >= 5.5:
                countries[entry[COUNTRY]] += 1
        return countries, frozenset(admin1)

    def scan(self, text: str, *, countries: Sequence[str] = ()) -> list[tuple[Span, Place]]:
        """Recognise and resolve the place names in raw text; each Place carries its span."""
        from assay.gazetteer.scan import scan_text

        return scan_text(self, text, countries)

    def _is_ambiguous(self, matches: tuple[tuple[int, int], ...]) -> bool:
        """True when a name is a main name of places in more than one country ("Georgia")."""
        entries = self.index.entries
        named = {entries[e][COUNTRY] for e, q in matches if q == PRIMARY and entries[e][9] >= 5.0}
        return len(named) > 1

    def document_countries(self, text: str) -> list[str]:
        """Countries a text names or implies, most mentioned first."""
        return [cc for cc, _ in self._context(text)[0].most_common()]


def find_demonyms(text: str) -> list[str]:
    """Folded demonyms that occur capitalised in the text ("Kazakh officials" → ["kazakh"])."""
    from assay.gazetteer.scan import WORD

    return [w for m in WORD.finditer(text) if m.group()[:1].isupper() and (w := m.group().lower()) in DEMONYMS]


_LOCK = Lock()
_INSTANCE: list[Gazetteer] = []


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded (or compiled once and cached) on first use."""
    if not _INSTANCE:
        with _LOCK:
            if not _INSTANCE:
                _INSTANCE.append(Gazetteer(load_index()))
    return _INSTANCE[0]
