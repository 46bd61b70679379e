"""Validate heldout3.jsonl with the project's check_gold.py rules and its 'd' ids.

Usage: python eval/extract/heldout3/check_heldout3.py [path/to/heldout3.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import check_gold  # noqa: E402

if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "heldout3.jsonl"
    sys.exit(check_gold.check(path, prefix="d"))
