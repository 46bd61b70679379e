"""Sourcing rules (S…): citations, the reference list, anonymous and state-affiliated sourcing (ICD 206)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from assay.audit.brief import BriefSentence, InTextCitation, ReferenceEntry, normalise_author
from assay.audit.citations import DATE, strip_citations
from assay.audit.language import confidence_level, estimative_terms, find_hedges
from assay.audit.registry import AuditContext, Hit, rule
from assay.audit.structure import reference_index
from assay.model import Outlet

ICD206 = "ICD 206"
E1 = "ICD 203 §D.6.e(1)"
E2 = "ICD 203 §D.6.e(2)"
# Above this share of unattributed references a reader cannot weigh the source base (documented in
# docs/audit-rules.md); one anonymous source in four is already more than careful products carry.
ANONYMOUS_SHARE = 0.25
STATE_OWNERSHIP = frozenset({"state-owned", "state-affiliated"})


def _cited_keys(ctx: AuditContext) -> set[str]:
    return {c.key for s in ctx.brief.sentences for c in s.citations}


@rule(
    "S1",
    "reference never cited",
    ICD206,
    "warning",
    "Every listed source should support something in the text; uncited entries pad the source base.",
)
def check_uncited_references(ctx: AuditContext) -> Iterator[Hit]:
    cited = _cited_keys(ctx)
    if not cited:
        return
    for entry in ctx.brief.references:
        if entry.key not in cited:
            yield Hit(
                f"reference '{_label(entry)}' is never cited in the text",
                "Cite it where it supports a sentence, or remove it from the list.",
                entry.text[:120],
                entry.line,
                None,
            )


@rule(
    "S2",
    "citation with no reference",
    ICD206,
    "error",
    "A citation that resolves to nothing cannot be checked (ICD 206 source reference citations).",
)
def check_unresolved_citations(ctx: AuditContext) -> Iterator[Hit]:
    if not ctx.brief.references and not ctx.brief.sentences:
        return
    index = reference_index(ctx.brief)
    reported: set[str] = set()
    for sentence in ctx.brief.sentences:
        for citation in sentence.citations:
            if citation.key in index or citation.key in reported:
                continue
            reported.add(citation.key)
            yield Hit.at(
                sentence,
                f"citation '{citation.raw}' matches no entry in the reference list",
                "Add the full reference (author, year, title, outlet, date, URL, accessed) or "
                "correct the citation to match an existing entry.",
                citation.raw,
            )


def _parse_date(text: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


@rule(
    "S3",
    "letter suffixes misused",
    ICD206,
    "warning",
    "Suffixes a, b, c separate one author's works of one year, in date order; anything else misleads.",
)
def check_suffixes(ctx: AuditContext) -> Iterator[Hit]:
    groups: dict[tuple[str, str], list[ReferenceEntry]] = defaultdict(list)
    for entry in ctx.brief.references:
        if entry.year and not entry.number:
            groups[(normalise_author(entry.author), entry.year)].append(entry)
    for (_, year), entries in groups.items():
        suffixes = sorted(e.suffix for e in entries)
        first = entries[0]
        if len(entries) == 1 and first.suffix:
            yield Hit(
                f"'{first.author} {year}{first.suffix}' has a suffix but is the author's only {year} work; "
                "suffixes appear to run across different authors",
                f"Cite it as '{first.author} {year}'; keep a, b, c for one author's several works of a year.",
                f"{first.author} ({year}{first.suffix})",
                first.line,
                None,
            )
            continue
        if len(entries) > 1 and suffixes != [chr(ord("a") + i) for i in range(len(entries))]:
            yield Hit(
                f"{len(entries)} works by {first.author} in {year} carry suffixes {suffixes or 'none'}",
                f"Letter them a–{chr(ord('a') + len(entries) - 1)} in order of publication date.",
                f"{first.author} {year}",
                first.line,
                None,
            )
            continue
        dated = sorted((e.suffix, _parse_date(e.date) if e.date else None, e) for e in entries)
        known = [(s, d, e) for s, d, e in dated if d is not None]
        for (s1, d1, _), (s2, d2, e2) in itertools.pairwise(known):
            if d1 and d2 and d2 < d1:
                yield Hit(
                    f"'{e2.author} {year}{s2}' ({d2}) is earlier than '{e2.author} {year}{s1}' ({d1})",
                    "Assign suffixes in order of publication date (earliest = a) and update the citations.",
                    f"{e2.author} ({year}{s2})",
                    e2.line,
                    None,
                )


def _anonymous_entries(ctx: AuditContext) -> tuple[list[ReferenceEntry], int]:
    entries = ctx.brief.references
    return [e for e in entries if e.is_anonymous], len(entries)


@rule(
    "S4",
    "anonymous sources above threshold",
    E1,
    "warning",
    f"More than {ANONYMOUS_SHARE:.0%} unattributed sources leaves readers unable to weigh the source base.",
)
def check_anonymous_share(ctx: AuditContext) -> Iterator[Hit]:
    anonymous, total = _anonymous_entries(ctx)
    if total and len(anonymous) / total > ANONYMOUS_SHARE:
        yield Hit(
            f"{len(anonymous)} of {total} references ({len(anonymous) / total:.0%}) are unattributed "
            f"(threshold {ANONYMOUS_SHARE:.0%})",
            "Find attributable reporting for these claims, or describe each anonymous source's access "
            "and track record in the source summary.",
            anonymous[0].text[:120],
            anonymous[0].line,
            None,
        )


@rule(
    "S5",
    "key judgment resting only on anonymous sources",
    E1,
    "warning",
    "A key judgment that only unattributed sources support cannot be checked or weighed.",
)
def check_anonymous_kj(ctx: AuditContext) -> Iterator[Hit]:
    index = reference_index(ctx.brief)
    for sentences in _kj_items(ctx).values():
        citations = [c for s in sentences for c in s.citations]
        if citations and all(
            c.is_anonymous or (c.key in index and index[c.key].is_anonymous) for c in citations
        ):
            sentence = sentences[0]
            yield Hit.at(
                sentence,
                "the key judgment rests only on unattributed sources",
                "Corroborate it with attributable reporting or lower the confidence and say why.",
                citations[0].raw,
            )


def _kj_items(ctx: AuditContext) -> dict[int, list[BriefSentence]]:
    items: dict[int, list[BriefSentence]] = defaultdict(list)
    for sentence in ctx.brief.key_judgments:
        items[sentence.item].append(sentence)
    return items


def _outlet_of(ctx: AuditContext, entry: ReferenceEntry | None, citation: InTextCitation) -> tuple[str, str]:
    """An origin key and ownership for a cited source, through the outlet registry when there is one."""
    name = (entry.outlet or entry.author) if entry else citation.author
    url = entry.url if entry else ""
    if ctx.outlets is not None:
        found: Outlet | None = ctx.outlets.identify(outlet=name or None, url=url or None)
        if found is not None and found.ownership != "unknown":
            return found.key, found.ownership
        if found is not None and found.key:
            return found.key, found.ownership
    author = normalise_author(entry.author if entry and entry.author else citation.author or name)
    return author or normalise_author(name), "unknown"


@rule(
    "S6",
    "high confidence on a thin or state-affiliated source base",
    E2,
    "error",
    "ODNI reserves high confidence for consistent reporting from several independent, good sources.",
)
def check_high_confidence_base(ctx: AuditContext) -> Iterator[Hit]:
    index = reference_index(ctx.brief)
    all_citations = [c for s in ctx.brief.sentences for c in s.citations]
    items = _kj_items(ctx)
    for sentences in items.values():
        high = [s for s in sentences if confidence_level(s.text) == "high"]
        if not high:
            continue
        citations = [c for s in sentences for c in s.citations] or all_citations
        origins: dict[str, str] = {}
        for citation in citations:
            if citation.is_anonymous:
                continue
            key, ownership = _outlet_of(ctx, index.get(citation.key), citation)
            origins[key] = ownership
        state = [k for k, o in origins.items() if o in STATE_OWNERSHIP]
        if len(origins) < 2:
            problem = f"rests on {len(origins)} independent origin{'s' if len(origins) != 1 else ''}"
        elif len(state) * 2 > len(origins):
            problem = f"rests mostly on state-affiliated outlets ({', '.join(sorted(state))})"
        else:
            continue
        yield Hit.at(
            high[0],
            f"high confidence {problem}",
            "Lower the confidence to moderate or low, or add independent corroborating sources and "
            "say so in the source summary.",
        )


_ELEMENTS = ("title", "outlet", "date", "url", "accessed")
# A reference that says it has no date ("n.d.") or no URL (a file or print source) has not omitted
# the element: it has stated honestly that the element does not exist.
_DECLARED_NO_DATE = re.compile(r"\bn\.\s?d\.|\bundated\b|\bno date\b", re.I)
_DECLARED_NO_URL = re.compile(
    r"\bno URL\b|\bnot (?:available )?online\b|\bprint(?:ed)? (?:edition|only)\b", re.I
)


@rule(
    "S7",
    "citation elements missing",
    ICD206,
    "warning",
    "ICS 206-01 open-source citations carry author, title, URL, publication date and access date.",
)
def check_reference_elements(ctx: AuditContext) -> Iterator[Hit]:
    for entry in ctx.brief.references:
        declared_undated = bool(_DECLARED_NO_DATE.search(entry.text))
        declared_offline = bool(_DECLARED_NO_URL.search(entry.text))
        present = {
            "title": entry.title,
            "outlet": entry.outlet or entry.author,
            "date": entry.date or declared_undated,
            "url": entry.url or declared_offline,
            "accessed": entry.accessed or declared_offline,
        }
        missing = [name for name in _ELEMENTS if not present[name]]
        if missing:
            yield Hit(
                f"reference '{_label(entry)}' lacks {', '.join(missing)}",
                f"Add the {', '.join(missing)} so a reader can find and date the source.",
                entry.text[:120],
                entry.line,
                None,
            )


_SUMMARY_WORDS = re.compile(
    r"source summary|our sources|the source base|sourcing (is|was|rests)|"
    r"sources? (?:we )?(?:rel(?:y|ied)|draw|drew) (?:on|upon)",
    re.I,
)


@rule(
    "S8",
    "no source summary statement",
    ICD206,
    "warning",
    "ICD 206 asks for a summary of the source base's strengths, weaknesses and what the judgments rest on.",
)
def check_source_summary(ctx: AuditContext) -> Iterator[Hit]:
    brief = ctx.brief
    if brief.in_section("source_summary") or _SUMMARY_WORDS.search(brief.full_text):
        return
    yield Hit(
        "the brief has no source summary statement",
        "Add a 'Source summary' section: which sources the judgments rest on, their grades, share of "
        "state-affiliated and anonymous reporting, corroboration and conflicts.",
        "",
        None,
        None,
    )


_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|hundreds|thousand|thousands|dozen|dozens|million"
)
_FACT_NUMBER = re.compile(r"\b\d[\d,.]*\b|%|\b(?:" + _NUMBER_WORDS + r")\b", re.I)
_BAND_TEXT = re.compile(r"[(\[][^()\[\]]*\d\s*%[^()\[\]]*[)\]]")
_FACT_META = re.compile(r"^(?:figure|table|annex|appendix|see)\b|\bfigure \d|\btable \d", re.I)


@rule(
    "S9",
    "factual sentence with numbers or dates and no citation",
    ICD206,
    "warning",
    "Every number and date a reader might check needs the source it came from.",
)
def check_uncited_facts(ctx: AuditContext) -> Iterator[Hit]:
    for sentence in ctx.brief.in_section("body", "key_judgments"):
        if sentence.citations:
            continue
        text = _BAND_TEXT.sub(" ", strip_citations(sentence.text, sentence.citations))
        if estimative_terms(text) or confidence_level(text) or find_hedges(text) or _FACT_META.search(text):
            continue
        number = _FACT_NUMBER.search(text) or DATE.search(text)
        if number:
            yield Hit.at(
                sentence,
                f"the sentence states '{number.group(0)}' with no citation",
                "End the sentence with the citation of the reporting the figure or date comes from.",
            )


def _label(entry: ReferenceEntry) -> str:
    if entry.number:
        return f"[{entry.number}] {entry.author or entry.title}"[:60]
    return f"{entry.author} {entry.year}{entry.suffix}".strip() or entry.text[:60]
