"""Key judgments: a probability first, the standard's words and band, and a separately earned confidence.

Three judgments are made when the data allow:
1. the case question. When the hypotheses split into those implying broad (or rising) popular
   support and those implying only limited support (assess.answers), the judgment is the
   answer whose hypotheses hold more than half of the ACH posterior, with that summed
   probability, and it names the best supported single hypothesis and its posterior in a
   second sentence; otherwise it is the leading hypothesis with its own posterior;
2. a forecast: P(≥ 1 attack in the 365 days after the recent window) = 1 − (E / (E + T))^a from
   the Gamma posterior of the recent window's attack rate (calendar exposure, Jeffreys prior);
3. a trend: P(the main indicator's rate rose from baseline to recent window).
Probabilities are clipped to 1–99% because the scales have no 0% or 100% step. A statement is
the bare proposition in plain words ("ISIS has only limited popular support in Central Asia"):
it carries neither the likelihood words (the brief composes "We judge it likely (55–80%) that …"
from the number and the standard) nor confidence, which has its own field.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from assay.assess.answers import Answer, find_subject, split_answers
from assay.assess.confidence import rate_confidence
from assay.assess.expectations import parse_expectation
from assay.assess.rates import chance_of_any
from assay.assess.trends import INDICATORS, Windows
from assay.model import AchResult, Event, Judgment, RateChange, Rating
from assay.standards import Standard

HORIZON_DAYS = 365
_NOUNS = {"attack": "attacks (armed assaults and bombings)", "events": "reported events"}


def clip(p: float) -> float:
    """Keep a probability inside the scales' 1–99% range."""
    return min(0.99, max(0.01, p))


def term_for(standard: Standard, p: float) -> tuple[str, tuple[int, int]]:
    """The standard's preferred term and its band for a probability."""
    band = standard.band_for(p)
    return band.term, (band.low, band.high)


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _docs(events: Sequence[Event]) -> tuple[int, ...]:
    return tuple(sorted({d for e in events for d in e.document_ids}))


def _share(keys: Sequence[str]) -> str:
    return ", ".join(keys) if keys else "none"


