"""Reasoning rules (R…): alternatives, assumptions, indicators, scope and measures (ICD 203 §D.6.e(3)–(6))."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from assay.audit.regions import COUNTRY_WORDS, countries_in, region_in
from assay.audit.registry import AuditContext, Hit, rule

_ALTERNATIVES = re.compile(
    r"alternative|competing (?:hypothes|explanation)|other explanations?|another "
    r"explanation|rival (?:explanation|hypothes)|we (?:also )?considered (?:whether|that)|"
    r"\bhypothes[ie]s\b",
    re.I,
)
_ASSUMPTIONS = re.compile(
    r"\bassum(?:e|es|ed|ing|ption|ptions)\b|\b(?:information|intelligence|collection|key|"
    r"evidential|reporting) gaps?\b|\bgaps in (?:the |our )?(?:reporting|evidence|data|"
    r"information)|we (?:do not|don't|cannot) know|\bunknowns?\b|\bcaveats?\b",
    re.I,
)
_INDICATORS = re.compile(
    r"\bindicators?\b|\bsignposts?\b|what to watch|would (?:raise|lower|change|increase|"
    r"decrease|revise) (?:our|this|the|that)|\bwatch for\b|warning signs?|would lead us to",
    re.I,
)


def _document_hit(message: str, suggestion: str) -> Hit:
    return Hit(message, suggestion, "", None, None)


@rule(
    "R1",
    "no alternative hypotheses considered",
    "ICD 203 §D.6.e(4)",
    "warning",
    "ICD 203 requires analysis of alternatives: what else could explain the evidence, and why it is "
    "less likely.",
)
def check_alternatives(ctx: AuditContext) -> Iterator[Hit]:
    if ctx.brief.in_section("alternatives") or _ALTERNATIVES.search(ctx.brief.full_text):
        return
    yield _document_hit(
        "the brief considers no alternative explanation",
        "Add an 'Alternative explanations' section: the competing hypotheses, how the evidence "
        "scores against each, and what would have to be true for the runner-up.",
    )


@rule(
    "R2",
    "no assumptions or gaps stated",
    "ICD 203 §D.6.e(3)",
    "warning",
    "Readers must be able to tell reporting from assumptions, and know what the analysis does not know.",
)
def check_assumptions(ctx: AuditContext) -> Iterator[Hit]:
    if ctx.brief.in_section("assumptions") or _ASSUMPTIONS.search(ctx.brief.full_text):
        return
    yield _document_hit(
        "the brief states no assumptions or information gaps",
        "State the key assumptions the judgments depend on and the main gaps in reporting.",
    )


@rule(
    "R3",
    "no indicators or signposts",
    "ICD 203 §D.6.e(4)",
    "warning",
    "Indicators tell the customer what would change the judgment and make it checkable over time.",
)
def check_indicators(ctx: AuditContext) -> Iterator[Hit]:
    if ctx.brief.in_section("indicators") or _INDICATORS.search(ctx.brief.full_text):
        return
    yield _document_hit(
        "the brief names no indicators or signposts",
        "Add 'Indicators': observable developments that would raise or lower each judgment.",
    )


@rule(
    "R4",
    "evidence narrower than the question's region",
    "ICD 203 §D.6.e(5)",
    "warning",
    "An answer about one country does not answer a question about a region; say so or widen the evidence.",
)
def check_region_scope(ctx: AuditContext) -> Iterator[Hit]:
    question = ctx.brief.question or ctx.brief.title
    found = region_in(question)
    if not found:
        return
    name, members = found
    evidence = [s for s in ctx.brief.in_section("body", "key_judgments") if s.citations]
    counts: Counter[str] = Counter()
    for sentence in evidence:
        counts.update(code for code in countries_in(sentence.text) if code in members)
    if len(evidence) >= 3 and len(counts) == 1:
        ((only, _),) = counts.items()
        quote = ctx.brief.question or ctx.brief.title
        yield Hit(
            f"the question is about {name.title()} but every cited sentence that names a country names "
            f"only {COUNTRY_WORDS[only][0]}",
            f"Add evidence from the other {name.title()} countries, or narrow the question and title "
            f"to {COUNTRY_WORDS[only][0]} and say the rest of the region is a gap.",
            quote,
            ctx.brief.question_line or ctx.brief.title_line,
            None,
        )


_HOW_MUCH = re.compile(
    r"\bhow (?:much|many|popular|large|big|widespread|strong|far|often|extensive|serious)\b|"
    r"\bto what (?:extent|degree)\b|\bwhat (?:share|proportion|percentage|level|scale)\b",
    re.I,
)
_MAGNITUDE = re.compile(
    r"\d|\b(?:minority|majority|handful|few|several|dozens?|hundreds?|thousands?|"
    r"fraction|share|per ?cent|percent|proportion|marginal|negligible|small|large|"
    r"limited|narrow|broad|widespread|fringe|tiny|significant)\b",
    re.I,
)
_BAND_TEXT = re.compile(r"[(\[][^()\[\]]*\d\s*%[^()\[\]]*[)\]]")


@rule(
    "R5",
    "'how much' answered only with a direction",
    "ICD 203 §D.6.e(5)",
    "warning",
    "A question about size or level needs an answer about size or level, not only whether it is rising.",
)
def check_magnitude(ctx: AuditContext) -> Iterator[Hit]:
    question = ctx.brief.question
    if not question or not _HOW_MUCH.search(question):
        return
    kjs = ctx.brief.key_judgments
    if any(_MAGNITUDE.search(_BAND_TEXT.sub(" ", s.text)) for s in kjs):
        return
    yield Hit(
        f"the question asks '{_HOW_MUCH.search(question).group(0)}' but the key judgments give no "  # type: ignore[union-attr]
        "level or size",
        "Answer the level first (e.g. 'support is confined to a small minority …') and the direction second.",
        question,
        ctx.brief.question_line,
        None,
    )


_ATTITUDE = re.compile(
    r"\b(?:popularity|popular|unpopular|support for|supporters|sympathy for|sympathetic to|"
    r"sympathi[sz]e with|appeal|"
    r"(?:popular|public|grassroots|local|ISIS|its|their|growing|rising|declining|waning)"
    r"\s+support|"
    r"public opinion|attitudes?|approval)\b",
    re.I,
)
_DIRECT = re.compile(
    r"\b(?:polls?|polling|surveys?|surveyed|opinion research|focus groups?|interviews?|"
    r"respondents)\b",
    re.I,
)
_PROXY = re.compile(
    r"\b(?:arrests?|arrested|detain\w*|attacks?|prosecut\w*|convict\w*|sentenc\w*|"
    r"foreign fighters?|travell?ed|propaganda|recruit\w*|raids?)\b",
    re.I,
)


@rule(
    "R6",
    "attitude claim backed only by proxies",
    "ICD 203 §D.6.e(6)",
    "warning",
    "Arrests and attacks measure state action and militant capability, not what a population thinks.",
)
def check_attitude_proxies(ctx: AuditContext) -> Iterator[Hit]:
    brief = ctx.brief
    if _DIRECT.search(brief.full_text) or not _PROXY.search(brief.full_text):
        return
    claims = [s for s in brief.key_judgments if _ATTITUDE.search(s.text)]
    if not claims and _ATTITUDE.search(brief.title):
        yield Hit(
            f"the title makes an attitude claim ('{_ATTITUDE.search(brief.title).group(0)}') that only "  # type: ignore[union-attr]
            "proxies such as arrests and attacks support",
            "Cite a direct measure (a poll or survey) or reframe the claim as one about militant activity "
            "and state enforcement.",
            brief.title,
            brief.title_line,
            None,
        )
        return
    for sentence in claims[:1]:
        match = _ATTITUDE.search(sentence.text)
        assert match is not None
        yield Hit.at(
            sentence,
            f"'{match.group(0)}' is claimed but the brief offers only proxies (arrests, "
            "attacks) and no direct measure such as a poll or survey",
            "Cite a direct measure of attitudes, or state that none exists and judge activity, not support.",
            match.group(0),
        )
