"""Estimative language in a sentence: likelihood terms, confidence statements, hedges and bands."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.standards import Band, Standard, get_standard, standard_names

# Words readers hear as probabilities that belong to no registered standard, with the percentage
# they are usually read as (Kent 1964 for his words; CAPphrase 2026 medians otherwise).
_EXTRA_TERMS: dict[str, float] = {
    "almost certainly not": 7,
    "probably not": 30,
    "chances about even": 50,
    "even chance": 50,
    "realistic possibility": 45,
    "real possibility": 50,
    "highly likely": 85,
    "highly unlikely": 12,
    "remote chance": 5,
    "most likely": 75,
    "very probably": 85,
    "in all likelihood": 85,
    "very probable": 85,
    "more likely than not": 60,
    "fairly likely": 65,
    "quite likely": 70,
    "extremely likely": 95,
    "extremely unlikely": 5,
    "virtually certain": 97,
    "near certain": 96,
    "a good chance": 65,
    "little chance": 10,
    "slight chance": 10,
    "unlikely": 30,
    "likely": 67,
    "probable": 67,
    "probably": 67,
    "improbable": 30,
}
_EXTRA_TERMS.update({"almost certainly": 97, "almost certain": 97, "very likely": 87, "very unlikely": 12})


@dataclass(frozen=True, slots=True)
class TermUse:
    """One likelihood term found in a sentence, with where it sits and its printed band if any."""

    term: str
    start: int
    end: int
    printed: tuple[float, float] | None = None


def _known_terms() -> dict[str, float]:
    """Every estimative phrase assay recognises, mapped to a representative percentage."""
    terms = dict(_EXTRA_TERMS)
    for name in standard_names():
        for term, (_, band) in get_standard(name).all_terms().items():
            terms.setdefault(term, (band.low + band.high) / 2)
    return terms


KNOWN_TERMS = _known_terms()
_TERM_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(t) for t in sorted(KNOWN_TERMS, key=len, reverse=True)) + r")\b", re.I
)
_BAND = re.compile(
    r"\s*[(\[]\s*(?:[a-z ]*?)?(\d{1,3}(?:\.\d+)?)\s*%?\s*"
    r"(?:(?:[\u2013\u2014-]|to)\s*(\d{1,3}(?:\.\d+)?))?\s*%"
    r"(?:\s*(?:probability|chance|likelihood))?\s*[)\]]",
    re.I,
)
_NON_ESTIMATIVE = re.compile(
    r"\b(?:the|a|an|most|more|less)\s+likely\s+(?:explanation|cause|target|scenario|outcome)|"
    r"\blikely\s+candidate",
    re.I,
)


def find_terms(sentence: str) -> list[TermUse]:
    """Likelihood terms in a sentence, longest phrase first, each with a band printed right after it."""
    uses: list[TermUse] = []
    for match in _TERM_PATTERN.finditer(sentence):
        band = _BAND.match(sentence, match.end())
        printed = None
        if band:
            low = float(band.group(1))
            printed = (low, float(band.group(2)) if band.group(2) else low)
        uses.append(TermUse(match.group(1).lower(), match.start(), match.end(), printed))
    return uses


_CONFIDENCE = re.compile(
    r"\b(?:(?:high|moderate|medium|low)(?:-|\s+)confidence|"
    r"confidence\s+(?:in\s+[\w ]{1,40}?\s+)?(?:is|was|remains|stays|as)\s+(?:only\s+)?"
    r"(?:high|moderate|medium|low)|"
    r"(?:highly|moderately|fairly|very)\s+confident|confidence\s*[:\u2014-]\s*(?:high|moderate|medium|low))\b",
    re.I,
)
# Confidence introduces a judgment when it governs the "that" clause ("with high confidence that
# X", "with high confidence, we assess that X"), not when a stated reason after a colon happens to
# hold a "that" ("moderate confidence in this judgment: it assumes that the rate persists").
_CONFIDENCE_THAT = re.compile(
    r"(?:confidence|confident)(?:,)?\s+(?:that|in\s+(?:the\s+|this\s+|our\s+)?"
    r"(?:assessment|judge?ment|view|estimate)\s+that)\b|"
    r"\bconfiden(?:ce|t)\b[^.:;\u2014]*?\b(?:we|I|analysts?)\s+(?:now\s+|still\s+)?"
    r"(?:assess|judge|estimate|believe|conclude|expect|think|predict|forecast)(?:s|d|ed)?,?\s+that\b",
    re.I,
)
_HEDGE = re.compile(r"\b(?:may|might|could|possibly|perhaps|potentially|conceivably|maybe)\b", re.I)
_MONTH_MAY = re.compile(r"\bMay\b(?=\s+\d|\s*,?\s+(?:19|20)\d\d)|(?<=\d\s)May\b")


def confidence_level(sentence: str) -> str | None:
    """The confidence level a sentence states, or None."""
    match = _CONFIDENCE.search(sentence)
    if not match:
        return None
    for level in ("high", "moderate", "medium", "low", "highly", "moderately", "fairly", "very"):
        if level in match.group(0).lower():
            return {
                "medium": "moderate",
                "highly": "high",
                "very": "high",
                "moderately": "moderate",
                "fairly": "moderate",
            }.get(level, level)
    return None


def asserts_with_confidence(sentence: str) -> bool:
    """True when confidence introduces a proposition ("with high confidence that X"), not rates one."""
    return confidence_level(sentence) is not None and bool(_CONFIDENCE_THAT.search(sentence))


def find_hedges(sentence: str) -> list[str]:
    """Hedge words that carry no probability ("may", "could", "possibly"), months excluded."""
    masked = _MONTH_MAY.sub("___", sentence)
    return [m.group(0) for m in _HEDGE.finditer(masked)]


QUALITY_WORDS = re.compile(
    r"\b(almost certainly|very likely|highly likely|likely|probably|probable|possibly)\s+"
    r"(?:(?:to\s+be|be|is|are)\s+)?(conclusive|reliable|unreliable|accurate|inaccurate|authentic|credible|"
    r"genuine|trustworthy|valid|true|correct|complete|biased|truthful)\b",
    re.I,
)


def estimative_terms(sentence: str) -> list[TermUse]:
    """Likelihood terms used as likelihoods: not "the likely explanation", not "probably reliable"."""
    masked = _NON_ESTIMATIVE.sub(lambda m: "_" * len(m.group(0)), sentence)
    masked = QUALITY_WORDS.sub(lambda m: "_" * len(m.group(0)), masked)
    return find_terms(masked)


def nearest_term(term: str, standard: Standard) -> tuple[str, Band]:
    """The chosen standard's preferred word for what an off-scale term is usually read to mean."""
    percent = KNOWN_TERMS.get(term.lower(), 50.0)
    band = standard.band_for(percent / 100.0)
    return band.term, band
