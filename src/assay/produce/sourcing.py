"""The source summary statement (ICD 206 style): strengths, weaknesses, basis, shares and grades."""

from __future__ import annotations

from assay.model import Document
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.material import Material
from assay.produce.phrasing import country_name, join_list

STATE = ("state-owned", "state-affiliated")
MAX_GRADES_NAMED = 10


def _ownership(material: Material, doc: Document) -> str:
    grade = material.grades.get(doc.outlet_key)
    return grade.ownership if grade else "unknown"


def is_unattributed(doc: Document) -> bool:
    """No named author and no identifiable outlet."""
    return not (doc.author or "").strip() and (
        not doc.outlet_name.strip() or doc.outlet_key in ("", "unknown")
    )


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def _base_paragraph(material: Material, docs: list[Document]) -> list[Draft]:
    outlets = sorted({d.outlet_key for d in docs})
    origins = material.assessment.origins
    inputs = ("documents passed to the brief", "assessment origins")
    first = make_draft(
        f"The source base comprises {len(docs)} documents from {len(outlets)} outlets, which trace to "
        f"{len(origins)} independent origins of reporting",
        material.best_documents([d.id for d in docs], 4),
        fixed=[
            derived(str(len(docs)), *inputs),
            derived(str(len(outlets)), *inputs),
            derived(str(len(origins)), *inputs),
        ],
        fallback=inputs,
    )
    grades = list(material.grades.values())
    strengths: list[str] = []
    weaknesses: list[str] = []
    good = sorted({g.outlet_name for g in grades if g.reliability in "AB"})
    if good:
        strengths.append(f"reporting from well-graded outlets ({join_list(good[:4])})")  # names only
    if len(origins) > 1:
        strengths.append("several independent origins for the main events")
    if any(g.ownership in ("international public broadcaster", "wire") for g in grades):
        strengths.append("international and wire reporting alongside domestic outlets")
    if any(g.ownership in STATE for g in grades):
        weaknesses.append("a reliance on state-owned or state-affiliated media for domestic detail")
    if any(g.reliability == "F" for g in grades):
        weaknesses.append("outlets whose reliability cannot be judged")
    if any(d.syndication_group is not None for d in docs):
        weaknesses.append("syndicated copies that add volume but not independence")
    countries = sorted({g.country for g in grades if g.country})
    if len(countries) == 1:
        weaknesses.append(f"outlets based only in {country_name(countries[0])}")
    weaknesses.append("the general limits of open reporting, which sees only what outlets chose to publish")
    drafts = [first]
    if strengths:
        drafts.append(
            make_draft(
                f"Its strengths are {join_list(strengths)}", is_factual=False, fallback=("outlet names",)
            )
        )
    drafts.append(make_draft(f"Its weaknesses are {join_list(weaknesses)}", is_factual=False))
    return drafts


def _basis_paragraph(material: Material) -> list[Draft]:
    judged: list[int] = []
    for judgment in material.assessment.judgments:
        ids = judgment.document_ids or tuple(material.event_documents(judgment.event_ids))
        judged += [d for d in ids if d not in judged]
    docs = material.best_documents(judged, 4)
    if not docs:
        return [make_draft("No key judgment rests on specific documents yet", is_factual=False)]
    names = join_list(list(dict.fromkeys(material.outlet_name(d) for d in docs)))
    drafts = [
        make_draft(f"The key judgments rest most on reporting from {names}", docs, fallback=("outlet names",))
    ]
    events = material.assessment.events
    corroborated = [e for e in events if len(e.origins) >= 2]
    conflicting = [
        e
        for e in events
        if len({(c.kind, c.value) for c in e.count_claims}) > len({c.kind for c in e.count_claims})
    ]
    if events:
        inputs = ("assessment events and their origins",)
        drafts.append(
            make_draft(
                f"Of the {len(events)} events in the case, {len(corroborated)} are reported by more than "
                "a single independent origin",
                material.best_documents(
                    material.event_documents(e.id for e in corroborated)
                    or [d for e in events for d in e.document_ids],
                    4,
                ),
                fixed=[derived(str(len(events)), *inputs), derived(str(len(corroborated)), *inputs)],
                fallback=inputs,
            )
        )
    if conflicting:
        conflict_docs = [c.document_id for e in conflicting for c in e.count_claims]
        drafts.append(
            make_draft(
                f"Reporting conflicts on the counts for {len(conflicting)} of them; the discussion states "
                "each conflict and the event table keeps every reported value",
                material.best_documents(conflict_docs, 4),
                fixed=[derived(str(len(conflicting)), *inputs)],
            )
        )
    else:
        drafts.append(make_draft("We found no conflicting counts in the reporting", is_factual=False))
    return drafts


def _shares_paragraph(material: Material, docs: list[Document]) -> list[Draft]:
    state = [d for d in docs if _ownership(material, d) in STATE]
    unattributed = [d for d in docs if is_unattributed(d)]
    inputs = ("outlet ownership in the case grades",)
    drafts: list[Draft] = []
    if state:
        drafts.append(
            make_draft(
                f"State-owned or state-affiliated outlets supplied {len(state)} of the {len(docs)} documents "
                f"({_share(len(state), len(docs))})",
                material.best_documents([d.id for d in state], 4),
                fallback=inputs,
            )
        )
    else:
        drafts.append(
            make_draft(
                "No document in the base comes from a state-owned or state-affiliated outlet",
                is_factual=False,
            )
        )
    if unattributed:
        drafts.append(
            make_draft(
                f"Unattributed sources, with neither a named author nor an identifiable outlet, supplied "
                f"{len(unattributed)} of the {len(docs)} documents ({_share(len(unattributed), len(docs))})",
                material.best_documents([d.id for d in unattributed], 4),
                fallback=("documents without author or outlet",),
            )
        )
    else:
        drafts.append(
            make_draft("No document in the base is unattributed: each names its outlet", is_factual=False)
        )
    return drafts


def _grades_paragraph(material: Material) -> list[Draft]:
    grades = sorted(material.grades.values(), key=lambda g: (-g.documents, g.outlet_name))
    if not grades:
        return [
            make_draft(
                "The assessment graded no outlets, so every source's reliability is unjudged (F)",
                is_factual=False,
            )
        ]
    named = [f"{g.outlet_name} {g.reliability} ({g.ownership})" for g in grades[:MAX_GRADES_NAMED]]
    text = f"We grade the outlets on the Admiralty reliability scale as follows: {'; '.join(named)}"
    if len(grades) > MAX_GRADES_NAMED:
        text += "; the remaining outlets are graded in Appendix C"
    drafts = [make_draft(text, is_factual=False, fallback=("case source grades",))]
    drafts.append(
        make_draft(
            "Each event also carries an Admiralty credibility grade in Appendix A, from confirmed by "
            "independent sources to truth that cannot be judged",
            is_factual=False,
        )
    )
    return drafts


def source_summary_drafts(material: Material) -> list[list[Draft]]:
    """The paragraphs of the source summary statement."""
    docs = sorted(material.documents.values(), key=lambda d: d.id)
    return [
        _base_paragraph(material, docs),
        _basis_paragraph(material),
        _shares_paragraph(material, docs),
        _grades_paragraph(material),
    ]
