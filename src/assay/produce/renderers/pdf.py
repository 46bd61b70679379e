"""pdf.v1: the HTML typeset by WeasyPrint (A4 or Letter, page numbers, running header with the banner)."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from assay.errors import ProduceError
from assay.model import Brief
from assay.produce.job import RenderJob
from assay.produce.renderers.html import html_text

PAPERS = ("A4", "Letter")


def render_pdf(brief: Brief, job: RenderJob) -> Path:
    """Write brief.pdf; hover notes are left out because paper cannot hover."""
    if job.paper not in PAPERS:
        raise ProduceError(f"No paper size {job.paper!r}; use one of {', '.join(PAPERS)}")
    from weasyprint import (
        HTML,  # imported here: loading WeasyPrint costs a second the other formats need not pay
    )

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    html = html_text(brief, dataclasses.replace(job, annotate=False))
    target = job.target("pdf")
    HTML(string=html, base_url=str(job.out_dir)).write_pdf(str(target))
    return target
