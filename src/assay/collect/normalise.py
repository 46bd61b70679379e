"""Text normalisation and the content hash that exact-duplicate detection keys on."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ASCII_KEY = str.maketrans({chr(i): chr(i).lower() if chr(i).isalnum() or chr(i) == "_" else " "
                            for i in range(128)})


def clean_text(text: str) -> str:
    """Tidy text for storage: NFC, unified line ends, collapsed spaces, at most one blank line."""
    # NUL goes before NFC: removing it afterwards can leave a letter and a combining mark side by side
    # un-composed, and a second pass would then change the text.
    text = unicodedata.normalize("NFC", text.replace("\x00", "")).replace("\r\n", "\n").replace("\r", "\n")
    # _SPACE never matches a line end, so one pass over the whole text equals one pass per line.
    lines = [line.strip() for line in _SPACE.sub(" ", text).split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def hash_key(text: str) -> str:
    """The comparison form of a text: NFKC, case-folded, punctuation and spacing removed."""
    if text.isascii():
        # Same result as the regular expression below, several times faster on the common case.
        return " ".join(text.translate(_ASCII_KEY).split())
    # NFKC again after folding: casefold can emit sequences that are not normalised (U+0390 folds
    # to iota + two combining marks), and the upper- and lower-case forms must meet.
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return _NON_WORD.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """SHA-256 of the comparison form: equal for texts that differ only in case, spacing or punctuation."""
    return key_hash(hash_key(text))


def key_hash(key: str) -> str:
    """SHA-256 of a text already in its comparison form (`hash_key`)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
