"""html.v1: one self-contained HTML file (inline CSS and figures, print stylesheet, optional hover notes)."""

from __future__ import annotations

from pathlib import Path

from assay.model import Brief
from assay.produce.job import RenderJob
from assay.produce.view import brief_view


def html_text(brief: Brief, job: RenderJob) -> str:
    """The brief as an HTML document string."""
    return job.environment.get_template("brief.html.j2").render(**brief_view(brief, job, inline_figures=True))


def render_html(brief: Brief, job: RenderJob) -> Path:
    """Write brief.html."""
    target = job.target("html")
    target.write_text(html_text(brief, job), encoding="utf-8")
    return target
