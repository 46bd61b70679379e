"""Score the gazetteer on TR-News: toponym recognition on raw text and resolution given gold spans.

Recognition: a predicted span is a true positive when it overlaps a not-yet-matched gold span
by at least one character (the lenient measure; the strict one, identical boundaries, is
reported too). Gold demonyms ("Turkish" → Turkey) count as misses, because assay's scanner
by design does not read demonyms as places; recall without them is reported beside.

Resolution (given the gold spans, with the article text as context and its publication
domain's country as a prior, as Gazetteer.resolve_at(..., prior=domain_countries(domain)) does):
exact GeoNames id; correct country; correct admin1 (over gold entries that have one);
within 161 km (an exact id counts as 0 km). A gold demonym is resolved to its country as a
fallback. Gold entries the sources cannot hold (US counties, streets, buildings, airports)
count as errors: the denominator is every gold toponym with a GeoNames id.

Run: python -m eval.geo.trnews [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assay.gazetteer import Gazetteer, domain_countries, get_gazetteer
from assay.gazetteer.guards import DEMONYMS
from assay.gazetteer.index import ADMIN1_CODE, GEONAMES_ID, PRECISION
from assay.gazetteer.scan import resolve_span

DATA = Path(__file__).parent / "data" / "tr-news" / "TR-News.xml"
WITHIN_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    """One annotated toponym: its span in the article and its GeoNames entry (if any)."""

    start: int
    end: int
    phrase: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country_id: int | None
    admin1_id: int | None


@dataclass(frozen=True)
class Article:
    """One TR-News article with its gold toponyms."""

    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    domain: str = ""


def _locate(text: str, phrase: str, start: int) -> int:
    """The phrase's real offset: some TR-News offsets are shifted by a few characters."""
    if text[start : start + len(phrase)] == phrase:
        return start
    for delta in range(1, 40):
        for guess in (start - delta, start + delta):
            if guess >= 0 and text[guess : guess + len(phrase)] == phrase:
                return guess
    return start


def _number(node: ET.Element | None, attr: str | None = None) -> Any:
    if node is None:
        return None
    raw = node.get(attr) if attr else node.text
    return None if raw in (None, "") else float(raw)


def load_articles(path: Path = DATA) -> list[Article]:
    """Parse TR-News.xml (schema: dataset.xsd beside it)."""
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        gold = []
        for top in node.iter("toponym"):
            phrase = top.findtext("phrase") or ""
            start = _locate(text, phrase, int(top.findtext("start") or 0))
            tag = top.find("gaztag")
            gid = _number(tag, "geonameid") if tag is not None else None
            gold.append(GoldToponym(
                start, start + len(phrase), phrase,
                None if gid is None else int(gid),
                _number(tag.find("lat")) if tag is not None else None,
                _number(tag.find("lon")) if tag is not None else None,
                _int(_number(tag.find("country"), "geonameid")) if tag is not None else None,
                _int(_number(tag.find("admin1"), "geonameid")) if tag is not None else None,
            ))
        domain = (node.findtext("domain") or "").strip()
        articles.append(Article(node.get("docid") or "", text, tuple(gold), domain))
    return articles


