"""Near-duplicate detection with MinHash LSH over word shingles."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from assay.collect.normalise import hash_key

NUM_PERM = 128
SHINGLE = 3
SCHEME = "affine64"


def _shingles(text: str) -> set[bytes]:
    words = hash_key(text).split()
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash:
    """The MinHash of a text's word 3-shingles."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch(list(_shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    """Serialise a signature for the store."""
    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    """Rebuild a stored signature."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype=np.uint64))


class NearDuplicateIndex:
    """An LSH index of stored documents that answers 'which stored document is this nearly a copy of?'."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[int, MinHash] = {}

    def load(self, stored: Iterable[tuple[int, bytes]]) -> None:
        """Index signatures already in the store."""
        for doc_id, blob in stored:
            self.add(doc_id, from_bytes(blob))

    def add(self, doc_id: int, minhash: MinHash) -> None:
        """Index one document."""
        self._signatures[doc_id] = minhash
        self._lsh.insert(str(doc_id), minhash)

    def best_match(self, minhash: MinHash) -> tuple[int, float] | None:
        """The most similar indexed document at or above the threshold, with its estimated Jaccard."""
        best: tuple[int, float] | None = None
        for key in self._lsh.query(minhash):
            doc_id = int(key)
            score = float(minhash.jaccard(self._signatures[doc_id]))
            if score >= self.threshold and (best is None or (score, -doc_id) > (best[1], -best[0])):
                best = (doc_id, score)
        return best
