"""The outlet registry: shipped outlets plus case overrides, and identification from URLs and names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, get_args
from urllib.parse import urlsplit

import yaml

from assay.errors import AssayError, CaseError
from assay.model import Outlet, Ownership, Reliability

REGISTRY_FILE = "registry.yaml"
FIELDS = ("key", "name", "aliases", "domains", "country", "ownership", "reliability", "rationale")
OWNERSHIPS: tuple[str, ...] = get_args(Ownership)
GRADES: tuple[str, ...] = get_args(Reliability)
DEFAULT_RATIONALE: str = Outlet(key="", name="").rationale

_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# Hosts serve the same outlet under these prefixes; they never identify a different publisher.
_HOST_PREFIXES = ("www.", "www2.", "m.", "amp.", "mobile.")
# Words that decorate outlet names without distinguishing them ("The Diplomat", "Reuters News").
_FILLER_WORDS = frozenset({"the", "news", "online", "agency", "newspaper", "media", "com"})


@dataclass(frozen=True, slots=True)
class _Entry:
    """One validated registry entry: the outlet, the names it is known by, and where it came from."""

    outlet: Outlet
    aliases: tuple[str, ...]
    source: str


class OutletRegistry:
    """Known outlets indexed by key, domain and name, resolving anything else to an ungraded outlet."""

    def __init__(self, entries: Iterable[_Entry]) -> None:
        self._entries: dict[str, _Entry] = {entry.outlet.key: entry for entry in entries}
        self._by_domain: dict[str, str] = {}
        self._by_name: dict[str, str] = {}
        for entry in self._entries.values():
            for domain in entry.outlet.domains:
                self._claim(self._by_domain, domain, entry, f"domain {domain!r}")
            for label in (entry.outlet.key, entry.outlet.name, *entry.aliases):
                name = compact_name(label)
                if name:
                    self._claim(self._by_name, name, entry, f"name {label!r} (normalised {name!r})")

    def _claim(self, index: dict[str, str], value: str, entry: _Entry, what: str) -> None:
        owner = index.get(value)
        if owner is not None and owner != entry.outlet.key:
            other = self._entries[owner]
            error = CaseError if "case" in (entry.source, other.source) else AssayError
            raise error(
                f"Outlets {owner!r} ({other.source}) and {entry.outlet.key!r} ({entry.source}) both claim "
                f"{what}; "
                f"remove it from one of them (override the shipped entry in case.toml to drop it there)."
            )
        index[value] = entry.outlet.key

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Outlet]:
        return (entry.outlet for entry in self._entries.values())

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def get(self, key: str) -> Outlet | None:
        """Return the registered outlet with this key, or None."""
        entry = self._entries.get(key)
        return entry.outlet if entry is not None else None

    def identify(
        self, url: str | None = None, site_name: str | None = None, outlet: str | None = None
    ) -> Outlet:
        """Return the outlet behind a URL, site name or outlet name; unknown ones come back ungraded (F)."""
        host = host_of(url) if url else ""
        if host:
            found = self._match_domain(host)
            if found is not None:
                return found
        for text in (outlet, site_name):
            if text:
                found = self._match_name(text)
                if found is not None:
                    return found
        return unknown_outlet(host, site_name or outlet or "")

    def _match_domain(self, host: str) -> Outlet | None:
        labels = host.split(".")
        # Most specific first, so a registered subdomain (news.un.org) beats its parent (un.org).
        for start in range(len(labels) - 1):
            key = self._by_domain.get(".".join(labels[start:]))
            if key is not None:
                return self._entries[key].outlet
        return None

    def _match_name(self, text: str) -> Outlet | None:
        key = self._by_name.get(compact_name(text))
        if key is None and " " not in text.strip() and "." in text:
            host = host_of(text)
            found = self._match_domain(host) if host else None
            if found is not None:
                return found
        if key is None:
            words = [word for word in name_words(text) if word not in _FILLER_WORDS]
            key = self._by_name.get("".join(words)) if words else None
        return self._entries[key].outlet if key is not None else None


def name_words(text: str) -> list[str]:
    """Split a name into lowercase, accent-free alphanumeric words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.findall(r"[^\W_]+", plain)


def compact_name(text: str) -> str:
    """Normalise a name for matching, ignoring case, accents, spaces and punctuation ("Asia-Plus")."""
    return "".join(name_words(text))


def host_of(url: str) -> str:
    """Return a URL's host, lowercased, without port and without www./m./amp. prefixes ("" if none)."""
    text = url.strip()
    parts = urlsplit(text if "//" in text else "//" + text)
    try:
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return ""
    stripped = True
    while stripped:
        stripped = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and "." in host[len(prefix):]:
                host = host[len(prefix):]
                stripped = True
    return host


def unknown_outlet(host: str, name: str) -> Outlet:
    """Build the deterministic, ungraded outlet for a publisher the registry does not know."""
    if host:
        return Outlet(key=slug(host), name=name.strip() or host, domains=(host,))
    key = slug(name) if name.strip() else "unknown"
    return Outlet(key=key or "unknown", name=name.strip() or "Unknown outlet")


def slug(text: str) -> str:
    """Turn a domain or name into a registry key ("example.org" -> "example-org")."""
    return "-".join(name_words(text))


