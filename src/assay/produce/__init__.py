"""The produce stage: an assessment turned into a traceable brief in Markdown, HTML, PDF and DOCX."""

from __future__ import annotations

from assay.produce.builder import build_brief
from assay.produce.render import render_brief
from assay.produce.renderers import renderer_names
from assay.produce.templates import template_names

__all__ = ["build_brief", "render_brief", "renderer_names", "template_names"]
