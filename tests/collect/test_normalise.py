"""Property tests for text normalisation, the content hash and the hash/dedup round trip."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assay.collect import dedup
from assay.collect.collector import Collector
from assay.collect.normalise import clean_text, content_hash, hash_key
from assay.outlets import load_registry
from assay.store import open_store

# Letters whose upper and lower forms fold back to the same letter (not Turkish dotless i or long s,
# which no language-neutral case folding can reunite).
LETTERS = st.characters(min_codepoint=0x41, max_codepoint=0x44F, categories=["Ll", "Lu"]).filter(
    lambda c: c.upper().casefold() == c.casefold() == c.lower().casefold()
)
WORDS = st.lists(st.text(LETTERS, min_size=1, max_size=10), min_size=1, max_size=40)
SEPARATORS = st.text(st.sampled_from(" \t\n\r\u00a0,.;:!?-\"'()[]/…—"), min_size=1, max_size=4)


@given(st.text())
@example("e\x00\u0301")  # NUL between a letter and its combining accent
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@given(st.text())
def test_clean_text_leaves_no_padding_or_runs(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned == cleaned.strip()
    assert "\r" not in cleaned and "\x00" not in cleaned and "\n\n\n" not in cleaned
    assert "  " not in cleaned


@given(WORDS, st.data())
def test_content_hash_ignores_case_spacing_and_punctuation(words: list[str], data: st.DataObject) -> None:
    plain = " ".join(words)
    separators = [data.draw(SEPARATORS) for _ in words]
    upper = [data.draw(st.booleans()) for _ in words]
    variant = "".join(
        (w.upper() if u else w.lower()) + s for w, s, u in zip(words, separators, upper, strict=True)
    )
    assert content_hash(variant) == content_hash(plain)


@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_fast_path_matches_the_general_rule(text: str) -> None:
    assert hash_key(text) == re.sub(r"[^\w]+", " ", text.casefold()).strip()


def test_content_hash_folds_letters_whose_casefold_is_not_normalised() -> None:
    # U+0390 upper-cases to three code points; folding both forms must still meet.
    assert content_hash("A \u0390") == content_hash("A \u0390".upper())


def test_content_hash_separates_different_words() -> None:
    assert content_hash("Three killed in Aktobe") != content_hash("Four killed in Aktobe")
    assert hash_key("Three, KILLED in  Aktobe!") == "three killed in aktobe"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WORDS, st.data())
def test_stored_text_and_its_whitespace_variant_are_duplicates(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    variant = "\n\n".join(" \t".join(words[i : i + 3]) for i in range(0, len(words), 3)) + "  \n"
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "a.txt").write_text(text, encoding="utf-8")
        (base / "b.txt").write_text(text, encoding="utf-8")
        (base / "c.txt").write_text(variant, encoding="utf-8")
        store = open_store(f"sqlite:///{base / 'db.sqlite'}")
        try:
            collector = Collector(store, load_registry())
            first = collector.add([str(base / "a.txt")])
            assert (first.added, first.failed) == (1, 0)
            again = collector.add([str(base / "a.txt"), str(base / "b.txt"), str(base / "c.txt")])
            assert (again.added, again.duplicates) == (0, 3)
            # A new collector sees the same: the hash set is rebuilt from the store.
            assert Collector(store, load_registry()).add([str(base / "c.txt")]).duplicates == 1
            assert store.counts()["documents"] == 1
        finally:
            store.close()


@given(WORDS, WORDS)
def test_signature_bytes_round_trip_preserves_jaccard(a: list[str], b: list[str]) -> None:
    first, second = dedup.signature(" ".join(a)), dedup.signature(" ".join(b))
    first_back = dedup.from_bytes(dedup.to_bytes(first))
    second_back = dedup.from_bytes(dedup.to_bytes(second))
    assert first_back.jaccard(second_back) == first.jaccard(second)
    assert list(first_back.hashvalues) == list(first.hashvalues)
