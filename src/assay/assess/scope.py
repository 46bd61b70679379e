"""Case scope: which fused events lie inside the case's countries and period, and which are set aside.

Every fused event is tested against case.countries and [case.from, case.to]:

* period: the event's dates (start to end) must overlap the case period; an open bound does not
  restrict. An event outside the period is set aside whatever its place.
* place in a case country: in scope; its case country is that country.
* place abroad: set aside, except travel of foreign fighters and propaganda (fighters go to
  Syria and Iraq, and propaganda is made there for audiences at home) when its reports tie it
  to a case country. A tie is any of: a document reporting it names a case country or its
  people (country name or demonym, "Kazakhstan", "Tajiks"); an actor of the event is named
  after one ("Islamic Movement of Uzbekistan"); another mention of the same document is placed
  in one. The event keeps its place, the destination, and its case country is the most
  often tied one (ties go to the earlier country in case.countries).
* no place: in scope when at least half of the placed mentions of its documents lie in case
  countries (the documents are about the case area), with the most frequent of those as its
  case country; when its documents place nothing, the document ties above decide.
With no case countries configured every place is in scope.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import pycountry

from assay.gazetteer.guards import DEMONYMS
from assay.model import Document, Event, Mention

ABROAD_TYPES = frozenset({"foreign_fighter_travel", "propaganda"})


def country_of(event: Event) -> str:
    """The event's case country, else its place's country, else 'XX'."""
    if event.case_country:
        return event.case_country
    return event.place.country_code.upper() if event.place and event.place.country_code else "XX"


def _names(code: str) -> tuple[str, ...]:
    names = {w for w, c in DEMONYMS.items() if c == code and " " not in w}
    names = {n[:1].upper() + n[1:] for n in names}
    found = pycountry.countries.get(alpha_2=code)
    if found is not None:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(found, attr, None)
            if value:
                names.add(value)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=256)
def _pattern(code: str) -> re.Pattern[str]:
    # Capitalised whole words, plurals included ("Uzbeks"); longest names first so
    # "Kazakhstani" is not read as "Kazakh".
    alternatives = "|".join(re.escape(n) for n in _names(code))
    return re.compile(rf"\b(?:{alternatives})s?\b")


@dataclass(frozen=True, slots=True)
class Scope:
    """The case countries (in case order) and period, with a name pattern per country."""

    countries: tuple[str, ...]
    start: date | None
    end: date | None

    def label(self) -> str:
        """'KZ, KG or 2014-01-01..2016-12-31'."""
        places = ", ".join(self.countries) or "the case area"
        first = self.start.isoformat() if self.start else "…"
        last = self.end.isoformat() if self.end else "…"
        period = f"{first}..{last}"
        return f"{places} or {period}"

    def in_period(self, event: Event) -> bool:
        """Whether the event's dates overlap the case period."""
        first, last = event.date.start, event.date.end or event.date.start
        if first is None or last is None:
            return False
        return (self.start is None or last >= self.start) and (self.end is None or first <= self.end)


def _document_ties(
    scope: Scope, document: Document | None, mentions: Sequence[Mention]
) -> tuple[Counter[str], Counter[str]]:
    """Case countries a document names (text) and places its mentions in (places)."""
    named: Counter[str] = Counter()
    if document is not None:
        text = f"{document.title}\n{document.text}"
        for code in scope.countries:
            hits = len(_pattern(code).findall(text))
            if hits:
                named[code] += hits
    placed: Counter[str] = Counter(
        m.place.country_code.upper() for m in mentions if m.place is not None and m.place.country_code
    )
    return named, placed


def _top(counts: Counter[str], order: Sequence[str]) -> str:
    return min(counts, key=lambda c: (-counts[c], order.index(c) if c in order else len(order), c))


def scope_events(
    events: Sequence[Event],
    mentions: Sequence[Mention],
    documents: Mapping[int, Document],
    scope: Scope,
) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """The in-scope events, each with its case country, and notes counting what was set aside."""
    by_document: dict[int, list[Mention]] = {}
    for m in mentions:
        by_document.setdefault(m.document_id, []).append(m)
    cache: dict[int, tuple[Counter[str], Counter[str]]] = {}

    def ties(doc_id: int) -> tuple[Counter[str], Counter[str]]:
        if doc_id not in cache:
            cache[doc_id] = _document_ties(scope, documents.get(doc_id), by_document.get(doc_id, []))
        return cache[doc_id]

    wanted = set(scope.countries)
    kept: list[Event] = []
    out_period = abroad = unplaced = linked = 0
    for e in events:
        if not scope.in_period(e):
            out_period += 1
            continue
        country = e.place.country_code.upper() if e.place and e.place.country_code else ""
        if not wanted or country in wanted:
            kept.append(replace(e, case_country=country))
            continue
        if country:
            if e.event_type not in ABROAD_TYPES:
                abroad += 1
                continue
            tied: Counter[str] = Counter()
            for doc_id in e.document_ids:
                named, placed = ties(doc_id)
                tied.update(named)
                tied.update({c: n for c, n in placed.items() if c in wanted})
            for a in e.actors:
                for code in scope.countries:
                    if _pattern(code).search(a.name):
                        tied[code] += 1
            if not tied:
                abroad += 1
                continue
            linked += 1
            kept.append(replace(e, case_country=_top(tied, scope.countries)))
            continue
        placed_all: Counter[str] = Counter()
        named_all: Counter[str] = Counter()
        for doc_id in e.document_ids:
            named, placed = ties(doc_id)
            placed_all.update(placed)
            named_all.update(named)
        inside = Counter({c: n for c, n in placed_all.items() if c in wanted})
        if placed_all:
            if sum(inside.values()) * 2 >= sum(placed_all.values()):
                kept.append(replace(e, case_country=_top(inside, scope.countries)))
                continue
        elif named_all:
            kept.append(replace(e, case_country=_top(named_all, scope.countries)))
            continue
        unplaced += 1
    notes: list[str] = []
    dropped = out_period + abroad + unplaced
    if dropped:
        notes.append(
            f"{dropped} event{'s' if dropped != 1 else ''} outside {scope.label()} were set aside "
            f"({abroad} placed outside the case countries, {out_period} dated outside the case period, "
            f"{unplaced} without a place whose reports are not about the case countries)"
        )
    if linked:
        notes.append(
            f"{linked} travel or propaganda event{'s' if linked != 1 else ''} abroad were kept because "
            "their reports tie them to a case country (place recorded as the destination)"
        )
    return tuple(kept), tuple(notes)
