"""Score an extractor on the gold set: `python eval/extract/scorer.py [GOLD] [--extractor NAME] [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assay.extract.evaluation import EvaluationReport, evaluate_gold_file, format_report

GOLD = Path(__file__).with_name("gold.jsonl")


def main(argv: list[str] | None = None) -> EvaluationReport:
    """Print the score table (or JSON) and return the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", default=str(GOLD))
    parser.add_argument("--extractor", default="rules.v1")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the disagreements too")
    args = parser.parse_args(argv)
    report = evaluate_gold_file(args.gold, extractor=args.extractor)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(format_report(report))
        if args.misses:
            for miss in report.misses:
                print(miss)
    return report


if __name__ == "__main__":
    main()
