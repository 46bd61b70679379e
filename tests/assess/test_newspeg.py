"""The news peg dates only current-news mentions, only when nothing else dates them."""

from __future__ import annotations

from datetime import date, datetime

from assay.assess.newspeg import date_by_news_peg
from assay.model import Document, Mention, Span, TimeSpan

UNDATED = TimeSpan(None, None, "none")


def doc(
    doc_id: int, kind: str = "article", published: datetime | None = datetime(2014, 11, 18, 9)
) -> Document:
    return Document(doc_id, f"h{doc_id}", "t", "text", "o", "O", kind=kind, published_at=published)  # type: ignore[arg-type]


def mention(
    mid: int, doc_id: int, event_type: str, modality: str = "reported", when: TimeSpan = UNDATED
) -> Mention:
    return Mention(
        mid, doc_id, event_type, Span(0, 4, "said"), Span(0, 10, "sentence"), when, None, modality=modality
    )  # type: ignore[arg-type]


def test_statement_is_dated_to_the_week_ending_on_publication() -> None:
    out, pegged = date_by_news_peg([mention(1, 1, "statement")], {1: doc(1)}, {})
    assert pegged == 1
    assert out[0].date == TimeSpan(date(2014, 11, 12), date(2014, 11, 18), "week", None)


def test_violence_anchored_dated_denied_and_table_rows_are_left_alone() -> None:
    dated = TimeSpan(date(2014, 1, 2), date(2014, 1, 2), "day")
    mentions = [
        mention(1, 1, "attack"),
        mention(2, 1, "arrest"),
        mention(3, 1, "arrest", when=dated),
        mention(4, 1, "statement", modality="denied"),
        mention(5, 2, "arrest"),
        mention(6, 3, "arrest"),
    ]
    documents = {1: doc(1), 2: doc(2, kind="table-row"), 3: doc(3, published=None)}
    out, pegged = date_by_news_peg(mentions, documents, anchored={2: 3})
    assert pegged == 0
    assert out == mentions
