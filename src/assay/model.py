"""The domain vocabulary every stage shares: frozen, slotted dataclasses and no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

# ---------------------------------------------------------------------------
# Sources and documents (collect)
# ---------------------------------------------------------------------------

Ownership = Literal[
    "state-owned",
    "state-affiliated",
    "independent",
    "international public broadcaster",
    "wire",
    "government primary",
    "ngo/academic",
    "unknown",
]
Reliability = Literal["A", "B", "C", "D", "E", "F"]


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publisher of reporting, normalised across its domains, with its default Admiralty grade."""

    key: str
    name: str
    domains: tuple[str, ...] = ()
    country: str = ""
    ownership: Ownership = "unknown"
    reliability: Reliability = "F"
    rationale: str = "No track record in the outlet registry; reliability cannot be judged."


DocumentKind = Literal["article", "feed-summary", "table-row", "report"]


@dataclass(frozen=True, slots=True)
class Document:
    """One collected piece of reporting, as stored (id is 0 until stored)."""

    id: int
    content_hash: str
    title: str
    text: str
    outlet_key: str
    outlet_name: str
    kind: DocumentKind = "article"
    url: str | None = None
    canonical_url: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    retrieved_at: datetime | None = None
    language: str = "en"
    origin: str = ""
    syndication_group: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text search result with its rank and a highlighted snippet."""

    document_id: int
    title: str
    outlet_name: str
    published_at: datetime | None
    score: float
    snippet: str


# ---------------------------------------------------------------------------
# Mentions (extract)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) in a document's text, with the text it covers."""

    start: int
    end: int
    text: str


DatePrecision = Literal["day", "week", "month", "season", "year", "none"]


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """When something happened: an interval of days (inclusive) and how precise it is."""

    start: date | None
    end: date | None
    precision: DatePrecision = "none"
    span: Span | None = None

    @property
    def is_dated(self) -> bool:
        """True when the mention carries a date at all."""
        return self.start is not None


PlacePrecision = Literal["point", "city", "admin2", "admin1", "country", "region"]


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved location from the gazetteer."""

    name: str
    country_code: str
    precision: PlacePrecision
    geonames_id: int | None = None
    feature_class: str = ""
    admin1_name: str = ""
    admin1_code: str = ""
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None


ActorRole = Literal["perpetrator", "target", "reporter", "other"]


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor from the actor dictionary in a role within one mention."""

    key: str
    name: str
    actor_type: str
    role: ActorRole
    span: Span | None = None


CountKind = Literal[
    "killed", "injured", "arrested", "attackers_killed", "groups", "individuals", "convicted",
    "fighters",
]
CountQualifier = Literal["exact", "at_least", "at_most", "approximately", "vague"]


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people or things an event affected, with its qualifier."""

    kind: CountKind
    value: int
    qualifier: CountQualifier = "exact"
    span: Span | None = None


Modality = Literal["asserted", "reported", "planned", "denied", "hypothetical"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One event as one sentence of one document reports it (id is 0 until stored)."""

    id: int
    document_id: int
    event_type: str
    trigger: Span
    sentence: Span
    date: TimeSpan
    place: Place | None
    actors: tuple[Actor, ...] = ()
    counts: tuple[Count, ...] = ()
    modality: Modality = "asserted"
    reported_by: str | None = None
    extractor: str = "rules.v1"


# ---------------------------------------------------------------------------
# Assessment (assess)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceGrade:
    """An outlet's Admiralty reliability as applied in this case, with why."""

    outlet_key: str
    outlet_name: str
    reliability: Reliability
    ownership: Ownership
    country: str
    rationale: str
    documents: int = 0


@dataclass(frozen=True, slots=True)
class Origin:
    """One independent origin of reporting: a syndication group or one wire/agency release."""

    key: str
    outlet_keys: tuple[str, ...]
    document_ids: tuple[int, ...]
    is_state_affiliated: bool
    is_domestic: bool
    best_reliability: Reliability


@dataclass(frozen=True, slots=True)
class CountClaim:
    """One source's value for one count of an event."""

    kind: CountKind
    value: int
    qualifier: CountQualifier
    document_id: int
    mention_id: int


@dataclass(frozen=True, slots=True)
class Event:
    """A real-world event fused from the mentions of every document that reports it."""

    id: str
    event_type: str
    date: TimeSpan
    place: Place | None
    mention_ids: tuple[int, ...]
    document_ids: tuple[int, ...]
    counts: tuple[Count, ...] = ()
    count_claims: tuple[CountClaim, ...] = ()
    count_summary: str = ""
    actors: tuple[Actor, ...] = ()
    modality: Modality = "asserted"
    origins: tuple[Origin, ...] = ()
    credibility: int = 6
    credibility_reason: str = ""
    summary: str = ""
    # The case country the event bears on: its place's country, or, for travel or propaganda
    # abroad, the case country its reports tie it to ("" when not scoped).
    case_country: str = ""


@dataclass(frozen=True, slots=True)
class RateChange:
    """A Gamma-Poisson comparison of a recent window's event rate with a baseline window."""

    label: str
    event_types: tuple[str, ...]
    baseline_count: int
    recent_count: int
    baseline_exposure: float
    recent_exposure: float
    exposure: Literal["calendar", "volume"]
    ratio_median: float
    ratio_low: float
    ratio_high: float
    p_increase: float
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PeriodCount:
    """Events counted in one period (and optionally one type / country / admin1)."""

    period: str
    count: int
    event_type: str = ""
    country_code: str = ""
    admin1_code: str = ""


