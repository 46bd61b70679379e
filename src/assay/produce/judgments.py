"""Key judgments: the estimative sentence with its band, then a separate confidence sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assay.model import Judgment, Support
from assay.produce.confidence import confidence_text
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.hypotheses import name_evidence, reader_nouns
from assay.produce.material import Material
from assay.produce.phrasing import choose, estimative_clause, lower_opening, strip_stop
from assay.produce.values import dates_in_words, find_values, format_date, iso_dates, occurs_in
from assay.standards import Band, get_standard


def band_of(material: Material, judgment: Judgment) -> Band:
    """The judgment's band on the case's standard, from its number (words follow the number)."""
    standard = get_standard(judgment.standard or material.config.case.standard)
    return standard.band_for(judgment.probability)


def judgment_clause(material: Material, judgment: Judgment) -> str:
    """'it likely (55–80%) that support … through 31 December 2017'."""
    band = band_of(material, judgment)
    statement = plain_statement(judgment.statement)
    frame = time_frame_words(judgment.time_frame)
    if frame and not _states_frame(judgment.statement, judgment.time_frame, frame):
        # The frame belongs to the proposition, before any '; the best supported explanation is …'.
        head, sep, tail = statement.partition("; ")
        statement = f"{head} {frame}{sep}{tail}"
    return f"{estimative_clause(band.term, band.label)} that {statement}"


def plain_statement(statement: str) -> str:
    """A judgment's proposition in words: dates spelled out, indicator families named as readers do."""
    text = lower_opening(strip_stop(dates_in_words(statement)))
    text = reader_nouns(text)
    text = text.replace(", exposure in calendar days)", "; rates per calendar day)")
    # The discussion names the same interval the same way (trends.CREDIBLE).
    return re.sub(r"\b(\d+% )interval\b", r"\1credible interval", text)


def time_frame_words(frame: str) -> str:
    """A time frame in words: '2017-01-01 to 2017-12-31' → 'between 1 January and 31 December 2017'."""
    return strip_stop(dates_in_words(frame.strip()))


def _states_frame(statement: str, raw_frame: str, frame: str) -> bool:
    """Whether the statement already gives the time frame (in ISO dates or in words)."""
    if frame.casefold() in dates_in_words(statement).casefold():
        return True
    wanted = iso_dates(raw_frame)
    if not wanted:
        return False
    said = set(iso_dates(statement))
    written = dates_in_words(statement)
    return all(d in said or occurs_in(format_date(d), written) for d in wanted)


def _judgment_supports(material: Material, judgment: Judgment) -> list[Support]:
    band = band_of(material, judgment)
    standard = judgment.standard or material.config.case.standard
    return [
        derived(
            band.label,
            f"standard {standard} band for {band.term!r}",
            f"judgment {judgment.id} probability {judgment.probability:.2f}",
            kind="standard",
        )
    ]


def title_of(material: Material) -> str:
    """The bottom line in plain words, owned and with its band; never a topic label."""
    judgments = material.assessment.judgments
    if not judgments:
        return f"We make no key judgment yet on: {strip_stop(material.config.case.question)}"
    # The title carries the bottom line only: the proposition's first clause with its term, band and
    # time frame; its reasoning ("; the best supported explanation is …") follows in the key judgment.
    first = judgments[0]
    return "We judge " + judgment_clause(material, replace(first, statement=first.statement.split(";", 1)[0]))


def _item_namer(material: Material, cited: list[int]) -> Callable[[str], str]:
    """ACH item keys named as a reader knows them, when the name needs no figure of its own; the
    document that states each name's place is added to `cited`."""
    ach = material.assessment.ach
    items = {item.key: item for item in ach.evidence} if ach is not None else {}

    def name(key: str) -> str:
        item = items.get(key)
        if item is not None:
            # A name with numbers or dates would need spans the confidence sentence does not cite:
            # a group of events is then named without its count and years.
            for figures in (True, False):
                named = name_evidence(material, item, figures)
                if not find_values(named.text):
                    cited.extend(named.doc_ids[:1])
                    return named.text
        return f"item {key} of the matrix in Appendix B"

    return name


def key_judgment_drafts(material: Material) -> list[list[Draft]]:
    """One pair per judgment: the likelihood sentence, then the confidence sentence with its sources."""
    pairs: list[list[Draft]] = []
    for judgment in material.assessment.judgments:
        band = band_of(material, judgment)
        verb = choose(["We judge", "We assess"], judgment.id)
        tags = (
            ("term", band.term),
            ("band", band.label),
            ("confidence", judgment.confidence),
            ("probability", f"{judgment.probability:.2f}"),
            ("judgment", judgment.id),
        )
        statement = make_draft(
            f"{verb} {judgment_clause(material, judgment)}",
            (),
            fixed=_judgment_supports(material, judgment),
            fallback=(f"judgment {judgment.id} statement and time frame",),
            fallback_kind="judgment",
            is_factual=False,
            role="judgment",
            group=judgment.id,
            tags=tags,
        )
        docs = judgment.document_ids or tuple(material.event_documents(judgment.event_ids))
        named: list[int] = []
        text = confidence_text(judgment.confidence, judgment.confidence_reasons, _item_namer(material, named))
        confidence = make_draft(
            text,
            list(dict.fromkeys(material.best_documents(docs, 4) + named)),
            fallback=(f"judgment {judgment.id} confidence_reasons",),
            is_factual=False,
            role="confidence",
            group=judgment.id,
            tags=tags,
        )
        pairs.append([statement, confidence])
    return pairs
