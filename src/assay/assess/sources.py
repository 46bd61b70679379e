"""Source grades from the outlet registry, and independent origins of reporting.

Origins rule. Two documents belong to the same origin when any of these links them (the links
are transitive, so origins are the connected components):

* they share a ``Document.syndication_group`` (the collect stage found one text reprinted);
* they quote the same wire or agency release ("Kazinform reported", "according to Reuters",
  "(AP) —"), or one of them IS that wire's own report;
* within one event, they come from the same outlet (a second BBC story is not a second witness).

An origin's key is its originator's outlet key and its lowest document id ("kazinform@12").
The originator of an origin is the wire it quotes when there is one (most quoted, then
alphabetical), otherwise the outlet of its earliest-published document. The originator decides
whether the origin is state-affiliated (state-owned, state-affiliated or government primary)
and domestic (its country is one of the case countries). The origin's reliability is the best
grade of any outlet that carried it: a reliable relay vouches for what it chose to carry.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from assay.errors import AssayError
from assay.model import Document, Origin, Outlet, Reliability, SourceGrade

STATE_OWNERSHIP = frozenset({"state-owned", "state-affiliated", "government primary"})
RELIABILITY_ORDER = "ABCDEF"


class OutletLookup(Protocol):
    """What assess needs from the outlet registry (assay.outlets.OutletRegistry satisfies it)."""

    def get(self, key: str) -> Outlet | None:
        """The outlet registered under a key, or None when there is none."""
        ...


# Wire services and state news agencies whose releases other outlets relay. Keys are the outlet
# registry keys they are looked up under; names are the spellings reporters use.
WIRES: dict[str, tuple[str, ...]] = {
    "reuters": ("Reuters",),
    "ap": ("AP", "Associated Press"),
    "afp": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "interfax": ("Interfax", "Interfax-Kazakhstan"),
    "kazinform": ("Kazinform",),
    "tass": ("TASS",),
    "ria": ("RIA Novosti",),
    "xinhua": ("Xinhua",),
    "anadolu": ("Anadolu", "Anadolu Agency"),
    "khovar": ("Khovar",),
    "kabar": ("Kabar",),
    "uza": ("UzA", "Uzbekistan National News Agency"),
    "akipress": ("AKIpress",),
    "trend": ("Trend News Agency",),
    "24-kg": ("24.kg",),
    "fergana": ("Fergana",),
}

_NAME_TO_WIRE = {name.lower(): key for key, names in WIRES.items() for name in names}
_NAMES = "|".join(sorted((re.escape(n) for names in WIRES.values() for n in names), key=len, reverse=True))
# Capitalised names only: "ap" or "trend" in running text are words, not agencies.
WIRE_PATTERNS = (
    re.compile(rf"\baccording to (?:the )?(?P<name>{_NAMES})\b"),
    re.compile(rf"\b(?P<name>{_NAMES})(?: news agency)? (?:reported|said|quoted|cited|reports|says)\b"),
    re.compile(rf"\((?P<name>{_NAMES})\)\s*[—–-]"),
    re.compile(rf"\b(?:told|quoted by|cited by|reported by) (?:the )?(?P<name>{_NAMES})\b"),
)


def cited_wires(text: str) -> tuple[str, ...]:
    """Registry keys of the wires and agencies a text says it relays, sorted."""
    found = {_NAME_TO_WIRE[m.group("name").lower()] for p in WIRE_PATTERNS for m in p.finditer(text)}
    return tuple(sorted(found))


def resolve_outlet(registry: OutletLookup, key: str, name: str = "") -> Outlet:
    """The registry's outlet for a key; an unknown outlet grades F, never guessed."""
    try:
        outlet = registry.get(key)
    except (KeyError, AssayError):
        outlet = None
    return outlet if outlet is not None else Outlet(key=key, name=name or key)


def grade_sources(documents: Sequence[Document], registry: OutletLookup) -> tuple[SourceGrade, ...]:
    """One SourceGrade per outlet in the corpus, best grade first, with its document count."""
    counts = Counter(d.outlet_key for d in documents)
    names = {d.outlet_key: d.outlet_name for d in documents}
    grades = []
    for key, n in counts.items():
        outlet = resolve_outlet(registry, key, names[key])
        grades.append(
            SourceGrade(
                key, outlet.name, outlet.reliability, outlet.ownership, outlet.country, outlet.rationale, n
            )
        )
    return tuple(
        sorted(grades, key=lambda g: (RELIABILITY_ORDER.index(g.reliability), -g.documents, g.outlet_key))
    )


@dataclass(frozen=True, slots=True)
class OriginContext:
    """What building origins needs: the registry, the case countries and each document's wires."""

    registry: OutletLookup
    countries: frozenset[str]
    wires: dict[int, tuple[str, ...]]

    @classmethod
    def build(
        cls, registry: OutletLookup, countries: Iterable[str], documents: Sequence[Document]
    ) -> OriginContext:
        """Scan every document once for the wires it quotes."""
        return cls(registry, frozenset(countries), {d.id: cited_wires(d.text) for d in documents})


def find_origins(documents: Sequence[Document], context: OriginContext) -> tuple[Origin, ...]:
    """Group documents into independent origins (see the module docstring for the rule)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for d in documents:
        node = f"doc:{d.id}"
        find(node)
        if d.syndication_group is not None:
            union(node, f"syn:{d.syndication_group}")
        for wire in context.wires.get(d.id, ()):
            union(node, f"src:{wire}")
        union(node, f"src:{d.outlet_key}")
    groups: dict[str, list[Document]] = {}
    for d in documents:
        groups.setdefault(find(f"doc:{d.id}"), []).append(d)
    origins = [_origin_of(docs, context) for docs in groups.values()]
    return tuple(sorted(origins, key=lambda o: (RELIABILITY_ORDER.index(o.best_reliability), o.key)))


def _origin_of(docs: list[Document], context: OriginContext) -> Origin:
    quoted = Counter(w for d in docs for w in context.wires.get(d.id, ()))
    if quoted:
        originator = min(quoted, key=lambda w: (-quoted[w], w))
    else:
        first = min(docs, key=lambda d: (d.published_at is None, d.published_at or 0, d.id))
        originator = first.outlet_key
    names = {d.outlet_key: d.outlet_name for d in docs}
    source = resolve_outlet(
        context.registry, originator, names.get(originator, WIRES.get(originator, ("",))[0])
    )
    carriers = [resolve_outlet(context.registry, k, names[k]) for k in sorted(names)]
    best: Reliability = min((o.reliability for o in [source, *carriers]), key=RELIABILITY_ORDER.index)
    return Origin(
        key=f"{originator}@{min(d.id for d in docs)}",
        outlet_keys=tuple(sorted(names)),
        document_ids=tuple(sorted(d.id for d in docs)),
        is_state_affiliated=source.ownership in STATE_OWNERSHIP,
        is_domestic=bool(source.country) and source.country.upper() in context.countries,
        best_reliability=best,
    )
