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
from datetime import date

from assay.extract.date_vocabulary import (
    DASH,
    DAY,
    DAY2,
    MON,
    MON2,
    NUM,
    YEAR,
    DateContext,
    DateMatch,
    Handler,
    Resolved,
    month_interval,
    month_of,
    safe_date,
    season_interval,
    year_for,
    year_of,
)
from assay.extract.nlp import at_word_starts, folds_like_ascii
from assay.extract.relative_dates import (
    resolve_ago,
    resolve_anchored,
    resolve_offsets,
    resolve_relative_word,
    resolve_since_month,
    resolve_weekday,
    resolve_weekday_pair,
    resolve_weekday_range,
)

__all__ = ["DateContext", "DateMatch", "find_dates", "has_date_cue", "month_interval", "season_interval"]


def _day_month_year(m: re.Match[str], ctx: DateContext) -> Resolved:
    month, day = month_of(m), int(m.group("day"))
    year = year_of(m) or year_for(month, day, ctx)
    if year is None:
        return None
    d = safe_date(year, month, day)
    return (d, d, "day") if d else None


def _numeric_date(m: re.Match[str], ctx: DateContext) -> Resolved:
    if m.group("iso"):
        y, mo, d = (int(x) for x in m.group("iso").split("-"))
    else:
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    day = safe_date(y, mo, d)
    return (day, day, "day") if day else None


def _day_range(m: re.Match[str], ctx: DateContext) -> Resolved:
    month = month_of(m)
    month2 = month_of(m, "mon2") if m.groupdict().get("mon2") else month
    d1, d2 = int(m.group("day")), int(m.group("day2"))
    if year_of(m):
        year = year_of(m)
        start_year = year - 1 if month2 < month else year
    else:
        # A range is placed by its first day: one under way at publication ("from 20 to 24
        # June ... are being held", published 22 June) is this year's.
        found = year_for(month, d1, ctx)
        if found is None:
            return None
        pub = ctx.published
        if pub is not None and found != pub.year:
            # Under way at publication, a future range is this year's too ("from 23 to 27 October
            # ... will be held", published 24 October).
            first = safe_date(pub.year, month, d1)
            last = safe_date(pub.year + 1 if month2 < month else pub.year, month2, d2)
            if first is not None and last is not None and first <= pub <= last:
                found = pub.year
        start_year = found
        year = start_year + 1 if month2 < month else start_year
    first, last = safe_date(start_year, month, d1), safe_date(year, month2, d2)
    if first is None or last is None or last < first:
        return None
    return first, last, "day"


def _month_year(m: re.Match[str], ctx: DateContext) -> Resolved:
    first, last = month_interval(year_of(m), month_of(m))
    return first, last, "month"


def _month_of_relative_year(m: re.Match[str], ctx: DateContext) -> Resolved:
    """"in January of this year", "in March of last year": the month in the year named."""
    if ctx.published is None:
        return None
    shift = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1}[m.group("which").lower()]
    first, last = month_interval(ctx.published.year + shift, month_of(m))
    return first, last, "month"


def _bare_month(m: re.Match[str], ctx: DateContext) -> Resolved:
    month = month_of(m)
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
    month = month_of(m)
    if m.groupdict().get("year"):
        year: int | None = year_of(m)
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


def _season(m: re.Match[str], ctx: DateContext) -> Resolved:
    name = m.group("season").lower()
    which = (m.group("which") or "").lower()
    if m.groupdict().get("year"):
        year = year_of(m)
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
    y = year_of(m)
    return date(y, 1, 1), date(y, 12, 31), "year"


def _year_range(m: re.Match[str], ctx: DateContext) -> Resolved:
    a, b = int(m.group("year")), int(m.group("year2"))
    return (date(a, 1, 1), date(b, 12, 31), "year") if a <= b else None


