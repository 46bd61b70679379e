"""The extractor registry: versioned names to extractor factories, built-ins plus entry-point plug-ins."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from assay.errors import unknown_name
from assay.model import Document, Mention

ENTRY_POINT_GROUP = "assay.extractors"


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns one document into event mentions."""

    name: str

    def extract(self, doc: Document, *, countries: Sequence[str] = ()) -> list[Mention]:
        """Return the mentions found in one document (id 0, document_id = doc.id)."""
        ...


def _build_rules() -> Extractor:
    from assay.extract.rules import RulesExtractor

    return RulesExtractor()


_BUILTIN: dict[str, Callable[[], Extractor]] = {"rules.v1": _build_rules}


def available_extractors() -> list[str]:
    """Names of every registered extractor, built-in and plug-in."""
    plugins = [ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)]
    return sorted({*_BUILTIN, *plugins})


@cache
def get_extractor(name: str) -> Extractor:
    """Return the extractor registered under `name` (built once per process)."""
    if name in _BUILTIN:
        return _BUILTIN[name]()
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            factory = ep.load()
            built: Extractor = (
                factory() if callable(factory) and not isinstance(factory, Extractor) else factory
            )
            return built
    raise unknown_name("extractor", name, available_extractors())
