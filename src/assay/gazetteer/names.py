"""Name folding shared by index compilation, lookup and text scanning."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\-‐‑‒–—_/]+")
_DROP = re.compile(r"[.'’ʼ`ʻ‘\"“”()]")
_SPACES = re.compile(r"\s+")
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})


@lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> str:
    """Fold a place name to its lookup key: no case, diacritics, hyphens, dots or apostrophes."""
    if name.isascii():
        text = name
    else:
        text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROP.sub("", text.casefold())
    text = _DASHES.sub(" ", text).replace(",", " ")
    return _SPACES.sub(" ", text).strip()


def is_latin(name: str) -> bool:
    """True when every letter of the name is Latin script (the only script English news uses)."""
    for ch in name:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "") or ch.isascii()):
            return False
    return True
