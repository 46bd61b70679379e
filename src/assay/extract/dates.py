"""Date expressions in news text, resolved against the publication date into day intervals with a precision.

Conventions (shared with the gold set's annotation guidelines in eval/extract/README.md):
a weekday, a month without a year or a day without a year means the most recent one on or
before publication (the next one when the sentence speaks of the future); "early / mid / late
October" is days 1-10 / 11-20 / 21-end with month precision; winter of Y is Dec Y-1 to Feb Y;
"earlier this year" (and "since early this year") runs from 1 January to the day before
publication with year precision; "last week" is the previous Monday-Sunday with week
precision. Nothing is guessed: an expression that needs a publication date or an anchor that
is missing resolves to nothing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

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

_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|–|—|to|and|through|until)\s*"
_NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"


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


def _month_of(m: re.Match[str], group: str = "mon") -> int:
    return MONTHS[m.group(group).lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, ctx: DateContext) -> int | None:
    """Pick the year of a day-month without a year: most recent on/before publication, or next if future."""
    if ctx.published is None:
        return None
    pub = ctx.published
    candidate = _safe_date(pub.year, month, min(day, 28 if month == 2 else day))
    if candidate is None:
        return None
    if ctx.is_future:
        return pub.year if candidate >= pub else pub.year + 1
    return pub.year if candidate <= pub else pub.year - 1


def _year_of(m: re.Match[str]) -> int:
    """The four-digit year a pattern captured (0 when it captured none)."""
    year = m.groupdict().get("year")
    return int(year) if year else 0


def _day_month_year(m: re.Match[str], ctx: DateContext) -> Resolved:
    month, day = _month_of(m), int(m.group("day"))
    year = _year_of(m) or _year_for(month, day, ctx)
    if year is None:
        return None
    d = _safe_date(year, month, day)
    return (d, d, "day") if d else None


def _numeric_date(m: re.Match[str], ctx: DateContext) -> Resolved:
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
    else:
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    day = _safe_date(y, mo, d)
    return (day, day, "day") if day else None


def _day_range(m: re.Match[str], ctx: DateContext) -> Resolved:
    month = _month_of(m)
    month2 = _month_of(m, "mon2") if m.groupdict().get("mon2") else month
    d1, d2 = int(m.group("day")), int(m.group("day2"))
    if _year_of(m):
        year = _year_of(m)
        start_year = year - 1 if month2 < month else year
    else:
        # A range is placed by its first day: one under way at publication ("from 20 to 24
        # June ... are being held", published 22 June) is this year's.
        found = _year_for(month, d1, ctx)
        if found is None:
            return None
        start_year = found
        year = start_year + 1 if month2 < month else start_year
    first, last = _safe_date(start_year, month, d1), _safe_date(year, month2, d2)
    if first is None or last is None or last < first:
        return None
    return first, last, "day"


def _month_year(m: re.Match[str], ctx: DateContext) -> Resolved:
    first, last = month_interval(_year_of(m), _month_of(m))
    return first, last, "month"


def _bare_month(m: re.Match[str], ctx: DateContext) -> Resolved:
    month = _month_of(m)
    if ctx.published is None:
        return None
    pub = ctx.published
    if ctx.is_future:
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    first, last = month_interval(year, month)
    return first, last, "month"


def _part_of_month(m: re.Match[str], ctx: DateContext) -> Resolved:
    month = _month_of(m)
    if m.groupdict().get("year"):
        year: int | None = _year_of(m)
    else:
        resolved = _bare_month(m, ctx)
        year = resolved[0].year if resolved else None
    if year is None:
        return None
    part = m.group("part").lower()
    last_day = calendar.monthrange(year, month)[1]
    if part in ("early", "beginning", "start"):
        a, b = 1, 10
    elif part in ("mid", "middle"):
        a, b = 11, 20
    else:
        a, b = 21, last_day
    return date(year, month, a), date(year, month, b), "month"


def season_interval(year: int, name: str) -> tuple[date, date]:
    """The days of a (northern) season; winter of Y runs from December Y-1 to February Y."""
    if name == "winter":
        return date(year - 1, 12, 1), date(year, 2, calendar.monthrange(year, 2)[1])
    months = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}[name]
    return date(year, months[0], 1), month_interval(year, months[1])[1]


def _season(m: re.Match[str], ctx: DateContext) -> Resolved:
    name = m.group("season").lower()
    which = (m.group("which") or "").lower()
    if m.groupdict().get("year"):
        year = _year_of(m)
    elif ctx.published is None:
        return None
    else:
        pub = ctx.published
        year = pub.year
        first, _ = season_interval(year, name)
        if which == "last" or (which != "this" and first > pub):
            year -= 1
        elif which == "next":
            year += 1
    first, last = season_interval(year, name)
    return first, last, "season"


def _year(m: re.Match[str], ctx: DateContext) -> Resolved:
    y = _year_of(m)
    return date(y, 1, 1), date(y, 12, 31), "year"


def _weekday(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.published is None:
        return None
    pub = ctx.published
    target = WEEKDAYS.index(m.group("wd").lower())
    which = (m.group("which") or "").lower()
    if ctx.is_future or which == "next":
        return None
    else:
        back = (pub.weekday() - target) % 7
        if which == "last" and back == 0:
            back = 7
        d = pub - timedelta(days=back)
    return d, d, "day"


def _relative_word(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.published is None:
        return None
    pub = ctx.published
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word in ("today", "this morning", "this afternoon", "this evening", "tonight", "earlier today"):
        return pub, pub, "day"
    if word in ("yesterday", "last night", "overnight"):
        d = pub - timedelta(days=1)
        return d, d, "day"
    if word == "the day before yesterday":
        d = pub - timedelta(days=2)
        return d, d, "day"
    if word == "tomorrow" or word.startswith("next"):
        return None
    if word == "last week":
        mon = pub - timedelta(days=pub.weekday() + 7)
        return mon, mon + timedelta(days=6), "week"
    if word == "this week" or word == "earlier this week":
        mon = pub - timedelta(days=pub.weekday())
        return mon, (pub - timedelta(days=1) if word.startswith("earlier") and pub > mon else pub), "week"
    if word == "next week":
        mon = pub + timedelta(days=7 - pub.weekday())
        return mon, mon + timedelta(days=6), "week"
    if word in ("last weekend", "this weekend", "the weekend", "over the weekend"):
        back = (pub.weekday() - 6) % 7
        sun = pub - timedelta(days=back)
        return sun - timedelta(days=1), sun, "week"
    if word == "last month":
        y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        first, last = month_interval(y, mo)
        return first, last, "month"
    if word == "this month":
        first, last = month_interval(pub.year, pub.month)
        return first, last, "month"
    if word == "earlier this month":
        first = date(pub.year, pub.month, 1)
        return first, max(first, pub - timedelta(days=1)), "month"
    if word == "next month":
        y, mo = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
        first, last = month_interval(y, mo)
        return first, last, "month"
    if word == "last year":
        return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31), "year"
    if word == "this year":
        return date(pub.year, 1, 1), date(pub.year, 12, 31), "year"
    if word in (
        "earlier this year",
        "early this year",
        "since early this year",
        "since the start of the year",
        "since the beginning of the year",
    ):
        first = date(pub.year, 1, 1)
        return first, max(first, pub - timedelta(days=1)), "year"
    if word == "next year":
        return date(pub.year + 1, 1, 1), date(pub.year + 1, 12, 31), "year"
    return None


def _year_range(m: re.Match[str], ctx: DateContext) -> Resolved:
    a, b = int(m.group("year")), int(m.group("year2"))
    return (date(a, 1, 1), date(b, 12, 31), "year") if a <= b else None


def _since_month(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.published is None or _month_of(m) > ctx.published.month:
        return None
    pub = ctx.published
    return date(pub.year, 1, 1), max(date(pub.year, 1, 1), pub - timedelta(days=1)), "year"


def _weekday_pair(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.published is None or ctx.is_future:
        return None
    pub = ctx.published
    days = []
    for group in ("wd", "wd2"):
        back = (pub.weekday() - WEEKDAYS.index(m.group(group).lower())) % 7
        days.append(pub - timedelta(days=back))
    first, last = min(days), max(days)
    return (first, last, "day") if (last - first).days <= 6 else None


def _ago(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.published is None:
        return None
    n = SMALL_NUMBERS.get(m.group("n").lower()) if not m.group("n").isdigit() else int(m.group("n"))
    if not n:
        return None
    unit = m.group("unit").lower().rstrip("s")
    pub = ctx.published
    if unit == "day":
        d = pub - timedelta(days=n)
        return d, d, "day"
    if unit == "week":
        d = pub - timedelta(days=7 * n)
        mon = d - timedelta(days=d.weekday())
        return mon, mon + timedelta(days=6), "week"
    if unit == "month":
        y, mo = pub.year, pub.month - n
        while mo < 1:
            y, mo = y - 1, mo + 12
        first, last = month_interval(y, mo)
        return first, last, "month"
    return date(pub.year - n, 1, 1), date(pub.year - n, 12, 31), "year"


def _anchored(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    if "days" in phrase:
        return None
    if "before" in phrase or "previous" in phrase or "eve" in phrase:
        d = a - timedelta(days=1)
    else:
        d = a + timedelta(days=1)
    return d, d, "day"


_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"\b(?:between\s+|from\s+)?{_MON}\s+{_DAY}{_DASH}{_MON2}\s+{_DAY2}(?:,?\s+{_YEAR})?\b", re.I
        ),
        _day_range,
    ),
    (
        re.compile(rf"\b(?:between\s+|from\s+)?{_MON}\s+{_DAY}{_DASH}{_DAY2}(?:,?\s+{_YEAR})?\b", re.I),
        _day_range,
    ),
    (
        re.compile(
            rf"\b(?:between\s+|from\s+)?{_DAY}\s+{_MON}{_DASH}{_DAY2}\s+{_MON2}(?:,?\s+{_YEAR})?\b", re.I
        ),
        _day_range,
    ),
    (
        re.compile(
            rf"\b(?:between\s+|from\s+)?(?:the\s+)?{_DAY}{_DASH}(?:the\s+)?{_DAY2}(?:\s+of)?\s+{_MON}"
            rf"(?:,?\s+{_YEAR})?\b",
            re.I,
        ),
        _day_range,
    ),
    (re.compile(rf"\b{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.I), _day_month_year),
    (re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}\b", re.I), _day_month_year),
    (
        re.compile(
            r"\b(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d))\b"
        ),
        _numeric_date,
    ),
    (
        re.compile(
            rf"\b(?P<part>early|mid|late|beginning|start|middle|end)(?:\s*-\s*|\s+|\s+of\s+)"
            rf"{_MON}(?:,?\s+(?:of\s+)?{_YEAR})?\b",
            re.I,
        ),
        _part_of_month,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<part>beginning|start|middle|end)\s+of\s+{_MON}(?:,?\s+{_YEAR})?\b", re.I
        ),
        _part_of_month,
    ),
    (re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)", re.I), _day_month_year),
    (re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MON}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I), _day_month_year),
    (re.compile(rf"\b{_MON}(?:\s+of)?,?\s+{_YEAR}\b", re.I), _month_year),
    (
        re.compile(
            r"\b(?:(?P<which>last|this|next|past)\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
            rf"(?:\s+(?:of\s+)?{_YEAR})?\b",
            re.I,
        ),
        _season,
    ),
    (
        re.compile(
            r"\b(?:in|during|since|by|before|after|of|until|throughout|from|early|late|mid-?|the|"
            rf"end of|beginning of)\s+{_YEAR}\b(?![-/.]\d)",
            re.I,
        ),
        _year,
    ),
    (
        re.compile(
            rf"\b{_YEAR}(?=\s+(?:attacks?|bombings?|riots?|unrest|violence|clashes|events|protests?|"
            r"uprising|massacre|plot))",
            re.I,
        ),
        _year,
    ),
    (
        re.compile(
            r"\b(?:on\s+|(?P<which>last|this|next|past)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday)\b",
            re.I,
        ),
        _weekday,
    ),
    (
        re.compile(
            r"\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night|"
            r"overnight|this\s+(?:morning|afternoon|evening)|earlier\s+today|"
            r"(?:since\s+)?early\s+this\s+year|"
            r"(?:earlier\s+)?this\s+(?:week|month|year)|(?:last|next)\s+(?:week|month|year)|"
            r"(?:last|this|over\s+the|the)\s+weekend|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year)\b",
            re.I,
        ),
        _relative_word,
    ),
    (
        re.compile(rf"\b(?:in|between|from)\s+{_YEAR}\s+(?:and|to|-|–)\s+(?P<year2>(?:19|20)\d\d)\b", re.I),
        _year_range,
    ),
    (re.compile(rf"\bsince\s+{_MON}\b(?!\s+\d)", re.I), _since_month),
    (
        re.compile(
            r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+and\s+"
            r"(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
        _weekday_pair,
    ),
    (re.compile(rf"\b{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I), _ago),
    (
        re.compile(
            r"\b(?:the\s+(?:following|next|previous)\s+days?|the\s+day\s+(?:before|after)|"
            r"the\s+(?:next|following)\s+(?:morning|evening)|the\s+eve)\b",
            re.I,
        ),
        _anchored,
    ),
    (
        re.compile(
            rf"\b(?:in|during|since|by|until|from|throughout|of|early|late|mid-?|the\s+end\s+of|"
            rf"the\s+beginning\s+of)\s+{_MON}\b(?!\s+\d)",
            re.I,
        ),
        _bare_month,
    ),
]

_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|confirmed|reports|wrote|published|"
    r"according\s+to\s+\w+)(?:\s+\w+){0,2}?\s*(?:on\s+)?$",
    re.I,
)
_MAY_AS_VERB = re.compile(r"\bmay\s+(?:be|have|not|also|still|well|\d{1,2}\s+(?:people|of))\b", re.I)


# Birth years date a person, not an event ("a citizen born in 1985", "born on 3 May 1990").
_NOT_A_DATE_BEFORE = re.compile(r"\bborn\s*$", re.I)
# "the heaviest fighting since 1994" compares with the past; it does not date the event.
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:\w+est|worst|first|biggest|largest|most\s+\w+)\s+(?:[\w-]+\s+){0,4}since\s+\S+$", re.I
)


def find_dates(text: str, ctx: DateContext) -> list[DateMatch]:
    """Find and resolve every date expression in `text`, longest first, without overlaps."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    candidates: list[tuple[int, int, re.Match[str], Handler]] = []
    for pattern, handler in _PATTERNS:
        for m in pattern.finditer(text):
            candidates.append((m.start(), m.end(), m, handler))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    for start, end, m, handler in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        if m.groupdict().get("mon") and (
            m.group("mon")[0].islower()
            or _MAY_AS_VERB.match(m.group("mon") + text[m.end("mon") : m.end("mon") + 12])
        ):
            continue
        lead = text[max(0, start - 40) : start]
        if _NOT_A_DATE_BEFORE.search(lead) or (
            _SUPERLATIVE_SINCE.search(lead + m.group(0)) and m.group(0).lower().startswith("since")
        ):
            continue
        resolved = handler(m, ctx)
        if resolved is None:
            continue
        taken.append((start, end))
        found.append(
            DateMatch(
                start,
                end,
                m.group(0),
                resolved[0],
                resolved[1],
                resolved[2],
                bool(_REPORT_BEFORE.search(lead)),
            )
        )
    found.sort(key=lambda d: d.start)
    return _resolve_offsets(text, found, ctx)


