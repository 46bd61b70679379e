"""Run the rule registry over one brief and collect findings, scores and the parsed-structure summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The rule modules register themselves on import.
from assay.audit import crosscheck, reasoning, sourcing, uncertainty  # noqa: F401
from assay.audit.readers import read_blocks
from assay.audit.registry import RULES, AuditContext, ordered_rules
from assay.audit.scoring import score_findings
from assay.audit.structure import parse_brief
from assay.config import AuditSettings
from assay.errors import unknown_name
from assay.model import Document, Finding
from assay.standards import get_standard

if TYPE_CHECKING:
    from assay.outlets import OutletRegistry


@dataclass(slots=True)
class AuditReport:
    """Everything one audit of one brief found."""

    path: str
    standard: str
    findings: list[Finding] = field(default_factory=list)
    scores: dict[str, int | None] = field(default_factory=dict)
    structure: dict[str, Any] = field(default_factory=dict)

    def count(self, severity: str) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {
            "path": self.path,
            "standard": self.standard,
            "scores": self.scores,
            "structure": self.structure,
            "findings": [asdict(f) for f in self.findings],
        }


def rule_names() -> tuple[str, ...]:
    """Ids of every registered rule, in registry order."""
    return tuple(r.id for r in ordered_rules())


def _default_outlets() -> OutletRegistry | None:
    """The shipped outlet registry, or None while it is unavailable (S6 then counts names only)."""
    try:
        from assay.outlets import load_registry
    except ImportError:
        return None
    return load_registry()


def audit_file(
    path: Path,
    *,
    standard: str = "icd203",
    documents: Sequence[Document] = (),
    outlets: OutletRegistry | None = None,
    settings: AuditSettings | None = None,
) -> AuditReport:
    """Audit one brief against the chosen estimative standard and every enabled rule."""
    settings = settings or AuditSettings()
    for rule_id in (*settings.disable, *settings.severity):
        if rule_id.upper() not in RULES:
            raise unknown_name("audit rule", rule_id, list(RULES))
    scale = get_standard(standard)
    brief = parse_brief(read_blocks(Path(path)), str(path))
    context = AuditContext(brief, scale, documents, outlets if outlets is not None else _default_outlets())
    disabled = {r.upper() for r in settings.disable}
    levels = {k.upper(): v for k, v in settings.severity.items()}
    findings: list[Finding] = []
    for rule in ordered_rules():
        if rule.id in disabled:
            continue
        for hit in rule.check(context):
            findings.append(
                Finding(
                    rule.id,
                    rule.standard,
                    levels.get(rule.id, rule.severity),
                    hit.message,
                    hit.suggestion,
                    hit.quote,
                    hit.line,
                    hit.paragraph,
                    str(path),
                )
            )
    return AuditReport(str(path), scale.key, findings, score_findings(findings), brief.summary())
