"""Regenerate gold.jsonl from the annotation sources (src_*.py). Run: python build_gold.py"""

from __future__ import annotations

import json
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
    out = HERE / "gold.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in _gold.PASSAGES:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(_gold.PASSAGES)} passages to {out}")


if __name__ == "__main__":
    main()