def _int(value: float | None) -> int | None:
    return None if value is None else int(value)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def score_recognition(gaz: Gazetteer, articles: list[Article]) -> dict[str, float]:
    """Precision, recall and F1 of scan() against the gold spans (overlap and exact)."""
    predicted = gold_total = overlap_hits = exact_hits = gold_matched = 0
    non_demonym_total = non_demonym_matched = 0
    for article in articles:
        spans = [span for span, _ in gaz.scan(article.text)]
        predicted += len(spans)
        gold_total += len(article.toponyms)
        used: set[int] = set()
        for span in spans:
            for k, g in enumerate(article.toponyms):
                if k not in used and span.start < g.end and g.start < span.end:
                    used.add(k)
                    overlap_hits += 1
                    exact_hits += span.start == g.start and span.end == g.end
                    break
        gold_matched += len(used)
        for k, g in enumerate(article.toponyms):
            if g.phrase.lower() not in DEMONYMS:
                non_demonym_total += 1
                non_demonym_matched += k in used
    precision = overlap_hits / predicted if predicted else 0.0
    recall = gold_matched / gold_total if gold_total else 0.0
    exact_p = exact_hits / predicted if predicted else 0.0
    exact_r = exact_hits / gold_total if gold_total else 0.0
    return {
        "predicted": predicted, "gold": gold_total,
        "precision": precision, "recall": recall, "f1": _f1(precision, recall),
        "exact_precision": exact_p, "exact_recall": exact_r, "exact_f1": _f1(exact_p, exact_r),
        "recall_without_demonyms": non_demonym_matched / non_demonym_total if non_demonym_total else 0.0,
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_resolution(gaz: Gazetteer, articles: list[Article]) -> dict[str, float]:
    """Exact id, country, admin1 and within-161-km accuracy of resolve() on the gold spans."""
    country_ids = {gaz.index.entries[e][GEONAMES_ID]: cc for cc, e in gaz.index.countries.items()}
    totals = {"toponyms": 0, "exact": 0, "country": 0, "admin1": 0, "admin1_total": 0, "within_161km": 0,
              "unresolved": 0}
    for article in articles:
        for g in article.toponyms:
            if g.geonames_id is None:
                continue
            totals["toponyms"] += 1
            entry_id = resolve_span(gaz, article.text, g.start, g.end, prior=domain_countries(article.domain))
            if entry_id is None and g.phrase.lower() in DEMONYMS:
                entry_id = gaz.index.countries.get(DEMONYMS[g.phrase.lower()])
            if g.admin1_id is not None:
                totals["admin1_total"] += 1
            if entry_id is None:
                totals["unresolved"] += 1
                continue
            place = gaz.entry_place(entry_id)
            exact = place.geonames_id == g.geonames_id
            totals["exact"] += exact
            gold_country = country_ids.get(g.country_id) if g.country_id else None
            totals["country"] += gold_country == place.country_code if g.country_id else exact
            if g.admin1_id is not None:
                totals["admin1"] += _admin1_id(gaz, entry_id) == g.admin1_id
            near = exact or (None not in (place.lat, place.lon, g.lat, g.lon)
                             and km_between(place.lat, place.lon, g.lat, g.lon) <= WITHIN_KM)  # type: ignore[arg-type]
            totals["within_161km"] += near
    n = totals["toponyms"] or 1
    return {
        "toponyms": totals["toponyms"],
        "exact": totals["exact"] / n,
        "country": totals["country"] / n,
        "admin1": totals["admin1"] / (totals["admin1_total"] or 1),
        "within_161km": totals["within_161km"] / n,
        "unresolved": totals["unresolved"] / n,
    }


def _admin1_id(gaz: Gazetteer, entry_id: int) -> int | None:
    entry = gaz.index.entries[entry_id]
    if entry[PRECISION] == "admin1":
        return entry[GEONAMES_ID]
    admin = gaz.index.admin1.get(entry[ADMIN1_CODE]) if entry[ADMIN1_CODE] else None
    return None if admin is None else gaz.index.entries[admin][GEONAMES_ID]


def evaluate(path: Path = DATA) -> dict[str, dict[str, float]]:
    """Both scores on the whole corpus."""
    gaz = get_gazetteer()
    articles = load_articles(path)
    return {"recognition": score_recognition(gaz, articles), "resolution": score_resolution(gaz, articles)}


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and optionally write them as JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the scores to this file")
    args = parser.parse_args(argv)
    scores = evaluate()
    for part, values in scores.items():
        print(part)
        for name, value in values.items():
            print(f"  {name:<26} {value:.3f}" if isinstance(value, float) else f"  {name:<26} {value}")
    if args.json:
        args.json.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
