"""The user cache folder, shared by the parts that keep compiled data (gazetteer index, inflections)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """The user cache folder ($ASSAY_CACHE_DIR, else $XDG_CACHE_HOME/assay, else ~/.cache/assay)."""
    explicit = os.environ.get("ASSAY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "assay"
