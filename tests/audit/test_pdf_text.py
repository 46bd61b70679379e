"""PDF layout reading: tables and running heads set aside, title by type size, wrapped lines joined."""

from __future__ import annotations

from pathlib import Path

from assay.audit import audit_file
from assay.audit.pdf_text import PdfLine, _blocks, _without_tables
from assay.audit.pdf_wraps import join_lines
from assay.audit.readers import read_blocks
from assay.audit.structure import parse_brief

# A house style unlike the producer's: margin-box running head and "Page 1 of 1" foot, a masthead
# table, a 17pt title in a div, bold body-size headings, justified auto-hyphenated text and a
# table of counts inside the discussion (eval/audit/make_binary.py writes it).
BRIEF = Path(__file__).resolve().parents[2] / "eval" / "audit" / "briefs" / "19-tables-running-heads.pdf"


def test_title_is_the_largest_type_on_page_one_not_the_first_line() -> None:
    brief = parse_brief(read_blocks(BRIEF), BRIEF.name)
    assert brief.title == (
        "Osh province: ethnic clashes on the 2010 scale are very unlikely before the end of 2017"
    )
    assert brief.question.startswith("Will ethnic violence in Kyrgyzstan's Osh province")
    assert brief.headings[:2] == ["Key judgments", "Discussion"]


def test_tables_masthead_and_running_heads_are_not_prose() -> None:
    text = "\n".join(b.text for b in read_blocks(BRIEF))
    for absent in ("Regional Security Unit", "Incidents (prosecutor)", "2014 31 35 2", "OFFICIAL", "Page 1"):
        assert absent not in text


def test_wrapped_and_hyphenated_lines_join_into_words_and_urls() -> None:
    text = "\n".join(b.text for b in read_blocks(BRIEF))
    for word in ("community-policing programme", "Characteristically", "departure", "under-reporting"):
        assert word in text
    brief = parse_brief(read_blocks(BRIEF), BRIEF.name)
    assert [r.url for r in brief.references] == [
        "https://eurasianet.org/osh-six-years-after",
        "https://www.hrw.org/report/2010/08/16/where-justice",
        "https://kloop.kg/osh-incidents-2014-2016",
    ]


def test_a_good_brief_with_tables_audits_clean() -> None:
    assert [f.rule for f in audit_file(BRIEF).findings if f.severity != "info"] == []


def test_a_hyphen_before_a_capital_at_a_line_end_stays_in_the_name() -> None:
    known = {"asia-plus", "intellinews", "plus"}
    assert join_lines(["Tajikistan (ACLED 2015b; Asia-", "Plus 2015c). Reports differ."], known) == (
        "Tajikistan (ACLED 2015b; Asia-Plus 2015c). Reports differ."
    )
    # Not written elsewhere: still a compound of names, never "Interfax- Kazakhstan".
    assert join_lines(["(Interfax-", "Kazakhstan 2016)"], known) == "(Interfax-Kazakhstan 2016)"
    # The document spells the name unbroken elsewhere, so the typesetter split it.
    assert join_lines(["(bne Intelli-", "News 2016)"], known) == "(bne IntelliNews 2016)"


def test_a_wrapped_reference_line_opening_with_a_dash_is_not_a_new_item() -> None:
    lines = [
        PdfLine("Interfax-Religion (2015) ‘Tajik police commander may be fighting in Syria", 0, 0, 1),
        PdfLine("- sources’, Interfax-Religion, 14 May 2015. Available at: http://x.org/1", 4, 0, 2),
        PdfLine("(Accessed: 24 November 2016).", 4, 0, 3),
        PdfLine("", 0, 0, 4),
        PdfLine("- a real list item", 0, 0, 5),
    ]
    blocks = _blocks([lines], 0.0)
    assert [b.text for b in blocks] == [
        "Interfax-Religion (2015) ‘Tajik police commander may be fighting in Syria - sources’, "
        "Interfax-Religion, 14 May 2015. Available at: http://x.org/1 (Accessed: 24 November 2016).",
        "- a real list item",
    ]
    assert [b.kind for b in blocks] == ["paragraph", "bullet"]


def test_a_first_cell_wrapping_over_several_short_lines_stays_in_its_table() -> None:
    rows = [
        ("ev-2015-01-27-        27 January        Syria        fighters 85", 0),
        ("sy-syria-             2015                           killed 22", 0),
        ("fighter-", 0),
        ("travel-2", 0),
        ("ev-2015-01-28-        28 January        Dushanbe     —", 0),
        ("tj-tj-du-             2015              Tajikistan", 0),
        ("The table lists every event in the case.", 0),
    ]
    lines = [PdfLine(text, indent, 0, n) for n, (text, indent) in enumerate(rows, start=1)]
    assert [b.text for b in _blocks([_without_tables(lines)], 0.0)] == [
        "The table lists every event in the case."
    ]
