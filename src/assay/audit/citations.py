"""In-text citations (author-date, "Anon.", numeric and footnote styles) and reference-list entries."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assay.audit.brief import InTextCitation, ReferenceEntry, normalise_author

_YEAR = r"(?:1[89]\d\d|20\d\d|n\.d\.)"
_PAREN = re.compile(r"\(([^()]*?" + _YEAR + r"[a-z]?[^()]*?)\)")
_AUTHOR_DATE = re.compile(
    r"^(?:(?:e\.g\.|see(?: also)?|cf\.|also)[,:]?\s+)?"
    r"(?P<author>Anon\.?|[^\s;()][^;()]*?)[,]?\s+"
    r"(?P<year>" + _YEAR + r")(?P<suffix>[a-z])?(?:,\s*(?:pp?\.|para\.)\s*[\d\u2013-]+)?\s*$"
)
# Lower-case name particles ("de Waal", "van der Berg", "al-Rashid", "d'Estaing").
PARTICLES = frozenset(
    "de del della der den des di da das do dos du van von vom zu le la les al el bin ibn ben ten "  # noqa: SIM905
    "ter d l mac".split()
)
# Words a parenthetical like "(in Kazakhstan 2015)" opens with that no author key does.
_NOT_AUTHORS = frozenset(
    "a an and as at about after around before between by circa ca c during early end est from "  # noqa: SIM905
    "in late mid of on or per since the to until up down with approx approximately fiscal fy q "
    "see also cf e.g i.e".split()
)
_DOMAIN = re.compile(r"^[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)
_NAME_START = re.compile(r"^(?:[A-Z\u0400-\u04FF]|\d+[.-]?[A-Za-z])")
_PARTICLE_JOIN = re.compile(r"^([a-z]+)['\u2019-][A-Z]")
_NARRATIVE = re.compile(
    r"(?P<author>\bAnon\.|(?<![\w.])[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}(?![\w.])|"
    r"\b[A-Z][\w&.'\u2019-]*(?:\s+(?:[A-Z][\w&.'\u2019-]*|et al\.|and|&)){0,3})"
    r"\s+\((?P<year>" + _YEAR + r")(?P<suffix>[a-z])?\)"
)
_NUMERIC = re.compile(r"\[(\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*)\](?!\()")
_FOOTNOTE = re.compile(r"\[\^(\w+)\]")
_URL = re.compile(r"https?://[^\s<>\")]+[^\s<>\").,;]")
_ACCESSED = re.compile(r"\b(?:accessed|retrieved|viewed|consulted)(?:\s+on)?\s*:?\s*([^.;\]\)]+)", re.I)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DATE = re.compile(
    r"\b(?:\d{1,2}\s+(?:" + _MONTHS + r")\.?(?:,?\s+\d{4})?|(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.I,
)
_QUOTED_TITLE = re.compile(r"[\"“‘'](?P<title>[^\"”’]{4,}?)[\"”’'](?=[\s,.;:]|$)")
_NUMBER_KEY = re.compile(r"^\s*(?:\[\^?(?P<a>\w+)\]:?|(?P<b>\d{1,3})[.)])\s+")


def find_citations(text: str, known: frozenset[str] = frozenset()) -> list[InTextCitation]:
    """Every in-text citation in a sentence, in order of appearance.

    `known` holds the normalised authors of the reference list, so a key no pattern can tell from
    prose ("(eurasianet 2016)", "bne IntelliNews (2016)") is still read as the citation it is.
    """
    found: list[tuple[int, InTextCitation]] = []
    taken: list[tuple[int, int]] = []
    for match in _PAREN.finditer(text):
        parts = [p.strip() for p in match.group(1).split(";")]
        parsed = [_author_date(p, known) for p in parts]
        if not parts or not all(parsed):
            continue
        taken.append(match.span())
        for part, hit in zip(parts, parsed, strict=True):
            assert hit is not None
            found.append(
                (match.start(), InTextCitation(part, hit["author"].strip(), hit["year"], hit["suffix"] or ""))
            )
    for match in _NARRATIVE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        author = match["author"].strip()
        if author.split()[0] in {"In", "By", "Since", "From", "During", "Until", "The"}:
            author = " ".join(author.split()[1:])
        start, author = _extend_back(text, match.start(), author, known)
        if author:
            raw = text[start : match.end()]
            found.append((start, InTextCitation(raw, author, match["year"], match["suffix"] or "")))
    for match in _NUMERIC.finditer(text):
        for number in _expand_numbers(match.group(1)):
            found.append((match.start(), InTextCitation(match.group(0), "", "", number=number)))
    for match in _FOOTNOTE.finditer(text):
        found.append((match.start(), InTextCitation(match.group(0), "", "", number=match.group(1))))
    return [c for _, c in sorted(found, key=lambda pair: pair[0])]


def _author_date(part: str, known: frozenset[str]) -> re.Match[str] | None:
    hit = _AUTHOR_DATE.match(part)
    return hit if hit and is_author_key(hit["author"].strip(), known) else None


def is_author_key(author: str, known: frozenset[str] = frozenset()) -> bool:
    """True when the text before a year in a citation names an author, outlet or site.

    Keys that open in lower case are real ("de Waal", "van Dijk", "bne IntelliNews",
    "prokuratura.tj", "al-Rashid", "iStories"), but so are asides like "(in Kazakhstan 2015)":
    a lower-case key must open with a particle, a domain or a brand, and go on as a name does.
    """
    if re.fullmatch(r"Anon\.?", author) or _NAME_START.match(author):
        return True
    if normalise_author(author) in known:
        return True
    words = author.split()
    if not words or len(words) > 8 or "%" in author or DATE.search(author):
        return False
    first, rest = words[0], words[1:]
    if first.lower().rstrip(".,:") in _NOT_AUTHORS or not all(_continues_name(w) for w in rest):
        return False
    joined = _PARTICLE_JOIN.match(first)
    if (joined and joined[1] in PARTICLES) or _DOMAIN.match(first) or re.match(r"[a-z]+[A-Z]", first):
        return True
    # A particle or a lower-case brand ("bne IntelliNews") needs a capitalised name after it.
    return any(w[:1].isupper() for w in rest)


def _continues_name(word: str) -> bool:
    return bool(
        word[:1].isupper()
        or word[:1].isdigit()
        or word[:1] in "[&"
        or word in PARTICLES
        or word in {"et", "al.", "al", "and", "of", "for"}
        or _PARTICLE_JOIN.match(word)
    )


def _extend_back(text: str, start: int, author: str, known: frozenset[str]) -> tuple[int, str]:
    """Take in lower-case words before a narrative citation that belong to the name ("van Dijk (2016)")."""
    while True:
        head = re.search(r"(\S+)\s+$", text[:start])
        if not head:
            return start, author
        word = head.group(1)
        longer = f"{word} {author}"
        if word in PARTICLES or (word[:1].islower() and normalise_author(longer) in known):
            start, author = head.start(1), longer
            continue
        return start, author


def _expand_numbers(group: str) -> list[str]:
    numbers: list[str] = []
    for piece in re.split(r"\s*,\s*", group):
        ends = re.split(r"\s*[\u2013-]\s*", piece)
        if len(ends) == 2 and ends[0].isdigit() and ends[1].isdigit() and int(ends[0]) < int(ends[1]) < 1000:
            numbers.extend(str(n) for n in range(int(ends[0]), int(ends[1]) + 1))
        else:
            numbers.append(piece)
    return numbers


def strip_citations(text: str, citations: Sequence[InTextCitation] = ()) -> str:
    """The sentence with its citations removed, so citation years are not read as facts.

    Pass the sentence's parsed citations so keys only the reference list vouches for go too.
    """
    cited = {c.raw for c in citations}
    text = _FOOTNOTE.sub("", _NUMERIC.sub("", text))
    text = _PAREN.sub(
        lambda m: (
            ""
            if all(p.strip() in cited or _author_date(p.strip(), frozenset()) for p in m.group(1).split(";"))
            else m.group(0)
        ),
        text,
    )
    return _NARRATIVE.sub(lambda m: m.group("author"), text)


_ENTRY_AUTHOR_DATE = re.compile(
    '^(?P<author>Anon\\.?|[^()"\u201c\u201d\u2018]{1,120}?)'
    r"[.,]?\s*\(?(?P<year>" + _YEAR + r")(?P<suffix>[a-z])?\)?[.,:]?\s+"
)


def parse_reference(text: str, line: int) -> ReferenceEntry:
    """Split one reference-list or note entry into its author/key, title, outlet, dates and URL."""
    number = ""
    rest = text.strip()
    numbered = _NUMBER_KEY.match(rest)
    if numbered:
        number = numbered["a"] or numbered["b"] or ""
        rest = rest[numbered.end() :]
    author = year = suffix = ""
    head = None if number else _ENTRY_AUTHOR_DATE.match(rest)
    if head:
        author, year, suffix = head["author"].strip(" .,"), head["year"], head["suffix"] or ""
        rest_after = rest[head.end() :]
    else:
        rest_after = rest
    url_match = _URL.search(rest_after)
    url = url_match.group(0) if url_match else ""
    accessed_match = _ACCESSED.search(rest_after)
    accessed = (
        accessed_match.group(1).strip() if accessed_match and DATE.search(accessed_match.group(1)) else ""
    )
    remainder = rest_after
    if accessed_match:
        remainder = remainder[: accessed_match.start()] + remainder[accessed_match.end() :]
    if url_match:
        remainder = remainder.replace(url, " ")
    dates = DATE.findall(remainder)
    date = dates[0] if dates else ""
    title_match = _QUOTED_TITLE.search(remainder)
    title = title_match["title"].strip() if title_match else ""
    if title_match:
        remainder = remainder[: title_match.start()] + remainder[title_match.end() :]
    for found in dates:
        remainder = remainder.replace(found, " ")
    pieces = [p.strip(" .,;:[]()") for p in re.split(r"[.,;](?:\s|$)|\[online\]|Available at:?", remainder)]
    pieces = [p for p in pieces if p and not re.fullmatch(r"(?:Available|URL|online|n\.d\.|\d+)", p, re.I)]
    if not title and pieces:
        names_author = len(pieces) == 1 and _same_name(pieces[0], author)
        title = pieces.pop(0) if len(pieces) > 1 or (head and not names_author) else ""
    outlet = pieces[0] if pieces else ""
    if number and not author:
        author = outlet or ""
    return ReferenceEntry(
        text=text.strip(),
        line=line,
        author=author,
        year=year,
        suffix=suffix,
        number=number,
        title=title,
        outlet=outlet,
        date=date,
        url=url,
        accessed=accessed,
    )


def _same_name(piece: str, author: str) -> bool:
    """True when a leftover piece is the author's own outlet name ("BBC" and "BBC News")."""
    first, name = normalise_author(piece), normalise_author(author)
    return bool(first and name) and (first.startswith(name) or name.startswith(first))
