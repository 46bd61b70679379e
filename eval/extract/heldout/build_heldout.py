"""Regenerate heldout.jsonl from the held-out annotation sources (src_h_*.py). Run: python build_heldout.py"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The date and place helpers are shared with the project gold set; only the passages differ.
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import _gold  # noqa: E402

# Source order fixes the h-ids, so the modules are loaded in this order and not alphabetically.
SOURCES = ("src_h_central_asia", "src_h_world", "src_h_extra", "src_h_negatives")


def main() -> None:
    """Write every passage with an 'h' id, in source order."""
    for name in SOURCES:
        importlib.import_module(name)
    _gold.write_set(HERE / "heldout.jsonl", "h")


if __name__ == "__main__":
    main()
