"""List TR-News resolution errors (given gold spans), grouped by the kind of mistake.

Groups, first match wins:
  not-in-sources   the gold GeoNames id is in no index entry (US counties, streets, buildings,
                   airports, villages under 500 people): no resolver can get it right;
  missing-name     the gold entry is in the index but not under this surface form (a spelling
                   variant, an abbreviation, an older transliteration);
  demonym          the gold phrase is a demonym ("Turkish" → Turkey);
  unit-vs-city     the right place at the wrong level: a city for its admin1 unit or country, or
                   the unit for its namesake city (same country, one contains the other);
  wrong-country    a namesake in another country ("London" in the UK for London, Ontario);
  same-country     a namesake in the same country (another Springfield);
  unresolved       the index holds the gold entry under this name yet resolution returned nothing.

Run: python -m eval.geo.errors [--group NAME] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

from eval.geo.trnews import Article, GoldToponym, load_articles

from assay.gazetteer import Gazetteer, domain_countries, get_gazetteer
from assay.gazetteer.guards import DEMONYMS
from assay.gazetteer.index import ADMIN1_CODE, COUNTRY, GEONAMES_ID, PRECISION
from assay.gazetteer.scan import resolve_span

GROUPS = ("not-in-sources", "missing-name", "demonym", "unit-vs-city", "wrong-country", "same-country",
          "unresolved")


@dataclass(frozen=True)
class ResolutionError:
    """One gold toponym resolved to the wrong entry (or to none), with its group."""

    group: str
    docid: str
    phrase: str
    gold: str
    got: str
    context: str


def _describe(gaz: Gazetteer, entry_id: int | None) -> str:
    if entry_id is None:
        return "-"
    e = gaz.index.entries[entry_id]
    return f"{e[0]} [{e[PRECISION]} {e[COUNTRY]}/{e[ADMIN1_CODE]} #{e[GEONAMES_ID]}]"


def classify(gaz: Gazetteer, by_id: dict[int, int], article: Article, g: GoldToponym,
             got: int | None) -> str:
    """The group of one resolution error (see the module docstring)."""
    gold_entry = by_id.get(g.geonames_id or -1)
    if gold_entry is None:
        return "not-in-sources"
    if g.phrase.lower() in DEMONYMS:
        return "demonym"
    if gold_entry not in {e for e, _ in gaz.matches(g.phrase)}:
        return "missing-name"
    if got is None:
        return "unresolved"
    gold_e, got_e = gaz.index.entries[gold_entry], gaz.index.entries[got]
    if gold_e[COUNTRY] != got_e[COUNTRY]:
        return "wrong-country"
    levels = {gold_e[PRECISION], got_e[PRECISION]}
    if levels != {"city"} and (
        "country" in levels or gold_e[ADMIN1_CODE] == got_e[ADMIN1_CODE]
    ):
        return "unit-vs-city"
    return "same-country"


def list_errors(gaz: Gazetteer, articles: list[Article]) -> list[ResolutionError]:
    """Every wrongly resolved gold toponym (with a GeoNames id), grouped."""
    by_id: dict[int, int] = {}
    for entry_id, e in enumerate(gaz.index.entries):
        if e[GEONAMES_ID] is not None:
            by_id.setdefault(e[GEONAMES_ID], entry_id)
    errors = []
    for article in articles:
        for g in article.toponyms:
            if g.geonames_id is None:
                continue
            got = resolve_span(gaz, article.text, g.start, g.end, prior=domain_countries(article.domain))
            if got is None and g.phrase.lower() in DEMONYMS:
                got = gaz.index.countries.get(DEMONYMS[g.phrase.lower()])
            if got is not None and gaz.index.entries[got][GEONAMES_ID] == g.geonames_id:
                continue
            gold_entry = by_id.get(g.geonames_id)
            gold = _describe(gaz, gold_entry) if gold_entry is not None else f"#{g.geonames_id} (not indexed)"
            context = article.text[max(0, g.start - 50) : g.end + 50].replace("\n", " ")
            errors.append(ResolutionError(classify(gaz, by_id, article, g, got), article.docid, g.phrase,
                                          gold, _describe(gaz, got), context))
    return errors


def main(argv: list[str] | None = None) -> int:
    """Print the group sizes, then the errors of each group (or of one)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", choices=GROUPS, help="list only this group")
    parser.add_argument("--limit", type=int, default=40, help="errors listed per group (default 40)")
    args = parser.parse_args(argv)
    errors = list_errors(get_gazetteer(), load_articles())
    counts = Counter(e.group for e in errors)
    print(f"{len(errors)} resolution errors")
    for group in GROUPS:
        print(f"  {group:<16} {counts[group]}")
    grouped: dict[str, list[ResolutionError]] = defaultdict(list)
    for e in errors:
        grouped[e.group].append(e)
    for group in GROUPS if args.group is None else (args.group,):
        print(f"\n== {group} ({counts[group]})")
        phrases = Counter(e.phrase for e in grouped[group])
        print("  most frequent: " + ", ".join(f"{p} ×{n}" for p, n in phrases.most_common(12)))
        for e in grouped[group][: args.limit]:
            print(f"  {e.docid:<6} {e.phrase!r}: gold {e.gold}; got {e.got}")
            print(f"         …{e.context}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
