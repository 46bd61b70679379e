"""render_brief: write the brief in the requested formats, plus provenance.json and the figure files."""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

from assay.errors import ProduceError
from assay.model import Brief, Document
from assay.produce.job import RenderJob
from assay.produce.renderers import get_renderer
from assay.produce.sidecar import write_provenance
from assay.produce.templates import template_environment

DEFAULT_FORMATS = ("md", "html", "pdf", "docx")


def copy_figures(brief: Brief, out_dir: Path) -> dict[str, tuple[Path, Path]]:
    """Copy each figure's SVG and PNG to out_dir/figures/<key>.{svg,png}."""
    folder = out_dir / "figures"
    copies: dict[str, tuple[Path, Path]] = {}
    for figure in brief.figures:
        pair = []
        for source, suffix in ((Path(figure.svg_path), "svg"), (Path(figure.png_path), "png")):
            if not source.is_file():
                raise ProduceError(
                    f"Figure {figure.key!r} file {source} does not exist; re-run assess to draw the figures"
                )
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{figure.key}.{suffix}"
            shutil.copyfile(source, target)
            pair.append(target)
        copies[figure.key] = (pair[0], pair[1])
    return copies


def render_brief(
    brief: Brief,
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    *,
    annotate: bool = False,
    paper: str = "A4",
    template: str = "standard.v1",
    templates_dir: Path | None = None,
    documents: Mapping[int, Document] | None = None,
) -> dict[str, Path]:
    """Render the brief; returns the written path per format and under 'provenance'."""
    renderers = [get_renderer(f) for f in formats]
    out_dir.mkdir(parents=True, exist_ok=True)
    job = RenderJob(
        out_dir,
        template_environment(template, templates_dir),
        paper,
        annotate,
        documents or {},
        copy_figures(brief, out_dir),
    )
    paths = {fmt: render(brief, job) for fmt, render in renderers}
    paths["provenance"] = write_provenance(brief, out_dir)
    return paths
