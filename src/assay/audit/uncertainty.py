"""Uncertainty rules (U…): estimative words, bands, confidence and owned judgments (ICD 203 §D.6.e(2))."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assay.audit.brief import BriefSentence, SectionKind
from assay.audit.citations import strip_citations
from assay.audit.language import (
    QUALITY_WORDS,
    asserts_with_confidence,
    confidence_level,
    estimative_terms,
    find_hedges,
    nearest_term,
)
from assay.audit.registry import AuditContext, Hit, rule

E2 = "ICD 203 §D.6.e(2)"
E3 = "ICD 203 §D.6.e(3)"
_ASSESSED: tuple[SectionKind, ...] = ("key_judgments", "body", "alternatives", "indicators", "assumptions")


def _judgment_sentences(ctx: AuditContext) -> list[BriefSentence]:
    return ctx.brief.in_section(*_ASSESSED)


@rule(
    "U1",
    "likelihood term not on the chosen scale",
    E2,
    "warning",
    "A product uses one standard's words so every reader maps them to the same band.",
)
def check_off_scale(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in _judgment_sentences(ctx):
        for use in estimative_terms(sentence.text):
            if ctx.standard.lookup(use.term) is None:
                term, band = nearest_term(use.term, ctx.standard)
                yield Hit.at(
                    sentence,
                    f"'{use.term}' is not on the {ctx.standard.key} scale",
                    f"Use '{term} ({band.label})', the nearest {ctx.standard.key} term.",
                    use.term,
                )


_DISCLAIMER = re.compile(
    r"(estimative|probability|likelihood)\s+(language|terms|words|yardstick|scale)|"
    r"(used|are)\s+interchangeabl|\bequivalent\b|words of estimative",
    re.I,
)


@rule(
    "U2",
    "rows of the scale mixed without a disclaimer",
    E2,
    "warning",
    "ICD 203 lets a product use one row of likelihood words; mixing rows needs a stated disclaimer.",
)
def check_mixed_rows(ctx: AuditContext) -> Iterator[Hit]:
    if len(ctx.standard.rows) < 2 or _DISCLAIMER.search(ctx.brief.full_text):
        return
    terms = ctx.standard.all_terms()
    first_row: dict[int, tuple[str, BriefSentence]] = {}
    for sentence in _judgment_sentences(ctx):
        for use in estimative_terms(sentence.text):
            if use.term in terms:
                first_row.setdefault(terms[use.term][0], (use.term, sentence))
    if len(first_row) > 1:
        used = sorted(first_row.items())
        term, sentence = used[-1][1]
        preferred = ", ".join(b.term for b in ctx.standard.rows[used[0][0]])
        yield Hit.at(
            sentence,
            f"likelihood words from {len(used)} rows of {ctx.standard.key} are mixed "
            f"('{used[0][1][0]}' and '{term}')",
            f"Keep to one row ({preferred}) or add a note that the rows are used interchangeably.",
            term,
        )


@rule(
    "U3",
    "confidence and likelihood in one sentence",
    E2,
    "error",
    "ICD 203 keeps likelihood (how probable) and confidence (how good the basis is) in separate sentences.",
)
def check_confidence_with_likelihood(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in _judgment_sentences(ctx):
        level = confidence_level(sentence.text)
        uses = estimative_terms(sentence.text)
        if level and uses:
            yield Hit.at(
                sentence,
                f"'{level} confidence' and '{uses[0].term}' share one sentence",
                f"State the likelihood with its band (e.g. '… is {uses[0].term} (…%)') and put "
                f"'We have {level} confidence in this judgment because …' in its own sentence.",
            )


@rule(
    "U4",
    "key judgment with confidence but no likelihood",
    E2,
    "error",
    "Confidence describes the evidence base; it cannot stand in for how probable the judgment is.",
)
def check_confidence_without_likelihood(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in ctx.brief.key_judgments:
        if asserts_with_confidence(sentence.text) and not estimative_terms(sentence.text):
            yield Hit.at(
                sentence,
                "the judgment carries a confidence level but no likelihood",
                f"Say how likely it is in {ctx.standard.key} words with the band, then state "
                "confidence in a separate sentence.",
            )


_PLURAL_CONFIDENCE = re.compile(
    r"\b(these|our|all|the|both)\s+(key\s+)?(judge?ments|assessments|estimates)\b", re.I
)


@rule(
    "U5",
    "key judgment with likelihood but no confidence statement",
    E2,
    "warning",
    "Each key judgment needs a stated confidence and its reasons, separate from the likelihood.",
)
def check_likelihood_without_confidence(ctx: AuditContext) -> Iterator[Hit]:
    kjs = ctx.brief.key_judgments
    blanket = any(confidence_level(s.text) and _PLURAL_CONFIDENCE.search(s.text) for s in kjs)
    if blanket:
        return
    for index, sentence in enumerate(kjs):
        if not estimative_terms(sentence.text) or confidence_level(sentence.text):
            continue
        same_item = [s for s in kjs if s.item == sentence.item]
        following = kjs[index + 1 : index + 3]
        if any(confidence_level(s.text) for s in [*same_item, *following]):
            continue
        yield Hit.at(
            sentence,
            "the key judgment states a likelihood but no confidence level",
            "Add a separate sentence: 'We have high/moderate/low confidence in this judgment "
            "because …' naming the sources, corroboration and gaps.",
        )


@rule(
    "U6",
    "likelihood words applied to evidence quality",
    "ICD 203 §D.6.e(1)",
    "warning",
    "Source quality is described with reliability/credibility grades, not with estimative probability.",
)
def check_likelihood_on_evidence(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in ctx.brief.sentences:
        for match in QUALITY_WORDS.finditer(sentence.text):
            yield Hit.at(
                sentence,
                f"'{match.group(0)}' applies a likelihood word to the quality of evidence",
                "Describe the source with a reliability grade and reasons (e.g. 'B2: usually "
                "reliable, corroborated by …') instead of a probability word.",
                match.group(0),
            )


@rule(
    "U7",
    "hedge words without probability in key judgments",
    E2,
    "warning",
    "'May', 'could' and 'possibly' are heard as anything from 10% to 90%; they convey no likelihood.",
)
def check_hedges(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in ctx.brief.key_judgments:
        for hedge in find_hedges(sentence.text):
            yield Hit.at(
                sentence,
                f"'{hedge}' in a key judgment carries no probability",
                f"Replace '{hedge}' with a term from the {ctx.standard.key} scale and its band, e.g. "
                f"'{ctx.standard.bands[2].term} ({ctx.standard.bands[2].label})'.",
                hedge,
            )
            break


@rule(
    "U8",
    "printed band contradicts the term",
    E2,
    "error",
    "The number printed beside a word must be that word's band, or readers get two different answers.",
)
def check_band(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in ctx.brief.sentences:
        for use in estimative_terms(sentence.text):
            band = ctx.standard.lookup(use.term)
            if band is None or use.printed is None:
                continue
            low, high = use.printed
            if low < band.low - 0.5 or high > band.high + 0.5:
                printed = f"{low:g}–{high:g}%" if low != high else f"{low:g}%"
                right = ctx.standard.band_for((low + high) / 200.0)
                yield Hit.at(
                    sentence,
                    f"'{use.term}' is printed with {printed}, outside its band {band.label}",
                    f"Print '{use.term} ({band.label})', or if {printed} is meant, use "
                    f"'{right.term} ({right.label})'.",
                    sentence.text[use.start : use.end + 12].strip(),
                )


_META = re.compile(
    r"^(?:this|the)\s+(?:paper|memo|brief|assessment|report|note|product)\b|^we\s+(?:examine|"
    r"review|consider|address|answer|use|draw|rely|base)\b|^(?:figure|table|see)\b|"
    r"\b(?:based|rests?|relies|draws?)\s+(?:on|mainly|largely|chiefly)\b",
    re.I,
)
_JUDGMENT_VERB = re.compile(
    r"\b(is|are|was|were|will|would|has|have|remains?|grows?|grew|rises?|rose|rising|surges?|surging|"
    r"soars?|soaring|falls?|fell|falling|declines?|declining|increas(?:es|ing|ed)|decreas(?:es|ing|ed)|"
    r"spreads?|spreading|threatens?|gains?|gaining|becomes?|became|drives?|fuels?|grows|growing|"
    r"enjoys?|poses?|won't|cannot|can't)\b",
    re.I,
)


def _is_unqualified_judgment(text: str) -> bool:
    return (
        not estimative_terms(text)
        and not confidence_level(text)
        and not find_hedges(text)
        and not _META.search(text)
        and bool(_JUDGMENT_VERB.search(text))
    )


@rule(
    "U9",
    "judgment stated as fact",
    E3,
    "warning",
    "A judgment written as fact hides that it is a judgment; readers cannot tell it from reporting.",
)
def check_stated_as_fact(ctx: AuditContext) -> Iterator[Hit]:
    brief = ctx.brief
    if brief.title and _is_unqualified_judgment(brief.title) and not brief.title.endswith("?"):
        yield Hit(
            f"the title states a judgment as fact: '{brief.title}'",
            f"Qualify the title with the judgment's likelihood (e.g. '… {ctx.standard.bands[4].term}') "
            "or make it a topic label.",
            brief.title,
            brief.title_line,
            None,
        )
    for sentence in brief.key_judgments:
        if sentence.citations or confidence_level(sentence.text):
            continue
        if _is_unqualified_judgment(sentence.text):
            yield Hit.at(
                sentence,
                "the key judgment is stated as fact, with no likelihood",
                f"Write 'We assess that … is {ctx.standard.bands[4].term} ({ctx.standard.bands[4].label})' "
                "or cite the reporting if it is a fact.",
            )


_IMPERSONAL = re.compile(
    r"\bit\s+(?:can|could|may|might|must|should)\s+be\s+(?:stated|said|concluded|assumed|argued|noted|"
    r"assessed|judged|seen)\s+that\b|\bit\s+(?:seems|appears|would\s+seem|would\s+appear)\s+(?:that|likely)\b|"
    r"\bit\s+is\s+(?:believed|thought|felt|clear|evident|obvious|understood|generally\s+accepted)\s+that\b|"
    r"\bthere\s+is\s+(?:reason|every\s+reason)\s+to\s+believe\b|\bsome\s+(?:observers|analysts|experts)\s+"
    r"(?:say|argue|believe|suggest)\b|\bone\s+could\s+argue\b",
    re.I,
)


@rule(
    "U10",
    "impersonal, unowned judgment",
    E3,
    "warning",
    "A judgment must say whose it is ('we assess'); impersonal phrasing blurs judgment and reporting.",
)
def check_impersonal(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in ctx.brief.sentences:
        match = _IMPERSONAL.search(sentence.text)
        if match:
            yield Hit.at(
                sentence,
                f"'{match.group(0)}' leaves the judgment unowned",
                f"Write 'We assess that …' with a likelihood term and band from the "
                f"{ctx.standard.key} scale.",
                match.group(0),
            )


_FUTURE = re.compile(
    r"\b(?:will|would|to\s+(?:continue|rise|fall|increase|decrease|grow|remain|occur|"
    r"attempt|conduct|carry|launch|spread|stay)|going\s+to|in\s+the\s+(?:coming|next|near)|"
    r"over\s+the\s+(?:coming|next)|near[- ]term|future|soon)\b",
    re.I,
)
_ABSOLUTE_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|\b(?:Q[1-4]|H[12])\s+\d{2,4}\b",
)


@rule(
    "U11",
    "forecast without an absolute time frame",
    E2,
    "warning",
    "A forecast can only be checked, and its likelihood only means something, against a stated end date.",
)
def check_time_frame(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in ctx.brief.in_section("key_judgments", "body", "indicators"):
        text = strip_citations(sentence.text, sentence.citations)
        if not estimative_terms(text) or not _FUTURE.search(text):
            continue
        if _ABSOLUTE_TIME.search(text):
            continue
        yield Hit.at(
            sentence,
            "the forecast has no absolute time frame",
            "Add an end date readers can check, e.g. 'through 31 December 2017'.",
        )
