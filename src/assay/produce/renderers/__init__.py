"""The registry of brief renderers with versioned names, and the formats that map onto them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assay.errors import unknown_name
from assay.model import Brief
from assay.produce.job import RenderJob
from assay.produce.renderers.docx import render_docx
from assay.produce.renderers.html import render_html
from assay.produce.renderers.markdown import render_markdown
from assay.produce.renderers.pdf import render_pdf

Renderer = Callable[[Brief, RenderJob], Path]

RENDERERS: dict[str, Renderer] = {
    "markdown.v1": render_markdown,
    "html.v1": render_html,
    "pdf.v1": render_pdf,
    "docx.v1": render_docx,
}
FORMATS: dict[str, str] = {"md": "markdown.v1", "html": "html.v1", "pdf": "pdf.v1", "docx": "docx.v1"}


def renderer_names() -> tuple[str, ...]:
    """Every registered renderer name ('docx.v1', 'html.v1', 'markdown.v1', 'pdf.v1')."""
    return tuple(sorted(RENDERERS))


def get_renderer(name: str) -> tuple[str, Renderer]:
    """A renderer by format ('md') or registered name ('markdown.v1'), with the format key to report."""
    key = name.lower().strip()
    if key in FORMATS:
        return key, RENDERERS[FORMATS[key]]
    if key in RENDERERS:
        return next((f for f, r in FORMATS.items() if r == key), key), RENDERERS[key]
    raise unknown_name("renderer or format", name, [*FORMATS, *RENDERERS])
