"""Scoring an extractor against the gold set (eval/extract/gold.jsonl): P/R/F1 per event type and per field.

README-scoring (eval/extract)
-----------------------------

Matching (gated headline): a predicted mention matches a gold event of the same type whose
trigger span overlaps its own (the gold trigger is located in the passage text; greedy, nearest
first, one-to-one). Event type is scored by precision/recall/F1 per type and their macro
average. Every other field is scored on the matched pairs only, so a field score says how well
the extractor fills in an event it found: accuracy (exact agreement, absence included), and
precision/recall over the values actually given (a predicted value is a true positive when it
equals the gold value).

Passage-level matching (reported, second figure): a predicted mention matches a gold event of
the same type in the same passage, one-to-one (nearest triggers paired first), whatever its
trigger span. It forgives a defensible trigger choice ("killing" for "drove a truck into
crowds"), but it also credits a mention standing on the wrong words, e.g. an attack coded on
a background "attacks" when the passage's real attack was missed; it therefore over-states
accuracy whenever a passage holds one right and one wrong mention of a type.

The trigger-overlap figure stays the gated headline: a mention's trigger is its provenance
(DESIGN.md: every event keeps the span it was read from), so a mention that matches only at
passage level cannot be traced to the words a coder would cite. The gap between the two
figures measures how much of the type error is trigger choice rather than detection.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from assay.errors import InputError
from assay.extract.actors import lookup_actor, normalise_name
from assay.extract.places import default_gazetteer
from assay.extract.registry import get_extractor
from assay.model import Document, Mention, Place

FIELDS = ("date", "place", "place_country", "counts", "count_qualifiers", "actors", "modality", "reported_by")


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Precision, recall and F1 for one event type."""

    event_type: str
    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        """Matched over predicted (1.0 when nothing was predicted and nothing was expected)."""
        return _ratio(self.matched, self.predicted, self.gold == 0)

    @property
    def recall(self) -> float:
        """Matched over gold."""
        return _ratio(self.matched, self.gold, self.predicted == 0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)


@dataclass(slots=True)
class FieldScore:
    """Agreement on one field over the matched pairs."""

    name: str
    pairs: int = 0
    agree: int = 0
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def accuracy(self) -> float:
        """Share of matched pairs whose field agrees exactly (both empty counts as agreement)."""
        return _ratio(self.agree, self.pairs, True)

    @property
    def precision(self) -> float:
        """Correct values over values predicted."""
        return _ratio(self.true_positive, self.predicted, self.gold == 0)

    @property
    def recall(self) -> float:
        """Correct values over gold values."""
        return _ratio(self.true_positive, self.gold, self.predicted == 0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)


