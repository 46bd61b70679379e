"""The four renderers: open the PDF and DOCX and find every section, reference and caption; check the HTML."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from lxml import etree, html
from pypdf import PdfReader
from tests.produce.conftest import NOW

from assay.errors import RegistryError
from assay.model import Brief
from assay.produce import build_brief, render_brief, renderer_names, template_names

HEADINGS = [
    "Analytical question",
    "Key judgments",
    "Scope",
    "Discussion",
    "Alternative explanations",
    "Outlook and indicators",
    "Assumptions and gaps",
    "Source summary statement",
    "Figures",
    "References",
    "Appendices",
    "Appendix A. Event table",
    "Appendix B. ACH matrix with scores",
    "Appendix C. Source grades",
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def brief(config, assessment, documents, mentions) -> Brief:
    return build_brief(config, assessment, documents, mentions, now=NOW)


@pytest.fixture(scope="module")
def rendered(brief: Brief, documents, tmp_path_factory) -> dict[str, Path]:
    return render_brief(brief, tmp_path_factory.mktemp("brief"), documents=documents)


def _expected(brief: Brief) -> list[str]:
    captions = [f"Figure {f.number}. {f.caption}" for f in brief.figures]
    return [*HEADINGS, brief.title, brief.question, *captions]


def test_registries_have_versioned_names() -> None:
    assert renderer_names() == ("docx.v1", "html.v1", "markdown.v1", "pdf.v1")
    assert "standard.v1" in template_names()


def test_unknown_format_names_the_choices(brief: Brief, tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match=r"No renderer or format named 'odt'. Available: .*docx"):
        render_brief(brief, tmp_path, formats=("odt",))


def test_all_formats_and_sidecar_and_figures_are_written(rendered: dict[str, Path]) -> None:
    assert sorted(rendered) == ["docx", "html", "md", "pdf", "provenance"]
    folder = rendered["md"].parent
    assert sorted(p.name for p in (folder / "figures").iterdir()) == [
        "map.png",
        "map.svg",
        "rates.png",
        "rates.svg",
        "timeline.png",
        "timeline.svg",
    ]


def test_pdf_holds_every_section_reference_and_caption(brief: Brief, rendered: dict[str, Path]) -> None:
    reader = PdfReader(str(rendered["pdf"]))
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    for expected in _expected(brief):
        assert _flat(expected) in text, expected
    for reference in brief.references:
        assert _flat(reference.title) in text, reference.title
        assert f"({reference.year})" in text, reference.key
    assert "Page 1 of" in text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_letter_paper_and_banner_in_running_header(brief: Brief, tmp_path: Path) -> None:
    from dataclasses import replace

    banned = replace(brief, banner="UNCLASSIFIED // FOR TRAINING")
    path = render_brief(banned, tmp_path, formats=("pdf",), paper="Letter")["pdf"]
    reader = PdfReader(str(path))
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (
        612,
        792,
    )
    for page in reader.pages:
        assert "UNCLASSIFIED // FOR TRAINING" in page.extract_text()


def test_docx_uses_real_styles_and_holds_everything(brief: Brief, rendered: dict[str, Path]) -> None:
    document = docx.Document(str(rendered["docx"]))
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", brief.title) in styled
    headings1 = [t for s, t in styled if s == "Heading 1"]
    headings2 = [t for s, t in styled if s == "Heading 2"]
    assert [h for h in HEADINGS if not h.startswith("Appendix ")] == headings1
    assert [t.title for t in brief.appendices] == headings2
    assert [t for s, t in styled if s == "Caption"] == [
        f"Figure {f.number}. {f.caption}" for f in brief.figures
    ]
    body = "\n".join(t for _, t in styled)
    for reference in brief.references:
        assert reference.text.replace(" n.d.. ", " n.d. ") in body or reference.title in body, reference.key
    assert all(t.style.name == "Light Grid Accent 1" for t in document.tables)
    assert len(document.tables) == len(brief.appendices)
    assert len(document.inline_shapes) == len(brief.figures)
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and 'w:fldCharType="begin"' in footer
    assert document.tables[0].rows[2].cells[4].text == "killed 7–8 (reports differ)"


def test_html_is_well_formed_self_contained_and_structured(brief: Brief, rendered: dict[str, Path]) -> None:
    raw = rendered["html"].read_bytes()
    etree.fromstring(raw.split(b"\n", 1)[1])  # strict XML parse after the doctype: every tag closed
    tree = html.fromstring(raw)
    assert [h.text_content() for h in tree.iter("h1")] == [brief.title]
    assert [h.text_content() for h in tree.iter("h2")] == [
        h for h in HEADINGS if not h.startswith("Appendix ")
    ]
    assert all(img.get("src").startswith("data:image/svg+xml;base64,") for img in tree.iter("img"))
    assert not tree.xpath("//link[@rel='stylesheet'] | //script[@src]")
    assert [c.text_content() for c in tree.iter("figcaption")] == [
        f"Figure {f.number}. {f.caption}" for f in brief.figures
    ]
    anchors = {a.get("href")[1:] for a in tree.xpath("//a[@class='cite']")}
    ids = {li.get("id") for li in tree.xpath("//ul[@class='references']/li")}
    assert anchors == ids
    assert "@media print" in raw.decode("utf-8")


def test_annotated_html_carries_source_snippets(brief: Brief, documents, tmp_path: Path) -> None:
    path = render_brief(brief, tmp_path, formats=("html",), annotate=True, documents=documents)["html"]
    tree = html.fromstring(path.read_bytes())
    spans = tree.xpath("//span[contains(@class, 'annotated')]")
    assert len(spans) == len(brief.key_judgments) + sum(
        len(p.sentences) for s in brief.sections for p in s.paragraphs
    )
    conflict = next(s for s in spans if s.text_content().startswith("Reports differ on the death toll"))
    note = conflict.get("data-note")
    assert "eight — BBC 2016: “[At least 8] people were killed when gunmen attacked" in note


def test_markdown_is_byte_identical_for_the_same_inputs(brief: Brief, tmp_path: Path) -> None:
    first = render_brief(brief, tmp_path / "a", formats=("md", "html"))
    second = render_brief(brief, tmp_path / "b", formats=("md", "html"))
    assert first["md"].read_bytes() == second["md"].read_bytes()
    assert first["html"].read_bytes() == second["html"].read_bytes()
    assert first["provenance"].read_bytes() == second["provenance"].read_bytes()
    text = first["md"].read_text(encoding="utf-8")
    assert "- Kazinform (2016a) ‘Gunmen attack gun shops in Aktobe’, *Kazinform*, 5 June 2016." in text
    assert (
        "- Anon. (n.d.) ‘Recruitment leaflet found in Shymkent’, *outlet not identified*, n.d. No URL" in text
    )


def test_a_case_can_override_one_template_file(brief: Brief, tmp_path: Path) -> None:
    desk = tmp_path / "house"
    desk.mkdir()
    (desk / "brief.md.j2").write_text("HOUSE STYLE: {{ brief.title }}\n", encoding="utf-8")
    paths = render_brief(brief, tmp_path / "out", formats=("md", "html"), templates_dir=desk)
    assert paths["md"].read_text(encoding="utf-8") == f"HOUSE STYLE: {brief.title}\n"
    assert '<h1 class="title">' in paths["html"].read_text(encoding="utf-8")  # not overridden: shipped file
    with pytest.raises(RegistryError, match=r"No template named 'fancy\.v9'"):
        render_brief(brief, tmp_path / "x", formats=("md",), template="fancy.v9")
