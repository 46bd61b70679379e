"""The confidence sentence of a key judgment: its level and its two or three main reasons in prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assay.produce.phrasing import is_plain, join_list, strip_stop
from assay.produce.values import dates_in_words

MAX_FOR = 2
MAX_AGAINST = 1
_SIGNS = {"+": 1, "−": -1, "-": -1, "·": 0}
_REASON = re.compile(r"^\s*(?P<sign>[+−·-])\s*(?:(?P<factor>[^:]{1,40}):\s*)?(?P<detail>.+?)\s*$")
# "score +1 → moderate" lines record how assess added the reasons up; they are not a reason.
_BOOKKEEPING = re.compile(r"^\s*[+−·-]?\s*score\b", re.IGNORECASE)
_SHARE = re.compile(r"\b(\d+(?:\.\d+)?) of (\d+(?:\.\d+)?)\b")


@dataclass(frozen=True, slots=True)
class Reason:
    """One confidence reason from assess: its direction, factor and detail."""

    sign: int
    factor: str
    detail: str

    @property
    def strength(self) -> float:
        """How far the reason pushes its way: the share it states ('9 of 11' → 0.82), else a half."""
        found = _SHARE.search(self.detail)
        if found and float(found.group(2)) > 0:
            share = float(found.group(1)) / float(found.group(2))
            # A weakness is strongest when the bad share is large; a strength when the good share is.
            return share
        return 0.5


def parse_reasons(reasons: tuple[str, ...]) -> list[Reason]:
    """Reasons as '<sign> <factor>: <detail>' parsed; bookkeeping lines and unparseable ones dropped."""
    parsed: list[Reason] = []
    for raw in reasons:
        text = strip_stop(raw)
        if not text or _BOOKKEEPING.match(text):
            continue
        match = _REASON.match(text)
        if match is None:
            # A reason without a sign is a plain statement in favour (older assessments wrote these).
            parsed.append(Reason(1, "", text))
            continue
        factor = (match.group("factor") or "").strip().casefold()
        parsed.append(Reason(_SIGNS[match.group("sign")], factor, match.group("detail").strip()))
    return parsed


def _clause(reason: Reason) -> str:
    """A reason as a clause that reads inside a sentence."""
    # 'from … to …' marks a period for readers and for auditors that check cited dates alike.
    detail = dates_in_words(reason.detail, "from")
    factor = reason.factor
    median = re.fullmatch(r"median (\S+) per event", detail)
    if factor == "independent origins" and median:
        return f"the typical event rests on {median.group(1)} independent origins of reporting"
    if factor == "volume" and re.fullmatch(r"\d+ events?", detail):
        return f"the judgment draws on {detail}"
    if factor == "assumptions" and not re.match(r"\d", detail):
        return f"the judgment assumes {detail}"
    if factor == "exposure":
        return f"rates are measured against {detail.split(';')[0].strip()}"
    detail = re.sub(r"^(\d+ of \d+ \w+) (confirmed|reported|graded|rated|dated)\b", r"\1 are \2", detail)
    return detail[0].lower() + detail[1:] if detail[:2].istitle() and not detail[:2].isupper() else detail


def confidence_text(level: str, reasons: tuple[str, ...]) -> str:
    """'We have moderate confidence in this judgment: A and B, but C' (strongest reasons first)."""
    parsed = [r for r in parse_reasons(reasons) if is_plain(r.detail)]
    pro = sorted((r for r in parsed if r.sign > 0), key=lambda r: -r.strength)
    con = sorted((r for r in parsed if r.sign < 0), key=lambda r: -r.strength)
    opening = f"We have {level} confidence in this judgment"
    if level == "low":
        # Low confidence leads with what holds it down, then what little speaks for it.
        pro, con = con, pro
    pro, con = pro[:MAX_FOR], con[:MAX_AGAINST]
    if not pro and not con:
        neutral = [r for r in parsed if r.sign == 0][:MAX_FOR]
        if not neutral:
            return f"{opening}; the source summary statement sets out the source base it rests on"
        return f"{opening}: {join_list([_clause(r) for r in neutral])}"
    first = join_list([_clause(r) for r in pro])
    second = join_list([_clause(r) for r in con])
    if first and second:
        joiner = "although" if level == "low" else "but"
        return f"{opening}: {first}, {joiner} {second}"
    return f"{opening}: {first or second}"
