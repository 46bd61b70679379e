"""Validate eval/extract/gold.jsonl against the taxonomy and the model's literal vocabularies.

Standard library only. Usage:  python eval/extract/check_gold.py [path/to/gold.jsonl]
Exit status 1 when any error is found; warnings do not fail the check.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
MODEL = REPO / "src" / "assay" / "model.py"
TAXONOMY = REPO / "src" / "assay" / "taxonomy.py"

STYLES = {"wire", "state-agency", "translated-release", "broadcaster", "local-press", "analysis", "court-report"}
REGIONS = {"central-asia", "middle-east", "south-asia", "europe", "africa", "caucasus", "other"}
GOLD_PLACE_PRECISIONS = {"city", "admin1", "country"}
ROLES = {"perpetrator", "target", "reporter", "other"}
EVENT_KEYS = {"type", "trigger", "date", "place", "counts", "actors", "modality", "reported_by"}


def _literals(path: Path) -> dict[str, tuple[str, ...]]:
    """Every `Name = Literal["a", "b", ...]` assignment in a module, read without importing it."""
    out: dict[str, tuple[str, ...]] = {}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Subscript) and getattr(node.value.value, "id", "") == "Literal"):
            sl = node.value.slice
            elts = sl.elts if isinstance(sl, ast.Tuple) else [sl]
            out[node.targets[0].id] = tuple(e.value for e in elts if isinstance(e, ast.Constant))
    return out


def _event_types(path: Path) -> set[str]:
    """The keys of EVENT_TYPES: the first string argument of every EventType(...) call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    keys = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "EventType" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                keys.add(first.value)
    return keys


