"""Cross-check rules (X…): numbers, dates and places in cited sentences against the cited documents."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime

from text_to_num import alpha2digit

from assay.audit.brief import BriefSentence, InTextCitation, ReferenceEntry, normalise_author
from assay.audit.citations import strip_citations
from assay.audit.registry import AuditContext, Hit, rule
from assay.audit.structure import reference_index
from assay.gazetteer.gazetteer import find_demonyms
from assay.model import Document

E8 = "ICD 203 §D.6.e(8)"
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w])")
_BAND_TEXT = re.compile(r"[(\[][^()\[\]]*\d\s*%[^()\[\]]*[)\]]")
_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})\s+("
    + "|".join(_MONTH_NAMES)
    + r")\b|\b("
    + "|".join(_MONTH_NAMES)
    + r")\s+(\d{1,2})\b(?!,?\s*\d{3})"
)
_PLACE = re.compile(r"\b(?:in|at|near|outside|from)\s+((?:[A-Z][a-z’'-]+)(?:\s+[A-Z][a-z’'-]+)?)")
_NOT_PLACES = frozenset(
    {
        *_MONTH_NAMES,
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "A",
        "An",
        "Total",
        "Addition",
        "Response",
        "Particular",
        "Order",
        "Contrast",
        "Short",
        "Fact",
        "General",
        "Practice",
        "Turn",
        # Parts of a document, not places: "the matrix in Appendix B", "in Table 2", "in Section 3".
        "Appendix",
        "Annex",
        "Table",
        "Figure",
        "Section",
        "Chapter",
    }
)
_RATE = re.compile(
    r"\b(?:increase[ds]?|rise|rose|risen|grew|growth|jump(?:ed)?|fell|fall|decline[ds]?|drop(?:ped)?|"
    r"up|down|higher|lower|more than (?:the )?(?:previous|last))\b",
    re.I,
)
_SHARE_OF_PEOPLE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+|all\s+)?"
    r"(?:population|people|residents|citizens|adults|youths?|Muslims|believers|"
    r"respondents|[A-Z][a-z]+s)\b"
)


def _normalise(text: str) -> str:
    return str(alpha2digit(text, "en")).replace("\u00a0", " ")


def _match_documents(
    citation: InTextCitation, entry: ReferenceEntry | None, documents: Sequence[Document]
) -> list[Document]:
    """The documents a citation stands for: by URL, else by outlet/author and year (suffix = date order)."""
    if entry is not None and entry.url:
        by_url = [
            d
            for d in documents
            if entry.url.rstrip("/") in {(d.url or "").rstrip("/"), (d.canonical_url or "").rstrip("/")}
        ]
        if by_url:
            return by_url
    author = normalise_author(entry.author if entry and entry.author else citation.author)
    year = citation.year or (entry.year if entry else "")
    if entry is not None and not year:
        found = re.search(r"(?:19|20)\d\d", entry.date or entry.text)
        year = found.group(0) if found else ""
    suffix = citation.suffix or (entry.suffix if entry else "")
    if not author or not year:
        return []

    def same_name(document: Document) -> bool:
        names = [
            normalise_author(n) for n in (document.outlet_name, document.author or "", document.outlet_key)
        ]
        return any(
            n and (n == author or n.startswith(author + " ") or author.startswith(n + " ")) for n in names
        )

    candidates = sorted(
        (
            d
            for d in documents
            if same_name(d) and d.published_at is not None and str(d.published_at.year) == year
        ),
        key=lambda d: d.published_at or datetime.min,
    )
    if suffix and len(candidates) > 1:
        position = ord(suffix) - ord("a")
        return [candidates[position]] if 0 <= position < len(candidates) else []
    return candidates


def _cited_documents(ctx: AuditContext, sentence: BriefSentence) -> list[Document] | None:
    """Every document the sentence cites, or None when any citation cannot be matched to one."""
    index = reference_index(ctx.brief)
    documents: list[Document] = []
    for citation in sentence.citations:
        found = _match_documents(citation, index.get(citation.key), ctx.documents)
        if not found:
            return None
        documents.extend(found)
    return documents


def _context(text: str, start: int, end: int) -> str:
    """The sentence of the source around a span, for quoting in a suggestion."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = text.find(". ", end)
    return " ".join(text[left + 1 : right + 1 if right > 0 else len(text)].split())


