"""Reading briefs in every format, finding their parts, and refusing unreadable files with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.audit import audit_file
from assay.audit.citations import find_citations, parse_reference
from assay.audit.readers import read_blocks
from assay.audit.structure import parse_brief
from assay.errors import AuditError

BRIEFS = Path(__file__).resolve().parents[2] / "eval" / "audit" / "briefs"


@pytest.mark.parametrize(
    ("name", "title", "references"),
    [
        ("01-good-bluf-memo.md", "Militant attacks in Kazakhstan are likely to stay rare through 2017", 5),
        ("03-phia-words-in-icd203.txt", "RADICALISATION IN KYRGYZSTAN: OUTLOOK TO 2017", 2),
        ("06-title-as-fact.html", "ISIS is winning recruits in Kazakhstan's prisons", 3),
        (
            "11-good-numbered.docx",
            "Tajik-Afghan border: incursions are likely to stay small-scale through 2017",
            3,
        ),
        ("12-good-bluf.pdf", "Andijan region: protests are unlikely to turn violent before 2018", 3),
    ],
)
def test_every_format_yields_title_question_judgments_and_references(
    name: str, title: str, references: int
) -> None:
    brief = parse_brief(read_blocks(BRIEFS / name), name)
    assert brief.title == title
    assert brief.question.endswith("?")
    assert brief.key_judgments
    assert len(brief.references) == references
    assert all(r.url.startswith("https://") for r in brief.references)


def test_footnote_markers_become_citations_and_notes_references() -> None:
    brief = parse_brief(read_blocks(BRIEFS / "05-footnote-paper.md"), "05")
    assert [r.key for r in brief.references] == ["#1", "#2", "#3"]
    assert [c.key for s in brief.sentences for c in s.citations] == ["#1", "#2", "#3", "#6"]


def test_citation_styles() -> None:
    keys = [
        c.key
        for c in find_citations(
            "Attacks rose (Kazinform 2016a; BBC 2016; Anon. 2016) as Reuters (2016) "
            "said [1, 3–4] and a note said so.[^7]"
        )
    ]
    assert keys == ["kazinform 2016a", "bbc 2016", "anon 2016", "reuters 2016", "#1", "#3", "#4", "#7"]
    assert find_citations("Attacks are likely (55–80%) to continue.") == []


def test_reference_elements() -> None:
    entry = parse_reference(
        "Kazinform (2016a) 'Attack in Aktobe', Kazinform, 5 June 2016. "
        "https://www.inform.kz/a (accessed 1 December 2016).",
        3,
    )
    assert (entry.key, entry.title, entry.outlet, entry.date, entry.url, entry.accessed) == (
        "kazinform 2016a",
        "Attack in Aktobe",
        "Kazinform",
        "5 June 2016",
        "https://www.inform.kz/a",
        "1 December 2016",
    )


def test_sentence_lines_point_at_the_source_line(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text(
        "# T\n\n## Key judgments\n\nFirst line.\nIt can be stated that X is so.\n", encoding="utf-8"
    )
    finding = next(f for f in audit_file(path).findings if f.rule == "U10")
    assert finding.line == 6 and finding.path == str(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("brief.docx", b"not a zip", "cannot be read as .docx"),
        ("brief.pdf", b"%PDF-garbage", "cannot be read as .pdf"),
        ("brief.rtf", b"{\\rtf1}", "cannot audit a .rtf file"),
        ("brief.txt", b"\xff\xfe\xfa bad", "not UTF-8"),
        ("brief.md", b"   \n\n", "no text found"),
    ],
)
def test_unreadable_input_raises_one_line_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AuditError) as error:
        audit_file(path)
    text = str(error.value)
    assert str(path) in text and message in text and "\n" not in text


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(AuditError, match="no such file"):
        audit_file(tmp_path / "absent.md")
