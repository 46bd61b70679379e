"""Cross-check rules X1–X2 against real Document objects, and how citations find their documents."""

from __future__ import annotations

from datetime import datetime

from tests.audit.conftest import AuditText, kj_brief

from assay.model import Document

KJ = (
    "We assess that a repeat attack is unlikely (20–45%) before 31 December 2017. "
    "We have moderate confidence in this judgment because the group was detained."
)
REFS = (
    "Kazinform (2016a) 'Attack in Aktobe', Kazinform, 5 June 2016. https://www.inform.kz/a "
    "(accessed 1 July 2016).\n"
    "Kazinform (2016b) 'Briefing', Kazinform, 10 June 2016. https://www.inform.kz/b (accessed 1 July 2016).\n"
    "Tengrinews (2016) 'Cases rise', Tengrinews, 20 January 2016. https://tengrinews.kz/c "
    "(accessed 1 July 2016)."
)


def _doc(number: int, outlet: str, day: str, text: str, url: str | None = None) -> Document:
    return Document(
        id=number,
        content_hash=str(number),
        title="",
        text=text,
        outlet_key=outlet.lower(),
        outlet_name=outlet,
        url=url,
        published_at=datetime.fromisoformat(day),
    )


# No URLs on the documents, so citations must be matched by outlet + year, suffix = date order.
DOCS = [
    _doc(2, "Kazinform", "2016-06-10", "The ministry said 12 suspects had been detained in Aktobe."),
    _doc(1, "Kazinform", "2016-06-05", "Three people were killed in the attacks in Aktobe on 5 June."),
    _doc(
        3, "Tengrinews", "2016-01-20", "Extremism cases rose by 12% in 2015 compared with the previous year."
    ),
]


def test_x1_number_that_conflicts_with_the_cited_source(audit_text: AuditText) -> None:
    brief = kj_brief(KJ, body="30 people were killed in Aktobe (Kazinform 2016a).", references=REFS)
    findings = audit_text(brief, "X1", documents=DOCS)
    assert [f.quote for f in findings] == ["30"]
    assert "Three people were killed" in findings[0].suggestion


def test_x1_passes_number_written_as_a_word_in_the_source(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ,
        body="On 5 June 2016, 3 people were killed in Aktobe (Kazinform 2016a). "
        "Police detained 12 suspects (Kazinform 2016b).",
        references=REFS,
    )
    assert audit_text(brief, "X1", documents=DOCS) == []


def test_x1_suffix_picks_the_document_by_date_order(audit_text: AuditText) -> None:
    brief = kj_brief(KJ, body="Police detained 12 suspects (Kazinform 2016a).", references=REFS)
    assert [f.quote for f in audit_text(brief, "X1", documents=DOCS)] == ["12"]


def test_x1_date_and_place_not_in_source(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ,
        body="On 7 June 2016 three people were killed (Kazinform 2016a). "
        "Three people were killed in Almaty (Kazinform 2016a).",
        references=REFS,
    )
    assert [f.quote for f in audit_text(brief, "X1", documents=DOCS)] == ["7 June", "Almaty"]


def test_x1_silent_without_documents(audit_text: AuditText) -> None:
    brief = kj_brief(KJ, body="30 people were killed (Kazinform 2016a).", references=REFS)
    assert audit_text(brief, "X1") == []


def test_x2_share_of_population_where_source_gives_rate_of_change(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ, body="Officials said 12% of Kazakhs hold extremist views (Tengrinews 2016).", references=REFS
    )
    findings = audit_text(brief, "X2", documents=DOCS)
    assert [f.quote for f in findings] == ["12% of Kazakhs"]
    assert "rose by 12%" in findings[0].suggestion
    fixed = kj_brief(KJ, body="Extremism cases rose by 12% in 2015 (Tengrinews 2016).", references=REFS)
    assert audit_text(fixed, "X2", documents=DOCS) == []


def test_x1_both_ends_of_a_written_out_window_are_a_window_not_event_dates(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ,
        body="Police held 12 suspects in Aktobe between 1 January and 31 December 2016 (Kazinform 2016b). "
        "Three people were killed in Aktobe from 1 May to 30 June 2016 (Kazinform 2016a). "
        "On 3 April and 7 June 2016 three people were killed in Aktobe (Kazinform 2016a).",
        references=REFS,
    )
    # Neither end of either window is checked; the two event dates of the last sentence are.
    assert [f.quote for f in audit_text(brief, "X1", documents=DOCS)] == ["3 April"]


def test_x1_a_country_named_by_its_people_in_the_source_is_there(audit_text: AuditText) -> None:
    docs = [_doc(9, "Tengrinews", "2016-01-20", "Around 200 Kazakh nationals were fighting in Syria.")]
    brief = kj_brief(KJ, body="About 200 fighters left from Kazakhstan (Tengrinews 2016).", references=REFS)
    assert audit_text(brief, "X1", documents=docs) == []
    brief = kj_brief(KJ, body="About 200 fighters left from Tajikistan (Tengrinews 2016).", references=REFS)
    assert [f.quote for f in audit_text(brief, "X1", documents=docs)] == ["Tajikistan"]


def test_x1_reads_a_document_part_as_no_place(audit_text: AuditText) -> None:
    brief = kj_brief(
        KJ,
        body="Three people were killed in Aktobe, as scored in Appendix B and shown in Figure 2 "
        "(Kazinform 2016a). Three people were killed in Almaty (Kazinform 2016a).",
        references=REFS,
    )
    assert [f.quote for f in audit_text(brief, "X1", documents=DOCS)] == ["Almaty"]
