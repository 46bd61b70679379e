"""Reasoning sections: scope, alternative explanations (ACH), outlook and indicators, assumptions and gaps."""

from __future__ import annotations

import re

from assay.model import AchResult, Evidence, Hypothesis, HypothesisScore, Rating
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.material import Material
from assay.produce.phrasing import country_name, is_plain, join_list, lower_opening, ordinal, strip_stop

_ATTITUDE = re.compile(
    r"\b(popular|popularity|support|sympathy|sympathies|appeal|attitudes?|opinion|"
    r"approval|backing)\b",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"^\s*(how (much|many|popular|strong|widespread|far)|to what (extent|degree))", re.IGNORECASE
)


def _plain(text: str) -> str:
    return lower_opening(strip_stop(text))


def _countries_with_events(material: Material) -> list[str]:
    codes = {e.place.country_code for e in material.assessment.events if e.place and e.place.country_code}
    return sorted(codes)


def scope_drafts(material: Material) -> list[list[Draft]]:
    """Say what the question covers and what the evidence covers, so the answer matches its scope."""
    case = material.config.case
    scope = case.region or join_list([country_name(c) for c in case.countries]) or "the case's area"
    named = join_list([country_name(c) for c in case.countries])
    first = f"This brief answers the case question for {scope}"
    if case.region and named:
        first += f", which the case defines as {named}"
    first += ", over the case period set in case.toml"
    drafts = [make_draft(first, is_factual=False, role="scope")]
    covered = _countries_with_events(material)
    missing = [c for c in case.countries if c not in covered]
    if covered:
        text = f"The collected reporting describes events in {join_list([country_name(c) for c in covered])}"
        if missing:
            text += (
                f" and none in {join_list([country_name(c) for c in missing], 'or')}, so the judgments "
                "rest on the former and say nothing directly about the latter"
            )
        drafts.append(make_draft(text, is_factual=False, role="scope"))
    if _DEGREE.search(case.question):
        drafts.append(
            make_draft(
                "The question asks about degree, so the discussion gives the size of each change as rates "
                "and ratios with their intervals, not only its direction",
                is_factual=False,
                role="scope",
            )
        )
    return [drafts]


def _rated_against(ach: AchResult, key: str) -> list[Evidence]:
    bad = (Rating.I, Rating.II)
    return [e for e in ach.evidence if e.ratings.get(key) in bad]


def _hypothesis_name(hypothesis: Hypothesis) -> str:
    statement = strip_stop(hypothesis.statement)
    return f"{hypothesis.key} ({_plain(statement)})" if is_plain(statement) else hypothesis.key


def _score_sentence(material: Material, ach: AchResult, score: HypothesisScore, name: str) -> Draft:
    against = _rated_against(ach, score.key)
    docs = material.best_documents(
        [d for e in against for d in e.document_ids] or [d for e in ach.evidence for d in e.document_ids], 3
    )
    inputs = (f"ACH scores for {score.key}",)
    if not docs:
        return make_draft(
            f"{name} ranks {ordinal(score.rank - 1)} of the hypotheses (scores in Appendix B)",
            is_factual=False,
            group=score.key,
        )
    inconsistency = f"{score.inconsistency:g}"
    weighted = f"{score.weighted_inconsistency:.2f}"
    return make_draft(
        f"{name} ranks {ordinal(score.rank - 1)}, with an inconsistency score of {inconsistency} and a "
        f"weighted inconsistency of {weighted}",
        docs,
        fixed=[derived(inconsistency, *inputs), derived(weighted, *inputs)],
        fallback=inputs,
        group=score.key,
    )


def alternatives_drafts(material: Material) -> list[list[Draft]]:
    """The competing hypotheses, how the evidence scores against each, what the runner-up would need."""
    ach = material.assessment.ach
    if ach is None or not ach.scores:
        return [
            [
                make_draft(
                    "The case defines no competing hypotheses, so we did not weigh alternatives "
                    "formally; this is a gap in the analysis",
                    is_factual=False,
                )
            ]
        ]
    hypotheses = {h.key: h for h in ach.hypotheses}
    scores = sorted(ach.scores, key=lambda s: (s.rank, s.key))
    intro = make_draft(
        "We weighed the competing hypotheses of the case against the evidence in Appendix B using "
        "Analysis of Competing Hypotheses, in which the hypothesis with the lowest inconsistency score is "
        "the least refuted",
        is_factual=False,
    )
    ranking = [intro]
    for score in scores:
        hypothesis = hypotheses.get(score.key, Hypothesis(score.key, ""))
        ranking.append(_score_sentence(material, ach, score, _hypothesis_name(hypothesis)))
    paragraphs = [ranking]
    if len(scores) >= 2:
        paragraphs.append(_runner_up(material, ach, hypotheses, scores[0], scores[1]))
    diagnostic = _diagnostic(material, ach)
    if diagnostic:
        paragraphs.append(diagnostic)
    return paragraphs


