"""Reference-list entries put back together when a layout split one entry into several blocks."""

from __future__ import annotations

import re

_YEAR = r"(?:1[89]\d\d|20\d\d|n\.d\.)"
# An author-date entry opens with its author or outlet and then its (year), as in "Reuters (2016)".
_ENTRY_HEAD = re.compile(
    r"^(?P<author>Anon\.?|[^()\"\u201c\u201d\u2018\u2019]{1,160}?)[.,]?\s*\((?P<year>" + _YEAR + r")[a-z]?\)"
)
_NUMBERED = re.compile(r"^\s*(?:\[\^?\w+\]:?|\d{1,3}[.)])\s+")
_ANY_YEAR = re.compile(r"\b" + _YEAR)
# A year must come within about two printed lines of an entry's start.
_HEAD_REACH = 200
# Longer than this before the year, the opening is a sentence, not a name.
_NAME_LENGTH = 16
# Words that may stand inside an author or outlet name without a capital.
_NAME_WORDS = frozenset(
    "and of for the on de del der den des di da du van von al el la le bin ibn et al. al &".split()  # noqa: SIM905
)
_TAIL_START = re.compile(
    r"^(?:[a-z(\"\u201c\u2018']|https?://|/|\[online\]|Available\b|Accessed\b|Retrieved\b|\d)"
)
_ENTRY_END = re.compile(r"[.)\]]$|https?://\S+$")


def rejoin_entries(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Merge blocks a wrap split off an author-date entry; other lists pass through unchanged.

    In an author-date list every entry opens with a name and a (year) within its first two
    lines. A run of short name-like pieces with no year ("Turkmenistan") whose next piece
    continues the name up to the year ("Today (2015) ...") is that entry's first line, whatever
    the indentation said; a piece that opens like the middle of an entry (lower case, a bracket,
    "Available at", a URL) or follows an unfinished entry is that entry's tail.
    """
    if not _author_date_list(pieces):
        return pieces
    merged: list[tuple[str, int]] = []
    index = 0
    while index < len(pieces):
        text, line = pieces[index]
        index += 1
        if _name_fragment(text):
            run, ahead = text, index
            while ahead < len(pieces) and _name_fragment(pieces[ahead][0]) and len(run) < _HEAD_REACH:
                run, ahead = _join(run, pieces[ahead][0]), ahead + 1
            if ahead < len(pieces) and _continues_name(run, pieces[ahead][0]):
                text, index = _join(run, pieces[ahead][0]), ahead + 1
        if merged and _is_tail(text, merged[-1][0]):
            merged[-1] = (_join(merged[-1][0], text), merged[-1][1])
        else:
            merged.append((text, line))
    return merged


def _author_date_list(pieces: list[tuple[str, int]]) -> bool:
    """True when most pieces open as author-date entries and none is numbered."""
    if any(_NUMBERED.match(text) for text, _ in pieces):
        return False
    heads = sum(1 for text, _ in pieces if _opens_entry(text))
    return heads >= 2 and heads * 2 >= len(pieces)


def _opens_entry(text: str) -> bool:
    """True when a name of a few words and a (year) open the piece within its first two lines."""
    head = _ENTRY_HEAD.match(text.strip())
    return head is not None and head.end() <= _HEAD_REACH and len(head["author"].split()) <= _NAME_LENGTH


def _name_fragment(text: str) -> bool:
    """A short piece that is only (part of) a name: no year, no quoted title, no URL."""
    text = text.strip()
    if not text or len(text) > _HEAD_REACH or _ANY_YEAR.search(text) or "://" in text:
        return False
    if re.search(r"[\"\u201c\u201d\u2018\u2019()]", text):
        return False
    return all(_name_word(word) for word in text.split())


def _name_word(word: str) -> bool:
    bare = word.strip(",;:")
    return bool(bare) and (bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in _NAME_WORDS)


def _continues_name(fragment: str, following: str) -> bool:
    """True when the fragment joined to the next piece opens an entry and the next piece alone names no one.

    "Turkmenistan" + "Today (2015) ..." opens as "Turkmenistan Today (2015)"; the next piece must
    open with name words straight up to its year, so a real entry after a stray line is kept whole.
    """
    head = _ENTRY_HEAD.match(following.strip())
    if head is None or not all(_name_word(word) for word in head["author"].split()):
        return False
    return _opens_entry(_join(fragment, following))


def _is_tail(text: str, previous: str) -> bool:
    """A piece that cannot open an entry and follows one that did not close reads as its tail."""
    text, previous = text.strip(), previous.strip()
    if _opens_entry(text):
        return False
    head = _ENTRY_HEAD.match(previous)
    bare_head = head is not None and not previous[head.end() :].strip(" .,:")
    return bare_head or bool(_TAIL_START.match(text)) or not _ENTRY_END.search(previous)


def _join(first: str, second: str) -> str:
    """Join two pieces of one entry; a break at a slash, or at a hyphen before a capital, takes no space.

    The hyphen before a capital is the name's own ("Interfax-" + "Kazakhstan"), so it stays.
    """
    first, second = first.rstrip(), second.lstrip()
    if (
        re.search(r"\w/$", first)
        or re.match(r"/\w", second)
        or (re.search(r"\w-$", first) and second[:1].isupper())
    ):
        return first + second
    return f"{first} {second}"
