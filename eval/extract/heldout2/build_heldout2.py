"""Regenerate heldout2.jsonl from the annotation sources (src_k_*.py), giving the passages 'k' ids.

Run: python eval/extract/heldout2/build_heldout2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # _gold.py lives in eval/extract
sys.path.insert(0, str(HERE))

import _gold  # noqa: E402
import src_k_central_asia  # noqa: E402,F401
import src_k_central_asia2  # noqa: E402,F401
import src_k_negatives  # noqa: E402,F401
import src_k_world  # noqa: E402,F401
import src_k_world2  # noqa: E402,F401
import src_k_world3  # noqa: E402,F401


def main() -> None:
    """Write every passage, numbered k0001... in source order."""
    _gold.write_set(HERE / "heldout2.jsonl", "k")


if __name__ == "__main__":
    main()