# What each pattern cannot match without: cues (see _cues_in) that must all be in the text, so a
# sentence is searched only with the patterns it could satisfy. Every month name and
# abbreviation starts with one of the stems; the weekday patterns need a weekday's name.
_NUMBER = frozenset({"digit"})
_YEAR = frozenset({"year"})
_MONTH = frozenset({"month"})
_MONTH_AND_NUMBER = frozenset({"month", "digit"})
_MONTH_AND_YEAR = frozenset({"month", "year"})
_SEASON = frozenset({"season"})
_WEEKDAY = frozenset({"day"})
_RELATIVE = frozenset({"relative"})
_AGO = frozenset({"ago"})
_ANCHORED = frozenset({"anchored"})
_CUE_WORDS: dict[str, tuple[str, ...]] = {
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "day": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "relative": (
        "today", "yesterday", "night", "tomorrow", "morning", "afternoon", "evening", "week", "month", "year"
    ),
    "ago": ("ago",),
    "anchored": ("day", "morning", "eve"),
}
_ALL_CUES = frozenset({"digit", "year", "month", *_CUE_WORDS})
_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# A month name starts a word in every pattern (after \b, a space or "mid-").
_MONTH_START = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _cues_in(text: str) -> frozenset[str]:
    """The cues present in text (all of them where case-insensitive matching is not plain ASCII)."""
    if not folds_like_ascii(text):
        return _ALL_CUES
    lowered = text.lower()
    found = {cue for cue, words in _CUE_WORDS.items() if any(map(lowered.__contains__, words))}
    if _DIGIT.search(text):
        found.add("digit")
        if _YEAR_DIGITS.search(text):
            found.add("year")
    if _MONTH_START.search(lowered):
        found.add("month")
    return frozenset(found)


