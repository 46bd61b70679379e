"""Benchmark `assay add` on generated .txt news reports: docs/s, peak RSS, near-duplicate cost, 1k vs 10k.

Run: python bench/ingest.py [--docs N] [--small M]

Generates N reports of 300-900 words from word lists (about 5% are near-copies of an earlier report,
the way wire copy is re-run by other outlets), writes them as .txt files with first-line metadata,
and ingests them with Case.add into a fresh SQLite case, pinned to one core. The same is done for a
smaller corpus (M, default 1,000) to show how the cost grows. The near-duplicate share is measured
apart, in-process, on the same texts: MinHash signatures plus the LSH query and insert, divided by
the ingest's CPU time. Wall-clock and CPU rates are both reported, since other work on a shared
machine slows the first but not the second. Figures go to stdout and to bench/results/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).with_name("results") / "ingest.json"

PLACES = (
    "Aktobe",
    "Almaty",
    "Astana",
    "Shymkent",
    "Bishkek",
    "Osh",
    "Jalal-Abad",
    "Dushanbe",
    "Khujand",
    "Tashkent",
    "Namangan",
    "Andijan",
    "Ashgabat",
    "Taraz",
    "Karaganda",
    "Kulob",
    "Termez",
    "Nukus",
)
ACTORS = (
    "police",
    "the interior ministry",
    "security services",
    "border guards",
    "prosecutors",
    "a district court",
    "regional officials",
    "the defence ministry",
    "local residents",
    "witnesses",
    "a human rights group",
    "the national security committee",
    "investigators",
    "the mayor's office",
)
EVENTS = (
    "a suicide bombing",
    "an armed attack",
    "a shooting",
    "an explosion",
    "a raid",
    "a clash",
    "the arrest of suspects",
    "a trial",
    "a protest",
    "the seizure of weapons",
    "a hostage standoff",
    "a recruitment network",
    "an ambush",
    "an arson attack",
    "a bomb plot",
)
VERBS = (
    "said",
    "reported",
    "confirmed",
    "denied",
    "announced",
    "stated",
    "told reporters",
    "added",
    "claimed",
    "warned",
)
NOUNS = (
    "checkpoint",
    "market",
    "mosque",
    "police station",
    "border post",
    "prison",
    "bus station",
    "government building",
    "school",
    "apartment block",
    "gun shop",
    "military base",
    "highway",
    "village",
    "courthouse",
    "railway station",
    "bazaar",
    "hospital",
    "airport",
    "university",
)
COUNTS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "at least 20",
    "dozens of",
    "several",
    "more than 30",
)
FILLER = (
    "according to",
    "on Sunday",
    "on Monday",
    "late on Tuesday",
    "earlier this week",
    "last month",
    "in a statement",
    "on condition of anonymity",
    "in the city centre",
    "near the border",
    "after a long investigation",
    "during the night",
    "in the early hours",
    "without giving details",
)
ADJECTIVES = (
    "armed",
    "unidentified",
    "masked",
    "young",
    "local",
    "foreign",
    "suspected",
    "alleged",
    "heavily",
    "regional",
    "central",
    "senior",
    "former",
    "radical",
)


def _sentence(rng: random.Random) -> str:
    shapes = (
        lambda: (
            f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} that {rng.choice(EVENTS)} near a "
            f"{rng.choice(NOUNS)} in {rng.choice(PLACES)} left {rng.choice(COUNTS)} people dead or "
            f"wounded {rng.choice(FILLER)}."
        ),
        lambda: (
            f"{rng.choice(COUNTS).capitalize()} {rng.choice(ADJECTIVES)} men were detained "
            f"{rng.choice(FILLER)} in {rng.choice(PLACES)}, {rng.choice(ACTORS)} {rng.choice(VERBS)}."
        ),
        lambda: (
            f"The incident at the {rng.choice(NOUNS)} followed {rng.choice(EVENTS)} in "
            f"{rng.choice(PLACES)} {rng.choice(FILLER)}, and {rng.choice(ACTORS)} {rng.choice(VERBS)} "
            f"that the {rng.choice(ADJECTIVES)} group had links to fighters in Syria."
        ),
        lambda: (
            f"Residents of {rng.choice(PLACES)} described {rng.choice(EVENTS)} {rng.choice(FILLER)}, "
            f"while {rng.choice(ACTORS)} {rng.choice(VERBS)} that {rng.choice(COUNTS)} "
            f"{rng.choice(ADJECTIVES)} suspects remained at large."
        ),
        lambda: (
            f"{rng.choice(FILLER).capitalize()}, {rng.choice(ACTORS)} {rng.choice(VERBS)} that security "
            f"had been tightened around every {rng.choice(NOUNS)} in the {rng.choice(PLACES)} region "
            f"number {rng.randint(1, 999)}."
        ),
    )
    return rng.choice(shapes)()


def make_report(seed: int) -> tuple[str, str]:
    """(title, body) of one report of 300-900 words."""
    rng = random.Random(seed)
    target = rng.randint(300, 900)
    paragraphs: list[str] = []
    words = 0
    while words < target:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    title = f"{rng.choice(EVENTS).capitalize()} in {rng.choice(PLACES)} ({seed})"
    return title, "\n\n".join(paragraphs)


def near_copy(body: str, seed: int) -> str:
    """A re-run of a report: a few words changed and a line added, as another outlet would."""
    rng = random.Random(seed)
    words = body.split(" ")
    for _ in range(max(1, len(words) // 150)):
        words[rng.randrange(len(words))] = rng.choice(ADJECTIVES)
    return " ".join(words) + "\n\nThis report was compiled with material from wire services."


def write_corpus(folder: Path, count: int, near_share: float = 0.05) -> int:
    """Write `count` .txt reports, about near_share of them near-copies of an earlier one; return how many."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(count)
    planted = 0
    outlets = ("Reuters", "BBC", "Interfax", "Azattyq", "Eurasianet", "Kun.uz", "24.kg", "AKIpress")
    for number in range(count):
        if number > 10 and rng.random() < near_share:
            _title, body = make_report(rng.randrange(number))
            title, body = f"Re-run {number}", near_copy(body, number)
            planted += 1
        else:
            title, body = make_report(number)
        path = folder / f"{number:05d}.txt"
        path.write_text(
            f"Title: {title}\nSource: {rng.choice(outlets)}\nDate: 2016-{1 + number % 12:02d}-"
            f"{1 + number % 28:02d}\n\n{body}\n",
            encoding="utf-8",
        )
    return planted


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ingest(corpus: Path, work: Path) -> dict[str, float]:
    """Time Case.add over a corpus folder into a fresh SQLite case."""
    from assay.workbench import Case

    case_dir = work / f"case-{corpus.name}"
    shutil.rmtree(case_dir, ignore_errors=True)
    case = Case.init(
        case_dir, "How popular is ISIS in Central Asia?", db=f"sqlite:///{case_dir / 'assay.sqlite'}"
    )
    # The outlet registry is read once per case, whatever the corpus size; keep it out of the
    # per-document rate.
    _ = case.outlets
    started, cpu_started = time.perf_counter(), time.process_time()
    result = case.add([str(corpus)])
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    documents = case.status().counts["documents"]
    case.close()
    files = sum(1 for _ in corpus.iterdir())
    return {
        "files": files,
        "seconds": round(seconds, 3),
        "docs_per_s": round(files / seconds, 1),
        "cpu_seconds": round(cpu_seconds, 3),
        "docs_per_cpu_s": round(files / cpu_seconds, 1),
        "added": result.added,
        "near_duplicates": result.near_duplicates,
        "duplicates": result.duplicates,
        "failed": result.failed,
        "documents_stored": documents,
        "database_mb": round((case_dir / "assay.sqlite").stat().st_size / 2**20, 1),
    }