def _iso(s: object) -> date | None:
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def check(path: Path, prefix: str = "g") -> int:
    """Print the problems of a gold file whose ids are `prefix` + four digits (g: the development
    set, h and k: the held-out sets); 1 when there is an error."""
    lits = _literals(MODEL)
    kinds = set(lits["CountKind"])
    quals = set(lits["CountQualifier"])
    date_precs = set(lits["DatePrecision"]) - {"none"}
    modalities = set(lits["Modality"])
    place_precs = set(lits["PlacePrecision"]) & GOLD_PLACE_PRECISIONS
    types = _event_types(TAXONOMY)

    errors: list[str] = []
    warnings: list[str] = []
    ids: set[str] = set()
    per_type: Counter[str] = Counter()
    per_region: Counter[str] = Counter()
    per_style: Counter[str] = Counter()
    per_prec: Counter[str] = Counter()
    per_mod: Counter[str] = Counter()
    per_kind: Counter[str] = Counter()
    negatives = two_event = undated = unplaced = 0
    n = 0

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        where = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        rid = rec.get("id")
        where = f"line {lineno} ({rid})"
        if not isinstance(rid, str) or not re.fullmatch(re.escape(prefix) + r"\d{4}", rid):
            errors.append(f"{where}: bad id")
        elif rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        if rec.get("style") not in STYLES:
            errors.append(f"{where}: bad style {rec.get('style')!r}")
        if rec.get("region") not in REGIONS:
            errors.append(f"{where}: bad region {rec.get('region')!r}")
        per_style[rec.get("style")] += 1
        per_region[rec.get("region")] += 1
        pub = _iso(rec.get("published"))
        if pub is None:
            errors.append(f"{where}: bad published date")
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        events = rec.get("events")
        if not isinstance(events, list):
            errors.append(f"{where}: events must be a list")
            continue
        if not events:
            negatives += 1
        if len(events) >= 2:
            two_event += 1
        for i, ev in enumerate(events):
            w = f"{where} event {i}"
            if not isinstance(ev, dict):
                errors.append(f"{w}: not an object")
                continue
            missing = EVENT_KEYS - ev.keys()
            if missing:
                errors.append(f"{w}: missing keys {sorted(missing)}")
            extra = ev.keys() - EVENT_KEYS
            if extra:
                errors.append(f"{w}: unknown keys {sorted(extra)}")
            et = ev.get("type")
            if et not in types:
                errors.append(f"{w}: type {et!r} is not a taxonomy key")
            per_type[et] += 1
            trig = ev.get("trigger")
            if not isinstance(trig, str) or not trig or trig not in text:
                errors.append(f"{w}: trigger {trig!r} is not a substring of the text")
            elif text.count(trig) > 1:
                warnings.append(f"{w}: trigger {trig!r} occurs {text.count(trig)} times (first occurrence is meant)")
            d = ev.get("date")
            if d is None:
                undated += 1
            elif not isinstance(d, dict):
                errors.append(f"{w}: date must be an object or null")
            else:
                s, e = _iso(d.get("start")), _iso(d.get("end"))
                if s is None or e is None:
                    errors.append(f"{w}: date start/end must be ISO dates")
                elif s > e:
                    errors.append(f"{w}: date start after end")
                if d.get("precision") not in date_precs:
                    errors.append(f"{w}: bad date precision {d.get('precision')!r}")
                if d.get("precision") == "day" and s and e and (e - s).days > 31:
                    warnings.append(f"{w}: day-precision range longer than a month")
                per_prec[d.get("precision")] += 1
                if (pub and s and s > pub and ev.get("modality") not in ("planned", "hypothetical")):
                    errors.append(f"{w}: date after publication for a non-planned event")
            pl = ev.get("place")
            if pl is None:
                unplaced += 1
            elif not isinstance(pl, dict):
                errors.append(f"{w}: place must be an object or null")
            else:
                if not pl.get("name"):
                    errors.append(f"{w}: place without name")
                cc = pl.get("country")
                if not isinstance(cc, str) or not re.fullmatch(r"[A-Z]{2}", cc):
                    errors.append(f"{w}: bad country code {cc!r}")
                prec = pl.get("precision")
                if prec not in place_precs:
                    errors.append(f"{w}: bad place precision {prec!r}")
                a1 = pl.get("admin1")
                if prec == "country" and a1:
                    errors.append(f"{w}: country-level place must omit admin1")
                if prec in ("city", "admin1"):
                    if not a1:
                        errors.append(f"{w}: {prec}-level place needs admin1")
                    elif not isinstance(a1, str) or not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", a1) or a1[:2] != cc:
                        errors.append(f"{w}: bad admin1 {a1!r} for country {cc!r}")
                pt = pl.get("text")
                if not isinstance(pt, str) or not pt or pt not in text:
                    errors.append(f"{w}: place text {pt!r} is not a substring of the text")
                unknown = pl.keys() - {"name", "country", "admin1", "precision", "text"}
                if unknown:
                    errors.append(f"{w}: unknown place keys {sorted(unknown)}")
            counts = ev.get("counts")
            if not isinstance(counts, dict):
                errors.append(f"{w}: counts must be an object")
            else:
                for k, c in counts.items():
                    if k not in kinds:
                        errors.append(f"{w}: bad count kind {k!r}")
                    per_kind[k] += 1
                    if not isinstance(c, dict) or not isinstance(c.get("value"), int) or c["value"] < 0:
                        errors.append(f"{w}: count {k} needs a non-negative integer value")
                    elif c.get("qualifier") not in quals:
                        errors.append(f"{w}: bad qualifier {c.get('qualifier')!r} for {k}")
            acts = ev.get("actors")
            if not isinstance(acts, dict):
                errors.append(f"{w}: actors must be an object")
                acts = {}
            for role, names in acts.items():
                if role not in ROLES:
                    errors.append(f"{w}: bad actor role {role!r}")
                if not isinstance(names, list) or not names or not all(isinstance(x, str) and x for x in names):
                    errors.append(f"{w}: actor role {role} must be a non-empty list of names")
            mod = ev.get("modality")
            if mod not in modalities:
                errors.append(f"{w}: bad modality {mod!r}")
            per_mod[mod] += 1
            rb = ev.get("reported_by")
            if mod == "reported" and not rb:
                errors.append(f"{w}: modality reported needs reported_by")
            if rb is not None and (not isinstance(rb, str) or rb not in acts.get("reporter", [])):
                errors.append(f"{w}: reported_by {rb!r} must also be listed under actors.reporter")

    def show(title: str, c: Counter) -> None:
        print(f"\n{title}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {str(k):24s} {v}")

    print(f"{path}: {n} passages, {sum(per_type.values())} events, {negatives} negatives, "
          f"{two_event} passages with 2+ events, {undated} undated events, {unplaced} unplaced events")
    show("events per type", per_type)
    missing_types = types - set(per_type)
    if missing_types:
        errors.append(f"taxonomy types with no positives: {sorted(missing_types)}")
    show("passages per region", per_region)
    show("passages per style", per_style)
    show("date precision", per_prec)
    show("modality", per_mod)
    show("count kinds", per_kind)
    for wmsg in warnings:
        print("WARNING", wmsg)
    for emsg in errors:
        print("ERROR", emsg)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.jsonl"))