_PATTERNS: list[tuple[re.Pattern[str], Handler, frozenset[str]]] = [
    (
        re.compile(rf"\b(?:between\s+|from\s+)?{MON}\s+{DAY}{DASH}{MON2}\s+{DAY2}(?:,?\s+{YEAR})?\b", re.I),
        _day_range,
        _MONTH_AND_NUMBER,
    ),
    (
        re.compile(rf"\b(?:between\s+|from\s+)?{MON}\s+{DAY}{DASH}{DAY2}(?:,?\s+{YEAR})?\b", re.I),
        _day_range,
        _MONTH_AND_NUMBER,
    ),
    (
        re.compile(rf"\b(?:between\s+|from\s+)?{DAY}\s+{MON}{DASH}{DAY2}\s+{MON2}(?:,?\s+{YEAR})?\b", re.I),
        _day_range,
        _MONTH_AND_NUMBER,
    ),
    (
        re.compile(
            rf"\b(?:between\s+|from\s+)?(?:the\s+)?{DAY}{DASH}(?:the\s+)?{DAY2}(?:\s+of)?\s+{MON}"
            rf"(?:,?\s+{YEAR})?\b",
            re.I,
        ),
        _day_range,
        _MONTH_AND_NUMBER,
    ),
    (re.compile(rf"\b{MON}\s+{DAY}(?:,\s*|\s+){YEAR}\b", re.I), _day_month_year, _MONTH_AND_YEAR),
    (re.compile(rf"\b{DAY}(?:\s+of)?\s+{MON},?\s+{YEAR}\b", re.I), _day_month_year, _MONTH_AND_YEAR),
    (
        re.compile(
            r"\b(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d))\b"
        ),
        _numeric_date,
        _YEAR,
    ),
    (
        re.compile(
            rf"\b(?P<part>early|mid|late|beginning|start|middle|end)(?:\s*-\s*|\s+|\s+of\s+)"
            rf"{MON}(?:,?\s+(?:of\s+)?{YEAR})?\b",
            re.I,
        ),
        _part_of_month,
        _MONTH,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<part>beginning|start|middle|end)\s+of\s+{MON}(?:,?\s+{YEAR})?\b", re.I
        ),
        _part_of_month,
        _MONTH,
    ),
    (
        re.compile(rf"\b{MON}\s+{DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)", re.I),
        _day_month_year,
        _MONTH_AND_NUMBER,
    ),
    (
        re.compile(rf"\b{DAY}(?:\s+of)?\s+{MON}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I),
        _day_month_year,
        _MONTH_AND_NUMBER,
    ),
    (re.compile(rf"\b{MON}(?:\s+of)?,?\s+{YEAR}\b", re.I), _month_year, _MONTH_AND_YEAR),
    (
        re.compile(rf"\b{MON}\s+of\s+(?:the\s+)?(?P<which>this|last|previous|past|next)\s+year\b", re.I),
        _month_of_relative_year,
        _MONTH,
    ),
    (
        re.compile(
            r"\b(?:(?P<which>last|this|next|past)\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
            rf"(?:\s+(?:of\s+)?{YEAR})?\b",
            re.I,
        ),
        _season,
        _SEASON,
    ),
    (
        re.compile(
            r"\b(?:in|during|since|by|before|after|of|until|throughout|from|early|late|mid-?|the|"
            rf"end of|beginning of)\s+{YEAR}\b(?![-/.]\d)",
            re.I,
        ),
        _year,
        _YEAR,
    ),
    (
        re.compile(
            rf"\b{YEAR}(?=\s+(?:attacks?|bombings?|riots?|unrest|violence|clashes|events|protests?|"
            r"uprising|massacre|plot))",
            re.I,
        ),
        _year,
        _YEAR,
    ),
    (
        re.compile(
            r"\b(?:on\s+|(?P<which>last|this|next|past)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday)\b",
            re.I,
        ),
        resolve_weekday,
        _WEEKDAY,
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
        resolve_relative_word,
        _RELATIVE,
    ),
    (
        re.compile(rf"\b(?:in|between|from)\s+{YEAR}\s+(?:and|to|-|–)\s+(?P<year2>(?:19|20)\d\d)\b", re.I),
        _year_range,
        _YEAR,
    ),
    (re.compile(rf"\bsince\s+{MON}\b(?!\s+\d)", re.I), resolve_since_month, _MONTH),
    (
        re.compile(
            r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+and\s+"
            r"(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
        resolve_weekday_pair,
        _WEEKDAY,
    ),
    (
        re.compile(
            r"\b(?:from\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
            r"(?:to|through|until|till)\s+(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.I,
        ),
        resolve_weekday_range,
        _WEEKDAY,
    ),
    (re.compile(rf"\b{NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I), resolve_ago, _AGO),
    (
        re.compile(
            # "the day before", "the next day" are resolved with the offsets (relative_dates.resolve_offsets).
            r"\b(?:the\s+(?:following|next|previous)\s+days|"
            r"the\s+(?:next|following)\s+(?:morning|evening)|the\s+eve)\b",
            re.I,
        ),
        resolve_anchored,
        _ANCHORED,
    ),
    (
        re.compile(
            rf"\b(?:in|during|since|by|until|from|throughout|of|early|late|mid-?|the\s+end\s+of|"
            rf"the\s+beginning\s+of)\s+{MON}\b(?!\s+\d)",
            re.I,
        ),
        _bare_month,
        _MONTH,
    ),
]
# Every pattern opens on "\b" and a letter or digit: searched only where words start.
_PATTERNS = [(at_word_starts(pattern), handler, needs) for pattern, handler, needs in _PATTERNS]

_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|confirmed|reports|wrote|published|denied|denies|"
    r"insisted|"
    # "reports that in January ...": a date after "that" belongs to what is reported.
    r"according\s+to\s+\w+)(?:\s+(?!that\b)\w+){0,2}?\s*(?:on\s+)?$",
    re.I,
)
# "The ministry on Monday denied reports that ...": a date standing between a subject and its
# reporting verb dates the report, as "said on Monday" does (no comma: "attacked on Monday, said
# police" dates the attack).
_REPORT_AFTER = re.compile(
    r"\s+(?:also\s+|again\s+|publicly\s+|formally\s+|officially\s+)?"
    r"(?:said|told|announced|stated|confirmed|denied|insisted|claimed|reported)\b",
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
    cues = _cues_in(text)
    for pattern, handler, needs in _PATTERNS:
        if not needs <= cues:
            continue
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
                bool(_REPORT_BEFORE.search(lead)) or bool(_REPORT_AFTER.match(text, end)),
            )
        )
    found.sort(key=lambda d: d.start)
    return resolve_offsets(text, found, ctx)


def has_date_cue(text: str) -> bool:
    """Cheap test used to skip the full search on sentences that cannot hold a date."""
    if not folds_like_ascii(text):
        return bool(_CUE.search(text))
    # The same test as _CUE, as substring tests on the lower-cased text (one regex search over
    # that many alternatives tries each of them at every character).
    lowered = text.lower()
    return (
        _DIGIT.search(text) is not None
        or any(map(lowered.__contains__, _CUE_SUBSTRINGS))
        or _CUE_AT_WORD_END.search(lowered) is not None
    )


_CUE = re.compile(
    r"\d|day\b|night|week|month|year|today|yesterday|tomorrow|tonight|overnight|morning|afternoon|evening|"
    r"spring|summer|autumn|fall|"
    r"winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|eve\b",
    re.I,
)
_CUE_SUBSTRINGS = (
    "night", "week", "month", "year", "today", "yesterday", "tomorrow", "morning", "afternoon", "evening",
    "spring", "summer", "autumn", "fall", "winter",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_CUE_AT_WORD_END = re.compile(r"(?:day|eve)\b")