def judge_question(
    question: str,
    ach: AchResult,
    events: Sequence[Event],
    standard: Standard,
    time_frame: str,
    region: str = "",
) -> Judgment:
    """The answer to the case question from the ACH posterior (see the module docstring)."""
    scores = sorted(ach.scores, key=lambda s: (-s.posterior, s.rank, s.key))
    lead, runner = scores[0], scores[1] if len(scores) > 1 else None
    hypothesis = next(h for h in ach.hypotheses if h.key == lead.key)
    posterior = {s.key: s.posterior for s in ach.scores}
    answers = split_answers(ach.hypotheses)
    # One sentence: the brief and its audit read every sentence of a key judgment as a judgment,
    # so the leading hypothesis rides in a clause of the estimative sentence.
    lead_clause = (
        f"; the best supported explanation is that {_lower_first(hypothesis.statement)} ({lead.key})"
    )
    where = f" in {region}" if region else ""
    if answers is not None:
        broad = [k for k, a in answers.items() if a == "broad"]
        limited = [k for k, a in answers.items() if a == "limited"]
        p_broad = sum(posterior[k] for k in broad)
        answer: Answer = "broad" if p_broad > 0.5 else "limited"
        chosen = broad if answer == "broad" else limited
        p = clip(p_broad if answer == "broad" else 1.0 - p_broad)
        term, band = term_for(standard, p)
        subject = find_subject(question, ach.hypotheses)
        claim = (
            "has broad or rising popular support" if answer == "broad" else "has only limited popular support"
        )
        statement = f"{subject} {claim}{where}{lead_clause}."
        rivals = broad if answer == "limited" else limited
        down = tuple(f"{h.key}: {x}" for h in ach.hypotheses if h.key in rivals for x in h.expectations)
        up = tuple(f"{h.key}: {x}" for h in ach.hypotheses if h.key in chosen for x in h.expectations)
        resolution = (
            f"Resolves true if, when the matrix is re-scored on reporting for the same period collected a "
            f"year later, the hypotheses implying {answer} support ({_share(chosen)}) still hold more than "
            "half of the posterior probability."
        )
        behind_keys = chosen
        key = f"kj-question-{answer}"
    else:
        p = clip(lead.posterior)
        term, band = term_for(standard, p)
        statement = f"{_lower_first(hypothesis.statement)} ({lead.key})."
        up = tuple(hypothesis.expectations)
        down = (
            tuple(
                f"{runner.key}: {x}"
                for x in next(h for h in ach.hypotheses if h.key == runner.key).expectations
            )
            if runner
            else ()
        )
        resolution = (
            f"Resolves true if {lead.key} still leads when the matrix is re-scored on reporting for the "
            "same period collected a year later."
        )
        behind_keys = [lead.key]
        key = f"kj-question-{lead.key}"
    ids = {
        i
        for item in ach.evidence
        for i in item.event_ids
        if any(item.ratings.get(k, Rating.N) not in (Rating.N, Rating.NA) for k in behind_keys)
    }
    behind = [e for e in events if e.id in ids] or list(events)
    rated_items = [
        item
        for item in ach.evidence
        if any(item.ratings.get(k) not in (Rating.N, Rating.NA, None) for k in behind_keys)
    ]
    suggested = sum(
        1 for item in rated_items if all(item.rating_sources.get(k) != "analyst" for k in behind_keys)
    )
    assumptions = []
    if ach.posterior_sensitive_items:
        items = ach.posterior_sensitive_items
        assumptions.append(
            ("item " if len(items) == 1 else "items ")
            + ", ".join(items)
            + (" is" if len(items) == 1 else " are")
            + " read correctly, since without any one of them another hypothesis would lead"
        )
    if rated_items and suggested * 2 > len(rated_items):
        assumptions.append(
            f"{suggested} of {len(rated_items)} rated items carry only assay's suggestions, not an analyst's"
        )
    level, reasons = rate_confidence(behind, assumptions=assumptions)
    reasons += (
        f"· the posterior assumes the {len(ach.hypotheses)} hypotheses are exhaustive and exclusive, "
        "from a uniform prior",
    )
    if answers is not None:
        reasons += (
            "· implied answers read from the hypothesis statements: "
            + "; ".join(f"{k} {a}" for k, a in answers.items()),
        )
    return Judgment(
        id=key,
        statement=statement,
        probability=p,
        standard=standard.key,
        term=term,
        band=band,
        confidence=level,
        confidence_reasons=reasons,
        time_frame=time_frame,
        resolution=resolution,
        indicators_up=up,
        indicators_down=down,
        event_ids=tuple(sorted(ids)),
        document_ids=_docs(behind),
        hypothesis_key=lead.key,
    )