class Rating(StrEnum):
    """An ACH rating of one evidence item against one hypothesis."""

    CC = "CC"
    C = "C"
    N = "N"
    I = "I"  # noqa: E741 - the ACH literature's own symbol
    II = "II"
    NA = "NA"


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """A competing explanation from case.toml with the observable expectations it implies."""

    key: str
    statement: str
    expectations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """An ACH evidence item, its weights, its ratings per hypothesis and where each came from."""

    key: str
    description: str
    kind: Literal["event", "trend", "note"]
    credibility: Literal["low", "medium", "high"] = "medium"
    relevance: Literal["low", "medium", "high"] = "medium"
    ratings: dict[str, Rating] = field(default_factory=dict)
    rating_reasons: dict[str, str] = field(default_factory=dict)
    rating_sources: dict[str, Literal["analyst", "suggested"]] = field(default_factory=dict)
    event_ids: tuple[str, ...] = ()
    document_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class HypothesisScore:
    """One hypothesis's scores across the evidence matrix."""

    key: str
    inconsistency: float
    weighted_inconsistency: float
    posterior: float
    rank: int


@dataclass(frozen=True, slots=True)
class AchResult:
    """The scored ACH matrix: per-hypothesis scores, diagnosticity and sensitivity."""

    hypotheses: tuple[Hypothesis, ...]
    evidence: tuple[Evidence, ...]
    scores: tuple[HypothesisScore, ...]
    diagnosticity: dict[str, float] = field(default_factory=dict)
    sensitive_items: tuple[str, ...] = ()
    prior: dict[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    posterior_sensitive_items: tuple[str, ...] = ()


ConfidenceLevel = Literal["low", "moderate", "high"]


@dataclass(frozen=True, slots=True)
class Judgment:
    """A key judgment: a number first, its standard's words and band, and a separately earned confidence."""

    id: str
    statement: str
    probability: float
    standard: str
    term: str
    band: tuple[int, int]
    confidence: ConfidenceLevel
    confidence_reasons: tuple[str, ...]
    time_frame: str
    resolution: str
    indicators_up: tuple[str, ...] = ()
    indicators_down: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()
    document_ids: tuple[int, ...] = ()
    hypothesis_key: str | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    """Everything the assess stage concludes for a case, with the reasons behind it."""

    case_name: str
    generated_at: datetime
    source_grades: tuple[SourceGrade, ...]
    origins: tuple[Origin, ...]
    events: tuple[Event, ...]
    period_counts: tuple[PeriodCount, ...]
    rate_changes: tuple[RateChange, ...]
    ach: AchResult | None
    judgments: tuple[Judgment, ...]
    figures: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReliabilityBin:
    """One bin of a reliability diagram: forecasts in [low, high) and how often they came true."""

    low: float
    high: float
    count: int
    mean_forecast: float
    observed_rate: float


@dataclass(frozen=True, slots=True)
class CalibrationReport:
    """How well resolved judgments were calibrated: proper scores, reliability bins, sharpness."""

    count: int
    brier: float
    log_score: float
    base_rate: float
    sharpness: float
    reliability: float
    resolution: float
    uncertainty: float
    bins: tuple[ReliabilityBin, ...]
    figures: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# Brief (produce)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Citation:
    """An author-date citation key ("Kazinform 2016a") resolved to the document it stands for."""

    key: str
    document_id: int


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of the reference list, Harvard style."""

    key: str
    document_id: int
    author: str
    year: str
    title: str
    outlet: str
    published: str
    url: str
    accessed: str
    text: str


@dataclass(frozen=True, slots=True)
class Support:
    """A number or date in a sentence and the document spans that support it."""

    value: str
    document_id: int
    span: Span
    kind: Literal["span", "derived", "config", "standard", "judgment"] = "span"
    inputs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a brief with the citations and spans behind it."""

    text: str
    citations: tuple[Citation, ...] = ()
    supports: tuple[Support, ...] = ()
    is_factual: bool = False
    id: str = ""
    role: str = ""
    group: str = ""
    tags: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of sentences."""

    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """A titled section of a brief."""

    key: str
    title: str
    paragraphs: tuple[Paragraph, ...] = ()
    bullets: tuple[Sentence, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A numbered figure with its caption and image files."""

    number: int
    key: str
    caption: str
    svg_path: str
    png_path: str


@dataclass(frozen=True, slots=True)
class Table:
    """A simple table for appendices."""

    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Brief:
    """The assessment brief as one model that every renderer draws."""

    title: str
    question: str
    desk: str
    author: str
    cutoff: str
    banner: str
    standard: str
    key_judgments: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    figures: tuple[Figure, ...]
    references: tuple[Reference, ...]
    appendices: tuple[Table, ...]
    generated_at: str = ""


# ---------------------------------------------------------------------------
# Audit
# ---------------------------------------------------------------------------

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One audit finding: which rule, where, what was wrong and what to do instead."""

    rule: str
    standard: str
    severity: Severity
    message: str
    suggestion: str
    quote: str = ""
    line: int | None = None
    paragraph: int | None = None
    path: str = ""


# ---------------------------------------------------------------------------
# Runs and problems (status)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One input that could not be processed, kept so `assay status` can report it."""

    stage: str
    source: str
    message: str
    at: datetime


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one `add` call did, input by input."""

    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    problems: tuple[str, ...] = ()
    document_ids: tuple[int, ...] = ()
