"""Validate heldout2.jsonl with the project's check_gold.py rules, accepting the 'k' ids of this set.

Usage: python eval/extract/heldout2/check_heldout2.py [path/to/heldout2.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import check_gold  # noqa: E402


def check(path: Path) -> int:
    """Check the 'k' ids here, then run check_gold on a copy whose ids carry the 'g' prefix it expects."""
    errors = 0
    seen: set[str] = set()
    lines = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        rid = rec.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"k\d{4}", rid) or rid in seen:
            print(f"ERROR line {lineno}: bad or duplicate id {rid!r}")
            errors += 1
        seen.add(rid)
        rec["id"] = "g" + str(rid)[1:]
        lines.append(json.dumps(rec, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "heldout2_as_gold.jsonl"
        copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
        status = check_gold.check(copy)
    return 1 if errors or status else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "heldout2.jsonl"))
