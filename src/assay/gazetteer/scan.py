"""Toponym recognition in raw text: longest-match place names, guarded against words and people."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assay.gazetteer.guards import CONNECTORS, GUARDED, LOCATIVE_CUES, PERSON_CUES
from assay.gazetteer.index import PRECISION, Index
from assay.gazetteer.names import fold_name
from assay.model import Place, Span

if TYPE_CHECKING:
    from assay.gazetteer.gazetteer import Gazetteer

WORD = re.compile(r"[^\W\d_]+")
# What may separate the words of one place name: spaces, a hyphen, an apostrophe, "St. ".
_GAP = re.compile(r"[ \t]+|[ \t]*[-‐‑][ \t]*|['’]|\.[ \t]+")
_SENTENCE_END = set(".!?\n\"“”‘'(:;") | {""}
# Capitalised words before a place that describe it rather than name a person ("Northern Syria").
_DESCRIPTORS = frozenset(
    "northern southern eastern western central greater upper lower north south east west downtown "
    "rural metro coastal occupied suburban".split()
)

Match = tuple[int, int, tuple[tuple[int, int], ...]]


def find_names(index: Index, text: str) -> list[Match]:
    """(start, end, entry matches) for every accepted place name in the text, left to right."""
    tokens = [(m.start(), m.end()) for m in WORD.finditer(text)]
    gap_ok = [_GAP.fullmatch(text, tokens[k][1], tokens[k + 1][0]) is not None for k in range(len(tokens) - 1)]
    lowered = _lowercase_words(text)
    found: list[Match] = []
    i = 0
    while i < len(tokens):
        start, end = tokens[i]
        if not text[start].isupper():
            i += 1
            continue
        span = index.first_token_span.get(fold_name(text[start:end]), 0)
        matched = False
        for j in range(min(len(tokens), i + span) - 1, i - 1, -1):
            if j > i and not (all(gap_ok[i:j]) and _is_capitalised(text, tokens[i : j + 1])):
                continue
            key = fold_name(text[start : tokens[j][1]])
            hits = index.keys.get(key)
            if hits and _is_accepted(index, text, tokens, i, j, key, lowered):
                found.append((start, tokens[j][1], hits))
                i = j + 1
                matched = True
                break
        if not matched:
            i += 1
    return found


def scan_text(gazetteer: Gazetteer, text: str, countries: Sequence[str] = ()) -> list[tuple[Span, Place]]:
    """Recognise and resolve every place name in a text, using the text itself as context."""
    results = []
    for start, end, _ in find_names(gazetteer.index, text):
        surface = text[start:end]
        entry_id = gazetteer.resolve_id(surface, countries=countries, context=text)
        if entry_id is not None:
            span = Span(start, end, surface)
            results.append((span, gazetteer.entry_place(entry_id, span)))
    return results


def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(text) if w.islower())


def _is_capitalised(text: str, tokens: list[tuple[int, int]]) -> bool:
    for start, end in tokens:
        word = text[start:end]
        if not word[0].isupper() and word not in CONNECTORS:
            return False
    return text[tokens[-1][0]].isupper()


def _previous_char(text: str, position: int) -> str:
    k = position - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return text[k] if k >= 0 else ""


def _is_accepted(index: Index, text: str, tokens: list[tuple[int, int]], i: int, j: int, key: str,
                 lowered: frozenset[str]) -> bool:
    start, end = tokens[i][0], tokens[j][1]
    surface = text[start:end]
    if key in index.upper_only and not surface.replace(".", "").replace(" ", "").isupper():
        return False
    if key in index.dotted_only and text[end : end + 1] != ".":
        return False
    if i != j:
        return True
    word = surface.lower()
    before = text[tokens[i - 1][0] : tokens[i - 1][1]] if i > 0 else ""
    gap_before = text[tokens[i - 1][1] : start] if i > 0 else ""
    adjacent_before = i > 0 and gap_before in (" ", ". ")
    sentence_initial = _previous_char(text, start) in _SENTENCE_END
    if adjacent_before and before.lower() in PERSON_CUES:
        return False
    if (adjacent_before and gap_before == " " and before[:1].isupper() and before.lower() not in _DESCRIPTORS
            and _previous_char(text, tokens[i - 1][0]) not in _SENTENCE_END):
        return False
    has_cue = i > 0 and before.lower() in LOCATIVE_CUES and gap_before.strip() == ""
    if key in GUARDED or word in lowered:
        return has_cue or _has_apposition(index, text, tokens, j)
    if sentence_initial and word in lowered:
        return False
    return True


def _has_apposition(index: Index, text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """True for "Mary, Turkmenistan": the name is followed by a comma and a country or admin1."""
    if j + 1 >= len(tokens) or text[tokens[j][1] : tokens[j + 1][0]].strip() != ",":
        return False
    for k in range(min(len(tokens), j + 5) - 1, j, -1):
        hits = index.keys.get(fold_name(text[tokens[j + 1][0] : tokens[k][1]]))
        if hits and text[tokens[j + 1][0]].isupper() and any(
            index.entries[e][PRECISION] in ("country", "admin1") for e, _ in hits
        ):
            return True
    return False
