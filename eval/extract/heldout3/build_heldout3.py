"""Regenerate heldout3.jsonl from the annotation sources (src_d_*.py), giving the passages 'd' ids.

Run: python eval/extract/heldout3/build_heldout3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # _gold.py lives in eval/extract
sys.path.insert(0, str(HERE))

import _gold  # noqa: E402
import src_d_central_asia  # noqa: E402,F401
import src_d_central_asia2  # noqa: E402,F401
import src_d_russia_caucasus_afghanistan  # noqa: E402,F401
import src_d_middle_east_south_asia  # noqa: E402,F401
import src_d_mixed  # noqa: E402,F401
import src_d_world  # noqa: E402,F401
import src_d_negatives  # noqa: E402,F401


def main() -> None:
    """Write every passage, numbered d0001... in source order."""
    _gold.write_set(HERE / "heldout3.jsonl", "d")


if __name__ == "__main__":
    main()
