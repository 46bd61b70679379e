"""Numbers in running text: digits, number words (via text2num), vague quantities and their qualifiers."""

from __future__ import annotations

import re

from text_to_num import text2num

from assay.extract.nlp import at_word_starts, folds_like_ascii
from assay.model import CountQualifier

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ("hundred", "thousand", "million")
_WORD = r"(?:" + "|".join(_TENS + list(reversed(_UNITS)) + list(_SCALES)) + r")"
_WORD_NUMBER = rf"{_WORD}(?:(?:\s+and\s+|\s+|-){_WORD})*"
_VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "a dozen": 12,
    "two dozen": 24,
    "three dozen": 36,
    "tens": 20,
}
_QUALIFIERS: list[tuple[str, CountQualifier]] = [
    (
        r"at\s+least|no\s+fewer\s+than|not\s+less\s+than|more\s+than|over|upwards\s+of|in\s+excess\s+of|"
        r"a\s+minimum\s+of|as\s+many\s+as",
        "at_least",
    ),
    (r"up\s+to|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under|a\s+maximum\s+of", "at_most"),
    (
        r"about|around|some|nearly|almost|approximately|roughly|an\s+estimated|close\s+to|about|"
        r"approx\.|circa",
        "approximately",
    ),
]
_QUAL_RE = "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(_QUALIFIERS))
# Every match starts a word (with or without a qualifier it opens on "\b" and a letter or digit):
# searched only where words start (nlp.at_word_starts).
NUMBER_RE = at_word_starts(
    re.compile(
        rf"(?:\b(?:{_QUAL_RE})\s+)?\b(?P<num>two\s+dozen|three\s+dozen|\d{{1,3}}(?:,\d{{3}})+|\d+|"
        rf"{_WORD_NUMBER}|dozens|scores|hundreds|thousands|a\s+dozen|tens)\b(?!-year|\s*-\s*year|%|\.\d)",
        re.I,
    )
)
# Every NUMBER_RE match holds a digit or one of these as a whole word: a text with neither holds
# no number, and a word-set test costs far less than searching the pattern at every position.
_NUMBER_WORDS = frozenset(
    (*_UNITS, *_TENS, *_SCALES, "dozen", "dozens", "scores", "hundreds", "thousands", "tens")
)
_ASCII_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


def may_hold_number(text: str) -> bool:
    """False only when NUMBER_RE cannot match anywhere in text (no digit, no number word)."""
    if _DIGIT.search(text) is not None or not folds_like_ascii(text):
        return True
    return not _NUMBER_WORDS.isdisjoint(_ASCII_WORD.findall(text.lower()))


NOT_A_COUNT_AFTER = re.compile(
    r"^\s*(?:-?\s*(?:year|month|day|week|hour|minute)s?\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|"
    r"times\b|percent\b|per\s+cent\b|km\b|kilomet|miles?\b|metres?\b|meters?\b|kg\b|kilograms?\b|tons?\b|"
    r"tonnes?\b|dollars?\b|tenge\b|som\b|somoni\b|rubles?\b|roubles?\b|euros?\b|o'clock|a\.m|p\.m|am\b|pm\b|"
    r"(?:st|nd|rd|th)\b|of\s+(?:them|those|the)\s+(?:years|days))",
    re.I,
)
NOT_A_COUNT_BEFORE = re.compile(
    r"(?:article|articles|part|paragraph|no\.|number|section|chapter|route|unit|aged|age|\$|€|£|"
    r"june|july|may|march|april|august|september|october|november|december|january|february)\s*$",
    re.I,
)


def parse_number(words: str) -> tuple[int, bool] | None:
    """Turn "1,200", "seven", "twenty-one" or "dozens" into (value, is_vague)."""
    w = re.sub(r"\s+", " ", words.strip().lower())
    if w in _VAGUE:
        return _VAGUE[w], not w.endswith(" dozen")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", w):
        return int(w.replace(",", "")), False
    try:
        return int(text2num(w.replace("-", " "), "en")), False
    except ValueError:
        return None


def qualifier_of(m: re.Match[str], is_vague: bool) -> CountQualifier:
    """The qualifier of a NUMBER_RE match ("at least", "about", a vague word)."""
    if is_vague:
        return "vague"
    if m.group("num").lower().endswith(" dozen"):
        return "approximately"
    for i, (_, qual) in enumerate(_QUALIFIERS):
        if m.group(f"q{i}"):
            return qual
    return "exact"
