"""markdown.v1: clean Markdown for wikis and git, figures linked beside it."""

from __future__ import annotations

from pathlib import Path

from assay.model import Brief
from assay.produce.job import RenderJob
from assay.produce.view import brief_view


def render_markdown(brief: Brief, job: RenderJob) -> Path:
    """Write brief.md from the template's brief.md.j2."""
    text = job.environment.get_template("brief.md.j2").render(**brief_view(brief, job, inline_figures=False))
    target = job.target("md")
    target.write_text("\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n", encoding="utf-8")
    return target
