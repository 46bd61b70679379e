"""The parsed structure of a brief under audit: blocks, sentences, citations and references."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullet"]
SectionKind = Literal[
    "front",
    "question",
    "key_judgments",
    "body",
    "alternatives",
    "assumptions",
    "indicators",
    "source_summary",
    "references",
]


@dataclass(frozen=True, slots=True)
class Block:
    """One heading, paragraph or list item as a reader found it, with the line it starts on."""

    kind: BlockKind
    text: str
    line: int
    level: int = 0
    lines: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class InTextCitation:
    """One in-text citation: an author-date key ("BBC 2016a") or a numeric/footnote marker ("3")."""

    raw: str
    author: str
    year: str
    suffix: str = ""
    number: str = ""

    @property
    def key(self) -> str:
        """The normalised key that references are matched on."""
        if self.number:
            return f"#{self.number}"
        return f"{normalise_author(self.author)} {self.year}{self.suffix}"

    @property
    def is_anonymous(self) -> bool:
        """True for "Anon." and similar unattributed citations."""
        return normalise_author(self.author) in ANONYMOUS_AUTHORS


@dataclass(frozen=True, slots=True)
class ReferenceEntry:
    """One entry of the reference list or notes, with the elements found in it."""

    text: str
    line: int
    author: str = ""
    year: str = ""
    suffix: str = ""
    number: str = ""
    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    accessed: str = ""

    @property
    def key(self) -> str:
        """The normalised key in-text citations are matched on."""
        if self.number:
            return f"#{self.number}"
        return f"{normalise_author(surname(self.author))} {self.year}{self.suffix}"

    @property
    def is_anonymous(self) -> bool:
        """True when the entry names no author or outlet."""
        return normalise_author(self.author) in ANONYMOUS_AUTHORS


@dataclass(frozen=True, slots=True)
class BriefSentence:
    """One sentence with its location, the section it sits in and the citations it carries."""

    text: str
    line: int
    paragraph: int
    section: SectionKind
    item: int
    citations: tuple[InTextCitation, ...] = ()

    @property
    def is_key_judgment(self) -> bool:
        """True when the sentence belongs to the key judgments / BLUF."""
        return self.section == "key_judgments"


@dataclass(slots=True)
class ParsedBrief:
    """Everything the rules look at: title, question, sentences by section and the reference list."""

    path: str
    title: str = ""
    title_line: int = 1
    question: str = ""
    question_line: int | None = None
    sentences: list[BriefSentence] = field(default_factory=list)
    references: list[ReferenceEntry] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)

    def in_section(self, *sections: SectionKind) -> list[BriefSentence]:
        """Sentences in any of the given sections."""
        return [s for s in self.sentences if s.section in sections]

    @property
    def key_judgments(self) -> list[BriefSentence]:
        """The key-judgment sentences."""
        return self.in_section("key_judgments")

    @property
    def full_text(self) -> str:
        """Every sentence joined, headings included, for whole-document checks."""
        return "\n".join([self.title, self.question, *self.headings, *(s.text for s in self.sentences)])

    def summary(self) -> dict[str, int | str | bool]:
        """Counts of what was parsed, for the report."""
        cited = sum(1 for s in self.sentences if s.citations)
        return {
            "title": self.title,
            "question": self.question,
            "sentences": len(self.sentences),
            "key_judgments": len(self.key_judgments),
            "cited_sentences": cited,
            "citations": sum(len(s.citations) for s in self.sentences),
            "references": len(self.references),
            "has_source_summary": any(s.section == "source_summary" for s in self.sentences),
        }


ANONYMOUS_AUTHORS = frozenset({"anon", "anonymous", "unattributed", "unknown", "n/a", "no author"})


_PERSON = re.compile(r"([^,;&]+?),\s*((?:[A-Z][a-z]?\.?\s*-?\s*)+?)(?=\s*(?:,|;|&|\band\b|$))")


def surname(author: str) -> str:
    """'Lillis, J.' → 'Lillis': in-text citations name people by surname only.

    Two people are cited by both surnames ("Service, R. K. and Service, R. T." → "Service and
    Service"), three or more by the first and "et al.".
    """
    people = list(_PERSON.finditer(author))
    leftover = _PERSON.sub("", author)
    if not people or re.sub(r"[\s,;&.]|\band\b", "", leftover):
        return author
    names = [re.sub(r"^\s*(?:and|&)\s+", "", m.group(1)).strip(" ,;") for m in people]
    if len(names) == 1:
        return names[0]
    return f"{names[0]} and {names[1]}" if len(names) == 2 else f"{names[0]} et al."


def normalise_author(author: str) -> str:
    """Lower-case an author or outlet name and drop punctuation so 'Anon.' and 'anon' match."""
    cleaned = "".join(ch for ch in author.lower().replace("&", " and ") if ch.isalnum() or ch in " /")
    # A line wrapped at a slash leaves a space beside it ("RFE/ RL"); the name has none.
    cleaned = re.sub(r"\s*/\s*", "/", cleaned)
    return " ".join(cleaned.replace(" et al", "").split())
