"""Which of a sentence's dates a draft may take, before event_dates picks the nearest."""

from __future__ import annotations

import re

from assay.extract.dates import DateMatch
from assay.extract.drafts import Draft
from assay.extract.violence import VIOLENT_PRIORITY

# What stands between a date and a second violent occurrence told after it: another clause
# (";"), a relative clause ("a siege in which gunmen killed"), or a time of its own relative to
# the first ("hours later", which the gold README leaves undated).
_OTHER_TIME = re.compile(r";|\b(?:in|during)\s+which\b|\b(?:hours|days|minutes|moments)\s+later\b", re.I)


# Violence told as what a protest is about ("protested after a teenager was killed", "demanding
# an investigation into the killing of") or as what came before a dated act ("hours after an
# attack"): the dates told before it are the protest's or the act's.
_OWN_SUBJECT = re.compile(
    r",\s+(?:and|while|but)\s+(?:authorities|officials|police|troops|soldiers|security\s+forces|"
    r"lawmakers|deputies|protesters|demonstrators|militants|gunmen)\s",
)
# What someone says in a video or a statement ("appeared in a video released in late May,
# saying he had joined the group in Syria") is not dated by the saying.
_SAYING = re.compile(r",\s+(?:saying|claiming|adding|boasting)\b", re.I)
_GRIEVANCE = re.compile(r"\b(?:after|over|against|into|following)\b", re.I)
_SOME_TIME_AFTER = re.compile(
    r"\b(?:hours|days|weeks|months)\s+(?:after|before)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I
)


def own_dates(dates: list[DateMatch], drafts: list[Draft], own: int, text: str) -> list[DateMatch]:
    """The dates drafts[own] may take: the sentence's, short of those told before it when it is a
    second violent occurrence in a clause of its own (Draft.is_response), a protest's grievance,
    or an event placed only relative to another ("hours after an attack")."""
    draft = drafts[own]
    t = draft.trigger
    # "parliament on Monday approved a resolution ..., and authorities deployed troops": a
    # clause with a subject of its own (event_dates reads capitalised and "the" subjects).
    dates = [
        d
        for d in dates
        if d.start >= t.char_end
        or not (_OWN_SUBJECT.search(text, d.end, t.char_start) or _SAYING.search(text, d.end, t.char_start))
    ]
    if draft.is_response:
        return [
            d for d in dates if d.start >= t.char_end or not _OTHER_TIME.search(text, d.end, t.char_start)
        ]
    if draft.event_type not in VIOLENT_PRIORITY:
        return dates
    relative = _SOME_TIME_AFTER.search(text, max(0, t.char_start - 40), t.char_start) is not None
    grievance = any(
        d.event_type == "protest"
        and d.trigger.char_end <= t.char_start
        and _GRIEVANCE.search(text, d.trigger.char_end, t.char_start)
        for d in drafts
    )
    if relative or grievance:
        return [d for d in dates if d.start >= t.char_end]
    return dates
