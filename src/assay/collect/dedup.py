"""Near-duplicate detection with MinHash LSH over word shingles."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from assay.collect.normalise import hash_key

NUM_PERM = 128
SHINGLE = 3
SCHEME = "affine64"


def _shingles(key: str) -> set[bytes]:
    words = key.encode("utf-8").split()
    if len(words) < SHINGLE:
        return {b" ".join(words)}
    return {b" ".join(triple) for triple in zip(words, words[1:], words[2:], strict=False)}


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Drawing the 128 permutations costs more than hashing a short text; they depend only on the seed.
    a, b = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
    return a, b


def signature(text: str) -> MinHash:
    """The MinHash of a text's word 3-shingles."""
    return signature_of_key(hash_key(text))


def signature_of_key(key: str) -> MinHash:
    """The MinHash of a text already in its comparison form (`normalise.hash_key`)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_permutations(), hashfunc=int)
    minhash.update_batch(_shingle_hashes(_shingles(key)))
    return minhash


def _shingle_hashes(shingles: set[bytes]) -> list[int]:
    # The values datasketch's sha1_hash64 gives (first 8 bytes of SHA-1, little-endian), computed in
    # one pass instead of one Python call per shingle: hashing was most of the ingest time.
    prefixes = b"".join([hashlib.sha1(s).digest()[:8] for s in shingles])
    return np.frombuffer(prefixes, dtype="<u8").tolist()  # type: ignore[no-any-return]


def to_bytes(minhash: MinHash) -> bytes:
    """Serialise a signature for the store."""
    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    """Rebuild a stored signature."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype=np.uint64),
                   permutations=_permutations())


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
