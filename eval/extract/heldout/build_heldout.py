"""Regenerate heldout.jsonl from the held-out annotation sources (src_h_*.py). Run: python build_heldout.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The date and place helpers are shared with the project gold set; only the passages differ.
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import _gold  # noqa: E402
import src_h_central_asia  # noqa: E402,F401
import src_h_world  # noqa: E402,F401
import src_h_negatives  # noqa: E402,F401


def main() -> None:
    """Write every passage with an 'h' id, in source order."""
    out = HERE / "heldout.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(_gold.PASSAGES, 1):
            # _gold.P numbers passages g0001...; the held-out set is kept apart with its own prefix.
            rec = {"id": f"h{i:04d}", **{k: v for k, v in rec.items() if k != "id"}}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(_gold.PASSAGES)} passages to {out}")


if __name__ == "__main__":
    main()
