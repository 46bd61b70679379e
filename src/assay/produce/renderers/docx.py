"""docx.v1: Word with real styles (Title, Heading 1–2, Caption, a table style, PAGE field in the footer)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from assay.model import Brief, Reference, Table
from assay.produce.job import RenderJob
from assay.produce.view import reference_tail, standard_name

TABLE_STYLE = "Light Grid Accent 1"
PAGE_SIZES = {"A4": (Cm(21.0), Cm(29.7)), "Letter": (Cm(21.59), Cm(27.94))}


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (e.g. PAGE) that Word fills in when it lays out the page."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


def _page_setup(document: docx.document.Document, brief: Brief, paper: str) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_SIZES.get(paper, PAGE_SIZES["A4"])
    header = section.header.paragraphs[0]
    header.text = brief.banner or brief.desk
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")


def _reference(document: docx.document.Document, reference: Reference) -> None:
    paragraph = document.add_paragraph(style="Normal")
    paragraph.paragraph_format.left_indent = Cm(1)
    paragraph.paragraph_format.first_line_indent = Cm(-1)
    paragraph.add_run(f"{reference.author} ({reference.year}) ‘{reference.title}’, ")
    paragraph.add_run(reference.outlet).italic = True
    paragraph.add_run(f", {reference.published.removesuffix('.')}. {reference_tail(reference)}")


def _table(document: docx.document.Document, table: Table) -> None:
    document.add_heading(table.title, level=2)
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = document.styles[TABLE_STYLE]
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = text
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)


def render_docx(brief: Brief, job: RenderJob) -> Path:
    """Write brief.docx with the default Word template's styles, so a desk can restyle it with its own."""
    document = docx.Document()
    _page_setup(document, brief, job.paper)
    core = document.core_properties
    # Word caps core properties at 255 characters; the full title is the document's first heading.
    core.title = brief.title if len(brief.title) <= 255 else brief.title[:254] + "…"
    core.author = (brief.author or "assay")[:255]
    if brief.generated_at:
        stamp = datetime.fromisoformat(brief.generated_at).replace(tzinfo=None)
        core.created = core.modified = stamp
    if brief.banner:
        document.add_paragraph(brief.banner, style="Intense Quote")
    document.add_heading(brief.title, level=0)
    masthead = document.add_paragraph(style="Normal")
    for label, value in (
        ("Desk", brief.desk or "—"),
        ("Author", brief.author or "—"),
        ("Information cut-off", brief.cutoff),
        ("Estimative standard", standard_name(brief.standard)),
    ):
        masthead.add_run(f"{label}: ").bold = True
        masthead.add_run(value)
        masthead.add_run().add_break()
    document.add_heading("Analytical question", level=1)
    document.add_paragraph(brief.question, style="Quote")
    document.add_heading("Key judgments", level=1)
    groups: dict[str, list[str]] = {}
    for sentence in brief.key_judgments:
        groups.setdefault(sentence.group or sentence.id, []).append(sentence.text)
    for texts in groups.values():
        document.add_paragraph(" ".join(texts), style="List Number")
    for section in brief.sections:
        document.add_heading(section.title, level=1)
        for paragraph in section.paragraphs:
            document.add_paragraph(" ".join(s.text for s in paragraph.sentences))
        for bullet in section.bullets:
            document.add_paragraph(bullet.text, style="List Bullet")
    if brief.figures:
        document.add_heading("Figures", level=1)
        for figure in brief.figures:
            png = job.figure_files.get(figure.key, (figure.svg_path, figure.png_path))[1]
            document.add_picture(str(png), width=Cm(15))
            document.add_paragraph(f"Figure {figure.number}. {figure.caption}", style="Caption")
    document.add_heading("References", level=1)
    for reference in brief.references:
        _reference(document, reference)
    document.add_heading("Appendices", level=1)
    for table in brief.appendices:
        _table(document, table)
    target = job.target("docx")
    document.save(str(target))
    return target
