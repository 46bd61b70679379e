"""Alternative explanations: the competing hypotheses, why the leader leads, what the runner-up needs."""

from __future__ import annotations

from assay.model import AchResult, Evidence, Hypothesis, HypothesisScore, Rating
from assay.produce.draft import Draft, derived, make_draft
from assay.produce.hypotheses import Named, name_evidence, rating_words, required
from assay.produce.material import Material
from assay.produce.phrasing import is_plain, join_items, join_list, lower_opening, strip_stop
from assay.produce.values import number_words

MAX_DIAGNOSTIC = 3
_AGAINST = (Rating.I, Rating.II)
_FOR = (Rating.C, Rating.CC)


def _statement(hypothesis: Hypothesis) -> str:
    statement = strip_stop(hypothesis.statement)
    return lower_opening(statement) if statement and is_plain(statement) else ""


def _named(hypothesis: Hypothesis) -> str:
    """'H3, that the apparent rise reflects …', or the key alone when the statement cannot be printed."""
    statement = _statement(hypothesis)
    return f"{hypothesis.key}, that {statement}," if statement else hypothesis.key


def _items(ach: AchResult, key: str, ratings: tuple[Rating, ...]) -> list[Evidence]:
    return [e for e in ach.evidence if e.ratings.get(key) in ratings]


def _ranking(material: Material, ach: AchResult, hypotheses: dict[str, Hypothesis]) -> list[Draft]:
    scores = sorted(ach.scores, key=lambda s: (s.rank, s.key))
    leader = scores[0]
    inputs = ("ACH scores in Appendix B",)
    statement = _statement(hypotheses[leader.key])
    text = (
        f"Of the {number_words(len(scores))} competing hypotheses, the one the matrix in Appendix B "
        f"leaves least refuted is {leader.key}"
    )
    drafts = [
        make_draft(
            f"{text}: {statement}" if statement else text, fallback=inputs, is_factual=False, group=leader.key
        )
    ]

    def against(score: HypothesisScore) -> str:
        n = len(_items(ach, score.key, _AGAINST))
        words = "none" if n == 0 else number_words(n)
        own = _statement(hypotheses[score.key])
        return f"{words} for {score.key}" + (f" ({own})" if own else "")

    n_lead = len(_items(ach, leader.key, _AGAINST))
    head = (
        f"No item of evidence is rated against {leader.key}"
        if n_lead == 0
        else f"{number_words(n_lead).capitalize()} item{'s are' if n_lead != 1 else ' is'} rated against "
        f"{leader.key}"
    )
    if len(scores) > 1:
        drafts.append(
            make_draft(
                f"{head}, compared with {join_list([against(s) for s in scores[1:]])}",
                fallback=inputs,
                is_factual=False,
            )
        )
    drafts += _bayes_note(material, ach, leader)
    return drafts


def _bayes_note(material: Material, ach: AchResult, leader: HypothesisScore) -> list[Draft]:
    """Say so when the key judgment follows the posterior and the posterior favours another hypothesis."""
    by_posterior = min(ach.scores, key=lambda s: (-s.posterior, s.rank, s.key))
    if by_posterior.key == leader.key:
        return []
    judged = [j for j in material.assessment.judgments if j.hypothesis_key == by_posterior.key]
    top, lead = f"{round(100 * by_posterior.posterior)}%", f"{round(100 * leader.posterior)}%"
    inputs = ("ACH posterior in the assessment",)
    text = (
        f"Weighing each rating by the credibility and relevance of its item, as the Bayesian reading of the "
        f"same matrix does, puts {by_posterior.key} ahead instead, with {top} of the posterior against "
        f"{lead} for {leader.key}"
    )
    if judged:
        text += "; the first key judgment follows that reading"
    return [make_draft(text, fixed=[derived(top, *inputs), derived(lead, *inputs)], is_factual=False)]


def _favours(item: Evidence, keys: list[str], leader: str) -> bool:
    """Whether an item separates the leader from the rest in the leader's favour."""
    lead = item.ratings.get(leader)
    others = [item.ratings.get(k) for k in keys if k != leader]
    if lead in _FOR:
        return any(r not in _FOR for r in others)
    # Neutral to the leader: it helps only by counting against rivals without favouring any.
    return lead not in _AGAINST and not any(r in _FOR for r in others) and any(r in _AGAINST for r in others)


