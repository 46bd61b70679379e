"""Key judgments: the estimative sentence with its band, then a separate confidence sentence."""

from __future__ import annotations

from assay.model import Judgment, Support
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.material import Material
from assay.produce.phrasing import choose, estimative_clause, is_plain, lower_opening, strip_stop
from assay.standards import Band, get_standard


def band_of(material: Material, judgment: Judgment) -> Band:
    """The judgment's band on the case's standard, from its number (words follow the number)."""
    standard = get_standard(judgment.standard or material.config.case.standard)
    return standard.band_for(judgment.probability)


def judgment_clause(material: Material, judgment: Judgment) -> str:
    """'it likely (55–80%) that support … through 31 December 2017'."""
    band = band_of(material, judgment)
    statement = lower_opening(strip_stop(judgment.statement))
    frame = strip_stop(judgment.time_frame)
    if frame and frame.casefold() not in statement.casefold():
        statement = f"{statement} {frame}"
    return f"{estimative_clause(band.term, band.label)} that {statement}"


def _judgment_supports(material: Material, judgment: Judgment) -> list[Support]:
    band = band_of(material, judgment)
    standard = judgment.standard or material.config.case.standard
    return [
        derived(
            band.label,
            f"standard {standard} band for {band.term!r}",
            f"judgment {judgment.id} probability {judgment.probability:.2f}",
            kind="standard",
        )
    ]


def title_of(material: Material) -> str:
    """The bottom line in plain words, owned and with its band; never a topic label."""
    judgments = material.assessment.judgments
    if not judgments:
        return f"We make no key judgment yet on: {strip_stop(material.config.case.question)}"
    return "We judge " + judgment_clause(material, judgments[0])


def _reasons(judgment: Judgment) -> str:
    # A likelihood word among the reasons would put likelihood and confidence in one sentence.
    kept = [lower_opening(strip_stop(r)) for r in judgment.confidence_reasons if is_plain(r)]
    return "; ".join(kept) if kept else "of the source base described in the source summary statement"


def key_judgment_drafts(material: Material) -> list[list[Draft]]:
    """One pair per judgment: the likelihood sentence, then the confidence sentence with its sources."""
    pairs: list[list[Draft]] = []
    for judgment in material.assessment.judgments:
        band = band_of(material, judgment)
        verb = choose(["We judge", "We assess"], judgment.id)
        tags = (
            ("term", band.term),
            ("band", band.label),
            ("confidence", judgment.confidence),
            ("probability", f"{judgment.probability:.2f}"),
            ("judgment", judgment.id),
        )
        statement = make_draft(
            f"{verb} {judgment_clause(material, judgment)}",
            (),
            fixed=_judgment_supports(material, judgment),
            fallback=(f"judgment {judgment.id} statement and time frame",),
            fallback_kind="judgment",
            is_factual=False,
            role="judgment",
            group=judgment.id,
            tags=tags,
        )
        docs = judgment.document_ids or tuple(material.event_documents(judgment.event_ids))
        reasons = _reasons(judgment)
        confidence = make_draft(
            f"We have {judgment.confidence} confidence in this judgment because {reasons}",
            material.best_documents(docs, 4),
            fallback=(f"judgment {judgment.id} confidence_reasons",),
            is_factual=False,
            role="confidence",
            group=judgment.id,
            tags=tags,
        )
        pairs.append([statement, confidence])
    return pairs
