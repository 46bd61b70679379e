"""Integration tests for the collect pipeline: every input kind, dedup, idempotence, failures, resumption."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.collect.test_binaries import make_docx, make_pdf
from tests.collect.test_tables import ACLED_HEADER, _acled_row, _write
from tests.conftest import FIXTURES, WebServer

from assay.collect.collector import CollectOptions, Collector, canonical_url, expand_inputs
from assay.collect.fetch import FetchPolicy
from assay.outlets import load_registry
from assay.store import Store, open_store, schema
from assay.store.documents import list_documents

WORDS = [
    "police",
    "officials",
    "said",
    "attack",
    "city",
    "region",
    "border",
    "court",
    "security",
    "forces",
    "group",
    "militants",
    "ministry",
    "statement",
    "residents",
    "checkpoint",
    "explosion",
    "investigation",
    "suspects",
    "detained",
    "weapons",
    "market",
    "night",
    "morning",
    "government",
    "reports",
    "killed",
    "wounded",
    "hospital",
    "local",
    "district",
    "Aktobe",
    "Almaty",
    "Bishkek",
    "Osh",
    "Dushanbe",
    "Tashkent",
    "prosecutors",
    "recruitment",
    "fighters",
    "Syria",
    "convicted",
    "sentenced",
]


def story(seed: int, words: int = 300) -> str:
    """A reproducible news-like text; different seeds share almost no word 3-shingles."""
    rng = random.Random(seed)
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + ".")
    return " ".join(sentences)


def edit(text: str, positions: tuple[int, ...]) -> str:
    words = text.split()
    for position in positions:
        words[position] = "changed"
    return " ".join(words)


@pytest.fixture
def store(backend: str) -> Iterator[Store]:
    opened = open_store(backend)
    yield opened
    opened.close()


def _collector(store: Store, **options: object) -> Collector:
    fetch = FetchPolicy(allow_private=True, read_timeout=1.0, connect_timeout=1.0)
    return Collector(store, load_registry(), CollectOptions(fetch=fetch, **options))  # type: ignore[arg-type]


def _note(path: Path, text: str, **meta: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "".join(f"{k}: {v}\n" for k, v in meta.items())
    path.write_text(f"---\n{header}---\n{text}\n" if meta else text, encoding="utf-8")
    return path


def _every_kind(tmp_path: Path, web_server: WebServer) -> list[str]:
    notes = tmp_path / "notes"
    _note(notes / "a.txt", story(1))
    _note(notes / "deeper" / "b.md", story(2), title="Deeper note", outlet="Reuters")
    _note(notes / ".hidden.txt", story(3))
    pdf = make_pdf(tmp_path / "report.pdf", ["Quarterly security report", story(4, 12)])
    brief = make_docx(tmp_path / "brief.docx", [story(5, 40)], title="Brief")
    records = tmp_path / "records.json"
    records.write_text(
        json.dumps(
            [
                {"text": story(6, 60), "outlet": "BBC News"},
                {"text": story(7, 60), "url": "https://www.bbc.com/news/x"},
            ]
        ),
        encoding="utf-8",
    )
    lines = tmp_path / "records.jsonl"
    lines.write_text(
        json.dumps({"text": story(8, 60)}) + "\n{broken\n" + json.dumps({"text": story(9, 60)}) + "\n",
        encoding="utf-8",
    )
    acled = _write(
        tmp_path,
        "acled.csv",
        ACLED_HEADER,
        [_acled_row("KAZ1", story(10, 30)), _acled_row("KAZ2", story(11, 30))],
    )
    return [
        str(notes),
        str(pdf),
        str(brief),
        str(FIXTURES / "pages" / "almaty.html"),
        str(records),
        str(lines),
        str(acled),
        web_server.url("/hop/3"),
        web_server.url("/feed.xml"),
        str(tmp_path / "missing.txt"),
    ]


def test_every_input_kind_in_one_call(store: Store, tmp_path: Path, web_server: WebServer) -> None:
    inputs = _every_kind(tmp_path, web_server)
    seen: list[str] = []
    result = _collector(store).add(inputs, progress=seen.append)
    # notes 2 (the hidden file is skipped), pdf 1, docx 1, page 1, json 2, jsonl 2, acled 2, redirected URL 1,
    # and from the feed the 404 entry kept as its summary (1) = 13; its Aktobe and Almaty pages are
    # duplicates.
    assert result.added == 13, result.problems
    assert result.duplicates == 2
    assert result.near_duplicates == 0
    assert result.failed == 3
    assert len(result.document_ids) == 13
    problems = "\n".join(result.problems)
    assert "records.jsonl:2: not valid JSON" in problems
    assert "/missing/osh.html: HTTP 404 (feed entry kept as its summary)" in problems
    assert "missing.txt: no such file or directory" in problems
    assert len(seen) == len(expand_inputs(inputs))

    documents = {d.origin: d for d in list_documents(store)}
    assert len(documents) == 13
    kinds = sorted(d.kind for d in documents.values())
    assert kinds.count("feed-summary") == 1 and kinds.count("table-row") == 2 and kinds.count("report") == 2
    page = next(d for d in documents.values() if d.url == web_server.url("/pages/aktobe.html"))
    assert page.title == "Suicide bombing kills three in Aktobe"
    # Unregistered hosts become an ungraded outlet keyed by host (the name is whichever site name came last).
    assert page.outlet_key == "127-0-0-1"
    assert page.canonical_url == web_server.url("/pages/aktobe.html")
    deeper = documents[str(tmp_path / "notes" / "deeper" / "b.md")]
    assert (deeper.title, deeper.outlet_key) == ("Deeper note", "reuters")
    assert store.counts()["problems"] == 3


def test_readding_adds_nothing(store: Store, tmp_path: Path, web_server: WebServer) -> None:
    inputs = _every_kind(tmp_path, web_server)
    _collector(store).add(inputs)
    before = store.counts()["documents"]
    again = _collector(store).add(inputs)
    assert again.added == 0
    assert again.duplicates == 15
    assert store.counts()["documents"] == before == 13


def test_near_duplicates_are_grouped_counted_and_kept(store: Store, tmp_path: Path) -> None:
    original = story(20)
    paths = [
        _note(tmp_path / "wire.txt", original, outlet="Reuters"),
        _note(tmp_path / "copy1.txt", edit(original, (50,)), outlet="BBC"),
        _note(tmp_path / "copy2.txt", edit(original, (120, 240)), outlet="Al Jazeera"),
        _note(tmp_path / "other.txt", story(21)),
    ]
    result = _collector(store).add([str(p) for p in paths])
    assert (result.added, result.near_duplicates, result.duplicates) == (4, 2, 0)
    documents = {Path(d.origin).name: d for d in list_documents(store)}
    group = documents["wire.txt"].syndication_group
    assert group == documents["wire.txt"].id
    assert documents["copy1.txt"].syndication_group == group
    assert documents["copy2.txt"].syndication_group == group
    assert documents["other.txt"].syndication_group is None


def test_near_duplicate_found_by_a_later_run(store: Store, tmp_path: Path) -> None:
    original = story(30)
    _collector(store).add([str(_note(tmp_path / "a.txt", original))])
    later = _collector(store).add([str(_note(tmp_path / "b.txt", edit(original, (10,))))])
    assert later.near_duplicates == 1
    assert len({d.syndication_group for d in list_documents(store)}) == 1


def test_same_article_url_joins_one_group(store: Store, tmp_path: Path) -> None:
    # A feed summary and the full page differ too much for MinHash, but share the article's URL.
    url = "https://en.inform.kz/news/some-story_a1?utm_source=rss"
    summary = _note(tmp_path / "summary.txt", story(50, 2), outlet="Kazinform", url=url)
    full = _note(tmp_path / "full.txt", story(51, 20), outlet="Kazinform", url=url.split("?")[0])
    other = _note(
        tmp_path / "other.txt", story(52, 20), outlet="Kazinform", url="https://en.inform.kz/news/b"
    )
    result = _collector(store).add([str(summary), str(full), str(other)])
    assert (result.added, result.near_duplicates) == (3, 1)
    documents = {Path(d.origin).name: d for d in list_documents(store)}
    assert documents["full.txt"].syndication_group == documents["summary.txt"].syndication_group is not None
    assert documents["other.txt"].syndication_group is None


def test_exact_duplicate_is_skipped(store: Store, tmp_path: Path) -> None:
    text = story(40)
    first = _note(tmp_path / "a.txt", text)
    second = _note(tmp_path / "b.txt", "  " + text.upper().replace(". ", ".\n\n"))
    result = _collector(store).add([str(first), str(second)])
    assert (result.added, result.duplicates) == (1, 1)


def test_failures_do_not_stop_the_batch_or_lose_data(store: Store, tmp_path: Path) -> None:
    good1 = _note(tmp_path / "good1.txt", story(50))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nonsense")
    junk = tmp_path / "image.png"
    junk.write_bytes(b"\x89PNG\r\n")
    nul = tmp_path / "nul.json"
    nul.write_text(
        json.dumps({"text": story(51, 50), "author": "A\u0000B", "extra": "x\u0000y"}), encoding="utf-8"
    )
    good2 = _note(tmp_path / "good2.txt", story(52))
    result = _collector(store).add([str(p) for p in (good1, broken, junk, nul, good2)])
    assert result.added == 3, result.problems
    assert result.failed == 2
    assert any("broken.pdf" in p for p in result.problems)
    assert any("unsupported file type .png" in p for p in result.problems)
    assert store.counts()["documents"] == 3
    assert {p["source"] for p in store.recent_problems()} == {str(broken), str(junk)}


def test_feed_without_following_links_keeps_summaries(store: Store, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        (FIXTURES / "feed.xml").read_text(encoding="utf-8").replace("{base}", "http://10.9.9.9"),
        encoding="utf-8",
    )
    result = _collector(store, follow_links=False).add([str(feed)])
    assert (result.added, result.failed) == (3, 0)
    assert {d.kind for d in list_documents(store)} == {"feed-summary"}


def test_private_url_refused_without_allow_private(store: Store, web_server: WebServer) -> None:
    collector = Collector(store, load_registry())
    result = collector.add([web_server.url("/pages/aktobe.html")])
    assert result.failed == 1 and "pass --allow-private" in result.problems[0]


def test_outlets_are_normalised_across_domains(store: Store, tmp_path: Path) -> None:
    records = tmp_path / "bbc.jsonl"
    rows = [
        {"text": story(60, 40), "url": "https://www.bbc.co.uk/news/world-asia-1"},
        {"text": story(61, 40), "url": "https://www.bbc.com/russian/news-2"},
        {"text": story(62, 40), "outlet": "BBC News"},
    ]
    records.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    _collector(store).add([str(records)])
    documents = list_documents(store)
    assert {(d.outlet_key, d.outlet_name) for d in documents} == {("bbc", "BBC")}
    with store.engine.connect() as c:
        assert c.execute(select(schema.outlets.c.key)).scalars().all() == ["bbc"]


def test_canonical_url() -> None:
    assert (
        canonical_url("https://WWW.BBC.co.uk/news/x/?utm_source=tw&b=2&a=1#top")
        == "https://bbc.co.uk/news/x?a=1&b=2"
    )
    assert canonical_url(None) is None


_ADD_SCRIPT = (
    "import sys; from assay.workbench import Case; Case.open(sys.argv[1], db=sys.argv[2]).add([sys.argv[3]])"
)


def test_killed_add_resumes_without_loss_or_doubles(backend: str, tmp_path: Path) -> None:
    from assay.workbench import Case

    case = Case.init(tmp_path / "case", "How popular is ISIS in Central Asia?", db=backend)
    inbox = tmp_path / "inbox"
    distinct = 400
    for number in range(distinct):
        _note(inbox / f"{number:04d}.txt", story(1000 + number, 80))
    for number in range(0, distinct, 20):
        _note(inbox / f"copy-{number:04d}.txt", story(1000 + number, 80))
    process = subprocess.Popen(
        [sys.executable, "-c", _ADD_SCRIPT, str(tmp_path / "case"), backend, str(inbox)],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    deadline = time.monotonic() + 60
    while case.store.counts()["documents"] < 40 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = case.store.counts()["documents"]
    assert 0 < stored < distinct, "the add finished before it could be killed; give it more files"
    result = case.add([str(inbox)])
    assert result.added == distinct - stored
    assert case.store.counts()["documents"] == distinct
    with case.store.engine.connect() as c:
        hashes = c.execute(select(schema.documents.c.content_hash)).scalars().all()
    assert len(set(hashes)) == distinct
    case.close()


def test_canonical_url_keeps_non_default_ports() -> None:
    assert canonical_url("http://example.org:8080/a/") == "http://example.org:8080/a"
    assert canonical_url("https://example.org:443/a") == "https://example.org/a"
    assert canonical_url("http://[::1]:8000/x") == "http://[::1]:8000/x"


def test_hidden_folders_are_skipped(tmp_path: Path) -> None:
    _note(tmp_path / "notes" / "a.txt", "x")
    _note(tmp_path / "notes" / ".git" / "objects" / "ab" / "cdef", "x")
    _note(tmp_path / "notes" / ".obsidian" / "workspace.json", "{}")
    _note(tmp_path / "notes" / "sub" / ".DS_Store", "x")
    assert expand_inputs([str(tmp_path / "notes")]) == [str(tmp_path / "notes" / "a.txt")]