def _why_leader(material: Material, ach: AchResult, leader: HypothesisScore) -> list[Draft]:
    evidence = {e.key: e for e in ach.evidence}
    keys = [h.key for h in ach.hypotheses]
    ranked = [
        evidence[k]
        for k, _ in sorted(ach.diagnosticity.items(), key=lambda kv: (-kv[1], kv[0]))
        # An item rated alike against every hypothesis separates none of them.
        if k in evidence and len({evidence[k].ratings.get(h) for h in keys}) > 1
    ][:MAX_DIAGNOSTIC]
    if not ranked:
        return []
    drafts: list[Draft] = []
    helping = [e for e in ranked if _favours(e, keys, leader.key)]
    others = [e for e in ranked if e not in helping]
    if helping:
        named = [name_evidence(material, e) for e in helping]
        parts = [f"{n.text}, {rating_words(e, keys)}" for n, e in zip(named, helping, strict=True)]
        drafts.append(
            make_draft(
                f"{leader.key} leads chiefly on {'; '.join(parts)}",
                _citing(named),
                fixed=[s for n in named for s in n.supports],
                group=leader.key,
            )
        )
    if others:
        named = [name_evidence(material, e) for e in others]
        parts = [f"{n.text}, {rating_words(e, keys)}" for n, e in zip(named, others, strict=True)]
        lead = (
            "The other items that best separate the hypotheses point elsewhere"
            if helping
            else f"{leader.key} leads on the count of items against each hypothesis, but the items that "
            "best separate the hypotheses point elsewhere"
        )
        drafts.append(
            make_draft(
                f"{lead}: {'; '.join(parts)}",
                _citing(named),
                fixed=[s for n in named for s in n.supports],
                group=leader.key,
            )
        )
    return drafts


def _runner_up(
    material: Material, ach: AchResult, hypotheses: dict[str, Hypothesis], leader: str, runner: str
) -> list[Draft]:
    needs = [n for n in (required(x) for x in hypotheses[runner].expectations) if n]
    drafts: list[Draft] = []
    opening = f"For {runner} to lead instead of {leader}"
    if needs:
        drafts.append(
            make_draft(
                f"{opening}, comparing the recent window with the baseline, {join_list(needs)}",
                is_factual=False,
                group=runner,
            )
        )
    holding = _items(ach, runner, _FOR)
    against = _items(ach, runner, _AGAINST)
    if holding:
        named = [name_evidence(material, e) for e in holding[:MAX_DIAGNOSTIC]]
        drafts.append(
            make_draft(
                f"Part of that picture is already in the reporting, which we rated consistent with {runner}: "
                f"{join_items([n.text for n in named])}",
                _citing(named),
                fixed=[s for n in named for s in n.supports],
                group=runner,
            )
        )
    if against:
        named = [name_evidence(material, e) for e in against[:MAX_DIAGNOSTIC]]
        drafts.append(
            make_draft(
                f"It would also take the evidence we rated against {runner} to be wrong or misread: "
                f"{join_items([n.text for n in named])}",
                _citing(named),
                fixed=[s for n in named for s in n.supports],
                group=runner,
            )
        )
    if not drafts:
        drafts.append(
            make_draft(
                f"{runner} would need new evidence that contradicts {leader} before it could lead",
                is_factual=False,
                group=runner,
            )
        )
    return drafts


def _citing(named: list[Named]) -> list[int]:
    """Every document the named items need, so each place or date they mention is cited."""
    return list(dict.fromkeys(d for n in named for d in n.doc_ids))


def _sensitivity(material: Material, ach: AchResult) -> list[Draft]:
    evidence = {e.key: e for e in ach.evidence}
    sensitive = [evidence[k] for k in ach.sensitive_items if k in evidence]
    if not sensitive:
        return []
    named = [name_evidence(material, e) for e in sensitive[:MAX_DIAGNOSTIC]]
    one = len(named) == 1
    return [
        make_draft(
            f"The ranking turns on {join_items([n.text for n in named])}: rating "
            f"{'it' if one else 'them'} differently would change which hypothesis leads, so "
            f"{'it deserves' if one else 'they deserve'} a second look",
            _citing(named),
            fixed=[s for n in named for s in n.supports],
        )
    ]


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
    for score in ach.scores:
        hypotheses.setdefault(score.key, Hypothesis(score.key, ""))
    scores = sorted(ach.scores, key=lambda s: (s.rank, s.key))
    paragraphs = [_ranking(material, ach, hypotheses)]
    why = _why_leader(material, ach, scores[0]) + _sensitivity(material, ach)
    if why:
        paragraphs.append(why)
    if len(scores) >= 2:
        paragraphs.append(_runner_up(material, ach, hypotheses, scores[0].key, scores[1].key))
    return paragraphs
