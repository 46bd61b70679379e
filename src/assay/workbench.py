"""The library API: a Case folder and the stages run on it (collect → extract → assess → brief → audit).

Stages are imported when first used so that `assay status` does not pay for spaCy, Matplotlib or
WeasyPrint.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assay.config import CASE_FILE, CaseConfig, load_case, render_case_toml
from assay.errors import AssessError, CaseError
from assay.model import AddResult, Assessment, Document, Mention, SearchHit
from assay.outlets import OutletRegistry, load_registry
from assay.store import Store, open_store
from assay.store.assessments import latest_assessment, list_judgments, resolve_judgment, save_assessment
from assay.store.database import database_url
from assay.store.documents import list_documents, unextracted_documents
from assay.store.mentions import list_mentions, save_mentions
from assay.store.search import search_documents

if TYPE_CHECKING:
    from assay.audit import AuditReport
    from assay.model import Brief

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Status:
    """What a case holds and what has run on it."""

    name: str
    folder: str
    database: str
    counts: dict[str, int]
    last_runs: dict[str, dict[str, Any]]
    problems: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class ExtractSummary:
    """What one extract run did."""

    documents: int
    mentions: int
    failed: int
    problems: tuple[str, ...]


class Case:
    """One case: its folder, its validated case.toml and its database."""

    def __init__(self, folder: Path, config: CaseConfig, store: Store) -> None:
        self.folder = folder
        self.config = config
        self.store = store
        self._outlets: OutletRegistry | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        folder: Path,
        question: str,
        *,
        region: str = "",
        countries: Sequence[str] = (),
        start: date | None = None,
        end: date | None = None,
        standard: str = "icd203",
        db: str | None = None,
    ) -> Case:
        """Create a case folder with a fresh case.toml and an empty, migrated database."""
        path = folder / CASE_FILE
        if path.exists():
            raise CaseError(f"{path} already exists; open the case instead, or choose another folder")
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(
            render_case_toml(folder.name, question, region, tuple(countries), start, end, standard),
            encoding="utf-8",
        )
        return cls.open(folder, db=db)

    @classmethod
    def open(cls, folder: Path | str, *, db: str | None = None) -> Case:
        """Open an existing case folder (migrating its database if needed)."""
        folder = Path(folder)
        config = load_case(folder)
        return cls(folder, config, open_store(database_url(folder, db)))

    @classmethod
    def copy_from(cls, source: Path, target: Path, *, db: str | None = None) -> Case:
        """Start a fresh case in `target` from the case.toml of `source`.

        A previous copy (a folder holding a case.toml) is replaced; any other non-empty folder is
        refused rather than deleted.
        """
        if target.exists():
            if not (target / CASE_FILE).is_file() and any(target.iterdir()):
                raise CaseError(f"{target} exists and is not a case folder; choose an empty or new folder")
            shutil.rmtree(target)
        target.mkdir(parents=True)
        shutil.copy2(source / CASE_FILE, target / CASE_FILE)
        return cls.open(target, db=db)

    def close(self) -> None:
        """Release the database."""
        self.store.close()

    @property
    def outlets(self) -> OutletRegistry:
        """The outlet registry with this case's overrides."""
        if self._outlets is None:
            self._outlets = load_registry(self.config.outlet_overrides())
        return self._outlets

    # -- collect -----------------------------------------------------------------------------

    def add(
        self,
        inputs: Sequence[str],
        *,
        follow_links: bool = True,
        allow_private: bool = False,
        progress: Progress | None = None,
    ) -> AddResult:
        """Collect files, folders, URLs and feeds into the case."""
        from assay.collect import CollectOptions, Collector
        from assay.collect.fetch import FetchPolicy

        options = CollectOptions(
            follow_links=follow_links,
            near_duplicate_threshold=self.config.dedup.near_duplicate_threshold,
            fetch=FetchPolicy(allow_private=allow_private),
        )
        run = self.store.start_run("collect")
        collector = Collector(self.store, self.outlets, options)
        try:
            result = collector.add(inputs, progress)
        finally:
            collector.close()
        self.store.finish_run(
            run,
            {
                "added": result.added,
                "duplicates": result.duplicates,
                "near_duplicates": result.near_duplicates,
                "failed": result.failed,
            },
        )
        return result

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        """Full-text search over the case's documents."""
        return search_documents(self.store, query, limit)

    def documents(self) -> list[Document]:
        """Every stored document."""
        return list_documents(self.store)

    def mentions(self) -> list[Mention]:
        """Every stored event mention."""
        return list_mentions(self.store)

    def status(self) -> Status:
        """Counts per table, the last run of each stage, recent problems."""
        return Status(
            self.config.case.name,
            str(self.folder),
            self.store.engine.url.render_as_string(),
            self.store.counts(),
            self.store.last_runs(),
            self.store.recent_problems(),
        )

    # -- extract -----------------------------------------------------------------------------

    def extract(
        self, *, extractor: str = "rules.v1", workers: int = 1, progress: Callable[[int], None] | None = None
    ) -> ExtractSummary:
        """Extract event mentions from every document this extractor has not seen yet."""
        from assay.extract import extract_documents

        pending = unextracted_documents(self.store, extractor)
        run = self.store.start_run("extract")
        mentions = failed = 0
        problems: list[str] = []
        for document, outcome in extract_documents(
            pending,
            extractor=extractor,
            countries=self.config.case.countries,
            workers=workers,
            progress=progress,
        ):
            if isinstance(outcome, Exception):
                failed += 1
                problems.append(f"document {document.id} ({document.origin}): {outcome}")
                self.store.record_problem("extract", document.origin, str(outcome))
                continue
            save_mentions(self.store, document.id, extractor, outcome)
            mentions += len(outcome)
        summary = ExtractSummary(len(pending), mentions, failed, tuple(problems))
        self.store.finish_run(run, {"documents": len(pending), "mentions": mentions, "failed": failed})
        return summary

    # -- assess ------------------------------------------------------------------------------

    def assess(self, *, figures_dir: Path | None = None, now: datetime | None = None) -> Assessment:
        """Fuse events, grade sources, test trends and hypotheses, and make calibrated judgments."""
        from assay.assess import assess_case

        mentions = self.mentions()
        if not mentions:
            raise AssessError(
                f"case {self.config.case.name!r} has no event mentions; run `assay extract` first"
            )
        run = self.store.start_run("assess")
        assessment = assess_case(
            self.config,
            self.documents(),
            mentions,
            self.outlets,
            figures_dir=figures_dir or self.folder / "figures",
            now=now,
        )
        save_assessment(self.store, assessment)
        self.store.finish_run(run, {"events": len(assessment.events), "judgments": len(assessment.judgments)})
        return assessment

    def assessment(self) -> Assessment:
        """The latest stored assessment."""
        found = latest_assessment(self.store)
        if found is None:
            raise AssessError(
                f"case {self.config.case.name!r} has not been assessed; run `assay assess` first"
            )
        return found

    def judgments(self) -> list[dict[str, Any]]:
        """The judgment ledger."""
        return list_judgments(self.store)

    def resolve(self, judgment_id: str, outcome: bool) -> None:
        """Record a judgment's outcome."""
        resolve_judgment(self.store, judgment_id, outcome)

    def calibration(self, figure_path: Path | None = None) -> Any:
        """Brier and log scores, reliability and sharpness over resolved judgments."""
        from assay.assess import score_calibration

        records = [
            (float(j["probability"]), bool(j["outcome"]))
            for j in self.judgments()
            if j["outcome"] is not None
        ]
        return score_calibration(records, figure_path)

    # -- brief and audit ---------------------------------------------------------------------

    def brief(
        self,
        out_dir: Path,
        formats: Sequence[str] = ("md", "html", "pdf", "docx"),
        *,
        annotate: bool = False,
        now: datetime | None = None,
    ) -> tuple[Brief, dict[str, Path]]:
        """Write the assessment brief in the requested formats, with provenance.json beside it."""
        from assay.produce import build_brief, render_brief

        assessment = self.assessment()
        documents = {d.id: d for d in self.documents()}
        mentions = {m.id: m for m in self.mentions()}
        run = self.store.start_run("brief")
        brief = build_brief(self.config, assessment, documents, mentions, now=now)
        settings = self.config.brief
        templates_dir = self.folder / settings.templates_dir if settings.templates_dir else None
        paths = render_brief(
            brief,
            out_dir,
            formats,
            annotate=annotate,
            paper=settings.paper,
            template=settings.template,
            templates_dir=templates_dir,
            documents=documents,
        )
        self.store.finish_run(run, {"formats": list(paths)})
        return brief, paths

    def audit(self, path: Path) -> AuditReport:
        """Audit a brief against the case's standard, cross-checking numbers against its documents."""
        from assay.audit import audit_file

        return audit_file(
            path,
            standard=self.config.case.standard,
            documents=self.documents(),
            outlets=self.outlets,
            settings=self.config.audit,
        )
