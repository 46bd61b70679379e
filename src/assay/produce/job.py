"""What one rendering run needs besides the brief: where to write, paper, annotation, templates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from assay.model import Document


@dataclass(frozen=True)
class RenderJob:
    """Settings shared by every renderer in one render_brief call."""

    out_dir: Path
    environment: jinja2.Environment
    paper: str = "A4"
    annotate: bool = False
    documents: Mapping[int, Document] = field(default_factory=dict)
    figure_files: Mapping[str, tuple[Path, Path]] = field(default_factory=dict)
    stem: str = "brief"

    def target(self, suffix: str) -> Path:
        """The output file for a format, e.g. out_dir/brief.pdf."""
        return self.out_dir / f"{self.stem}.{suffix}"
