"""Sentence splitting that survives citations, abbreviations, initials and decimal numbers."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(
    r"[.!?][\"”’)\]]*(?:\[\^\w+\]|\[\d+(?:[,\u2013-]\s*\d+)*\])*\s+(?=[\"“‘(\[]?[A-Z0-9\u0400-\u04FF])"
)
_ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "vs",
        "al",
        "anon",
        "u.s",
        "u.k",
        "u.n",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "cf",
        "para",
        "pp",
        "p",
        "fig",
        "approx",
        "gen",
        "col",
        "lt",
        "sgt",
        "prof",
        "inc",
        "ltd",
        "co",
        "etc",
    }
)


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences without breaking inside parentheses or after abbreviations."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        candidate = text[start:end]
        if candidate.count("(") > candidate.count(")"):
            continue
        before = text[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if text[match.start()] == "." and (
            last.lstrip('("“') in _ABBREVIATIONS or re.fullmatch(r"[A-Za-z]", last)
        ):
            continue
        sentences.append(candidate.strip())
        start = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
