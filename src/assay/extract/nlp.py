"""The shared blank English spaCy pipeline (built once per process), sentence splitting, and text tests."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

import spacy
from spacy.attrs import IS_PUNCT, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span


@cache
def blank_pipeline() -> Language:
    """Return spaCy's blank English pipeline with a sentencizer (no statistical model needed)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def _sentence_enders() -> frozenset[int]:
    """ORTH ids of the characters the pipeline's sentencizer ends sentences on."""
    nlp = blank_pipeline()
    sentencizer: Sentencizer = nlp.get_pipe("sentencizer")
    return frozenset(nlp.vocab.strings.add(c) for c in sentencizer.punct_chars)


def tokenize(text: str) -> Doc:
    """The text as tokens only (no pipeline components run): `sentences_of` splits it."""
    return blank_pipeline().make_doc(text)


def sentences_of(doc: Doc) -> list[Span]:
    """The sentences spaCy's Sentencizer would mark, without running it over Token objects.

    Same rule as the Sentencizer: a sentence starts at the first token, and at every token
    that is neither punctuation nor an ender once an ender ('.', '!', '?', ...) was seen since
    the previous sentence start. The token attributes are read as one array, which costs a
    fraction of the component's walk over Token objects.
    """
    n = len(doc)
    if n == 0:
        return []
    enders = _sentence_enders()
    starts = [0]
    seen_ender = False
    for i, (orth, is_punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist()):
        if orth in enders:
            seen_ender = True
        elif seen_ender and not is_punct:
            starts.append(i)
            seen_ender = False
    bounds = [*starts, n]
    return [doc[a:b] for a, b in pairwise(bounds)]


# An ASCII word of lower-cased text, hyphenated ones whole ("al-qaeda", "20-year-old").
TEXT_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


# A translation table: every byte but a lower-case ASCII letter, a digit and the hyphen becomes a space.
_WORD_BYTES = b"abcdefghijklmnopqrstuvwxyz0123456789-"
_BLANK_NON_WORD = bytes(c if c in _WORD_BYTES else 0x20 for c in range(256))


def text_words(text: str) -> set[str]:
    """The distinct ASCII words of the lower-cased text (hyphenated ones whole): what the paragraph
    prefilters test, read once for all of them."""
    lowered = text.lower()
    if not lowered.isascii():
        return set(TEXT_WORD.findall(lowered))
    # Blanking every other character and splitting leaves the runs of letters, digits and hyphens
    # (C-level byte operations; every paragraph of a document passes here, and the regex costs
    # more). A run without a hyphen is one word; one with a hyphen goes through the regex, which
    # drops stray hyphens ("--", "-x").
    words = set(lowered.encode("ascii").translate(_BLANK_NON_WORD).decode("ascii").split())
    if "-" in lowered:
        hyphened = [w for w in words if "-" in w]
        words.difference_update(hyphened)
        for w in hyphened:
            words.update(TEXT_WORD.findall(w))
    return words


def at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for one whose every match starts a word (opens on "\\b" and a letter or digit).

    Saying so up front ("\\b(?=\\w)") lets a search pass over every other position at once; without
    it the engine tries each alternative of the pattern at every character. The matches are the same.
    """
    return re.compile(rf"\b(?=\w)(?:{pattern.pattern})", pattern.flags)


def may_contain(text: str, parts: tuple[str, ...]) -> bool:
    """False only when text cannot hold a match of a case-insensitive pattern every match of which
    holds one of `parts` (lower-case ASCII): substring tests on the lower-cased text, which cost a
    fraction of the search. True whenever letters in text fold oddly (see `folds_like_ascii`)."""
    return not folds_like_ascii(text) or any(map(text.lower().__contains__, parts))


# Under re.I these letters match ASCII ones ("K", the Kelvin sign, matches "k"; dotless "ı" matches "i").
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folds_like_ascii(text: str) -> bool:
    """True when a case-insensitive pattern matches ASCII letters in `text` only where `text.lower()`
    holds them, in the same places (so substring tests on the lower-cased text are safe prefilters)."""
    return text.isascii() or _FOLDS_TO_ASCII.search(text) is None
