"""Tests for MinHash near-duplicate detection."""

from __future__ import annotations

import random

from tests.collect.test_collector import WORDS

from assay.collect import dedup


def _story(seed: int, words: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(words))


def _shingle_jaccard(a: str, b: str) -> float:
    def shingles(text: str) -> set[tuple[str, ...]]:
        w = text.lower().split()
        return {tuple(w[i : i + 3]) for i in range(len(w) - 2)}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_signature_estimates_shingle_jaccard() -> None:
    base = _story(1)
    words = base.split()
    words[100] = "changed"
    words[200] = "edited"
    variant = " ".join(words)
    # Two single-word edits far apart each break 3 shingles and add 3 new ones: 292 shared of 304.
    exact = _shingle_jaccard(base, variant)
    assert abs(exact - 292 / 304) < 1e-9
    estimate = dedup.signature(base).jaccard(dedup.signature(variant))
    assert abs(estimate - exact) < 0.08


def test_case_and_punctuation_do_not_change_the_signature() -> None:
    text = "Police said three people were killed in Aktobe on Sunday"
    noisy = "POLICE said: three people were killed, in Aktobe -- on Sunday!"
    assert dedup.to_bytes(dedup.signature(text)) == dedup.to_bytes(dedup.signature(noisy))


def test_index_finds_the_near_copy_and_not_the_stranger() -> None:
    index = dedup.NearDuplicateIndex(0.8)
    base = _story(1)
    index.add(1, dedup.signature(base))
    index.add(2, dedup.signature(_story(2)))
    words = base.split()
    words[150] = "syndicated"
    match = index.best_match(dedup.signature(" ".join(words)))
    assert match is not None and match[0] == 1 and match[1] >= 0.8
    assert index.best_match(dedup.signature(_story(3))) is None


def test_index_prefers_the_closest_of_several_matches() -> None:
    index = dedup.NearDuplicateIndex(0.5)
    base = _story(5).split()
    far, near = list(base), list(base)
    for position in range(0, 300, 30):
        far[position] = "x"
    near[150] = "y"
    index.add(10, dedup.signature(" ".join(far)))
    index.add(11, dedup.signature(" ".join(near)))
    match = index.best_match(dedup.signature(" ".join(base)))
    assert match is not None and match[0] == 11


def test_index_loads_stored_signatures() -> None:
    base = _story(7)
    index = dedup.NearDuplicateIndex(0.8)
    index.load([(42, dedup.to_bytes(dedup.signature(base)))])
    assert index.best_match(dedup.signature(base)) == (42, 1.0)


def test_short_texts_have_a_signature() -> None:
    assert dedup.signature("Aktobe").jaccard(dedup.signature("aktobe")) == 1.0
    assert dedup.signature("Aktobe").jaccard(dedup.signature("Almaty")) < 0.1


def test_signature_equals_datasketch_default_hashing() -> None:
    # Stored signatures must not change with the fast hashing path: compare with datasketch's own.
    from datasketch import MinHash

    from assay.collect.normalise import hash_key

    for text in (_story(11), "Ақтөбе: үш адам қаза тапты", "short text"):
        key = hash_key(text)
        reference = MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme=dedup.SCHEME)
        reference.update_batch(dedup._shingles(key))
        assert list(dedup.signature(text).hashvalues) == list(reference.hashvalues)
