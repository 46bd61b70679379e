"""Outlook and indicators: per key judgment, the observable signposts that would raise or lower it."""

from __future__ import annotations

import re

from assay.model import Judgment
from assay.produce.draft import Draft, make_draft
from assay.produce.hypotheses import indicator_hypothesis, plain_indicator, reader_nouns
from assay.produce.material import Material
from assay.produce.phrasing import is_plain, join_list, lower_opening, ordinal, strip_stop
from assay.produce.values import dates_in_words

_BRACKETS = re.compile(r"\s*\([^()]*\)")
_FRAME = re.compile(r"\s+(?:between|from|by|before|during)\s+.*\d{4}\s*$")


def _topic(judgment: Judgment) -> str:
    """The judgment's claim without its time frame or asides: 'that ISIS has …'."""
    clause = _BRACKETS.sub("", strip_stop(dates_in_words(judgment.statement))).split(";", 1)[0]
    clause = reader_nouns(_FRAME.sub("", clause).strip())
    return f"that {lower_opening(clause)}" if clause and is_plain(clause) else ""


def _signposts(indicators: tuple[str, ...], first: str | None) -> str:
    """'what H3 predicts (a, b and c) or what H4 predicts (d)', or 'a, b or c' without hypothesis keys."""
    groups: dict[str, list[str]] = {}
    for text in indicators:
        watch = plain_indicator(text)
        if watch and is_plain(watch):
            bucket = groups.setdefault(indicator_hypothesis(text), [])
            if watch not in bucket:
                bucket.append(watch)
    order = sorted(groups, key=lambda k: (k != first, k == "", k))
    parts = [
        f"what {key} predicts ({join_list(groups[key])})" if key else join_list(groups[key], "or")
        for key in order
    ]
    return join_list(parts, "or")


def _judgment_paragraph(index: int, judgment: Judgment) -> list[Draft]:
    topic = _topic(judgment)
    which = f"the {ordinal(index)} key judgment" + (f", {topic}," if topic else "")
    inputs = (f"judgment {judgment.id} statement and indicators",)
    up = _signposts(judgment.indicators_up, judgment.hypothesis_key)
    down = _signposts(judgment.indicators_down, judgment.hypothesis_key)
    drafts: list[Draft] = []
    if up:
        drafts.append(
            make_draft(
                f"We would raise our estimate for {which} on seeing {up}",
                fallback=inputs,
                is_factual=False,
                role="indicator",
                group=judgment.id,
            )
        )
    if down:
        lead = "We would lower it on seeing" if up else f"We would lower our estimate for {which} on seeing"
        drafts.append(
            make_draft(
                f"{lead} {down}",
                fallback=inputs,
                is_factual=False,
                role="indicator",
                group=judgment.id,
            )
        )
    if not drafts:
        drafts.append(
            make_draft(
                f"We have not yet set indicators for {which.rstrip(',')}; the next review should add them",
                fallback=inputs,
                is_factual=False,
                role="indicator",
                group=judgment.id,
            )
        )
    return drafts


def outlook_drafts(material: Material) -> list[list[Draft]]:
    """A time frame for the outlook, then one paragraph of signposts per key judgment."""
    judgments = material.assessment.judgments
    if not judgments:
        return []
    intro = make_draft(
        "We will watch the reporting for the signposts below over the year after the information "
        "cut-off and revisit each judgment at the first of them, or at the end of that year if none appears",
        is_factual=False,
        role="indicator",
    )
    paragraphs = [[intro]]
    for index, judgment in enumerate(judgments):
        paragraphs.append(_judgment_paragraph(index, judgment))
    return paragraphs
