"""Score an extractor on the PLOVER gold records: `python eval/plover/score.py [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assay.extract.plover import PloverReport, read_plover, score_plover

DATA = Path(__file__).with_name("data") / "PLOVER_GSR_CAMEO.json"


def main(argv: list[str] | None = None) -> PloverReport:
    """Print per-type accuracy (or JSON) and return the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(DATA))
    parser.add_argument("--extractor", default="rules.v1")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = score_plover(read_plover(args.path), extractor=args.extractor)
    figures = report.to_dict()
    if args.json:
        print(json.dumps(figures, indent=2))
        return report
    print(f"PLOVER GSR, extractor {report.extractor}: accuracy on mapped types {report.mapped_accuracy:.3f}")
    for key, row in figures["per_type"].items():
        print(f"  {key:<10}{row['correct']:>4}/{row['records']:<4}{row['accuracy']:>7.3f}")
    print(f"unmapped types coded as some event: {report.false_alarm_rate:.3f}")
    for key, row in figures["unmapped_false_alarms"].items():
        print(f"  {key:<10}{row['correct']:>4}/{row['records']:<4}{row['accuracy']:>7.3f}")
    print(f"dead exact {figures['dead_exact']}  injured exact {figures['injured_exact']}")
    return report


if __name__ == "__main__":
    main()