def _sentence_facts(sentence: BriefSentence) -> str:
    return _normalise(_BAND_TEXT.sub(" ", strip_citations(sentence.text, sentence.citations)))


@rule(
    "X1",
    "number, date or place not in the cited source",
    E8,
    "error",
    "A figure that the cited source does not contain, or contradicts, misreports the evidence.",
)
def check_against_sources(ctx: AuditContext) -> Iterator[Hit]:
    if not ctx.documents:
        return
    for sentence in ctx.brief.in_section("body", "key_judgments", "alternatives"):
        if not sentence.citations:
            continue
        documents = _cited_documents(ctx, sentence)
        if not documents:
            continue
        facts = _sentence_facts(sentence)
        raw = " ".join(f"{d.title}. {d.text}" for d in documents)
        source = _normalise(raw)
        published = [d.published_at for d in documents if d.published_at]
        hit = (
            _missing_number(facts, source, raw, published)
            or _missing_date(facts, source, published)
            or _missing_place(facts, source)
        )
        if hit:
            value, evidence = hit
            where = "; ".join(c.raw for c in sentence.citations)
            suggestion = (
                f"The cited source says: '{evidence}'. Correct the sentence to match it."
                if evidence
                else f"Check '{value}' against {where} and correct or re-cite it."
            )
            yield Hit.at(
                sentence, f"'{value}' does not appear in the cited source ({where})", suggestion, value
            )


_REPORTED_COUNT = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|killed|dead|died|injured|wounded|arrested|detained|suspects|men|"
    r"women|children|fighters|militants|attackers|gunmen|civilians|officers|police|soldiers|servicemen|members|"
    r"citizens|convicted|sentenced|hostages|victims|recruiters|returnees|were|was)\b",
    re.I,
)


def _missing_number(facts: str, source: str, raw: str, published: list[datetime]) -> tuple[str, str] | None:
    """The first reported count in the sentence that the cited sources do not contain.

    Only counts of people and casualties are checked: the analyst's own aggregates (events per
    window, rate ratios, scores) and analysis windows are computed across sources and appear in
    none of them. Dates are checked as day and month by _missing_date.
    """
    source_flat = source.replace(",", "")
    for match in _NUMBER.finditer(facts):
        value = match.group(1).replace(",", "")
        if re.fullmatch(r"(?:19|20)\d\d", value) or not _REPORTED_COUNT.match(facts, match.end()):
            continue
        if _DAY_MONTH.search(facts[max(0, match.start() - 12) : match.end() + 12]) and int(value) <= 31:
            continue
        if re.search(r"(?<![\d.])" + re.escape(value) + r"(?![\d])", source_flat):
            continue
        return match.group(0), _counterpart(facts, match, raw)
    return None


def _counterpart(facts: str, match: re.Match[str], source: str) -> str:
    """The passage of the source that gives its own figure for the same thing, when one is found."""
    after = re.findall(r"[a-z]{4,}", facts[match.end() : match.end() + 40].lower())
    for word in after:
        stem = word[:5]
        for found in re.finditer(r"\b\w*" + re.escape(stem) + r"\w*", source, re.I):
            window = source[max(0, found.start() - 40) : found.end() + 40]
            if _NUMBER.search(_normalise(window)):
                return _context(source, found.start(), found.end())
    return ""


