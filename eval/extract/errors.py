"""Error analysis on the gold set: `python eval/extract/errors.py [GOLD] [--field F] [--top N]`.

Lists false positives and false negatives by event type (with the confusing type when the
trigger overlaps a gold event of another type), and field errors on matched pairs by a coarse
category (e.g. place: "wrong country", "missing", "spurious"; counts: "wrong kind",
"wrong value", "missing", "spurious"), with gold and predicted values side by side.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from assay.extract.evaluation import (
    _gold_actors,
    _gold_date,
    locate_trigger,
    match_events,
    passage_document,
    place_agrees,
    read_gold,
)
from assay.extract.registry import get_extractor
from assay.model import Mention

GOLD = Path(__file__).with_name("gold.jsonl")


def _place_text(p: Any) -> str:
    if p is None:
        return "-"
    if isinstance(p, dict):
        return (
            f"{p.get('text')}→{p.get('name')}/{p.get('country')}/{p.get('admin1', '')}/{p.get('precision')}"
        )
    span = p.span.text if p.span else "?"
    return f"{span}→{p.name}/{p.country_code}/{p.admin1_code}/{p.precision}"


def _place_category(g: Any, p: Any) -> str:
    if g is None:
        return "spurious"
    if p is None:
        return "missing"
    if p.country_code.upper() != str(g.get("country", "")).upper():
        return "wrong country"
    if g.get("precision") != p.precision and not (g.get("precision") == "city" and p.precision == "point"):
        return f"precision {p.precision} for {g.get('precision')}"
    return "wrong place, same country"


def _count_category(gc: dict[str, int], pc: dict[str, int]) -> str:
    if not gc:
        return "spurious"
    if not pc:
        return "missing"
    if set(gc) != set(pc):
        if set(gc) & set(pc):
            return "extra or missing kind"
        return "wrong kind"
    return "wrong value"


def _date_category(gd: tuple[Any, Any], pd: tuple[Any, Any]) -> str:
    if gd[0] is None:
        return "spurious"
    if pd[0] is None:
        return "missing"
    return "wrong interval"


def analyse(rows: list[dict[str, Any]], extractor: str) -> dict[str, dict[str, list[str]]]:
    """Categorised error lines: {section: {category: [lines]}}."""
    ex = get_extractor(extractor)
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for n, row in enumerate(rows, 1):
        doc = passage_document(row, n)
        predicted: list[Mention] = ex.extract(doc, countries=row.get("countries", ()))
        located, taken = [], []
        for g in row.get("events", []):
            span = locate_trigger(doc.text, g["trigger"], taken)
            taken.append(span)
            located.append((g, span))
        pairs = match_events(located, predicted)
        mg, mp = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        rid = row.get("id")
        for gi, (g, (gs, ge)) in enumerate(located):
            if gi in mg:
                continue
            other = [
                p.event_type for pi, p in enumerate(predicted) if p.trigger.start < ge and gs < p.trigger.end
            ]
            cat = f"as {other[0]}" if other else "not found"
            out["FN " + g["type"]][cat].append(f"{rid} [{g['trigger']}] {row['text'][:160]}")
        for pi, p in enumerate(predicted):
            if pi in mp:
                continue
            gold_there = [g["type"] for g, (gs, ge) in located if p.trigger.start < ge and gs < p.trigger.end]
            cat = f"on gold {gold_there[0]}" if gold_there else ("negative" if not located else "extra")
            out["FP " + p.event_type][cat].append(f"{rid} [{p.trigger.text}] {p.sentence.text[:160]}")
        for gi, pi in pairs:
            g, p = located[gi][0], predicted[pi]
            head = f"{rid} {g['type']} [{g['trigger']}]"
            gd, pd = _gold_date(g), (p.date.start, p.date.end)
            if gd != pd:
                ptxt = p.date.span.text if p.date.span else ""
                out["date"][_date_category(gd, pd)].append(f"{head} gold {gd} pred {pd} '{ptxt}'")
            place_ok, _ = place_agrees(g.get("place"), p.place)
            if not place_ok:
                out["place"][_place_category(g.get("place"), p.place)].append(
                    f"{head} gold {_place_text(g.get('place'))} pred {_place_text(p.place)}"
                )
            gc = {k: v["value"] for k, v in (g.get("counts") or {}).items()}
            pc = {c.kind: c.value for c in p.counts}
            if gc != pc:
                texts = "; ".join(f"{c.kind}={c.value} '{c.span.text if c.span else ''}'" for c in p.counts)
                out["counts"][_count_category(gc, pc)].append(f"{head} gold {gc} pred [{texts}]")
            ga, pa = _gold_actors(g), {(a.role, a.key) for a in p.actors}
            for role, key in sorted(ga - pa):
                out["actors"][f"missing {role}"].append(f"{head} {key}")
            for role, key in sorted(pa - ga):
                out["actors"][f"spurious {role}"].append(f"{head} {key}")
            gm = g.get("modality", "asserted")
            if gm != p.modality:
                out["modality"][f"{gm} as {p.modality}"].append(f"{head} rb={p.reported_by}")
            grb, prb = g.get("reported_by"), p.reported_by
            if (grb or None) != (prb or None):
                out["reported_by"][
                    "missing" if prb is None else "spurious" if grb is None else "wrong"
                ].append(f"{head} gold {grb} pred {prb}")
    return out


def main(argv: list[str] | None = None) -> None:
    """Print the categories, biggest first, with up to --top examples each."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", default=str(GOLD))
    parser.add_argument("--extractor", default="rules.v1")
    parser.add_argument("--field", help="only sections starting with this (e.g. place, FP, FN attack)")
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args(argv)
    found = analyse(read_gold(Path(args.gold)), args.extractor)
    totals = Counter({s: sum(len(v) for v in cats.values()) for s, cats in found.items()})
    print("errors per section:", ", ".join(f"{s} {n}" for s, n in totals.most_common()))
    for section, _ in totals.most_common():
        if args.field and not section.startswith(args.field):
            continue
        cats = found[section]
        print(f"\n== {section} ({totals[section]})")
        for cat, lines in sorted(cats.items(), key=lambda kv: -len(kv[1])):
            print(f"  -- {cat} ({len(lines)})")
            for line in lines[: args.top]:
                print(f"     {line}")


if __name__ == "__main__":
    main()