_OFFSET = re.compile(rf"\b{_NUM}\s+days?\s+(?P<dir>after|before|earlier|later)\b", re.I)


def _resolve_offsets(text: str, found: list[DateMatch], ctx: DateContext) -> list[DateMatch]:
    """Resolve "a day after ..." / "two days before ..." against the nearest earlier day (else the anchor)."""
    out = list(found)
    for m in _OFFSET.finditer(text):
        if any(m.start() < d.end and d.start < m.end() for d in found):
            continue
        n = SMALL_NUMBERS.get(m.group("n").lower()) if not m.group("n").isdigit() else int(m.group("n"))
        earlier = [d for d in found if d.end <= m.start() and d.precision == "day" and d.first == d.last]
        base = earlier[-1].first if earlier else ctx.anchor
        if not n or base is None:
            continue
        # "detained on Monday, a day after gunmen raided": the clause that follows is n days before.
        sign = -1 if m.group("dir").lower() in ("after", "earlier") else 1
        d = base + timedelta(days=sign * n)
        out.append(DateMatch(m.start(), m.end(), m.group(0), d, d, "day"))
    return sorted(out, key=lambda d: d.start)


def has_date_cue(text: str) -> bool:
    """Cheap test used to skip the full search on sentences that cannot hold a date."""
    return bool(_CUE.search(text))


_CUE = re.compile(
    r"\d|day\b|night|week|month|year|today|yesterday|tomorrow|tonight|overnight|morning|afternoon|evening|"
    r"spring|summer|autumn|fall|"
    r"winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|eve\b",
    re.I,
)
