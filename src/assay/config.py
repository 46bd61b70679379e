"""case.toml: the validated settings of one case (Pydantic lives here, at the edge)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assay.errors import CaseError
from assay.model import Hypothesis, Rating
from assay.standards import standard_names

CASE_FILE = "case.toml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Window(_Strict):
    """A closed date window."""

    start: date = Field(alias="from")
    end: date = Field(alias="to")

    @model_validator(mode="after")
    def _ordered(self) -> Window:
        if self.end < self.start:
            raise ValueError(f"'to' ({self.end}) is before 'from' ({self.start}); swap them")
        return self


class CaseSection(_Strict):
    """The [case] table: what the case asks and where and when it looks."""

    name: str
    question: str
    region: str = ""
    countries: tuple[str, ...] = ()
    start: date | None = Field(default=None, alias="from")
    end: date | None = Field(default=None, alias="to")
    standard: str = "icd203"

    @field_validator("countries")
    @classmethod
    def _iso(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [c for c in value if len(c) != 2 or not c.isalpha()]
        if bad:
            raise ValueError(f"{bad} are not ISO 3166-1 alpha-2 codes (use e.g. 'KZ', 'KG')")
        return tuple(c.upper() for c in value)

    @field_validator("standard")
    @classmethod
    def _standard(cls, value: str) -> str:
        if value.lower() not in standard_names():
            raise ValueError(f"no standard named {value!r}; use one of {', '.join(standard_names())}")
        return value.lower()


class Windows(_Strict):
    """Baseline and recent windows compared by the trend tests."""

    baseline: Window | None = None
    recent: Window | None = None
    exposure: Literal["calendar", "volume"] = "calendar"


class Dedup(_Strict):
    """Near-duplicate detection settings."""

    near_duplicate_threshold: float = Field(default=0.8, gt=0.0, le=1.0)


class HypothesisEntry(_Strict):
    """One [[hypotheses]] entry."""

    key: str
    statement: str
    expectations: tuple[str, ...] = ()


class BriefSettings(_Strict):
    """House-style options for the brief."""

    desk: str = ""
    author: str = ""
    banner: str = ""
    paper: Literal["A4", "Letter"] = "A4"
    template: str = "standard.v1"
    templates_dir: str | None = None


class OutletEntry(BaseModel):
    """A case-level addition or override of an outlet registry entry (checked by the registry)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    key: str


class AuditSettings(_Strict):
    """Per-case audit rule settings: disabled rules and re-levelled severities."""

    disable: tuple[str, ...] = ()
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)


class CaseConfig(_Strict):
    """The whole case.toml."""

    case: CaseSection
    windows: Windows = Windows()
    dedup: Dedup = Dedup()
    hypotheses: tuple[HypothesisEntry, ...] = ()
    ratings: dict[str, dict[str, Rating]] = Field(default_factory=dict)
    brief: BriefSettings = BriefSettings()
    outlets: tuple[OutletEntry, ...] = ()
    audit: AuditSettings = AuditSettings()

    @model_validator(mode="after")
    def _unique_hypotheses(self) -> CaseConfig:
        keys = [h.key for h in self.hypotheses]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"hypothesis keys {dupes} appear more than once; give each a unique key")
        return self

    def hypothesis_models(self) -> tuple[Hypothesis, ...]:
        """The hypotheses as domain objects."""
        return tuple(Hypothesis(h.key, h.statement, h.expectations) for h in self.hypotheses)

    def outlet_overrides(self) -> list[dict[str, Any]]:
        """Outlet entries as plain mappings for the registry."""
        return [o.model_dump() for o in self.outlets]


def _describe(error: ValidationError, path: Path) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "(top level)"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "is required but missing; add it"
        elif item["type"] == "extra_forbidden":
            message = "is not a known key; check its spelling or remove it"
        parts.append(f"{where} {message}")
    return f"{path}: " + "; ".join(parts)


def parse_case(text: str, path: Path) -> CaseConfig:
    """Parse and validate case.toml text; errors name the file, the key and the fix."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(f"{path}: not valid TOML ({exc}); fix the syntax at that line") from None
    try:
        return CaseConfig.model_validate(raw)
    except ValidationError as exc:
        raise CaseError(_describe(exc, path)) from None


def load_case(folder: Path) -> CaseConfig:
    """Read and validate the case.toml in a case folder."""
    path = folder / CASE_FILE
    if not path.is_file():
        raise CaseError(f"{folder}: no {CASE_FILE} here; create the case with `assay init {folder}`")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CaseError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    return parse_case(text, path)


def render_case_toml(
    name: str,
    question: str,
    region: str = "",
    countries: tuple[str, ...] = (),
    start: date | None = None,
    end: date | None = None,
    standard: str = "icd203",
) -> str:
    """Write a fresh case.toml for `assay init`."""
    lines = ["[case]", f"name = {_q(name)}", f"question = {_q(question)}", f"region = {_q(region)}"]
    lines.append("countries = [" + ", ".join(_q(c) for c in countries) + "]")
    if start:
        lines.append(f"from = {start.isoformat()}")
    if end:
        lines.append(f"to = {end.isoformat()}")
    lines += [
        f"standard = {_q(standard)}",
        "",
        "[windows]",
        'exposure = "calendar"',
        "",
        "[dedup]",
        "near_duplicate_threshold = 0.8",
        "",
        "[brief]",
        'desk = ""',
        'author = ""',
        'banner = ""',
        'paper = "A4"',
        'template = "standard.v1"',
        "",
        "# [[hypotheses]]",
        '# key = "H1"',
        '# statement = "..."',
        '# expectations = ["attack rate rises"]',
        "",
    ]
    return "\n".join(lines)


def _q(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
