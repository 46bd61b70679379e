"""Split heldout.jsonl into a development half and a sealed test half. Run: python split.py

Odd-numbered passages (h0001, h0003, ...) go to dev.jsonl, even-numbered ones to test.jsonl.
The sources were written topic by topic, so alternating ids gives both halves the same mix of
regions, styles and event types. Work on the extractor may read dev.jsonl and its errors;
test.jsonl is only ever scored as a whole (`assay eval extract`), never inspected passage by
passage, so its figures stay an honest measure of generalisation.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    lines = (HERE / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
    halves: dict[str, list[str]] = {"dev": [], "test": []}
    for line in lines:
        if not line.strip():
            continue
        number = int(json.loads(line)["id"].lstrip("h"))
        halves["dev" if number % 2 else "test"].append(line)
    for name, rows in halves.items():
        (HERE / f"{name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"wrote {len(rows)} passages to {HERE / f'{name}.jsonl'}")


if __name__ == "__main__":
    main()
