"""Date vocabulary: month, weekday and season words, regex fragments, match types and calendar helpers."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from assay.model import DatePrecision

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
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
    "several": 0,
}
SEASONS = ("spring", "summer", "autumn", "fall", "winter")

MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
MON2 = MON.replace("?P<mon>", "?P<mon2>")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
DASH = r"\s*(?:-|–|—|to|and|through|until)\s*"
NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One resolved date expression: its character range in the text it was found in and its interval."""

    start: int
    end: int
    text: str
    first: date
    last: date
    precision: DatePrecision
    is_report_date: bool = False


@dataclass(frozen=True, slots=True)
class DateContext:
    """What relative expressions resolve against."""

    published: date | None
    anchor: date | None = None
    is_future: bool = False


Resolved = tuple[date, date, DatePrecision] | None
Handler = Callable[[re.Match[str], DateContext], Resolved]


def month_interval(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def month_of(m: re.Match[str], group: str = "mon") -> int:
    return MONTHS[m.group(group).lower().rstrip(".")]


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_for(month: int, day: int, ctx: DateContext) -> int | None:
    """Pick the year of a day-month without a year: most recent on/before publication, or next if future."""
    if ctx.published is None:
        return None
    pub = ctx.published
    candidate = safe_date(pub.year, month, min(day, 28 if month == 2 else day))
    if candidate is None:
        return None
    if ctx.is_future:
        return pub.year if candidate >= pub else pub.year + 1
    return pub.year if candidate <= pub else pub.year - 1


def year_of(m: re.Match[str]) -> int:
    """The four-digit year a pattern captured (0 when it captured none)."""
    year = m.groupdict().get("year")
    return int(year) if year else 0


def season_interval(year: int, name: str) -> tuple[date, date]:
    """The days of a (northern) season; winter of Y runs from December Y-1 to February Y."""
    if name == "winter":
        return date(year - 1, 12, 1), date(year, 2, calendar.monthrange(year, 2)[1])
    months = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}[name]
    return date(year, months[0], 1), month_interval(year, months[1])[1]