def judge_forecast(events: Sequence[Event], windows: Windows, places: str, standard: Standard) -> Judgment:
    """P(≥ 1 attack in the next 365 days) from the recent window's posterior attack rate."""
    start, end = windows.recent
    exposure = float((end - start).days + 1)
    recent = [
        e
        for e in events
        if e.event_type in INDICATORS["attack"] and e.date.start and start <= e.date.start <= end
    ]
    p = clip(chance_of_any(len(recent), exposure, HORIZON_DAYS))
    term, band = term_for(standard, p)
    t0, t1 = end + timedelta(days=1), end + timedelta(days=HORIZON_DAYS)
    level, reasons = rate_confidence(
        recent,
        assumptions=[
            f"the rate seen {start.isoformat()}–{end.isoformat()} ({len(recent)} attacks in "
            f"{exposure:g} days) persists as a steady Poisson process"
        ],
        horizon_days=HORIZON_DAYS,
    )
    reasons += ("· exposure: calendar days; prior Gamma(0.5, 0) on the daily rate",)
    return Judgment(
        id=f"kj-forecast-attack-{t0.isoformat()}",
        statement=f"at least one attack (armed assault or bombing) will be reported in {places}.",
        probability=p,
        standard=standard.key,
        term=term,
        band=band,
        confidence=level,
        confidence_reasons=reasons,
        time_frame=f"{t0.isoformat()} to {t1.isoformat()}",
        resolution=f"True if an outlet graded A–C reports an attack in {places} dated {t0.isoformat()} to "
        f"{t1.isoformat()}; false otherwise.",
        indicators_up=(
            "arrests or disrupted plots naming armed cells",
            "calls to violence in propaganda aimed at the region",
            "returning foreign fighters",
        ),
        indicators_down=(
            "months pass with no attack reported",
            "sustained drop in arrests and disrupted plots",
        ),
        event_ids=tuple(e.id for e in recent),
        document_ids=_docs(recent),
    )


def main_indicator(ach: AchResult | None, changes: Sequence[RateChange]) -> RateChange | None:
    """The indicator the leading hypothesis names first, else attacks when any, else all events."""
    by_label = {c.label: c for c in changes}
    if ach and ach.scores:
        lead = min(ach.scores, key=lambda s: (-s.posterior, s.rank, s.key)).key
        hypothesis = next(h for h in ach.hypotheses if h.key == lead)
        for text in hypothesis.expectations:
            exp = parse_expectation(text)
            if exp and exp.family in by_label:
                return by_label[exp.family]
    attack = by_label.get("attack")
    if attack and attack.baseline_count + attack.recent_count:
        return attack
    return by_label.get("events")


def judge_trend(
    change: RateChange, events: Sequence[Event], windows: Windows, places: str, standard: Standard
) -> Judgment:
    """P(the indicator's rate rose from the baseline to the recent window)."""
    p = clip(change.p_increase)
    term, band = term_for(standard, p)
    behind = [e for e in events if e.id in set(change.event_ids)]
    noun = _NOUNS.get(change.label, f"{change.label} events")
    exposure = "calendar days" if change.exposure == "calendar" else "documents in the corpus per window"
    unit = "days" if change.exposure == "calendar" else "documents"
    assumptions = (
        ["reporting coverage was steady across both windows"] if change.exposure == "calendar" else []
    )
    level, reasons = rate_confidence(behind, assumptions=assumptions)
    reasons += (f"· exposure: {exposure}; prior Gamma(0.5, 0) on each rate",)
    return Judgment(
        id=f"kj-trend-{change.label}-{windows.recent[0].isoformat()}",
        statement=f"the rate of {noun} in {places} was higher in {windows.label('recent')} than in "
        f"{windows.label('baseline')} ({change.recent_count} in {change.recent_exposure:g} {unit} vs "
        f"{change.baseline_count} in {change.baseline_exposure:g} {unit}; rate ratio "
        f"{change.ratio_median:.2f}, 90% interval {change.ratio_low:.2f}–{change.ratio_high:.2f}, "
        f"exposure in {exposure}).",
        probability=p,
        standard=standard.key,
        term=term,
        band=band,
        confidence=level,
        confidence_reasons=reasons,
        time_frame=f"{windows.label('baseline')} compared with {windows.label('recent')}",
        resolution=f"True if a complete event dataset (e.g. ACLED or GTD) for {places} shows a higher daily "
        f"rate of "
        f"{noun} in {windows.label('recent')} than in {windows.label('baseline')}.",
        indicators_up=(
            f"further {noun} dated in the recent window",
            "independent datasets confirming the recent events",
        ),
        indicators_down=(
            f"baseline {noun} missing from the corpus",
            "a coverage surge explaining the recent count",
        ),
        event_ids=change.event_ids,
        document_ids=_docs(behind),
    )
