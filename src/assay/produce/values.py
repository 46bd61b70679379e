"""Numbers and dates as printed in a brief: finding them in text and matching them against source spans."""

from __future__ import annotations

import re
from datetime import date

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_MONTH = "|".join(MONTHS)
_VALUE = re.compile(
    rf"(?P<band>\b\d{{1,3}}–\d{{1,3}}%)"
    rf"|(?P<date>\b\d{{1,2}} (?:{_MONTH}) \d{{4}}\b)"
    rf"|(?P<month>\b(?:{_MONTH}) \d{{4}}\b)"
    rf"|(?P<number>(?<![\w.])\d(?:[\d,]*\d)?(?:\.\d+)?%?(?![\w]))"
    rf"|(?P<word>\b(?:{'|'.join(NUMBER_WORDS)})\b)",
    re.IGNORECASE,
)


def find_values(text: str) -> list[str]:
    """Every number, date and probability band printed in a piece of text, in order."""
    return [m.group(0) for m in _VALUE.finditer(text)]


def format_date(day: date, precision: str = "day") -> str:
    """A date the way the brief prints it: '5 June 2016', 'June 2016' or '2016'."""
    if precision in ("month", "season"):
        return f"{MONTHS[day.month - 1]} {day.year}"
    if precision == "year":
        return str(day.year)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _numbers_in(text: str) -> set[float]:
    found: set[float] = set()
    for m in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?", text):
        try:
            found.add(float(m.group(0).replace(",", "")))
        except ValueError:
            continue
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in NUMBER_WORDS:
            found.add(float(NUMBER_WORDS[word.lower()]))
    return found


def _day_month_in(day: int, month: int, text: str) -> bool:
    name = MONTHS[month - 1]
    short = name[:3]
    patterns = (
        rf"\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{name}|{short}\.?)\b",
        rf"\b(?:{name}|{short}\.?)\s+{day}(?:st|nd|rd|th)?\b",
        rf"\b0?{day}[./]0?{month}[./]\d{{2,4}}\b",
        rf"\b\d{{4}}-0?{month}-0?{day}\b",
    )
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def occurs_in(value: str, text: str) -> bool:
    """Whether a printed value occurs in a source text, normalised ('seven' ↔ 7, '5 June 2016' ↔ 'June 5')."""
    full = re.fullmatch(rf"(\d{{1,2}}) ({_MONTH}) (\d{{4}})", value, re.IGNORECASE)
    if full:
        month = [m.lower() for m in MONTHS].index(full.group(2).lower()) + 1
        return _day_month_in(int(full.group(1)), month, text)
    month_year = re.fullmatch(rf"({_MONTH}) (\d{{4}})", value, re.IGNORECASE)
    if month_year:
        return re.search(rf"\b{month_year.group(1)}\b", text, re.IGNORECASE) is not None
    word = NUMBER_WORDS.get(value.lower())
    if word is not None:
        return float(word) in _numbers_in(text)
    try:
        number = float(value.rstrip("%").replace(",", ""))
    except ValueError:
        return False
    return number in _numbers_in(text)


_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_ISO_RANGE = re.compile(rf"(?:\b(?:between|from)\s+)?\b{_ISO}\s*(?:–|—|\.\.|\bto\b|\band\b|-)\s*{_ISO}\b")
_ISO_DAY = re.compile(rf"\b{_ISO}\b")
_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _iso(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def format_range(start: date, end: date, style: str = "between") -> str:
    """'between 1 January and 31 December 2017'; style 'from' gives 'from 1 January to 31 December 2017'."""
    if start == end:
        return f"on {format_date(start)}"
    first = f"{start.day} {MONTHS[start.month - 1]}" if start.year == end.year else format_date(start)
    if style == "from":
        return f"from {first} to {format_date(end)}"
    return f"between {first} and {format_date(end)}"


def dates_in_words(text: str, style: str = "between") -> str:
    """Text with every ISO date and date range written out ('2017-01-01 to 2017-12-31' → 'between …')."""

    def _range(match: re.Match[str]) -> str:
        start, end = _iso(*match.groups()[:3]), _iso(*match.groups()[3:])
        if start is None or end is None or end < start:
            return match.group(0)
        return format_range(start, end, style)

    def _day(match: re.Match[str]) -> str:
        day = _iso(*match.groups())
        return format_date(day) if day else match.group(0)

    text = _ISO_RANGE.sub(_range, text)
    text = re.sub(r"\bin (between|on|from) ", r"\1 ", text)
    return _ISO_DAY.sub(_day, text)


def iso_dates(text: str) -> list[date]:
    """The ISO dates written in text, in order."""
    return [d for d in (_iso(*m.groups()) for m in _ISO_DAY.finditer(text)) if d is not None]


def number_words(value: int) -> str:
    """A count as prose prints it: words under ten ('seven'), digits from ten on ('12')."""
    return _SMALL[value] if 0 <= value < len(_SMALL) else str(value)
