"""The source summary statement (ICD 206 style): strengths, weaknesses, basis, shares and grades."""

from __future__ import annotations

import re

from assay.model import Document, SourceGrade
from assay.produce.appendices import OWNERSHIP_LABELS
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.material import Material
from assay.produce.phrasing import country_name, is_plain, join_list, lower_first_letter, ordinal, strip_stop
from assay.produce.values import find_values, number_words

STATE = ("state-owned", "state-affiliated")
MAX_GRADES_NAMED = 10
MAX_SYNDICATED = 4
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_OWNERSHIP_WORDS = {
    "state-owned": "a state-owned outlet",
    "state-affiliated": "a state-affiliated outlet",
    "independent": "an independent outlet",
    "wire": "a wire service",
    "international public broadcaster": "an international public broadcaster",
    "ngo/academic": "an NGO or academic source",
    "government primary": "a government primary source",
    "unknown": "an outlet of unknown ownership",
}


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
    n_docs, n_outlets, n_origins = (number_words(len(x)) for x in (docs, outlets, origins))
    first = make_draft(
        f"The source base comprises {n_docs} documents from {n_outlets} outlets, which trace to "
        f"{n_origins} independent origins of reporting",
        material.best_documents([d.id for d in docs], 4),
        fixed=[derived(n, *inputs) for n in (n_docs, n_outlets, n_origins)],
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
    drafts += _key_source_drafts(material, docs)
    drafts += _single_origin_drafts(material)
    events = material.assessment.events
    corroborated = [e for e in events if len(e.origins) >= 2]
    conflicting = [
        e
        for e in events
        if len({(c.kind, c.value) for c in e.count_claims}) > len({c.kind for c in e.count_claims})
    ]
    if events:
        inputs = ("assessment events and their origins",)
        n_events, n_corroborated = number_words(len(events)), number_words(len(corroborated))
        drafts.append(
            make_draft(
                f"Of the {n_events} events in the case, {n_corroborated} are reported by more than "
                "a single independent origin",
                material.best_documents(
                    material.event_documents(e.id for e in corroborated)
                    or [d for e in events for d in e.document_ids],
                    4,
                ),
                fixed=[derived(n_events, *inputs), derived(n_corroborated, *inputs)],
                fallback=inputs,
            )
        )
    if conflicting:
        conflict_docs = [c.document_id for e in conflicting for c in e.count_claims]
        n_conflicting = number_words(len(conflicting))
        drafts.append(
            make_draft(
                f"Reporting conflicts on the counts for {n_conflicting} of them; the discussion states "
                "each conflict and the event table keeps every reported value",
                material.best_documents(conflict_docs, 4),
                fixed=[derived(n_conflicting, *inputs)],
            )
        )
    else:
        drafts.append(make_draft("We found no conflicting counts in the reporting", is_factual=False))
    return drafts


def _why_graded(grade: SourceGrade) -> str:
    """'graded B as an NGO or academic source: event dataset with a public codebook …'."""
    owner = _OWNERSHIP_WORDS.get(grade.ownership, grade.ownership)
    reason = _BRACKETED.sub("", strip_stop(grade.rationale)).split(";", 1)[0].strip()
    # A bracketed aside reads inside the sentence: 'event dataset …', but 'Kazakh state news agency …'.
    reason = lower_first_letter(reason, [grade.outlet_name])
    text = f"{grade.outlet_name} is graded {grade.reliability} as {owner}"
    if reason and is_plain(reason) and not find_values(reason):
        text += f" ({reason})"
    return text


def _key_source_drafts(material: Material, docs: list[int]) -> list[Draft]:
    """What makes the key sources credible or weak: access, state affiliation, independence."""
    grades = [material.grade_of(d) for d in docs]
    named = list(dict.fromkeys(g for g in grades if g is not None))
    if not named:
        return []
    return [
        make_draft(
            "Of these, " + "; ".join(_why_graded(g) for g in named),
            is_factual=False,
            fallback=("case source grades",),
        )
    ]


def _single_origin_drafts(material: Material) -> list[Draft]:
    """Where a judgment rests on events that a single origin of reporting alone describes."""
    parts: list[str] = []
    supports = []
    for index, judgment in enumerate(material.assessment.judgments):
        events = [material.events[e] for e in judgment.event_ids if e in material.events]
        if not events:
            continue
        single = [e for e in events if len(e.origins) < 2]
        inputs = (f"judgment {judgment.id} events and their origins",)
        n, total = number_words(len(single)), number_words(len(events))
        supports += [derived(n, *inputs), derived(total, *inputs)]
        parts.append(f"{n} of the {total} events behind the {ordinal(index)} key judgment")
    if not parts:
        return []
    return [
        make_draft(
            f"Resting on a single origin of reporting are {join_list(parts)}; those events stand or fall "
            "with a single outlet's account",
            fixed=supports,
            is_factual=False,
        )
    ]


def _syndication_drafts(material: Material, docs: list[Document]) -> list[Draft]:
    """Outlets that carry one syndicated origin count as one source of information, not several."""
    present = {d.id for d in docs}
    shared = [
        o
        for o in material.assessment.origins
        if len(set(o.outlet_keys)) > 1 and len(set(o.document_ids) & present) > 1
    ]
    if not shared:
        return []
    groups = []
    ids: list[int] = []
    for origin in shared[:MAX_SYNDICATED]:
        names = sorted({material.outlet_name(d) for d in origin.document_ids if d in present})
        groups.append(join_list(names))
        ids += [d for d in origin.document_ids if d in present]
    text = (
        f"{groups[0]} carried the same story from a single origin"
        if len(groups) == 1
        else "Each of these groups of outlets carried the same story from a single origin: "
        + "; ".join(groups)
    )
    text += ", so we count them as separate outlets but not as independent corroboration"
    return [make_draft(text, material.best_documents(ids, 4), fallback=("assessment origins",))]


def _shares_paragraph(material: Material, docs: list[Document]) -> list[Draft]:
    state = [d for d in docs if _ownership(material, d) in STATE]
    unattributed = [d for d in docs if is_unattributed(d)]
    inputs = ("outlet ownership in the case grades",)
    drafts: list[Draft] = []
    if state:
        counts: dict[str, int] = {}
        for d in state:
            counts[material.outlet_name(d.id)] = counts.get(material.outlet_name(d.id), 0) + 1
        outlets = sorted(counts, key=lambda name: (-counts[name], name))
        drafts.append(
            make_draft(
                f"State-owned or state-affiliated outlets ({join_list(outlets)}) supplied "
                f"{number_words(len(state))} of the {number_words(len(docs))} documents "
                f"({_share(len(state), len(docs))}); they are close to the "
                "authorities whose actions the judgments weigh, so we use them for what officials said "
                "and seek independent reporting for what happened",
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
    unjudged = [d for d in docs if (g := material.grades.get(d.outlet_key)) is None or g.reliability == "F"]
    if unjudged:
        drafts.append(
            make_draft(
                f"Outlets graded F, whose reliability cannot be judged, supplied "
                f"{number_words(len(unjudged))} of the {number_words(len(docs))} documents "
                f"({_share(len(unjudged), len(docs))})",
                material.best_documents([d.id for d in unjudged], 4),
                fallback=("outlet grades in the case",),
            )
        )
    else:
        drafts.append(make_draft("No document comes from an outlet graded F", is_factual=False))
    if unattributed:
        drafts.append(
            make_draft(
                f"Unattributed sources, with neither a named author nor an identifiable outlet, supplied "
                f"{number_words(len(unattributed))} of the {number_words(len(docs))} documents "
                f"({_share(len(unattributed), len(docs))})",
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
    named = [
        f"{g.outlet_name} {g.reliability} ({OWNERSHIP_LABELS.get(g.ownership, g.ownership)})"
        for g in grades[:MAX_GRADES_NAMED]
    ]
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
        _shares_paragraph(material, docs) + _syndication_drafts(material, docs),
        _grades_paragraph(material),
    ]
