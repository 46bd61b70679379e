"""Which reporter speaks for which event of a sentence told in semicolon-separated clauses.

"Police said the gunman had been radicalised; prosecutors charged him" attributes only the first
clause; a closing attribution (", prosecutors said.") or a claim of responsibility after the last
semicolon speaks for the whole sentence.
"""

from __future__ import annotations

import re

_FINAL_REPORT = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:said|says|reported|announced|stated|added|confirmed)\b[^;]{0,20}$", re.I
)
# A claim of responsibility attributes the attack to its claimant (README: it sets reported_by).
_CLAIM = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,4}?claimed\s+(?:responsibility|credit|the\s+(?:attack|attacks|bombing|blast|killing))\b",
    re.I,
)


def governs(reporter_start: int, reporter_end: int, trigger_start: int, text: str, sent_end: int) -> bool:
    """True when the reporter at [reporter_start, reporter_end) of `text` speaks for the trigger:
    the same semicolon clause, or a closing attribution or claim after the sentence's last semicolon."""
    if ";" not in text[min(reporter_start, trigger_start) : max(reporter_end, trigger_start)]:
        return True
    if ";" in text[reporter_end:sent_end]:
        return False
    return (
        _FINAL_REPORT.match(text, reporter_end, sent_end) is not None
        or _CLAIM.match(text, reporter_end, sent_end) is not None
    )
