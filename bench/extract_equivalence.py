"""Dump every mention rules.v1 yields on the gold passages and the first bench documents, to compare runs.

Run: python bench/extract_equivalence.py OUT.json [--against REFERENCE.json] [--docs N]

A speed change must leave the extractor's output identical: dump once before the change, then
after it with --against the first dump; every difference (document, mention index, field) is
printed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "extract" / "gold.jsonl"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump_mentions(docs: int) -> dict[str, list[dict[str, Any]]]:
    """Every mention of every gold passage and of the first `docs` bench documents, as plain data."""
    sys.path.insert(0, str(ROOT / "bench"))
    from assay.extract import get_extractor
    from assay.extract.evaluation import passage_document, read_gold
    from extract import build_corpus  # the bench's own corpus, so both measure the same texts

    extractor = get_extractor("rules.v1")
    out: dict[str, list[dict[str, Any]]] = {}
    for n, row in enumerate(read_gold(GOLD), 1):
        doc = passage_document(row, n)
        found = extractor.extract(doc, countries=row.get("countries", ()))
        out[f"gold:{row.get('id', n)}"] = [_plain(asdict(m)) for m in found]
    for doc in build_corpus(docs):
        out[f"bench:{doc.id}"] = [_plain(asdict(m)) for m in extractor.extract(doc)]  # type: ignore[attr-defined]
    return out


def differences(new: dict[str, Any], old: dict[str, Any]) -> list[str]:
    """One line per document whose mentions differ: the first differing mention and fields."""
    lines = []
    for key in sorted(set(new) | set(old), key=str):
        a, b = new.get(key), old.get(key)
        if a == b:
            continue
        if a is None or b is None:
            lines.append(f"{key}: only in {'reference' if a is None else 'new run'}")
            continue
        if len(a) != len(b):
            lines.append(
                f"{key}: {len(a)} mentions, reference {len(b)}: "
                f"{[m['event_type'] + ':' + m['trigger']['text'] for m in a]} vs "
                f"{[m['event_type'] + ':' + m['trigger']['text'] for m in b]}"
            )
            continue
        for i, (ma, mb) in enumerate(zip(a, b, strict=True)):
            fields = [f for f in ma if ma[f] != mb.get(f)]
            if fields:
                shown = "; ".join(f"{f}: {ma[f]!r} vs {mb.get(f)!r}" for f in fields)
                lines.append(f"{key} mention {i}: {shown}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--docs", type=int, default=500)
    args = parser.parse_args(argv)
    found = dump_mentions(args.docs)
    args.out.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    total = sum(len(v) for v in found.values())
    print(f"{len(found)} documents, {total} mentions -> {args.out}")
    if args.against is None:
        return 0
    diff = differences(found, json.loads(args.against.read_text(encoding="utf-8")))
    for line in diff:
        print(line)
    print(f"{len(diff)} documents differ from {args.against}")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