_MONTH = "(?:" + "|".join(_MONTH_NAMES) + ")"
_YEAR_NUMBER = r"(?:19|20)\d\d"
_WINDOW_END = (
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+{_YEAR_NUMBER})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+{_YEAR_NUMBER})?"
    rf"|{_MONTH}(?:\s+{_YEAR_NUMBER})?|{_YEAR_NUMBER}|\d{{4}}-\d\d-\d\d)"
)
# A period written out: "between 1 January and 31 December 2016", "from 1 May to 3 June", "1–3 May".
_WINDOW = re.compile(
    rf"\bbetween\s+{_WINDOW_END}\s+and\s+{_WINDOW_END}"
    rf"|\bfrom\s+{_WINDOW_END}\s+(?:to|until|till|through)\s+{_WINDOW_END}"
    rf"|{_WINDOW_END}\s*(?:to|until|till|through|[\u2013-])\s*{_WINDOW_END}"
)
_RANGE_AFTER = re.compile(r",?\s*(?:(?:19|20)\d\d)?\s*(?:to|until|through|[\u2013-])\s*\d")
_RANGE_BEFORE = re.compile(r"(?:\bto|\buntil|\bthrough|\bbetween|\bfrom|[\u2013-])\s*$")


def _missing_date(facts: str, source: str, published: list[datetime]) -> tuple[str, str] | None:
    windows = [m.span() for m in _WINDOW.finditer(facts)]
    for match in _DAY_MONTH.finditer(facts):
        if _RANGE_AFTER.match(facts, match.end()) or _RANGE_BEFORE.search(facts, 0, match.start()):
            # Either end of a period ("1 January 2015 to 31 December 2015") is an analysis window.
            continue
        if any(start <= match.start() and match.end() <= end for start, end in windows):
            continue
        day = match.group(1) or match.group(4)
        month = match.group(2) or match.group(3)
        pattern = rf"\b{day}\s+{month}\b|\b{month}\s+{day}\b"
        if re.search(pattern, source, re.I):
            continue
        month_number = _MONTH_NAMES.index(month) + 1
        if any(p.day == int(day) and p.month == month_number for p in published):
            continue
        return match.group(0), ""
    return None


def _missing_place(facts: str, source: str) -> tuple[str, str] | None:
    for match in _PLACE.finditer(facts):
        place = match.group(1)
        first = place.split()[0]
        if first in _NOT_PLACES or place in _NOT_PLACES:
            continue
        if re.search(r"\b" + re.escape(first[:-1] if len(first) > 5 else first), source):
            continue
        if _named_by_demonym(place, source):
            continue
        return place, ""
    return None


def _named_by_demonym(place: str, source: str) -> bool:
    """True when the source names the country by its people ("Tajik nationals" for Tajikistan)."""
    folded = place.lower()
    return any(folded.startswith(demonym) for demonym in find_demonyms(source))


@rule(
    "X2",
    "share of a population where the source gives a rate of change",
    E8,
    "error",
    "'12% of Kazakhs' and 'a 12% rise' are different quantities; conflating them misstates the evidence.",
)
def check_rate_as_share(ctx: AuditContext) -> Iterator[Hit]:
    if not ctx.documents:
        return
    for sentence in ctx.brief.in_section("body", "key_judgments", "alternatives"):
        if not sentence.citations:
            continue
        share = _SHARE_OF_PEOPLE.search(strip_citations(sentence.text, sentence.citations))
        documents = _cited_documents(ctx, sentence) if share else None
        if not share or not documents:
            continue
        value = share.group(1)
        for document in documents:
            text = document.text
            for found in re.finditer(r"(?<![\d.])" + re.escape(value) + r"\s*(?:%|per\s*cent|percent)", text):
                window = text[max(0, found.start() - 60) : found.end() + 40]
                if _RATE.search(window) and not re.search(
                    r"\bof\s+(?:the\s+)?(?:population|people|"
                    r"residents|citizens|respondents)",
                    window,
                ):
                    yield Hit.at(
                        sentence,
                        f"'{share.group(0)}' reads as a share of people, but the cited "
                        f"source gives {value}% as a rate of change",
                        f"The cited source says: '{_context(text, found.start(), found.end())}'. "
                        "Report it as a change, not as a share of the population.",
                        share.group(0),
                    )
                    break
            else:
                continue
            break
