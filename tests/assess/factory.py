"""Small builders of documents, mentions and an outlet registry for the assess tests."""

from __future__ import annotations

from datetime import date, datetime

from assay.config import CaseConfig
from assay.model import (
    Count,
    CountKind,
    DatePrecision,
    Document,
    Mention,
    Modality,
    Outlet,
    Place,
    Span,
    TimeSpan,
)


class Registry:
    """A dict-backed registry with the lookup the assess stage uses (assay.outlets has the real one)."""

    def __init__(self, *outlets: Outlet) -> None:
        self.outlets = {o.key: o for o in outlets}

    def get(self, key: str) -> Outlet | None:
        """The outlet under a key, or None."""
        return self.outlets.get(key)


BBC = Outlet(
    "bbc", "BBC News", ("bbc.com",), "GB", "international public broadcaster", "B", "Public broadcaster."
)
ALJ = Outlet("aljazeera", "Al Jazeera", ("aljazeera.com",), "QA", "state-affiliated", "B", "Qatari-funded.")
KAZINFORM = Outlet("kazinform", "Kazinform", ("inform.kz",), "KZ", "state-owned", "C", "State news agency.")
TENGRI = Outlet(
    "tengrinews", "Tengrinews", ("tengrinews.kz",), "KZ", "independent", "C", "Private news site."
)
REUTERS = Outlet("reuters", "Reuters", ("reuters.com",), "GB", "wire", "A", "International wire.")
REGISTRY = Registry(BBC, ALJ, KAZINFORM, TENGRI, REUTERS)

AKTOBE = Place("Aktobe", "KZ", "city", 610611, "P", "Aktobe Region", "AKT", 50.28, 57.17)
AKTOBE_REGION = Place("Aktobe Region", "KZ", "admin1", None, "A", "Aktobe Region", "AKT")
ALMATY = Place("Almaty", "KZ", "city", 1526384, "P", "Almaty", "ALA", 43.25, 76.95)
OSH = Place("Osh", "KG", "city", 1527534, "P", "Osh", "GO", 40.53, 72.80)


def document(
    doc_id: int, outlet: Outlet, published: date, text: str = "", group: int | None = None
) -> Document:
    """A stored document from an outlet on a day."""
    return Document(
        doc_id,
        f"h{doc_id}",
        f"Report {doc_id}",
        text or "Gunmen attacked.",
        outlet.key,
        outlet.name,
        published_at=datetime(published.year, published.month, published.day, 12),
        syndication_group=group,
    )


def mention(
    mention_id: int,
    doc_id: int,
    event_type: str,
    day: date | None,
    place: Place | None,
    *,
    precision: DatePrecision = "day",
    counts: tuple[tuple[CountKind, int], ...] = (),
    modality: Modality = "asserted",
    end: date | None = None,
) -> Mention:
    """A mention of one event in one document."""
    span = Span(0, 5, "event")
    return Mention(
        mention_id,
        doc_id,
        event_type,
        span,
        span,
        TimeSpan(day, end or day, precision if day else "none"),
        place,
        counts=tuple(Count(kind, value) for kind, value in counts),
        modality=modality,
    )


def case(**extra: object) -> CaseConfig:
    """A validated case config with two windows and optional extras (hypotheses, ratings, ...)."""
    raw: dict[str, object] = {
        "case": {
            "name": "test-case",
            "question": "Is violence rising in Central Asia?",
            "countries": ["KZ", "KG"],
            "from": date(2014, 1, 1),
            "to": date(2016, 12, 31),
        },
        "windows": {
            "baseline": {"from": date(2014, 1, 1), "to": date(2015, 12, 31)},
            "recent": {"from": date(2016, 1, 1), "to": date(2016, 12, 31)},
        },
    }
    raw.update(extra)
    return CaseConfig.model_validate(raw)
