"""Sentences under construction: text, the documents they will cite, and the supports for their values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from assay.errors import ProduceError
from assay.model import Citation, Document, Sentence, Span, Support
from assay.produce.values import find_values, occurs_in

NO_SPAN = Span(0, 0, "")


@dataclass(frozen=True, slots=True)
class Draft:
    """A sentence before its citation keys are known (the text has no citation and no final stop)."""

    text: str
    doc_ids: tuple[int, ...] = ()
    supports: tuple[Support, ...] = ()
    is_factual: bool = False
    role: str = ""
    group: str = ""
    tags: tuple[tuple[str, str], ...] = ()


def derived(value: str, *inputs: str, kind: str = "derived") -> Support:
    """A support for a value that the brief computed or took from settings, naming its inputs."""
    return Support(value, 0, NO_SPAN, kind, tuple(inputs))  # type: ignore[arg-type]


def support_values(
    text: str,
    *,
    fixed: Sequence[Support] = (),
    candidates: Iterable[tuple[int, Span]] = (),
    fallback: tuple[str, ...] = (),
    fallback_kind: str = "derived",
) -> tuple[Support, ...]:
    """Support every value printed in text: fixed supports first, then a candidate span, then the fallback.

    A value with none of these is a bug in the brief's wording, so it raises instead of printing an
    untraceable number.
    """
    pool = list(candidates)
    out: list[Support] = []
    for value in find_values(text):
        chosen = next((s for s in fixed if s.value == value), None)
        if chosen is None:
            hit = next(((d, s) for d, s in pool if occurs_in(value, s.text)), None)
            if hit is not None:
                chosen = Support(value, hit[0], hit[1])
            elif fallback:
                chosen = derived(value, *fallback, kind=fallback_kind)
            else:
                raise ProduceError(
                    f"The value {value!r} in {text!r} has no supporting span; word the sentence "
                    "without it or pass the span that states it"
                )
        out.append(chosen)
    return tuple(out)


def make_draft(
    text: str,
    doc_ids: Iterable[int] = (),
    *,
    fixed: Sequence[Support] = (),
    candidates: Iterable[tuple[int, Span]] = (),
    fallback: tuple[str, ...] = (),
    fallback_kind: str = "derived",
    is_factual: bool = True,
    role: str = "",
    group: str = "",
    tags: tuple[tuple[str, str], ...] = (),
) -> Draft:
    """Build a draft whose supports are found now; documents behind span supports are always cited."""
    supports = support_values(
        text, fixed=fixed, candidates=candidates, fallback=fallback, fallback_kind=fallback_kind
    )
    ids = list(dict.fromkeys(doc_ids))
    for support in supports:
        if support.kind == "span" and support.document_id not in ids:
            ids.append(support.document_id)
    return Draft(text, tuple(ids), supports, is_factual, role, group, tags)


def collapse_copies(draft: Draft, copies: Mapping[int, int], documents: Mapping[int, Document]) -> Draft:
    """The draft citing each copied article once, by the document that stands for it.

    A span support in a copy moves to the same words in the original; when the original lacks
    them the copy stays cited beside it, so every value keeps a cited span.
    """
    if not any(d in copies for d in draft.doc_ids):
        return draft
    supports: list[Support] = []
    kept: set[int] = set()
    for support in draft.supports:
        original = copies.get(support.document_id)
        if support.kind != "span" or original is None:
            supports.append(support)
            continue
        text = documents[original].text
        start = text.find(support.span.text) if support.span.text else -1
        if start == -1:
            kept.add(support.document_id)
            supports.append(support)
        else:
            span = Span(start, start + len(support.span.text), support.span.text)
            supports.append(Support(support.value, original, span, support.kind, support.inputs))
    ids = tuple(dict.fromkeys(d if d in kept else copies.get(d, d) for d in draft.doc_ids))
    return replace(draft, doc_ids=ids, supports=tuple(supports))


def finish_draft(draft: Draft, keys: Mapping[int, str], sentence_id: str) -> Sentence:
    """Turn a draft into a sentence ending with its Harvard citation, e.g. '(BBC 2016; Kazinform 2016a)'."""
    text = draft.text.rstrip().rstrip(".")
    # Two documents can share one entry (a copy and its original): the bracket names it once.
    first = {keys[d]: d for d in reversed(draft.doc_ids)}
    citations = tuple(Citation(keys[d], d) for d in draft.doc_ids if first[keys[d]] == d)
    if citations:
        text += " (" + "; ".join(c.key for c in citations) + ")"
    return Sentence(
        text + ".",
        citations,
        draft.supports,
        draft.is_factual,
        sentence_id,
        draft.role,
        draft.group,
        draft.tags,
    )