def near_duplicate_cost(corpus: Path) -> dict[str, float]:
    """CPU seconds spent on MinHash signatures and on LSH query+insert over the same texts."""
    from assay.collect import dedup
    from assay.collect.normalise import clean_text
    from assay.collect.notes import read_note

    index = dedup.NearDuplicateIndex(0.8)
    signing = lookup = 0.0
    for number, path in enumerate(sorted(corpus.iterdir())):
        text = clean_text(read_note(path)[0].text)
        started = time.process_time()
        signature = dedup.signature(text)
        signed = time.process_time()
        index.best_match(signature)
        index.add(number, signature)
        lookup += time.process_time() - signed
        signing += signed - started
    return {"signature_s": round(signing, 3), "lsh_s": round(lookup, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the large corpus")
    parser.add_argument("--small", type=int, default=1_000, help="documents in the small corpus")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and cases")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    import assay.collect  # noqa: F401  (import cost is paid once per process, not per document)

    work = Path(tempfile.mkdtemp(prefix="assay-bench-ingest-"))
    try:
        sizes = sorted({min(args.small, args.docs), args.docs})
        runs = {}
        for size in sizes:
            corpus = work / f"corpus-{size}"
            planted = write_corpus(corpus, size)
            runs[size] = ingest(corpus, work)
            runs[size]["near_copies_planted"] = planted
            runs[size]["words_mean"] = round(
                sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.iterdir()) / size
            )
        large = runs[args.docs]
        dedup_cost = near_duplicate_cost(work / f"corpus-{args.docs}")
        dedup_total = dedup_cost["signature_s"] + dedup_cost["lsh_s"]
        share = dedup_total / large["cpu_seconds"]
        small = runs[sizes[0]]
        growth = (
            (large["cpu_seconds"] / small["cpu_seconds"]) / (args.docs / sizes[0]) if len(sizes) > 1 else 1.0
        )
        report = {
            "benchmark": "ingest .txt with Case.add, SQLite, one core",
            "python": platform.python_version(),
            "machine": platform.machine(),
            "runs": {str(k): v for k, v in runs.items()},
            "docs_per_s": large["docs_per_s"],
            "docs_per_cpu_s": large["docs_per_cpu_s"],
            # Other work on the machine slows wall-clock figures; CPU time is the contention-free rate.
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "near_duplicate_detection": {**dedup_cost, "share_of_total": round(share, 3)},
            "cpu_time_per_doc_ratio_large_vs_small": round(growth, 3),
            "targets": {"docs_per_s": 500, "peak_rss_mb": 500},
            "meets_targets": large["docs_per_s"] >= 500 and peak_rss_mb() < 500,
            "meets_targets_in_cpu_time": large["docs_per_cpu_s"] >= 500 and peak_rss_mb() < 500,
        }
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(
        f"{'docs':>7} {'wall s':>8} {'docs/s':>8} {'cpu s':>8} {'docs/cpu-s':>10} {'added':>6} "
        f"{'near-dup':>8} {'dup':>5} {'failed':>6}"
    )
    for size, run in runs.items():
        print(
            f"{size:>7} {run['seconds']:>8.2f} {run['docs_per_s']:>8.1f} {run['cpu_seconds']:>8.2f} "
            f"{run['docs_per_cpu_s']:>10.1f} {run['added']:>6} {run['near_duplicates']:>8} "
            f"{run['duplicates']:>5} {run['failed']:>6}"
        )
    print(
        f"peak RSS {report['peak_rss_mb']} MB; near-duplicate detection {share:.1%} of the ingest CPU time "
        f"(signatures {dedup_cost['signature_s']} s, LSH {dedup_cost['lsh_s']} s); CPU time per document "
        f"{args.docs} vs {sizes[0]}: x{report['cpu_time_per_doc_ratio_large_vs_small']}; "
        f"load average {report['load_average_at_end']}"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    sys.exit(0 if report["meets_targets"] else 1)


if __name__ == "__main__":
    main()
