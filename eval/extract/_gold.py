"""Helpers for writing the extraction gold set compactly; build_gold.py turns the passages into gold.jsonl.

Every date helper resolves a relative expression against the publication date exactly as the
annotation guidelines in README.md describe, so the resolved dates in gold.jsonl are reproducible.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from pathlib import Path

W, SA, TR, BR, LP, AN, CR = ("wire", "state-agency", "translated-release", "broadcaster",
                             "local-press", "analysis", "court-report")
CA, ME, SAS, EU, AF, CAU, OT = ("central-asia", "middle-east", "south-asia", "europe", "africa",
                                "caucasus", "other")

PASSAGES: list[dict] = []
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _d(s: str) -> date:
    return date.fromisoformat(s)


def day(s: str) -> dict:
    return {"start": s, "end": s, "precision": "day"}


def days(a: str, b: str) -> dict:
    return {"start": a, "end": b, "precision": "day"}


def month(y: int, m: int) -> dict:
    last = calendar.monthrange(y, m)[1]
    return {"start": f"{y:04d}-{m:02d}-01", "end": f"{y:04d}-{m:02d}-{last:02d}", "precision": "month"}


def part(y: int, m: int, which: str) -> dict:
    """early = 1-10, mid = 11-20, late = 21-end of month; precision month."""
    last = calendar.monthrange(y, m)[1]
    a, b = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[which]
    return {"start": f"{y:04d}-{m:02d}-{a:02d}", "end": f"{y:04d}-{m:02d}-{b:02d}", "precision": "month"}


def season(y: int, name: str) -> dict:
    if name == "winter":  # winter of Y = Dec Y-1 .. end Feb Y  (documented in README)
        last = calendar.monthrange(y, 2)[1]
        return {"start": f"{y - 1:04d}-12-01", "end": f"{y:04d}-02-{last:02d}", "precision": "season"}
    a, b = {"spring": ("03-01", "05-31"), "summer": ("06-01", "08-31"), "autumn": ("09-01", "11-30")}[name]
    return {"start": f"{y:04d}-{a}", "end": f"{y:04d}-{b}", "precision": "season"}


def year(y: int) -> dict:
    return {"start": f"{y:04d}-01-01", "end": f"{y:04d}-12-31", "precision": "year"}


def on(pub: str, weekday: str) -> dict:
    """'on Sunday': the most recent such weekday on or before the publication date."""
    p = _d(pub)
    target = _WEEKDAYS.index(weekday.lower())
    back = (p.weekday() - target) % 7
    return day((p - timedelta(days=back)).isoformat())


def ago(pub: str, n: int) -> dict:
    return day((_d(pub) - timedelta(days=n)).isoformat())


def today(pub: str) -> dict:
    return day(pub)


def yesterday(pub: str) -> dict:
    return ago(pub, 1)


def last_month(pub: str) -> dict:
    p = _d(pub)
    y, m = (p.year, p.month - 1) if p.month > 1 else (p.year - 1, 12)
    return month(y, m)


def this_month(pub: str) -> dict:
    p = _d(pub)
    return month(p.year, p.month)


def last_year(pub: str) -> dict:
    return year(_d(pub).year - 1)


def earlier_this_year(pub: str) -> dict:
    p = _d(pub)
    return {"start": f"{p.year:04d}-01-01", "end": (p - timedelta(days=1)).isoformat(), "precision": "year"}


def last_week(pub: str) -> dict:
    """Monday-Sunday of the calendar week before the publication week; precision week."""
    p = _d(pub)
    mon = p - timedelta(days=p.weekday() + 7)
    return {"start": mon.isoformat(), "end": (mon + timedelta(days=6)).isoformat(), "precision": "week"}


def last_weekend(pub: str) -> dict:
    """Saturday-Sunday most recently completed on or before publication; precision week."""
    sun = _d(on(pub, "sunday")["start"])
    return {"start": (sun - timedelta(days=1)).isoformat(), "end": sun.isoformat(), "precision": "week"}


def in_month(pub: str, m: int) -> dict:
    """'in March' (past tense, no year): the most recent such month on or before publication."""
    p = _d(pub)
    y = p.year if m <= p.month else p.year - 1
    return month(y, m)


def pl(name: str, cc: str, admin1: str | None, precision: str, text: str) -> dict:
    d = {"name": name, "country": cc, "precision": precision, "text": text}
    if admin1:
        d["admin1"] = admin1
    return d


def country(name: str, cc: str, text: str | None = None) -> dict:
    return pl(name, cc, None, "country", text or name)


def counts(**kw) -> dict:
    """counts(killed=7, injured=(20, 'at_least'))"""
    out = {}
    for k, v in kw.items():
        value, qual = (v, "exact") if isinstance(v, int) else v
        out[k] = {"value": value, "qualifier": qual}
    return out


def actors(perp=None, target=None, reporter=None, other=None) -> dict:
    out = {}
    for role, v in (("perpetrator", perp), ("target", target), ("reporter", reporter), ("other", other)):
        if v:
            out[role] = [v] if isinstance(v, str) else list(v)
    return out


def ev(type_: str, trigger: str, date=None, place=None, counts=None, actors=None,
       modality: str = "asserted", reported_by: str | None = None) -> dict:
    if reported_by and actors is not None:
        actors.setdefault("reporter", [])
        if reported_by not in actors["reporter"]:
            actors["reporter"].append(reported_by)
    elif reported_by:
        actors = {"reporter": [reported_by]}
    return {"type": type_, "trigger": trigger, "date": date, "place": place, "counts": counts or {},
            "actors": actors or {}, "modality": modality, "reported_by": reported_by}


def P(style: str, region: str, published: str, text: str, events=(), notes: str = "") -> None:
    rec = {"id": f"g{len(PASSAGES) + 1:04d}", "style": style, "region": region, "published": published,
           "text": text, "events": list(events)}
    if notes:
        rec["notes"] = notes
    PASSAGES.append(rec)


def c(name: str, cc: str, admin1: str, text: str | None = None) -> dict:
    """A city, town or village place."""
    return pl(name, cc, admin1, "city", text or name)


def r(name: str, cc: str, admin1: str, text: str | None = None) -> dict:
    """A first-level division place."""
    return pl(name, cc, admin1, "admin1", text or name)


def write_set(out: Path, prefix: str) -> None:
    """Write every passage to `out` as JSON lines, numbered prefix0001... in source order."""
    with out.open("w", encoding="utf-8") as fh:
        for i, rec in enumerate(PASSAGES, 1):
            fh.write(json.dumps({**rec, "id": f"{prefix}{i:04d}"}, ensure_ascii=False) + "\n")
    print(f"wrote {len(PASSAGES)} passages to {out}")


# Frequently used places: (name, country, admin1, precision)
def _mk(name, cc, a1, prec="city"):
    return lambda text=None: pl(name, cc, a1, prec, text or name)


AKTOBE = _mk("Aktobe", "KZ", "KZ-AKT")
AKTOBE_R = _mk("Aktobe Region", "KZ", "KZ-AKT", "admin1")
ALMATY = _mk("Almaty", "KZ", "KZ-ALA")
ALMATY_R = _mk("Almaty Region", "KZ", "KZ-ALM", "admin1")
ASTANA = _mk("Astana", "KZ", "KZ-AST")
ATYRAU = _mk("Atyrau", "KZ", "KZ-ATY")
AKTAU = _mk("Aktau", "KZ", "KZ-MAN")
ZHANAOZEN = _mk("Zhanaozen", "KZ", "KZ-MAN")
MANGYSTAU_R = _mk("Mangystau Region", "KZ", "KZ-MAN", "admin1")
KARAGANDA = _mk("Karaganda", "KZ", "KZ-KAR")
TARAZ = _mk("Taraz", "KZ", "KZ-ZHA")
URALSK = _mk("Oral", "KZ", "KZ-ZAP")
WKO = _mk("West Kazakhstan Region", "KZ", "KZ-ZAP", "admin1")
KYZYLORDA = _mk("Kyzylorda", "KZ", "KZ-KZY")
PAVLODAR = _mk("Pavlodar", "KZ", "KZ-PAV")
KOSTANAY = _mk("Kostanay", "KZ", "KZ-KUS")
OSKEMEN = _mk("Oskemen", "KZ", "KZ-VOS")
TALDYKORGAN = _mk("Taldykorgan", "KZ", "KZ-ALM")
BISHKEK = _mk("Bishkek", "KG", "KG-GB")
OSH = _mk("Osh", "KG", "KG-GO")
OSH_R = _mk("Osh Region", "KG", "KG-O", "admin1")
JALALABAD_KG = _mk("Jalal-Abad", "KG", "KG-J")
BATKEN_R = _mk("Batken Region", "KG", "KG-B", "admin1")
KARAKOL = _mk("Karakol", "KG", "KG-Y")
DUSHANBE = _mk("Dushanbe", "TJ", "TJ-DU")
KULOB = _mk("Kulob", "TJ", "TJ-KT")
KHUJAND = _mk("Khujand", "TJ", "TJ-SU")
SUGHD_R = _mk("Sughd Region", "TJ", "TJ-SU", "admin1")
KHATLON_R = _mk("Khatlon Region", "TJ", "TJ-KT", "admin1")
KHOROG = _mk("Khorugh", "TJ", "TJ-GB")
GBAO = _mk("Gorno-Badakhshan Autonomous Region", "TJ", "TJ-GB", "admin1")
ISFARA = _mk("Isfara", "TJ", "TJ-SU")
BOKHTAR = _mk("Bokhtar", "TJ", "TJ-KT")
TASHKENT = _mk("Tashkent", "UZ", "UZ-TK")
ANDIJAN = _mk("Andijan", "UZ", "UZ-AN")
NAMANGAN = _mk("Namangan", "UZ", "UZ-NG")
FERGANA = _mk("Fergana", "UZ", "UZ-FA")
SAMARKAND = _mk("Samarkand", "UZ", "UZ-SA")
NUKUS = _mk("Nukus", "UZ", "UZ-QR")
TERMEZ = _mk("Termez", "UZ", "UZ-SU")
ASHGABAT = _mk("Ashgabat", "TM", "TM-S")
MARY = _mk("Mary", "TM", "TM-M")
TURKMENABAT = _mk("Turkmenabat", "TM", "TM-L")
