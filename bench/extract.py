"""Benchmark rules.v1 on TR-News articles repeated with variation, beside spaCy's tokenizer and dateparser.

Run: python bench/extract.py [--docs N] [--dateparser-docs M] [--naive-docs K] [--rounds R]

All are timed in this process, on one core, on the same texts: the blank spaCy tokenizer
alone (the floor no spaCy-based extractor can beat), the full extractor, and
dateparser.search.search_dates (what a naive pipeline would call on every text; it is slow, so
it runs on the first M texts and its rate is per text). search_dates is timed twice: as a naive
pipeline calls it, with its defaults (it detects each text's language among all it knows; the
issue's comparator), and as a careful one does, told the texts are English (about 20 times
faster). Both ratios are printed and written; neither is hidden. They take turns over R blocks of the
texts and are clocked in CPU time of this process, so the figures hold on a shared machine.
Figures go to stdout and to bench/results/extract.json. bench/extract_equivalence.py checks
that a speed change left the extractor's output as it was.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import resource
import sys
import time
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (
    ROOT / "eval" / "geo" / "data" / "tr-news" / "TR-News.xml",
    ROOT.parent / "shared" / "data" / "tr-news" / "TR-News.xml",
)
RESULTS = Path(__file__).with_name("results") / "extract.json"


def read_articles() -> list[tuple[str, str, datetime]]:
    """(title, text, download date) of every TR-News article."""
    path = next((p for p in SOURCES if p.exists()), None)
    if path is None:
        sys.exit(f"TR-News not found at {SOURCES[0]} or {SOURCES[1]}; copy TR-News.xml there")
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        title = (art.findtext("title") or "").strip()
        text = (art.findtext("text") or "").strip()
        when = (art.findtext("dltime") or "2016-12-01").strip()
        try:
            published = datetime.fromisoformat(when[:10])
        except ValueError:  # a few dltime fields hold a clock time only
            published = datetime(2016, 12, 1)
        out.append((title, text, published))
    return out


def build_corpus(n: int, seed: int = 7) -> list[object]:
    """n Documents: the articles cycled, each copy with its paragraphs rotated and its date shifted."""
    from assay.model import Document

    rng = random.Random(seed)
    articles = read_articles()
    docs = []
    for i in range(n):
        title, text, when = articles[i % len(articles)]
        paras = [p for p in text.split("\n") if p.strip()]
        if i >= len(articles) and len(paras) > 2:
            k = rng.randrange(1, len(paras))
            paras = paras[k:] + paras[:k]
        docs.append(
            Document(
                id=i + 1,
                content_hash=str(i),
                title=title,
                text="\n".join(paras),
                outlet_key="trnews",
                outlet_name="TR-News",
                published_at=when + timedelta(days=rng.randrange(0, 400)),
            )
        )
    return docs


def clocked(func, items) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds this process spends running func over every item (other processes do not count)."""
    start = time.process_time()
    for item in items:
        func(item)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> dict[str, object]:
    """Run the benchmark and write the results."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--dateparser-docs", type=int, default=100, help="texts for search_dates in English")
    parser.add_argument("--naive-docs", type=int, default=20, help="texts for search_dates with its defaults")
    parser.add_argument("--rounds", type=int, default=10, help="blocks the four timings alternate over")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    from dateparser.search import search_dates

    from assay.extract import get_extractor
    from assay.extract.nlp import blank_pipeline

    extractor = get_extractor("rules.v1")
    docs = build_corpus(args.docs)
    warm = extractor.extract(docs[0])  # loads the lexicon, actor dictionary and gazetteer
    search_dates("Police said on Monday", languages=["en"])  # dateparser loads its language data once
    search_dates("Police said on Monday")  # ... and its language detector
    cold_start = time.perf_counter() - t0
    # Everything the contenders loaded stays for the whole run: out of the cyclic collector's way,
    # so that none of them pays for the collector walking another's tables (the gazetteer freezes
    # its own index when it loads; dateparser's language data is loaded after it).
    gc.freeze()
    texts = [d.text for d in docs]  # type: ignore[attr-defined]
    words = sum(len(t.split()) for t in texts)
    print(
        f"{len(docs)} documents, {words} words; cold start {cold_start:.2f} s ({len(warm)} mentions in doc 1)"
    )

    tokenizer = blank_pipeline().tokenizer
    mentions = 0

    def run(doc: object) -> None:
        nonlocal mentions
        mentions += len(extractor.extract(doc))  # type: ignore[arg-type]

    m = min(args.dateparser_docs, len(docs))
    settings = {"PREFER_DATES_FROM": "past"}

    n = min(args.naive_docs, len(docs))
    m = max(m, 1)  # both search_dates runs time at least one text: their rates divide by it
    n = max(n, 1)

    def parse(doc: object) -> None:
        search_dates(
            doc.text,
            languages=["en"],  # type: ignore[attr-defined]
            settings={**settings, "RELATIVE_BASE": doc.published_at},
        )  # type: ignore[attr-defined]

    def parse_naive(doc: object) -> None:
        search_dates(doc.text, settings={**settings, "RELATIVE_BASE": doc.published_at})  # type: ignore[attr-defined]

    # They take turns, block by block, so that a change of load on a shared machine weighs
    # on all of them alike; each block is tokenised before the extractor sees it, as before.
    rounds = max(1, min(args.rounds, len(docs)))
    t_tok = t_ext = t_dp = t_naive = 0.0
    for r in range(rounds):
        block = slice(r * len(docs) // rounds, (r + 1) * len(docs) // rounds)
        t_tok += clocked(tokenizer, texts[block])
        t_ext += clocked(run, docs[block])
        t_dp += clocked(parse, docs[r * m // rounds : (r + 1) * m // rounds])
        t_naive += clocked(parse_naive, docs[r * n // rounds : (r + 1) * n // rounds])
    for label, seconds in (
        ("spaCy blank tokenizer", t_tok),
        ("rules.v1 extractor", t_ext),
        (f"search_dates, English ({m} docs)", t_dp),
        (f"search_dates, defaults ({n} docs)", t_naive),
    ):
        print(f"  {label:<36}{seconds:>8.2f} s", flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rate = {"tokenizer": len(docs) / t_tok, "extractor": len(docs) / t_ext, "search_dates": m / t_dp,
            "naive": n / t_naive}
    results: dict[str, object] = {
        "generated": datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}",
        "documents": len(docs),
        "rounds": rounds,
        "clock": "process CPU time",
        "words": words,
        "mentions": mentions,
        "cold_start_s": round(cold_start, 3),
        "extractor_docs_per_s": round(rate["extractor"], 1),
        "extractor_words_per_s": round(words / t_ext),
        "tokenizer_docs_per_s": round(rate["tokenizer"], 1),
        "tokenizer_words_per_s": round(words / t_tok),
        "search_dates_defaults_docs": n,
        "search_dates_defaults_docs_per_s": round(rate["naive"], 2),
        "search_dates_english_docs": m,
        "search_dates_english_docs_per_s": round(rate["search_dates"], 2),
        "ratio_to_tokenizer": round(rate["extractor"] / rate["tokenizer"], 3),
        "ratio_to_search_dates": round(rate["extractor"] / rate["naive"], 1),
        "ratio_to_search_dates_english": round(rate["extractor"] / rate["search_dates"], 1),
        "peak_rss_mb": round(peak_mb, 1),
        "targets": {"ratio_to_tokenizer": 0.3, "ratio_to_search_dates": 20},
    }
    print(
        f"extractor {results['extractor_docs_per_s']} docs/s, {results['extractor_words_per_s']} words/s; "
        f"tokenizer {results['tokenizer_docs_per_s']} docs/s; "
        f"search_dates {results['search_dates_defaults_docs_per_s']} docs/s with its defaults, "
        f"{results['search_dates_english_docs_per_s']} docs/s told the texts are English"
    )
    print(
        f"ratio to tokenizer {results['ratio_to_tokenizer']} (target >= 0.3); "
        f"ratio to search_dates {results['ratio_to_search_dates']} with its defaults (target >= 20), "
        f"{results['ratio_to_search_dates_english']} to the English-only call; peak RSS {peak_mb:.0f} MB"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
