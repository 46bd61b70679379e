"""The shared blank English spaCy pipeline: tokenizer plus rule-based sentencizer, built once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language


@cache
def blank_pipeline() -> Language:
    """Return spaCy's blank English pipeline with a sentencizer (no statistical model needed)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