def load_registry(extra: Iterable[Mapping[str, Any]] = ()) -> OutletRegistry:
    """Load the shipped registry and apply a case's outlet additions and overrides (same key replaces)."""
    overrides = tuple(extra)
    if not overrides:
        return _shipped_registry()
    entries = {entry.outlet.key: entry for entry in _shipped_entries()}
    for number, raw in enumerate(overrides, start=1):
        if not isinstance(raw, Mapping):
            raise CaseError(
                f"Outlet override #{number} is {type(raw).__name__}, not a table; "
                "write it as an [[outlets]] table with key = \"<slug>\"."
            )
        key = raw.get("key")
        if not isinstance(key, str) or not key:
            raise CaseError(
                f"Outlet override #{number} has no key; add key = \"<slug>\" to that [[outlets]] table."
            )
        base = entries.get(key)
        entries[key] = build_entry(raw, source="case", base=base)
    return OutletRegistry(entries.values())


@cache
def _shipped_registry() -> OutletRegistry:
    return OutletRegistry(_shipped_entries())


@cache
def _shipped_entries() -> tuple[_Entry, ...]:
    text = resources.files("assay.outlets").joinpath(REGISTRY_FILE).read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    if not isinstance(document, dict) or not isinstance(document.get("outlets"), list):
        raise AssayError(f"The shipped {REGISTRY_FILE} has no 'outlets' list; reinstall assay.")
    return tuple(build_entry(raw, source="shipped", base=None) for raw in document["outlets"])


def build_entry(raw: Mapping[str, Any], source: str, base: _Entry | None) -> _Entry:
    """Validate one raw entry (merged over base when it overrides one) into an _Entry."""
    error = CaseError if source == "case" else AssayError
    key = raw.get("key")
    label = f"Outlet {key!r} ({'case.toml [[outlets]]' if source == 'case' else REGISTRY_FILE})"

    def fail(problem: str, fix: str) -> AssayError:
        return error(f"{label}: {problem}; {fix}.")

    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise fail(f"unknown field(s) {', '.join(unknown)}", f"use only {', '.join(FIELDS)}")
    if not isinstance(key, str) or not _KEY.match(key):
        raise fail("the key is not a lowercase slug", "use letters, digits and hyphens ('example-daily')")
    merged: dict[str, Any] = dict(_as_raw(base)) if base is not None else {}
    merged.update(raw)
    is_strict = source == "shipped"

    name = merged.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("the name is missing or empty", "give the display name used in citations")
    aliases = _string_list(merged.get("aliases", []), "aliases", fail)
    domains = tuple(domain.lower() for domain in _string_list(merged.get("domains", []), "domains", fail))
    for domain in domains:
        if not _DOMAIN.match(domain) or domain.startswith("www."):
            raise fail(
                f"domain {domain!r} is not a bare registered domain",
                "write it like 'example.org' (no scheme, path or www.)",
            )
    if len(set(domains)) != len(domains):
        raise fail("a domain is listed twice", "list each domain once")

    country = merged.get("country", None if is_strict else "")
    if not isinstance(country, str) or not (_COUNTRY.match(country) or (country == "" and not is_strict)):
        raise fail(
            f"country {country!r} is not an ISO 3166-1 alpha-2 code",
            "use the owner's or headquarters' country, e.g. 'KZ' (not 'INT')",
        )
    ownership = merged.get("ownership", None if is_strict else "unknown")
    if ownership not in OWNERSHIPS:
        raise fail(f"ownership {ownership!r} is not recognised", f"use one of: {', '.join(OWNERSHIPS)}")
    reliability = merged.get("reliability", None if is_strict else "F")
    if reliability not in GRADES:
        raise fail(
            f"reliability {reliability!r} is not an Admiralty grade",
            "use one of A, B, C, D, E, F (STANAG 2511)",
        )

    rationale = merged.get("rationale")
    is_regraded = base is not None and reliability != base.outlet.reliability and "rationale" not in raw
    if rationale is None and reliability == "F" and not is_strict:
        rationale = DEFAULT_RATIONALE
    if is_regraded or not isinstance(rationale, str) or not rationale.strip():
        raise fail(
            f"grade {reliability} has no rationale of its own",
            "add rationale = \"<one line on why this grade>\"",
        )

    outlet = Outlet(
        key=key,
        name=name.strip(),
        domains=domains,
        country=country,
        ownership=ownership,
        reliability=reliability,
        rationale=rationale.strip(),
    )
    return _Entry(outlet=outlet, aliases=aliases, source=source)


def _as_raw(entry: _Entry) -> dict[str, Any]:
    outlet = entry.outlet
    return {
        "key": outlet.key,
        "name": outlet.name,
        "aliases": list(entry.aliases),
        "domains": list(outlet.domains),
        "country": outlet.country,
        "ownership": outlet.ownership,
        "reliability": outlet.reliability,
        "rationale": outlet.rationale,
    }


def _string_list(value: Any, field: str, fail: Callable[[str, str], AssayError]) -> tuple[str, ...]:
    is_list = isinstance(value, (list, tuple))
    if not is_list or not all(isinstance(item, str) and item.strip() for item in value):
        raise fail(f"{field} is not a list of non-empty strings", f"write {field} = [\"...\", \"...\"]")
    return tuple(item.strip() for item in value)
