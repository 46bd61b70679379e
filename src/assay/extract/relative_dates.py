"""Relative date resolvers: weekdays, "yesterday" and "last week", "ago", anchored days and day offsets."""

from __future__ import annotations

import re
from datetime import date, timedelta

from assay.extract.date_vocabulary import (
    NUM,
    SMALL_NUMBERS,
    WEEKDAYS,
    DateContext,
    DateMatch,
    Resolved,
    month_interval,
    month_of,
)
from assay.extract.nlp import may_contain


def resolve_weekday(m: re.Match[str], ctx: DateContext) -> Resolved:
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


def resolve_relative_word(m: re.Match[str], ctx: DateContext) -> Resolved:
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


def resolve_since_month(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.published is None or month_of(m) > ctx.published.month:
        return None
    pub = ctx.published
    return date(pub.year, 1, 1), max(date(pub.year, 1, 1), pub - timedelta(days=1)), "year"


def resolve_weekday_pair(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.published is None or ctx.is_future:
        return None
    pub = ctx.published
    days = []
    for group in ("wd", "wd2"):
        back = (pub.weekday() - WEEKDAYS.index(m.group(group).lower())) % 7
        days.append(pub - timedelta(days=back))
    first, last = min(days), max(days)
    return (first, last, "day") if (last - first).days <= 6 else None


def resolve_weekday_range(m: re.Match[str], ctx: DateContext) -> Resolved:
    """ "from Wednesday to Friday": the last Wednesday on or before publication to the Friday after it."""
    if ctx.published is None or ctx.is_future:
        return None
    pub = ctx.published
    first_day = WEEKDAYS.index(m.group("wd").lower())
    first = pub - timedelta(days=(pub.weekday() - first_day) % 7)
    last = first + timedelta(days=(WEEKDAYS.index(m.group("wd2").lower()) - first_day) % 7)
    return first, min(last, pub), "day"


def resolve_ago(m: re.Match[str], ctx: DateContext) -> Resolved:
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


def resolve_anchored(m: re.Match[str], ctx: DateContext) -> Resolved:
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    if "days" in phrase:
        return None
    # "the eve" is the day before; "the next morning", "the following evening" the day after.
    d = a - timedelta(days=1) if phrase == "the eve" else a + timedelta(days=1)
    return d, d, "day"


_OFFSET = re.compile(rf"\b{NUM}\s+days?\s+(?P<dir>after|before|earlier|later)\b", re.I)


def resolve_offsets(text: str, found: list[DateMatch], ctx: DateContext) -> list[DateMatch]:
    """Resolve "a day after ..." / "two days before ..." against the nearest earlier day (else the anchor)."""
    out = list(found)
    if not may_contain(text, ("day",)):  # every offset names its days; most sentences name none
        return sorted(out, key=lambda d: d.start)
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
    # "the day before", "the next day": a day from the day the sentence has just named ("declared
    # mourning on Sunday after a bomb exploded the day before"), else from the last event
    # sentence's day (the anchor).
    for m in _NEXT_OR_PREVIOUS.finditer(text):
        if any(m.start() < d.end and d.start < m.end() for d in out):
            continue
        earlier = [d for d in out if d.end <= m.start() and d.precision == "day" and d.first == d.last]
        base = earlier[-1].first if earlier else ctx.anchor
        if base is None:
            continue
        step = -1 if (m.group("dir") or m.group("dir2") or "").lower() in ("before", "previous") else 1
        d = base + timedelta(days=step)
        out.append(DateMatch(m.start(), m.end(), m.group(0), d, d, "day"))
    return sorted(out, key=lambda d: d.start)


_NEXT_OR_PREVIOUS = re.compile(
    r"\bthe\s+(?:day\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))|(?P<dir2>previous|next|following)\s+day)\b",
    re.I,
)
