"""The answer each hypothesis implies to a popular-support question, derived from its statement.

A case question such as "How popular is ISIS in Central Asia?" is answered yes-or-no style by
summing the posterior of the hypotheses that imply broad support against the rest.

Rule: a hypothesis implies "broad" support when its statement asserts that support (or
popularity, sympathy) is rising, growing, increasing, spreading, broad, widespread or mass —
"Popular support for ISIS is rising", "broad support for the group" — and that phrase is not
negated by "rather than", "instead of", "not", "no", "without", "little" or "limited" just
before it ("… rather than broad support at home" implies limited support). Every other
hypothesis implies "limited" support: it explains the evidence without broad support.
When no hypothesis, or every hypothesis, implies broad support the split answers nothing and
the question is judged on the leading hypothesis alone (assess.judgments).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from assay.model import Hypothesis

Answer = Literal["broad", "limited"]
_SUPPORT = r"(?:popular\s+)?(?:support|popularity|sympathy|sympathies|appeal)"
_GROWTH = r"(?:rising|growing|increasing|spreading|broad|widespread|mass|expanding)"
_ASSERTED = (
    re.compile(rf"\b{_GROWTH}\s+{_SUPPORT}\b", re.I),
    re.compile(rf"\b{_SUPPORT}\b[^.;,]{{0,40}}?\b(?:is|are)\s+(?:\w+\s+)?{_GROWTH}\b", re.I),
)
_NEGATION = re.compile(
    r"\b(?:rather\s+than|instead\s+of|not|no|without|little|limited|lack\s+of)\s+(?:\w+\s+){0,2}$", re.I
)
_SUBJECT = (
    re.compile(r"\b(?:support|sympathy)\s+for\s+(?:the\s+)?(?P<s>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"),
    re.compile(r"\bhow\s+popular\s+(?:is|are)\s+(?P<s>.+?)(?:\s+(?:in|across|among)\s+.+)?\?", re.I),
)


def implied_answer(hypothesis: Hypothesis) -> Answer:
    """'broad' when the statement asserts broad or rising support (see the module docstring)."""
    text = hypothesis.statement
    for pattern in _ASSERTED:
        for match in pattern.finditer(text):
            if not _NEGATION.search(text[: match.start()]):
                return "broad"
    return "limited"


def split_answers(hypotheses: Sequence[Hypothesis]) -> dict[str, Answer] | None:
    """Each hypothesis's implied answer, or None when they do not split into both answers."""
    answers = {h.key: implied_answer(h) for h in hypotheses}
    return answers if len(set(answers.values())) == 2 else None


def find_subject(question: str, hypotheses: Sequence[Hypothesis]) -> str:
    """Who the support is for: 'ISIS' from 'support for ISIS …' or 'How popular is ISIS …?'."""
    for text in [h.statement for h in hypotheses] + [question]:
        match = _SUBJECT[0].search(text)
        if match:
            return match.group("s")
    match = _SUBJECT[1].search(question)
    return match.group("s").strip() if match else "the group"
