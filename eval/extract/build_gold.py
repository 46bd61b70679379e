"""Regenerate gold.jsonl from the annotation sources (src_*.py). Run: python build_gold.py"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _gold  # noqa: E402
import src_central_asia  # noqa: E402,F401
import src_world  # noqa: E402,F401
import src_negatives  # noqa: E402,F401
import src_extra  # noqa: E402,F401


def main() -> None:
    _gold.write_set(HERE / "gold.jsonl", "g")


if __name__ == "__main__":
    main()
