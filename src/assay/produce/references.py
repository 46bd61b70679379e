"""Harvard author-date references: citation keys with a, b, c only within one author's year, and entries."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

from assay.errors import ProduceError
from assay.model import Document, Reference
from assay.produce.phrasing import join_list
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


def _fullness(doc: Document) -> tuple[int, int, int]:
    return (-len(doc.text), 0 if doc.author else 1, doc.id)


def copy_map(doc_ids: Iterable[int], documents: Mapping[int, Document]) -> dict[int, int]:
    """Each cited copy of an article mapped to the fuller document that stands for it in the list.

    Copies are documents with the same canonical URL, or of one syndication group from the same
    outlet: one article, so one reference. Different outlets in one syndication group stay separate
    (each outlet is a source); the source summary says they trace to one origin.
    """
    groups: dict[tuple[str, str], list[Document]] = {}
    for doc_id in dict.fromkeys(doc_ids):
        doc = documents.get(doc_id)
        if doc is None:
            continue
        url = (doc.canonical_url or "").strip().rstrip("/").casefold()
        if url:
            groups.setdefault(("url", url), []).append(doc)
        if doc.syndication_group is not None:
            groups.setdefault(("syndication", f"{doc.syndication_group}:{doc.outlet_key}"), []).append(doc)
    parent = {d: d for d in dict.fromkeys(doc_ids) if d in documents}

    def root(doc_id: int) -> int:
        while parent[doc_id] != doc_id:
            doc_id = parent[doc_id]
        return doc_id

    for docs in groups.values():
        for doc in docs[1:]:
            a, b = root(docs[0].id), root(doc.id)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[int, list[Document]] = {}
    for doc_id in parent:
        members.setdefault(root(doc_id), []).append(documents[doc_id])
    out: dict[int, int] = {}
    for docs in members.values():
        if len(docs) < 2:
            continue
        fullest = min(docs, key=_fullness).id
        out.update({d.id: fullest for d in docs if d.id != fullest})
    return out


def build_references(
    doc_ids: Iterable[int],
    documents: Mapping[int, Document],
    copies: Mapping[int, int] | None = None,
) -> dict[int, Reference]:
    """References for the cited documents, keyed by document id, with letter suffixes where needed.

    Suffixes separate only the same author's works of one year (dated works in date order, undated
    ones by title), so 'Kazinform 2016a' always precedes 'Kazinform 2016b' in time. A copy (see
    copy_map) gets no entry of its own: its id maps to the entry of the document it copies, which
    says "Also carried by …" when the copy came from another outlet.
    """
    copies = dict(copies or {})
    wanted = list(dict.fromkeys(copies.get(d, d) for d in doc_ids))
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
            carriers = sorted(
                {
                    documents[c].outlet_name.strip()
                    for c, r in copies.items()
                    if r == doc.id and c in documents and documents[c].outlet_key != doc.outlet_key
                }
                - {"", doc.outlet_name.strip()}
            )
            out[doc.id] = _reference(doc, year, suffix, carriers)
    for copy, original in copies.items():
        if original in out:
            out[copy] = out[original]
    return out


def _reference(doc: Document, year: str, suffix: str, carriers: Iterable[str] = ()) -> Reference:
    author = reference_author(doc)
    key = f"{citation_author(doc)} {year}{suffix}"
    title = _inner_quotes(doc.title.strip()) or "[untitled]"
    outlet = doc.outlet_name.strip() or (
        "outlet not identified" if doc.outlet_key in ("", "unknown") else doc.outlet_key
    )
    published = format_date(doc.published_at.date()) if doc.published_at else NO_DATE
    url = doc.canonical_url or doc.url or ""
    accessed = _accessed(doc)
    text = f"{author} ({year}{suffix}) ‘{title}’, {outlet}, {published.removesuffix('.')}. "
    if url:
        text += f"Available at: {url} (Accessed: {accessed})."
    elif doc.kind == "table-row":
        # "No URL" tells readers (and audit S7) the element does not exist rather than went missing.
        text += f"No URL; {table_row_locator(doc)} (Accessed: {accessed})."
    else:
        where = f" from {doc.origin}" if doc.origin else ""
        text += f"No URL; collected{where} (Accessed: {accessed})."
    also = list(carriers)
    if also:
        text += f" Also carried by {join_list(also)}."
    return Reference(key, doc.id, author, year + suffix, title, outlet, published, url, accessed, text)


# The row's own identifier in each event-table layout collect reads (ACLED, GTD).
_ROW_ID_COLUMNS = {"acled": "event_id_cnty", "gtd": "eventid"}


def table_row_locator(doc: Document) -> str:
    """'ACLED event TKM1, row 2 of acled-extract.csv': the dataset's own ids, not a path on our disk."""
    layout = str(doc.fields.get("layout", "")).casefold()
    dataset = layout.upper() if layout in _ROW_ID_COLUMNS else (doc.outlet_name.strip() or "dataset")
    row_id = str(doc.fields.get(_ROW_ID_COLUMNS.get(layout, ""), "")).strip()
    text = f"{dataset} event {row_id}" if row_id else f"{dataset} event"
    # collect records a row's origin as '<path>:<row>'; only the file's name identifies the extract.
    path, sep, row = doc.origin.rpartition(":")
    if sep and row.isdigit() and path:
        text += f", row {row} of {Path(path).name}"
    elif doc.origin:
        text += f" in {Path(doc.origin).name}"
    return text


_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘]([^'‘’]+)['’](?!\w)")


def _inner_quotes(title: str) -> str:
    # The reference wraps titles in single quotes, so quotations inside a title take double ones;
    # apostrophes ("China's") have a letter before them and are left alone.
    return _SINGLE_QUOTED.sub(lambda m: f"“{m.group(1)}”", title)


def sort_references(references: Iterable[Reference]) -> tuple[Reference, ...]:
    """Reference-list order: author, then year (undated last), then suffix."""

    def order(ref: Reference) -> tuple[str, int, str]:
        undated = ref.year.startswith(NO_DATE)
        return (ref.key.rsplit(" ", 1)[0].casefold(), 1 if undated else 0, ref.year)

    # A copy's id maps to its original's entry (build_references), so list each entry once.
    unique = {(ref.key, ref.document_id): ref for ref in references}
    return tuple(sorted(unique.values(), key=order))
