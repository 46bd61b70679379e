"""Document context: sentence places cached per paragraph, and the fallback place of a document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from spacy.tokens import Span as SentSpan

from assay.extract.offsets import moved_place
from assay.extract.place_roles import (
    is_home,
    is_landmark_before,
    is_origin,
    is_person_modifier,
    is_title_before,
    is_word_part,
)
from assay.extract.places import (
    PlaceSource,
    choose_place,
    dateline_place,
    document_people,
    is_prominent,
    is_stray_word,
    narrow_to_city,
    scan_places,
    supporting_countries,
    widen_to_unit,
)
from assay.model import Document, Place

_DATELINE_SPAN = re.compile(
    r"^\s*[A-Z][A-Za-z\u00C0-\u024F'’.-]+(?:[ -][A-Z][A-Za-z\u00C0-\u024F'’.-]+){0,3}"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*(?:—|–|-{1,2}|:)\s"
)


class DocContext:
    """Per-document place lookups: sentence places cached per paragraph, one dateline/title place."""

    def __init__(self, gazetteer: PlaceSource | None, doc: Document, countries: Sequence[str]) -> None:
        self.gazetteer = gazetteer
        self.doc = doc
        self.countries = tuple(countries)
        self._by_sentence: dict[int, list[Place]] = {}
        self._homes: dict[int, list[Place]] = {}
        self._origins: dict[int, list[Place]] = {}
        self._fallback_done = False
        self.fallback: Place | None = None
        self.offset = 0
        self.text = ""
        self.last_place: Place | None = None
        self._support: frozenset[str] | None = None
        self._people_words: frozenset[str] | None = None
        m = _DATELINE_SPAN.match(doc.text[:120])
        self._dateline_end = m.end() if m else 0

    def start_chunk(self, offset: int = 0, text: str = "") -> None:
        """Forget the previous paragraph's sentence places (their indexes are reused)."""
        self._by_sentence = {}
        self._homes = {}
        self._origins = {}
        self.offset = offset
        self.text = text

    def places(self, sentences: list[SentSpan], index: int) -> list[Place]:
        """The places of one sentence (paragraph coordinates), filtered and widened.

        The dateline is where the story was filed, not an event place; one-word names with no
        locative cue and no support from the rest of the document are dropped; so are names that
        only build a word ("US-backed", "Republic of Kosovo"), origins ("women from Shymkent"),
        facilities named after a place inside a named city ("the Bardo museum in Tunis") and
        regions wider than a country ("Central Asia"). Homes ("residents of Oral") are kept
        aside (see `homes`). "X region" and "the X countryside" become the admin1 unit.
        """
        if self.gazetteer is None:
            return []
        if index not in self._by_sentence:
            sent = sentences[index]
            text = self.text
            kept: list[Place] = []
            homes: list[Place] = []
            origins: list[Place] = []
            sentence = text[sent.start_char : sent.end_char]
            for place in scan_places(self.gazetteer, sentence, sent.start_char, self.countries):
                assert place.span is not None
                if place.span.start + self.offset < self._dateline_end:
                    continue
                if place.precision == "region" or is_word_part(place, text):
                    continue
                if not is_prominent(self.gazetteer, place) and is_stray_word(
                    place, text, partial(self._supported, place), self._people
                ):
                    continue
                if is_origin(place, text, origins[-1] if origins else None) or is_person_modifier(
                    place, text
                ):
                    origins.append(place)
                    continue
                if is_home(place, text):
                    homes.append(place)
                    continue
                place = narrow_to_city(self.gazetteer, place, text)
                kept.append(widen_to_unit(self.gazetteer, place, text, self.countries))
            named = kept + homes
            kept = [p for p in kept if not any(is_landmark_before(p, q, text) for q in kept)]
            kept = [p for p in kept if not any(is_title_before(p, q, text) for q in named)]
            homes = [p for p in homes if not any(is_title_before(p, q, text) for q in named)]
            # Where the people of the sentence live places their event when nothing else does.
            self._by_sentence[index] = _without_districts(kept, text) or homes
            self._homes[index] = homes
            self._origins[index] = origins
        return self._by_sentence[index]

    def homes(self, sentences: list[SentSpan], index: int) -> list[Place]:
        """The home places of people in one sentence ("citizens of Kosovo"): where a return goes."""
        self.places(sentences, index)
        return self._homes.get(index, [])

    def origins(self, sentences: list[SentSpan], index: int) -> list[Place]:
        """Where the people of one sentence come from ("84 children from Iraq"): where a return starts."""
        self.places(sentences, index)
        return self._origins.get(index, [])

    def _people(self) -> frozenset[str]:
        """Town names the document uses inside persons' names (read once, on demand)."""
        if self._people_words is None:
            assert self.gazetteer is not None
            self._people_words = document_people(self.gazetteer, self.doc.text)
        return self._people_words

    def _supported(self, place: Place) -> frozenset[str]:
        """The countries that make a place plausible: the case's and those the rest of the document
        points to (the scan of the whole document runs once, on demand)."""
        if self._support is None:
            assert self.gazetteer is not None
            self._support = supporting_countries(self.gazetteer, self.doc.text)
        return self._support | {c.upper() for c in self.countries}

    def fallback_place(self, sentences: list[SentSpan], index: int) -> Place | None:
        """The previous two sentences' place, else the last event's, else the dateline's, else the title's."""
        if self.gazetteer is None:
            return None
        for back in (index - 1, index - 2):
            if back >= 0:
                start = sentences[index].start_char
                found = choose_place(self.places(sentences, back), start, start)
                if found is not None and found.precision != "country":
                    return found
        if self.last_place is not None:
            # Kept in document coordinates; the caller shifts paragraph coordinates back.
            return moved_place(self.last_place, -self.offset)
        if not self._fallback_done:
            self._fallback_done = True
            self.fallback = (
                dateline_place(self.gazetteer, self.doc.text, self.countries) or self._title_place()
            )
        return self.fallback

    def _title_place(self) -> Place | None:
        if self.gazetteer is None or not self.doc.title:
            return None
        found = [replace(p, span=s) for s, p in self.gazetteer.scan(self.doc.title, countries=self.countries)]
        best = choose_place(found, 0, 0) if found else None
        # A title place keeps no span: a span would point into the title, not the text.
        return None if best is None else replace(best, span=None)


_DISTRICT_AFTER = re.compile(r"\s+district\b", re.I)


def _without_districts(places: list[Place], text: str) -> list[Place]:
    """Drop "X district" names when the sentence names a town or region too ("in the Isani district
    of Tbilisi", "the Achin district of Nangarhar province"): the event is coded on the larger unit."""

    def is_district(p: Place) -> bool:
        return p.span is not None and _DISTRICT_AFTER.match(text, p.span.end) is not None

    if not any(is_district(p) for p in places):
        return places
    wider = [p for p in places if not is_district(p) and p.precision in ("city", "point", "admin2", "admin1")]
    return [p for p in places if not is_district(p)] if wider else places
