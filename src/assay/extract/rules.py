"""The rules.v1 extractor: lexicon triggers per sentence, then date, place, actors, counts and modality.

Pipeline, per document: table rows are taken as coded (tables.py). Otherwise the blank
spaCy pipeline splits the text into tokens and sentences; the trigger PhraseMatcher runs once
over the whole document; each sentence's accepted triggers are collapsed into drafts, at most
one mention per event type (drafts.py, violence.py); then each mention gets the nearest date
in its sentence (never the date of a "said on Monday"), the most specific place of those its
sentence tells for it (event_places.py; else the previous two sentences, the dateline, the
title; context.py), actors with roles, counts and modality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span as SentSpan

from assay.extract.actors import (
    ActorHit,
    assign_roles,
    country_named,
    find_actors,
    is_cited,
    is_reporter,
    names_its_state,
    report_verb_end,
    sentence_hits,
    with_officials_country,
)
from assay.extract.attribution import governs as attributes
from assay.extract.context import DocContext
from assay.extract.counts import find_counts
from assay.extract.dates import DateContext, DateMatch, find_dates, has_date_cue
from assay.extract.disclosures import find_disclosure, may_disclose
from assay.extract.drafts import (
    Draft,
    assign_counts,
    collapse_triggers,
    date_claims,
    is_return_leg,
    trigger_span,
)
from assay.extract.event_dates import STATE_ACTS, pick_date
from assay.extract.event_places import event_places
from assay.extract.journeys import CONFLICT_COUNTRIES, away_from_conflict, later_destination
from assay.extract.lexicon import find_triggers, load_lexicon
from assay.extract.modality import is_speculation, read_modality
from assay.extract.nlp import at_word_starts, sentences_of, text_words, tokenize
from assay.extract.offsets import moved_place, shift_date, shift_mention
from assay.extract.place_roles import (
    is_left_from,
    is_nationwide,
    is_possessed_by,
    is_return,
    names_home,
)
from assay.extract.places import (
    PlaceSource,
    choose_place,
    default_gazetteer,
    demonym_place,
    destination_place,
)
from assay.extract.tables import extract_row, is_table_row
from assay.extract.travellers import travel_count
from assay.extract.violence import VIOLENT_PRIORITY
from assay.gazetteer import GazetteerError
from assay.model import Count, Document, Mention, Place, Span

_OFFICIAL_TYPES = frozenset({"state security", "police", "military", "government", "judiciary"})
_FUTURE = at_word_starts(
    re.compile(
        r"\b(?:will|shall|plans?\s+to|scheduled|to\s+be\s+held|upcoming|starting\s+on|beginning\s+on|"
        r"to\s+(?:start|begin)|"
        # "next week", not "exploded next to a police post"
        r"next\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|day|days|monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
        r"september|october|november|december))\b",
        re.I,
    )
)
_PARAGRAPH = re.compile(r"[^\n]+")


class RulesExtractor:
    """Rule-and-lexicon event extractor on spaCy's blank English pipeline."""

    name = "rules.v1"

    def __init__(self, gazetteer: PlaceSource | None = None) -> None:
        self._gazetteer = gazetteer
        self._lexicon = load_lexicon()

    @property
    def gazetteer(self) -> PlaceSource | None:
        """The gazetteer used for places (the shared one unless another was given)."""
        return self._gazetteer if self._gazetteer is not None else default_gazetteer()

    def extract(self, doc: Document, *, countries: Sequence[str] = ()) -> list[Mention]:
        """Return the mentions of one document (id 0, document_id = doc.id)."""
        if is_table_row(doc):
            return extract_row(doc, self.gazetteer, countries)
        published = doc.published_at.date() if doc.published_at else None
        context = DocContext(self.gazetteer, doc, countries)
        mentions: list[Mention] = []
        anchor: date | None = None
        # Paragraph by paragraph: one that cannot hold a trigger is never tokenised.
        for para in _PARAGRAPH.finditer(doc.text):
            chunk = para.group(0)
            words = text_words(chunk)
            if not self._lexicon.may_trigger(chunk, words) and not may_disclose(chunk, words=words):
                continue
            context.start_chunk(para.start(), chunk)
            found, anchor = self._extract_chunk(doc, chunk, published, anchor, context)
            mentions.extend(shift_mention(m, para.start(), context.fallback) for m in found)
        return mentions

    def _extract_chunk(
        self, doc: Document, text: str, published: date | None, anchor: date | None, context: DocContext
    ) -> tuple[list[Mention], date | None]:
        sdoc = tokenize(text)
        matches = self._lexicon.matcher(sdoc)
        has_pattern = self._lexicon.has_pattern(text)
        if not matches and not has_pattern and not may_disclose(text):
            return [], anchor
        sentences = sentences_of(sdoc)
        actor_hits: list[ActorHit] | None = None
        mentions: list[Mention] = []
        after_violence = False
        for index, sent in enumerate(sentences):
            in_sentence = [m for m in matches if m[1] >= sent.start and m[2] <= sent.end]
            triggers = find_triggers(sdoc, text, sent, in_sentence) if in_sentence or has_pattern else []
            drafts: list[Draft] = []
            if triggers:
                s0, s1 = sent.start_char, sent.end_char
                drafts = collapse_triggers(triggers, text, s0, s1, after_violence=after_violence)
            after_violence = after_violence or any(d.event_type in VIOLENT_PRIORITY for d in drafts)
            sent_text = text[sent.start_char : sent.end_char]
            if not drafts and (not may_disclose(sent_text) or find_disclosure(sent_text) is None):
                continue  # a sentence with no event and no disclosure yields nothing
            # Dates are read only where events are: the anchor for "the next day" is the last
            # day-precise date of an earlier event sentence.
            dates: list[DateMatch] = []
            if has_date_cue(sent_text):
                ctx = DateContext(published, anchor, bool(_FUTURE.search(sent_text)))
                dates = [shift_date(d, sent.start_char) for d in find_dates(sent_text, ctx)]
                days = [d for d in dates if d.precision == "day" and not d.is_report_date]
                if days:
                    anchor = days[-1].first
            if actor_hits is None:
                actor_hits = find_actors(sdoc, text)
            claims = date_claims(triggers, drafts)
            mentions.extend(
                self._mentions(doc, text, sentences, index, drafts, dates, actor_hits, context, claims)
            )
        return mentions, anchor

    def _mentions(
        self,
        doc: Document,
        text: str,
        sentences: list[SentSpan],
        index: int,
        drafts: list[Draft],
        dates: list[DateMatch],
        actor_hits: list[ActorHit],
        context: DocContext,
        claims: Sequence[tuple[int, int, int]] = (),
    ) -> list[Mention]:
        sent = sentences[index]
        s0, s1 = sent.start_char, sent.end_char
        sentence = Span(s0, s1, text[s0:s1])
        hits = sentence_hits(actor_hits, sent)
        # A place inside an actor's name is not the event's place; a country standing for its
        # government ("Kazakhstan raised its threat level") still places the act.
        blocked = [(h.start, h.end) for h in hits if not names_its_state(h)]
        places = context.places(sentences, index)
        excluded = [(d.start - s0, d.end - s0) for d in dates]
        counts = assign_counts(find_counts(sentence.text, excluded), drafts, s0, sentence.text)
        for i, draft in enumerate(drafts):
            if draft.event_type == "foreign_fighter_travel" and not counts[i]:
                t = draft.trigger
                found = travel_count(sentence.text, t.char_start - s0, t.char_end - s0, excluded)
                # One person makes both legs of a journey; a crowd counted at one leg is that leg's.
                if (
                    found is not None
                    and found.span is not None
                    and found.value > 1
                    and _nearer_leg(found.span, drafts, i, s0)
                ):
                    continue
                if found is not None and found.span is not None:
                    span = Span(found.span.start + s0, found.span.end + s0, found.span.text)
                    counts[i].append(Count(found.kind, found.value, found.qualifier, span))
        triggers = [trigger_span(text, d) for d in drafts]
        nearest = [_nearest_trigger(h.start, h.end, triggers) for h in hits]
        # An actor whose "declared"/"announced" is itself an event's trigger acts, not reports.
        verb_ends = [report_verb_end(h, text, s1) for h in hits]
        acting = [
            h
            for h, v in zip(hits, verb_ends, strict=True)
            if v is not None and any(t.start < v <= t.end for t in triggers)
        ]
        # A reporter says (the verb read above) or is cited (see actors.is_reporter).
        reporters = [
            (v is not None or is_cited(h, text, s0)) and h not in acting
            for h, v in zip(hits, verb_ends, strict=True)
        ]
        out: list[Mention] = []
        for i, draft in enumerate(drafts):
            trig = triggers[i]
            # An actor belongs to the mention whose trigger is nearest; a reporter to every one.
            own = [h for h, n, r in zip(hits, nearest, reporters, strict=True) if n == i or r]
            actors, reporter = assign_roles(own, draft.event_type, text, s0, s1, acting)
            # A reporter in another semicolon clause ("police said ...; prosecutors charged him")
            # names the source but does not make the event reported, unless it closes the sentence.
            governs = any(
                r and attributes(h.start, h.end, trig.start, text, s1)
                for h, r in zip(hits, reporters, strict=True)
            )
            modality = read_modality(
                sentence.text,
                trig.start - s0,
                trig.end - s0,
                has_reporter=reporter is not None and governs,
                is_disruption=draft.event_type == "plot_disrupted",
                is_travel=draft.event_type == "foreign_fighter_travel",
            )
            if is_speculation(sentence.text, trig.start - s0):
                continue
            own_places, told_elsewhere = event_places(places, triggers, drafts, i, claims, text, (s0, s1))
            place = self._place(draft.event_type, text, own_places, trig, blocked, s0, s1, places)
            if place is None and draft.event_type == "foreign_fighter_travel" and is_return(trig.text):
                place = self._return_place(own_places, trig, text, context, sentences, index, blocked)
            if place is None:
                place = self._nationwide(places, text, s0, s1)
            if place is None and not told_elsewhere:
                place = choose_place(context.homes(sentences, index), trig.start, trig.end, blocked)
                if place is None:
                    place = context.fallback_place(sentences, index)
            elif place is not None and place.precision in ("city", "point", "admin2", "admin1"):
                context.last_place = moved_place(place, context.offset)
            mention_counts = counts[i]
            actors, reporter = with_officials_country(actors, reporter, place.country_code if place else "")
            out.append(
                Mention(
                    id=0,
                    document_id=doc.id,
                    event_type=draft.event_type,
                    trigger=trig,
                    sentence=sentence,
                    date=pick_date(dates, trig, draft.event_type, claims, i, text),
                    place=place,
                    actors=actors,
                    counts=tuple(mention_counts),
                    modality=modality,
                    reported_by=reporter,
                    extractor=self.name,
                )
            )
        # A disclosure needs an official and a reporting verb: most event sentences lack one of them.
        has_statement = any(d.event_type == "statement" for d in drafts)
        if not has_statement and may_disclose(sentence.text, need_matter=False):
            disclosed = self._disclosure(doc, text, sentences, index, dates, hits, out, context)
            if disclosed is not None:
                out.append(disclosed)
        return out

    def _disclosure(
        self,
        doc: Document,
        text: str,
        sentences: list[SentSpan],
        index: int,
        dates: list[DateMatch],
        hits: list[ActorHit],
        found: list[Mention],
        context: DocContext,
    ) -> Mention | None:
        """The official's act of disclosing a figure or an order as a statement (see disclosures.py).

        Placed in the official's country (named in the subject, else the country of a reporting
        actor, else a place of the sentence outside the reported journeys' destinations, else
        the first demonym), dated by its own "said on Friday".
        """
        sent = sentences[index]
        s0, s1 = sent.start_char, sent.end_char
        travel = any(m.event_type == "foreign_fighter_travel" for m in found)
        disclosure = find_disclosure(text[s0:s1], travel)
        if disclosure is None:
            return None
        verb = Span(s0 + disclosure.verb_start, s0 + disclosure.verb_end, "")
        verb = Span(verb.start, verb.end, text[verb.start : verb.end])
        # The official's own words: up to 30 characters before the subject word ("Tajik
        # authorities", "Kyrgyzstan's Interior Ministry"), not past a comma or quote.
        lead = text[max(s0, s0 + disclosure.subject_start - 30) : s0 + disclosure.subject_start]
        lead = re.split(r"[,;:\"“”]", lead)[-1]
        subject_text = (
            lead + text[s0 + disclosure.subject_start : max(verb.start, s0 + disclosure.subject_end)]
        )
        official = [h for h in hits if is_reporter(h, text, s0, s1) and h.entry.actor_type in _OFFICIAL_TYPES]
        actors, reporter = assign_roles(official, "statement", text, s0, s1)
        place = self._official_place(subject_text, official, found, text, sentences, index, context)
        return Mention(
            id=0,
            document_id=doc.id,
            event_type="statement",
            trigger=verb,
            sentence=Span(s0, s1, text[s0:s1]),
            date=pick_date(dates, verb, "statement"),
            place=place,
            actors=actors,
            counts=(),
            modality="asserted",
            reported_by=reporter,
            extractor=self.name,
        )

    def _official_place(
        self,
        subject_text: str,
        official: list[ActorHit],
        found: list[Mention],
        text: str,
        sentences: list[SentSpan],
        index: int,
        context: DocContext,
    ) -> Place | None:
        gazetteer = self.gazetteer
        if gazetteer is None:
            return None
        code = country_named(subject_text) or next(
            (c for c in (country_named(h.entry.name) for h in official) if c), None
        )
        if code is not None:
            try:
                return gazetteer.country(code)
            except GazetteerError:  # a demonym whose country the gazetteer lacks
                pass
        sent = sentences[index]
        away = {m.place.country_code for m in found if m.place and m.event_type == "foreign_fighter_travel"}
        local = [
            p
            for p in context.places(sentences, index)
            if p.country_code not in away and p.precision != "country"
        ]
        if local:
            return choose_place(local, sent.start_char, sent.start_char)
        return demonym_place(gazetteer, text, sent.start_char, sent.end_char) or context.fallback_place(
            sentences, index
        )

    def _place(
        self,
        event_type: str,
        text: str,
        places: list[Place],
        trig: Span,
        blocked: list[tuple[int, int]],
        s0: int,
        s1: int,
        sentence_places: list[Place] | None = None,
    ) -> Place | None:
        """The event's place in its sentence (see places.py); None sends the caller to the fallbacks.

        `places` are those of the event's own clause; `sentence_places` all of the sentence's, for
        a destination told in a later clause ("who intended to travel to Syria").

        Travel takes its destination ("left for Syria"); a state's own act with no place named
        takes the country of its demonym ("Kazakh lawmakers") at country precision.
        """
        if event_type == "foreign_fighter_travel":
            # A journey home does not end where it started ("were returned from Syria"); with no
            # destination named, the caller tries the travellers' home, then the start.
            going_home = is_return(trig.text)
            if going_home:
                places = [p for p in places if not is_left_from(p, text)]
            # A trigger that names its destination ("crossed from Turkey into Syria", "en route to
            # Syria") is placed at the last place it names, or at the place inside it the
            # possessive names ("crossed into Afghanistan's Nangarhar province").
            inside = [p for p in places if p.span is not None and trig.start <= p.span.start < trig.end]
            if inside:
                last = max(inside, key=lambda p: p.span.start if p.span else 0)
                return next((p for p in places if is_possessed_by(p, last, text)), last)
            found = destination_place(places, text, trig.end)
            if found is not None or going_home:
                return found
            if is_return_leg(trig.text):
                # The way home is not placed in the conflict it came back from.
                places = away_from_conflict(places)
            else:
                # "prevented the departure of four citizens, natives of Andijan, who intended to
                # travel to Syria": the destination named later in the sentence.
                later = later_destination(sentence_places or places, text, trig.end)
                if later is not None:
                    return later
        found = choose_place(places, trig.start, trig.end, blocked)
        if found is None and event_type in STATE_ACTS and self.gazetteer is not None:
            return demonym_place(self.gazetteer, text, s0, s1)
        return found

    def _return_place(
        self,
        places: list[Place],
        trig: Span,
        text: str,
        context: DocContext,
        sentences: list[SentSpan],
        index: int,
        blocked: list[tuple[int, int]],
    ) -> Place | None:
        """A journey home with no destination named: the travellers' home when the passage says
        they went home ("a resident of Rudny ... returned home"), else where it started ("from
        Syria"), else where they had been ("who travelled to Syria ... have since returned")."""
        if names_home(text, trig.start, trig.end):
            home = choose_place(context.homes(sentences, index), trig.start, trig.end)
            if home is not None:
                return home
        # The state that brings its citizens home is their home country, named before the trigger
        # ("Kazakhstan has repatriated 231 citizens from Syria"; README: the home country for
        # returns, when named).
        # A conflict country before the trigger is where they had gone ("left for Syria ... returned").
        states = [
            p
            for p in away_from_conflict(places)
            if p.precision == "country" and p.country_code not in CONFLICT_COUNTRIES
            and p.span is not None and p.span.end <= trig.start
        ]
        if states:
            return max(states, key=lambda p: p.span.start if p.span else 0)
        starts = [p for p in places + context.origins(sentences, index) if is_left_from(p, text)]
        found = choose_place(starts, trig.start, trig.end, blocked)
        if found is not None:
            return found
        # Where they had been, told anywhere in the sentence (a "who travelled to Syria and
        # Iraq" clause too): the first-named.
        been = [p for p in context.places(sentences, index) if p.span is not None and p.precision != "region"]
        return min(been, key=lambda p: p.span.start if p.span else 0, default=None)

    def _nationwide(self, places: list[Place], text: str, s0: int, s1: int) -> Place | None:
        """The country of a sentence that says "across the country" ("Kazakhstan's ministry said ...")."""
        if self.gazetteer is None or not is_nationwide(text[s0:s1]):
            return None
        countries = [p for p in places if p.precision == "country"]
        if countries:
            return countries[0]
        return demonym_place(self.gazetteer, text, s0, s1)


def _nearer_leg(span: Span, drafts: list[Draft], own: int, s0: int) -> bool:
    """True when travellers counted at `span` (sentence offsets) stand nearer another journey's trigger."""
    legs = [i for i, d in enumerate(drafts) if d.event_type == "foreign_fighter_travel"]
    if len(legs) < 2:
        return False

    def gap(i: int) -> int:
        t = drafts[i].trigger
        start, end = t.char_start - s0, t.char_end - s0
        return start - span.end if span.end <= start else max(0, span.start - end)

    return min(legs, key=gap) != own


def _nearest_trigger(start: int, end: int, triggers: list[Span]) -> int:
    def distance(t: Span) -> int:
        return t.start - end if end <= t.start else max(0, start - t.end)

    return min(range(len(triggers)), key=lambda i: distance(triggers[i]), default=-1)
