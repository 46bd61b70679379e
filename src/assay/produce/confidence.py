"""The confidence sentence of a key judgment: its level and its two or three main reasons in prose."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assay.produce.phrasing import is_plain, join_items, join_list, strip_stop
from assay.produce.values import dates_in_words, number_words

MAX_FOR = 2
MAX_AGAINST = 1
_SIGNS = {"+": 1, "−": -1, "-": -1, "·": 0}
_REASON = re.compile(r"^\s*(?P<sign>[+−·-])\s*(?:(?P<factor>[^:]{1,40}):\s*)?(?P<detail>.+?)\s*$")
# "score +1 → moderate" lines record how assess added the reasons up; they are not a reason.
_BOOKKEEPING = re.compile(r"^\s*[+−·-]?\s*score\b", re.IGNORECASE)
_SINGULAR = {"carry": "carries", "rest": "rests", "are": "is", "have": "has", "come": "comes"}
_SHARE = re.compile(r"\b(\d+(?:\.\d+)?) of (\d+(?:\.\d+)?)\b")
# assess's sensitivity assumption: "item T-attack is read correctly, since without any one of them …".
_SENSITIVE = re.compile(r"^items? (?P<keys>.+?) (?:is|are) read correctly\b")


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


def _merge_places(names: list[str]) -> list[str]:
    """'the arrests in Kyrgyzstan', 'the arrests in Tajikistan' → 'the arrests in Kyrgyzstan and
    Tajikistan' (in the place of the first)."""
    merged: list[str] = []
    places: dict[str, list[str]] = {}
    for name in names:
        head, sep, place = name.rpartition(" in ")
        if sep and place and " " not in place.replace("the ", "", 1):
            if head not in places:
                places[head] = []
                merged.append(head)
            places[head].append(place)
        else:
            merged.append(name)
    return [f"{n} in {join_list(places[n])}" if n in places else n for n in merged]


def _sensitivity_clause(keys: list[str], name_item: Callable[[str], str]) -> str:
    """The lead hanging on a few ACH items, named as a reader knows them."""
    named = _merge_places([name_item(k) for k in keys])
    if len(named) > 1 and any("," in n for n in named):
        # Names with commas of their own are set apart by semicolons, inside brackets.
        return (
            f"the ranking of the explanations hinges on our reading of {number_words(len(named))} items "
            f"({join_items(named)}), without any one of which another would lead"
        )
    names = join_list(named)
    if len(keys) == 1:
        return (
            f"the ranking of the explanations hinges on our reading of {names}, "
            "without which another would lead"
        )
    return (
        f"the ranking of the explanations hinges on our reading of {names}; "
        "without any one of them another would lead"
    )


def _clause(reason: Reason, name_item: Callable[[str], str]) -> str:
    """A reason as a clause that reads inside a sentence."""
    # 'from … to …' marks a period for readers and for auditors that check cited dates alike.
    detail = dates_in_words(reason.detail, "from")
    factor = reason.factor
    sensitive = _SENSITIVE.match(detail)
    if factor == "assumptions" and sensitive:
        return _sensitivity_clause([k.strip() for k in sensitive.group("keys").split(",")], name_item)
    median = re.fullmatch(r"median (\S+) per event", detail)
    if factor == "independent origins" and median:
        typical = _count_words(median.group(1))
        noun = "origin" if typical == "one" else "origins"
        return f"the typical event rests on {typical} independent {noun} of reporting"
    if factor == "volume" and re.fullmatch(r"\d+ events?", detail):
        count = int(detail.split()[0])
        noun = "event" if count == 1 else "events"
        verb = "bears" if count == 1 else "bear"
        return f"{'only ' if reason.sign < 0 else ''}{number_words(count)} {noun} {verb} on it"
    if factor == "assumptions" and not re.match(r"\d", detail):
        return f"the judgment assumes {detail}"
    if factor == "exposure":
        return f"rates are measured against {detail.split(';')[0].strip()}"
    detail = re.sub(r"^(\d+ of \d+ \w+) (confirmed|reported|graded|rated|dated)\b", r"\1 are \2", detail)
    # 'one of two events carries', not 'carry'.
    detail = re.sub(
        r"^(1 of \d+ \w+) (carry|rest|are|have|come)\b",
        lambda m: f"{m.group(1)} {_SINGULAR[m.group(2)]}",
        detail,
    )
    # Counts in prose are words under ten, like the rest of the brief: 'four of six events'.
    detail = _SHARE.sub(lambda m: f"{_count_words(m.group(1))} of {_count_words(m.group(2))}", detail)
    return detail[0].lower() + detail[1:] if detail[:2].istitle() and not detail[:2].isupper() else detail


def _count_words(figure: str) -> str:
    return number_words(int(figure)) if figure.isdigit() else figure


def _repeats_total(reason: Reason, others: list[Reason]) -> bool:
    """Whether a bare event count only repeats the total another reason states ('48 of 96 events')."""
    count = re.fullmatch(r"(\d+) events?", reason.detail.strip())
    if count is None:
        return False
    total = count.group(1)
    return any(found.group(2) == total for other in others for found in _SHARE.finditer(other.detail))


def _plain_key(key: str) -> str:
    return f"item {key} of the matrix in Appendix B"


def confidence_text(
    level: str, reasons: tuple[str, ...], name_item: Callable[[str], str] = _plain_key
) -> str:
    """'We have moderate confidence in this judgment: A and B, but C' (strongest reasons first)."""
    parsed = [r for r in parse_reasons(reasons) if is_plain(r.detail)]
    pro = sorted((r for r in parsed if r.sign > 0), key=lambda r: -r.strength)
    # A bare count beside '48 of 96 events …' says the same thing twice.
    pro = [r for r in pro if not (r.factor == "volume" and _repeats_total(r, pro))]
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
        return f"{opening}: {join_list([_clause(r, name_item) for r in neutral])}"
    first = join_list([_clause(r, name_item) for r in pro])
    second = join_list([_clause(r, name_item) for r in con])
    if first and second:
        joiner = "although" if level == "low" else "but"
        return f"{opening}: {first}, {joiner} {second}"
    return f"{opening}: {first or second}"
