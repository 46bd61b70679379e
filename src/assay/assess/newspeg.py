"""The news peg: dating current-news mentions that their report leaves undated by its publication day.

Reports of official statements, arrests, trials, laws and exercises often give no date in the
sentence ("The National Security Committee said about 300 Kazakhs were fighting in Syria"): the
news peg is the report itself. Such a mention, when nothing else in its document dates it
(assess.coreference found no anchor), is dated to the week ending on the report's publication
day, with precision "week" and no date span, so the brief never prints a day the text does not
state and the event fuses only with reports from the same week. The rule applies only to:

* types that news reports as it happens — statements, legislation, prosecutions, arrests,
  disrupted plots, exercises, propaganda and travel of fighters; never attacks, bombings or
  clashes, which reports date explicitly and which a wrong date would invent;
* asserted or reported mentions (planned, denied and hypothetical ones stay out);
* documents with a publication date that are not rows of an event table (those carry their own).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import timedelta

from assay.model import Document, Mention, TimeSpan

PEG_TYPES = frozenset(
    {
        "statement",
        "legislation",
        "prosecution",
        "arrest",
        "plot_disrupted",
        "military_exercise",
        "propaganda",
        "foreign_fighter_travel",
    }
)
PEG_MODALITIES = frozenset({"asserted", "reported"})
PEG_DAYS = 7


def date_by_news_peg(
    mentions: Sequence[Mention], documents: Mapping[int, Document], anchored: Mapping[int, int]
) -> tuple[list[Mention], int]:
    """Return the mentions with eligible undated ones dated by their report's week, and how many."""
    out: list[Mention] = []
    pegged = 0
    for mention in mentions:
        document = documents.get(mention.document_id)
        if (
            mention.date.is_dated
            or mention.id in anchored
            or mention.event_type not in PEG_TYPES
            or mention.modality not in PEG_MODALITIES
            or document is None
            or document.published_at is None
            or document.kind == "table-row"
        ):
            out.append(mention)
            continue
        day = document.published_at.date()
        peg = TimeSpan(day - timedelta(days=PEG_DAYS - 1), day, "week", None)
        out.append(replace(mention, date=peg))
        pegged += 1
    return out, pegged
