"""Harvard author-date references: citation keys with a, b, c only within one author's year, and entries."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from datetime import datetime

from assay.errors import ProduceError
from assay.model import Document, Reference
from assay.produce.values import format_date

NO_DATE = "n.d."
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _people(author: str) -> list[str]:
    parts = re.split(r"\s*(?:;|&|\band\b|\bи\b)\s*", author.strip())
    if len(parts) == 1 and author.count(",") >= 2:
        parts = author.split(",")
    return [p.strip() for p in parts if p.strip()]


def _surname(person: str) -> str:
    if "," in person:
        return person.split(",", 1)[0].strip()
    return person.split()[-1]


def _initials(person: str) -> str:
    given = person.split(",", 1)[1] if "," in person else " ".join(person.split()[:-1])
    return " ".join(f"{n[0]}." for n in given.replace(".", " ").split() if n)


# Bylines such as "RFE/RL's Kyrgyz Service" or "Reuters staff" name a desk, not a person: Harvard
# style then cites the organisation, which for a desk of the outlet is the outlet itself.
_CORPORATE = re.compile(
    r"'s\b|/|\b(service|desk|staff|bureau|agency|newsroom|correspondents?|editors?|editorial|"
    r"reporters|news|ministry|office|committee|press)\b",
    re.IGNORECASE,
)


def _is_person(doc: Document) -> bool:
    author = (doc.author or "").strip()
    if not author or author.casefold() in {doc.outlet_name.casefold(), doc.outlet_key.casefold()}:
        return False
    return not _CORPORATE.search(author)


def citation_author(doc: Document) -> str:
    """The author part of the key: surnames for people, the outlet when no author is named."""
    if not _is_person(doc):
        if doc.outlet_name.strip():
            # 'Ahram Online (AFP)' cites as 'Ahram Online 2015': brackets inside a bracketed citation
            # read badly and break readers that parse it; the reference entry keeps the full name.
            return _BRACKETED.sub("", doc.outlet_name).strip() or doc.outlet_name.strip()
        return "Anon." if doc.outlet_key.strip() in ("", "unknown") else doc.outlet_key.strip()
    surnames = [_surname(p) for p in _people(doc.author or "")]
    if len(surnames) >= 3:
        return f"{surnames[0]} et al."
    return " and ".join(surnames)


def reference_author(doc: Document) -> str:
    """The author as the reference list prints it: 'Lillis, J.' or the outlet."""
    if not _is_person(doc):
        return citation_author(doc)
    names = []
    for person in _people(doc.author or ""):
        initials = _initials(person)
        names.append(f"{_surname(person)}, {initials}" if initials else _surname(person))
    if len(names) > 1:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return names[0]


def _suffix(index: int) -> str:
    letters = string.ascii_lowercase
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]


def _date_order(doc: Document) -> tuple[datetime | str, str, int]:
    return (doc.published_at.replace(tzinfo=None) if doc.published_at else "", doc.title, doc.id)


def _accessed(doc: Document) -> str:
    return format_date(doc.retrieved_at.date()) if doc.retrieved_at else "date not recorded"


def build_references(doc_ids: Iterable[int], documents: Mapping[int, Document]) -> dict[int, Reference]:
    """References for the cited documents, keyed by document id, with letter suffixes where needed.

    Suffixes separate only the same author's works of one year (dated works in date order, undated
    ones by title), so 'Kazinform 2016a' always precedes 'Kazinform 2016b' in time.
    """
    wanted = list(dict.fromkeys(doc_ids))
    missing = [d for d in wanted if d not in documents]
    if missing:
        raise ProduceError(
            f"documents {missing[:5]} are cited but were not passed to build_brief; "
            "pass every document the assessment names"
        )
    groups: dict[tuple[str, str], list[Document]] = {}
    for doc_id in wanted:
        doc = documents[doc_id]
        year = str(doc.published_at.year) if doc.published_at else NO_DATE
        groups.setdefault((citation_author(doc).casefold(), year), []).append(doc)
    out: dict[int, Reference] = {}
    for (_, year), docs in groups.items():
        dated = sorted((d for d in docs if d.published_at), key=_date_order)
        undated = sorted((d for d in docs if not d.published_at), key=lambda d: (d.title, d.id))
        ordered = dated + undated
        for index, doc in enumerate(ordered):
            suffix = _suffix(index) if len(ordered) > 1 else ""
            out[doc.id] = _reference(doc, year, suffix)
    return out


def _reference(doc: Document, year: str, suffix: str) -> Reference:
    author = reference_author(doc)
    key = f"{citation_author(doc)} {year}{suffix}"
    title = doc.title.strip() or "[untitled]"
    outlet = doc.outlet_name.strip() or (
        "outlet not identified" if doc.outlet_key in ("", "unknown") else doc.outlet_key
    )
    published = format_date(doc.published_at.date()) if doc.published_at else NO_DATE
    url = doc.canonical_url or doc.url or ""
    accessed = _accessed(doc)
    text = f"{author} ({year}{suffix}) ‘{title}’, {outlet}, {published.removesuffix('.')}. "
    if url:
        text += f"Available at: {url} (Accessed: {accessed})."
    else:
        where = f" from {doc.origin}" if doc.origin else ""
        text += f"No URL; collected{where} (Accessed: {accessed})."
    return Reference(key, doc.id, author, year + suffix, title, outlet, published, url, accessed, text)


def sort_references(references: Iterable[Reference]) -> tuple[Reference, ...]:
    """Reference-list order: author, then year (undated last), then suffix."""

    def order(ref: Reference) -> tuple[str, int, str]:
        undated = ref.year.startswith(NO_DATE)
        return (ref.key.rsplit(" ", 1)[0].casefold(), 1 if undated else 0, ref.year)

    return tuple(sorted(references, key=order))
