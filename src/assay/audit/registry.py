"""The registry of audit rules: each rule's id, what it checks, why, its standard and severity."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assay.audit.brief import BriefSentence, ParsedBrief
from assay.errors import unknown_name
from assay.model import Document, Severity
from assay.standards import Standard

if TYPE_CHECKING:
    from assay.outlets import OutletRegistry


@dataclass(frozen=True, slots=True)
class Hit:
    """What one rule found at one place, before settings turn it into a Finding."""

    message: str
    suggestion: str
    quote: str = ""
    line: int | None = None
    paragraph: int | None = None

    @classmethod
    def at(cls, sentence: BriefSentence, message: str, suggestion: str, quote: str = "") -> Hit:
        """A hit located at a sentence, quoting the sentence unless a narrower span is given."""
        return cls(message, suggestion, quote or sentence.text, sentence.line, sentence.paragraph)


@dataclass(slots=True)
class AuditContext:
    """What every rule may look at: the parsed brief, the chosen scale, sources and outlets."""

    brief: ParsedBrief
    standard: Standard
    documents: Sequence[Document] = ()
    outlets: OutletRegistry | None = None
    notes: list[str] = field(default_factory=list)


Check = Callable[[AuditContext], Iterator[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One registered audit rule."""

    id: str
    title: str
    standard: str
    severity: Severity
    why: str
    check: Check


RULES: dict[str, Rule] = {}


def rule(rule_id: str, title: str, standard: str, severity: Severity, why: str) -> Callable[[Check], Check]:
    """Register a check under a stable id (U… uncertainty, S… sourcing, R… reasoning, X… cross-check)."""

    def register(check: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"audit rule {rule_id} is registered twice; give the new rule a fresh id")
        RULES[rule_id] = Rule(rule_id, title, standard, severity, why, check)
        return check

    return register


_FAMILY_ORDER = "USRX"


def ordered_rules() -> list[Rule]:
    """Rules in reading order: uncertainty, sourcing, reasoning, cross-check, each by number."""
    return sorted(RULES.values(), key=lambda r: (_FAMILY_ORDER.find(r.id[0]), int(r.id[1:])))


def get_rule(rule_id: str) -> Rule:
    """Look up a rule by id."""
    try:
        return RULES[rule_id.upper()]
    except KeyError:
        raise unknown_name("audit rule", rule_id, list(RULES)) from None
