"""Implied answers of hypotheses to a popular-support question, and the question judgment built on them."""

from __future__ import annotations

import re

from assay.assess.answers import find_subject, implied_answer, split_answers
from assay.assess.judgments import judge_question
from assay.model import AchResult, Hypothesis, HypothesisScore
from assay.standards import get_standard

H = (
    Hypothesis("H1", "Popular support for ISIS is rising across Central Asia."),
    Hypothesis(
        "H2", "ISIS draws on a small network of returning fighters rather than broad support at home."
    ),
    Hypothesis("H3", "The apparent rise reflects intensified state enforcement rather than more militancy."),
    Hypothesis("H4", "Violence attributed to ISIS is mostly criminal and misattributed to the group."),
)


def test_statements_asserting_broad_or_rising_support_imply_broad() -> None:
    assert [implied_answer(h) for h in H] == ["broad", "limited", "limited", "limited"]
    assert implied_answer(Hypothesis("X", "The group enjoys widespread support among the young.")) == "broad"
    assert implied_answer(Hypothesis("Y", "There is no broad support for the group.")) == "limited"
    assert split_answers(H[1:]) is None
    assert find_subject("How popular is ISIS in Central Asia?", H) == "ISIS"
    assert find_subject("How popular are the Taliban in Kunduz?", H[1:]) == "the Taliban"


def ach(posteriors: dict[str, float]) -> AchResult:
    ranked = sorted(posteriors, key=lambda k: -posteriors[k])
    scores = tuple(HypothesisScore(k, 0.0, 0.0, p, ranked.index(k) + 1) for k, p in posteriors.items())
    return AchResult(H, (), scores)


def test_question_judgment_answers_with_the_summed_posterior_and_names_the_leader() -> None:
    # H4 leads with 0.45 (unlikely on its own), but limited support holds 0.10 + 0.30 + 0.45 = 0.85.
    result = ach({"H1": 0.15, "H2": 0.10, "H3": 0.30, "H4": 0.45})
    j = judge_question(
        "How popular is ISIS in Central Asia?", result, [], get_standard("icd203"), "2014", "Central Asia"
    )
    assert j.id == "kj-question-limited" and abs(j.probability - 0.85) < 1e-9
    assert j.term == "very likely" and j.band == (80, 95)
    # The statement is the bare proposition: the brief adds the term and band from the number.
    assert j.statement == (
        "ISIS has only limited popular support in Central Asia; the best supported explanation is that "
        "violence attributed to ISIS is mostly criminal and misattributed to the group (H4)."
    )
    assert j.statement.count(". ") == 0
    assert not re.search(r"confiden", j.statement, re.I)
    assert j.hypothesis_key == "H4" and j.indicators_down == ()


def test_broad_support_wins_when_its_hypotheses_hold_most_of_the_posterior() -> None:
    j = judge_question(
        "How popular is ISIS in Central Asia?",
        ach({"H1": 0.70, "H2": 0.10, "H3": 0.10, "H4": 0.10}),
        [],
        get_standard("icd203"),
        "2014",
        "Central Asia",
    )
    assert j.id == "kj-question-broad" and abs(j.probability - 0.70) < 1e-9
    assert j.statement.startswith("ISIS has broad or rising popular support")
    lopsided = ach({"H1": 0.001, "H2": 0.004, "H3": 0.005, "H4": 0.99})
    k = judge_question("How popular is ISIS?", lopsided, [], get_standard("icd203"), "2014", "Central Asia")
    # 0.999 is clipped to 0.99: the scales have no 100% step.
    assert k.probability == 0.99 and k.term == "almost certain"
