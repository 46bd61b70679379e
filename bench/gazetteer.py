"""Benchmark the gazetteer: compile time, cold start from the cache, and lookup / scan speed.

Run: python bench/gazetteer.py   (writes bench/results/gazetteer.json)
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "gazetteer.json"
TRNEWS = Path(__file__).parents[1] / "eval" / "geo" / "data" / "tr-news" / "TR-News.xml"
NAMES = ["Aktobe", "Aqtobe", "Alma-Ata", "Nur-Sultan", "Osh", "Tripoli", "Georgia", "London",
         "West Kazakhstan Region", "Kulyab", "Springfield", "Qwertyuiop"]
TEXT = ("Police in West Kazakhstan Region detained two men near Uralsk on Monday, the National Security "
        "Committee said in Astana. A similar cell was broken up in Aktobe and in Shymkent last year, while "
        "Tajik border guards reported shooting near Kulyab. Mary said the talks in Tripoli would resume. ")


def _timed_start(cache: str) -> float:
    """Seconds for a fresh interpreter to import assay.gazetteer and get a ready gazetteer."""
    code = ("import time; t = time.perf_counter(); from assay.gazetteer import get_gazetteer; "
            "get_gazetteer(); print(time.perf_counter() - t)")
    env = {**os.environ, "ASSAY_CACHE_DIR": cache}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def _per_call_us(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat * 1e6


def main() -> int:
    """Measure and write the results file."""
    with tempfile.TemporaryDirectory() as cache:
        compile_s = _timed_start(cache)
        cold = sorted(_timed_start(cache) for _ in range(3))
    from assay.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    n = 2000

    def mean_us(call) -> float:  # type: ignore[no-untyped-def]
        return round(sum(_per_call_us(lambda nm=nm: call(nm), n) for nm in NAMES) / len(NAMES), 2)

    gaz.scan(TEXT)  # first use imports spaCy's stop-word list
    articles = [node.text or "" for node in ET.parse(TRNEWS).getroot().iter("text")]
    start = time.perf_counter()
    for article in articles:
        gaz.scan(article)
    scan_seconds = time.perf_counter() - start
    results = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "entries": len(gaz.index.entries),
        "names": len(gaz.index.keys),
        "first_start_with_compile_s": round(compile_s, 2),
        "cold_start_s_median": round(cold[1], 3),
        "candidates_us": mean_us(gaz.candidates),
        "resolve_us": mean_us(gaz.resolve),
        "resolve_with_countries_us": mean_us(lambda nm: gaz.resolve(nm, countries=["KZ"])),
        "resolve_with_cached_context_us": mean_us(lambda nm: gaz.resolve(nm, context=TEXT)),
        "scan_corpus": "TR-News, 118 articles",
        "scan_words_per_s": round(sum(len(a.split()) for a in articles) / scan_seconds),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