@dataclass(slots=True)
class EvaluationReport:
    """The outcome of scoring one extractor on one gold file."""

    extractor: str
    gold_path: str
    passages: int
    types: dict[str, TypeScore]
    fields: dict[str, FieldScore]
    misses: list[dict[str, Any]] = field(default_factory=list)
    passage_types: dict[str, TypeScore] = field(default_factory=dict)

    @property
    def passage_macro_f1(self) -> float:
        """Macro F1 over types when a mention matches any same-type gold event of its passage."""
        scores = [t.f1 for t in self.passage_types.values() if t.gold or t.predicted]
        return sum(scores) / len(scores) if scores else 1.0

    @property
    def type_macro_f1(self) -> float:
        """Macro-averaged F1 over the event types that occur in gold or predictions."""
        scores = [t.f1 for t in self.types.values() if t.gold or t.predicted]
        return sum(scores) / len(scores) if scores else 1.0

    @property
    def type_micro_f1(self) -> float:
        """F1 over all events regardless of type."""
        g = sum(t.gold for t in self.types.values())
        p = sum(t.predicted for t in self.types.values())
        m = sum(t.matched for t in self.types.values())
        return _f1(_ratio(m, p, g == 0), _ratio(m, g, p == 0))

    def headline(self) -> dict[str, float]:
        """The gated figures: type macro F1 and the accuracy of date, place and counts on matched events."""
        return {
            "type_macro_f1": round(self.type_macro_f1, 4),
            "type_micro_f1": round(self.type_micro_f1, 4),
            "date_exact": round(self.fields["date"].accuracy, 4),
            "place": round(self.fields["place"].accuracy, 4),
            "counts_exact": round(self.fields["counts"].accuracy, 4),
            "actors_f1": round(self.fields["actors"].f1, 4),
            "modality": round(self.fields["modality"].accuracy, 4),
            "type_macro_f1_passage": round(self.passage_macro_f1, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form for scripts and the CLI's --json."""
        return {
            "extractor": self.extractor,
            "gold": self.gold_path,
            "passages": self.passages,
            "headline": self.headline(),
            "types": {
                k: {
                    "gold": t.gold,
                    "predicted": t.predicted,
                    "matched": t.matched,
                    "precision": round(t.precision, 4),
                    "recall": round(t.recall, 4),
                    "f1": round(t.f1, 4),
                }
                for k, t in sorted(self.types.items())
            },
            "passage_types": {
                k: {"gold": t.gold, "predicted": t.predicted, "matched": t.matched, "f1": round(t.f1, 4)}
                for k, t in sorted(self.passage_types.items())
            },
            "fields": {
                k: {
                    "pairs": f.pairs,
                    "accuracy": round(f.accuracy, 4),
                    "precision": round(f.precision, 4),
                    "recall": round(f.recall, 4),
                    "f1": round(f.f1, 4),
                }
                for k, f in self.fields.items()
            },
        }


def _ratio(num: int, den: int, empty_is_perfect: bool) -> float:
    if den == 0:
        return 1.0 if empty_is_perfect else 0.0
    return num / den


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read gold.jsonl, one passage per line."""
    if not path.exists():
        raise InputError(f"No gold file at {path}; pass the path to eval/extract/gold.jsonl")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n} is not valid JSON ({exc.msg}); fix that line") from exc
    return rows


def passage_document(row: dict[str, Any], number: int) -> Document:
    """The Document a gold passage stands for."""
    published = row.get("published")
    return Document(
        id=number,
        content_hash=str(row.get("id", number)),
        title=row.get("title", ""),
        text=row["text"],
        outlet_key="gold",
        outlet_name="gold",
        published_at=datetime.fromisoformat(published) if published else None,
    )


def locate_trigger(text: str, trigger: str, taken: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """Character range of a gold trigger in the passage: its first occurrence not already used."""
    lowered, needle = text.lower(), trigger.lower()
    start = lowered.find(needle)
    while start >= 0 and (start, start + len(needle)) in taken:
        start = lowered.find(needle, start + 1)
    if start < 0:
        start = lowered.find(needle)
    if start < 0:
        raise InputError(f"Gold trigger {trigger!r} does not occur in passage {text[:60]!r}; fix the gold")
    return start, start + len(needle)


def match_events(
    gold: list[tuple[dict[str, Any], tuple[int, int]]], predicted: list[Mention]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of the same type with overlapping triggers."""
    candidates = []
    for gi, (g, (gs, ge)) in enumerate(gold):
        for pi, p in enumerate(predicted):
            if p.event_type == g["type"] and p.trigger.start < ge and gs < p.trigger.end:
                candidates.append((abs(p.trigger.start - gs), gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def match_passage(
    gold: list[tuple[dict[str, Any], tuple[int, int]]], predicted: list[Mention]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of the same type in one passage, nearest first."""
    candidates = [
        (abs(p.trigger.start - gs), gi, pi)
        for gi, (g, (gs, _)) in enumerate(gold)
        for pi, p in enumerate(predicted)
        if p.event_type == g["type"]
    ]
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in text if c.isalnum())


def _gold_place(g: dict[str, Any]) -> Place | None:
    gaz = default_gazetteer()
    if gaz is None:
        return None
    cc = g.get("country", "")
    if g.get("precision") == "country":
        return None
    place: Place | None = gaz.resolve(g["name"], countries=(cc,) if cc else ())
    return place


def place_agrees(g: dict[str, Any] | None, p: Place | None) -> tuple[bool, bool]:
    """(place correct at the gold precision, country correct) for one pair."""
    if g is None or p is None:
        return g is None and p is None, g is None and p is None
    country_ok = p.country_code.upper() == str(g.get("country", "")).upper()
    if not country_ok:
        return False, False
    precision = g.get("precision", "city")
    if precision == "country":
        return p.precision == "country", True
    ref = _gold_place(g)
    if precision == "admin1":
        gold_admin1 = {str(g.get("admin1", "")).upper(), (ref.admin1_code.upper() if ref else "")} - {""}
        return p.precision == "admin1" and p.admin1_code.upper() in gold_admin1, True
    if p.precision not in ("city", "point"):
        return False, True
    same_id = ref is not None and ref.geonames_id is not None and ref.geonames_id == p.geonames_id
    return same_id or _fold(p.name) == _fold(g["name"]), True


def _actor_key(name: str) -> str:
    entry = lookup_actor(name)
    return entry.key if entry else normalise_name(name)


def _gold_actors(g: dict[str, Any]) -> set[tuple[str, str]]:
    return {(role, _actor_key(n)) for role, names in (g.get("actors") or {}).items() for n in names}


def _gold_date(g: dict[str, Any]) -> tuple[date | None, date | None]:
    d = g.get("date")
    if not d:
        return None, None
    return date.fromisoformat(d["start"]), date.fromisoformat(d["end"])


def _score_pair(scores: dict[str, FieldScore], g: dict[str, Any], p: Mention) -> list[str]:
    """Add one matched pair to the field scores; return the names of the fields that disagree."""
    wrong: list[str] = []

    def add(name: str, agree: bool, has_gold: bool, has_pred: bool, tp: bool) -> None:
        s = scores[name]
        s.pairs += 1
        s.agree += agree
        s.gold += has_gold
        s.predicted += has_pred
        s.true_positive += tp
        if not agree:
            wrong.append(name)

    gd = _gold_date(g)
    pd = (p.date.start, p.date.end)
    add("date", gd == pd, gd[0] is not None, pd[0] is not None, gd[0] is not None and gd == pd)
    place_ok, country_ok = place_agrees(g.get("place"), p.place)
    has_gp, has_pp = g.get("place") is not None, p.place is not None
    add("place", place_ok, has_gp, has_pp, has_gp and place_ok)
    add("place_country", country_ok, has_gp, has_pp, has_gp and country_ok)
    gc = {k: v["value"] for k, v in (g.get("counts") or {}).items()}
    pc = {c.kind: c.value for c in p.counts}
    add("counts", gc == pc, bool(gc), bool(pc), bool(gc) and gc == pc)
    gq = {k: v.get("qualifier", "exact") for k, v in (g.get("counts") or {}).items()}
    pq = {c.kind: c.qualifier for c in p.counts}
    add("count_qualifiers", gq == pq, bool(gq), bool(pq), bool(gq) and gq == pq)
    ga = _gold_actors(g)
    pa = {(a.role, a.key) for a in p.actors}
    s = scores["actors"]
    s.pairs += 1
    s.agree += ga == pa
    s.gold += len(ga)
    s.predicted += len(pa)
    s.true_positive += len(ga & pa)
    if ga != pa:
        wrong.append("actors")
    gm = g.get("modality", "asserted")
    add("modality", gm == p.modality, True, True, gm == p.modality)
    grb, prb = g.get("reported_by"), p.reported_by
    rb_ok = (grb is None and prb is None) or (
        grb is not None and prb is not None and _actor_key(grb) == _actor_key(prb)
    )
    add("reported_by", rb_ok, grb is not None, prb is not None, grb is not None and rb_ok)
    return wrong


def evaluate_extractor(
    rows: Iterable[dict[str, Any]], *, extractor: str = "rules.v1", gold_path: str = ""
) -> EvaluationReport:
    """Run an extractor over gold passages and score it."""
    ex = get_extractor(extractor)
    types: dict[str, list[int]] = {}
    passage: dict[str, list[int]] = {}
    scores = {name: FieldScore(name) for name in FIELDS}
    misses: list[dict[str, Any]] = []
    n = 0
    for n, row in enumerate(rows, 1):
        doc = passage_document(row, n)
        predicted = ex.extract(doc, countries=row.get("countries", ()))
        located: list[tuple[dict[str, Any], tuple[int, int]]] = []
        taken: list[tuple[int, int]] = []
        for g in row.get("events", []):
            span = locate_trigger(doc.text, g["trigger"], taken)
            taken.append(span)
            located.append((g, span))
        pairs = match_events(located, predicted)
        for g, _ in located:
            types.setdefault(g["type"], [0, 0, 0])[0] += 1
        for p in predicted:
            types.setdefault(p.event_type, [0, 0, 0])[1] += 1
        for g, _ in located:
            passage.setdefault(g["type"], [0, 0, 0])[0] += 1
        for p in predicted:
            passage.setdefault(p.event_type, [0, 0, 0])[1] += 1
        for gi, _ in match_passage(located, predicted):
            passage[located[gi][0]["type"]][2] += 1
        for gi, pi in pairs:
            types[located[gi][0]["type"]][2] += 1
            wrong = _score_pair(scores, located[gi][0], predicted[pi])
            if wrong:
                misses.append({"id": row.get("id"), "type": located[gi][0]["type"], "fields": wrong})
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        misses += [
            {"id": row.get("id"), "missed": g["type"], "trigger": g["trigger"]}
            for gi, (g, _) in enumerate(located)
            if gi not in matched_g
        ]
        misses += [
            {"id": row.get("id"), "spurious": p.event_type, "trigger": p.trigger.text}
            for pi, p in enumerate(predicted)
            if pi not in matched_p
        ]
    type_scores = {k: TypeScore(k, *v) for k, v in types.items()}
    passage_scores = {k: TypeScore(k, *v) for k, v in passage.items()}
    return EvaluationReport(extractor, gold_path, n, type_scores, scores, misses, passage_scores)


def evaluate_gold_file(path: Path | str, *, extractor: str = "rules.v1") -> EvaluationReport:
    """Score an extractor on a gold.jsonl file."""
    p = Path(path)
    return evaluate_extractor(read_gold(p), extractor=extractor, gold_path=str(p))


def format_report(report: EvaluationReport) -> str:
    """A plain-text table of the report, for scripts and logs."""
    lines = [
        f"extractor {report.extractor} on {report.gold_path or 'gold'} ({report.passages} passages)",
        "",
        f"{'event type':<24}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for k, t in sorted(report.types.items()):
        lines.append(
            f"{k:<24}{t.gold:>6}{t.predicted:>6}{t.matched:>7}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}"
        )
    lines += [
        f"{'macro F1':<24}{report.type_macro_f1:>40.3f}",
        f"{'macro F1 (passage-level)':<24}{report.passage_macro_f1:>40.3f}",
        "",
        f"{'field (matched events)':<24}{'pairs':>6}{'acc':>7}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for name, f in report.fields.items():
        lines.append(
            f"{name:<24}{f.pairs:>6}{f.accuracy:>7.3f}{f.precision:>7.3f}{f.recall:>7.3f}{f.f1:>7.3f}"
        )
    return "\n".join(lines)