def _runner_up(
    material: Material,
    ach: AchResult,
    hypotheses: dict[str, Hypothesis],
    leader: HypothesisScore,
    runner: HypothesisScore,
) -> list[Draft]:
    hypothesis = hypotheses.get(runner.key, Hypothesis(runner.key, ""))
    expectations = [_plain(x) for x in hypothesis.expectations if is_plain(x)]
    drafts: list[Draft] = []
    if expectations:
        drafts.append(
            make_draft(
                f"For {runner.key} to displace {leader.key}, the following would have to be true: "
                f"{join_list(expectations)}",
                fallback=(f"hypothesis {runner.key} expectations",),
                is_factual=False,
                group=runner.key,
            )
        )
    against = [e for e in _rated_against(ach, runner.key) if is_plain(e.description)]
    if against:
        items = join_list([f"{e.key} ({_plain(e.description)})" for e in against[:3]])
        docs = material.best_documents([d for e in against for d in e.document_ids], 3)
        drafts.append(
            make_draft(
                f"It would also require that the evidence now rated against {runner.key} is wrong or "
                f"misread: {items}",
                docs,
                fallback=(f"ACH evidence rated against {runner.key}",),
                group=runner.key,
            )
        )
    if not drafts:
        drafts.append(
            make_draft(
                f"{runner.key} would need new evidence that contradicts {leader.key} before it could lead",
                is_factual=False,
                group=runner.key,
            )
        )
    return drafts


def _diagnostic(material: Material, ach: AchResult) -> list[Draft]:
    drafts: list[Draft] = []
    evidence = {e.key: e for e in ach.evidence}
    ranked = sorted(ach.diagnosticity.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][0] in evidence and is_plain(evidence[ranked[0][0]].description):
        item = evidence[ranked[0][0]]
        drafts.append(
            make_draft(
                f"The most diagnostic evidence is {item.key} ({_plain(item.description)})",
                material.best_documents(item.document_ids, 3),
                fallback=(f"ACH evidence {item.key}",),
            )
        )
    sensitive = [k for k in ach.sensitive_items if k in evidence]
    if sensitive:
        drafts.append(
            make_draft(
                f"The ranking turns on {join_list(sensitive)}: rating "
                f"{'it' if len(sensitive) == 1 else 'them'} "
                "differently would change which hypothesis leads, so "
                f"{'it deserves' if len(sensitive) == 1 else 'they deserve'} a second look",
                is_factual=False,
            )
        )
    return drafts


def outlook_drafts(material: Material) -> list[list[Draft]]:
    """What to watch for each judgment: indicators that would raise or lower it."""
    paragraphs: list[list[Draft]] = []
    for index, judgment in enumerate(material.assessment.judgments):
        which = f"the {ordinal(index)} key judgment"
        up = [_plain(x) for x in judgment.indicators_up if is_plain(x)]
        down = [_plain(x) for x in judgment.indicators_down if is_plain(x)]
        inputs = (f"judgment {judgment.id} indicators",)
        drafts: list[Draft] = []
        if up:
            drafts.append(
                make_draft(
                    f"Indicators that would raise our estimate for {which}: {'; '.join(up)}",
                    fallback=inputs,
                    is_factual=False,
                    role="indicator",
                    group=judgment.id,
                )
            )
        if down:
            drafts.append(
                make_draft(
                    f"Indicators that would lower it: {'; '.join(down)}",
                    fallback=inputs,
                    is_factual=False,
                    role="indicator",
                    group=judgment.id,
                )
            )
        if not drafts:
            drafts.append(
                make_draft(
                    f"We have not yet set indicators for {which}; the next review should add them",
                    is_factual=False,
                    role="indicator",
                    group=judgment.id,
                )
            )
        paragraphs.append(drafts)
    return paragraphs


def assumptions_drafts(material: Material) -> list[list[Draft]]:
    """The assumptions the judgments rest on and the gaps in the evidence."""
    assumptions = [
        make_draft(
            "We assume that the collected reporting reflects the events that took place in the "
            "case's area and period; events no outlet reported are missing from every count",
            is_factual=False,
            role="assumption",
        ),
        make_draft(
            "We assume that outlets reported each type of event at a steady rate across the "
            "compared windows, so that changes in counts reflect changes in events rather than "
            "in coverage",
            is_factual=False,
            role="assumption",
        ),
    ]
    gaps: list[Draft] = []
    if _ATTITUDE.search(material.config.case.question):
        gaps.append(
            make_draft(
                "A key gap: the source base holds no direct measure of attitudes, such as an opinion poll or "
                "survey, so the judgments about support rest on proxies (attacks, arrests, propaganda and "
                "travel) that measure activity and state action rather than attitudes",
                is_factual=False,
                role="gap",
            )
        )
    if any(e.date.start is None for e in material.assessment.events):
        gaps.append(
            make_draft(
                "Some reported events carry no usable date and are left out of the trend comparisons",
                is_factual=False,
                role="gap",
            )
        )
    missing = [c for c in material.config.case.countries if c not in _countries_with_events(material)]
    if missing:
        gaps.append(
            make_draft(
                f"We found no reporting on {join_list([country_name(c) for c in missing], 'or')}; "
                "silence there is a gap in collection, not evidence that nothing happened",
                is_factual=False,
                role="gap",
            )
        )
    for note in material.assessment.notes:
        if is_plain(note) and not re.search(r"\d", note):
            gaps.append(
                make_draft(strip_stop(note), fallback=("assessment notes",), is_factual=False, role="gap")
            )
    if not gaps:
        gaps.append(
            make_draft(
                "We found no gap beyond the limits of open reporting described in the source "
                "summary statement",
                is_factual=False,
                role="gap",
            )
        )
    return [assumptions, gaps]
