"""Tests for PDF and .docx input, made with real libraries, and their failure modes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
import matplotlib
import pytest

from assay.collect.binaries import read_docx, read_pdf
from assay.errors import InputError

matplotlib.use("Agg")


def make_pdf(path: Path, lines: list[str], title: str | None = None) -> Path:
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(path, metadata={"Title": title} if title else None) as pdf:
        figure = plt.figure(figsize=(8.27, 11.69))
        for number, line in enumerate(lines):
            figure.text(0.08, 0.92 - 0.04 * number, line, fontsize=11)
        pdf.savefig(figure)
        plt.close(figure)
    return path


def make_docx(
    path: Path, paragraphs: list[str], *, title: str = "", author: str = "", keywords: str = ""
) -> Path:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "killed"
    table.rows[0].cells[1].text = "3"
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.keywords = keywords
    document.save(str(path))
    return path


def test_pdf_text_layer_and_title(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "report.pdf",
        ["Quarterly security report", "Three attacks were recorded in Aktobe."],
        title="Security report Q2",
    )
    [draft] = read_pdf(path)
    assert draft.title == "Security report Q2"
    assert "Three attacks were recorded in Aktobe." in draft.text
    assert draft.kind == "report"
    assert draft.published_at is not None  # matplotlib stamps a creation date


def test_pdf_without_title_uses_first_line(tmp_path: Path) -> None:
    [draft] = read_pdf(make_pdf(tmp_path / "r.pdf", ["Quarterly security report", "Body line."]))
    assert draft.title == "Quarterly security report"


def test_docx_paragraphs_table_and_properties(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "brief.docx",
        ["Situation in Aktobe", "Police detained four men."],
        title="Aktobe brief",
        author="Desk A",
        keywords="published=2016-06-08; outlet=Reuters; url=https://reuters.com/x; theme=security",
    )
    [draft] = read_docx(path)
    assert draft.title == "Aktobe brief"
    assert draft.author == "Desk A"
    assert draft.published_at == datetime(2016, 6, 8)
    assert draft.outlet == "Reuters"
    assert draft.url == "https://reuters.com/x"
    assert draft.fields == {"theme": "security"}
    assert draft.text == "Situation in Aktobe\n\nPolice detained four men.\n\nkilled | 3"


def test_corrupt_pdf_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage garbage\n")
    with pytest.raises(InputError) as caught:
        read_pdf(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message


def test_truncated_pdf_is_one_line_error(tmp_path: Path) -> None:
    good = make_pdf(tmp_path / "good.pdf", ["Some text"])
    path = tmp_path / "truncated.pdf"
    path.write_bytes(good.read_bytes()[:300])
    with pytest.raises(InputError) as caught:
        read_pdf(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


def test_corrupt_docx_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    with pytest.raises(InputError, match=r"broken\.docx: not a readable \.docx file") as caught:
        read_docx(path)
    assert "\n" not in str(caught.value)


def test_zip_that_is_not_a_docx_is_one_line_error(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    with pytest.raises(InputError, match=r"other\.docx: not a readable \.docx file"):
        read_docx(path)
