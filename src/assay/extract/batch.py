"""Extraction over many documents, in this process or a process pool; a failing document yields its error."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from assay.errors import AssayError, ExtractError
from assay.extract.registry import get_extractor
from assay.model import Document, Mention

Outcome = list[Mention] | ExtractError
# Documents per task sent to a worker: large enough to amortise pickling, small enough for smooth progress.
_CHUNK = 32


def extract_one(doc: Document, extractor: str, countries: Sequence[str]) -> Outcome:
    """Extract one document, turning any failure into an ExtractError that names the document."""
    try:
        return get_extractor(extractor).extract(doc, countries=countries)
    except AssayError as exc:
        if isinstance(exc, ExtractError):
            return exc
        return ExtractError(f"Document {doc.id} ({doc.title[:60]!r}): {exc}")
    except Exception as exc:  # one bad document must not stop the batch
        return ExtractError(
            f"Document {doc.id} ({doc.title[:60]!r}) failed in {extractor}: {type(exc).__name__}: {exc}"
        )


def _extract_chunk(docs: list[Document], extractor: str, countries: tuple[str, ...]) -> list[Outcome]:
    return [extract_one(d, extractor, countries) for d in docs]


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_documents(
    docs: Iterable[Document],
    *,
    extractor: str = "rules.v1",
    countries: Sequence[str] = (),
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Iterator[tuple[Document, list[Mention] | ExtractError]]:
    """Yield (document, mentions or error) in input order; workers > 1 spreads the work over processes."""
    get_extractor(extractor)  # fail fast on an unknown name, before any work starts
    codes = tuple(countries)
    if workers <= 1:
        for doc in docs:
            yield doc, extract_one(doc, extractor, codes)
            if progress:
                progress(1)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        chunks = _chunks(docs, _CHUNK)
        for chunk in islice(chunks, workers * 2):
            pending.append((chunk, pool.submit(_extract_chunk, chunk, extractor, codes)))
        while pending:
            chunk, future = pending.pop(0)
            for doc, outcome in zip(chunk, future.result(), strict=True):
                yield doc, outcome
            if progress:
                progress(len(chunk))
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_extract_chunk, nxt, extractor, codes)))
