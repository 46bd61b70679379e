"""Wrapped PDF lines joined back into words, compounds, names and URLs."""

from __future__ import annotations

import re

_TYPESET_HYPHENS = ("\u2010", "\u00ad")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_RUN = re.compile(r"(?<=[\w.,;:)\"'’”])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def join_lines(lines: list[str], known: set[str]) -> str:
    """Join wrapped lines: a URL broken at a slash joins with no space, a hyphenated word loses its break."""
    text = ""
    for line in lines:
        if not text:
            text = line
            continue
        tail = text.split()[-1] if text.split() else ""
        head = line.split()[0] if line.split() else ""
        if "://" in tail and tail.endswith(_TYPESET_HYPHENS):
            # No URL holds a typographic hyphen: the typesetter broke the address there.
            text = text[:-1] + line
        elif "://" in tail and tail.endswith(("/", "-", "_", ".", "=", "?", "&")):
            text += line
        elif _breaks_at_slash(tail, head):
            # Typesetters break "RFE/RL" or "and/or" after or before the slash with no space.
            text += line
        elif re.search(r"[^\W\d_][-\u2010\u00ad]$", text) and head[:1].islower():
            text = (text[:-1] if _dehyphenate(tail, head, known) else text) + line
        elif re.search(r"[^\W\d_][-\u2010\u00ad]$", text) and head[:1].isupper():
            # Before a capital the hyphen is the name's own ("Asia-Plus", "Interfax-Kazakhstan"),
            # unless the document spells the name unbroken elsewhere ("IntelliNews").
            text = (text[:-1] if _breaks_name(tail, head, known) else text) + line
        else:
            text += " " + line
    return re.sub(r"\s+", " ", text).strip()


def _breaks_at_slash(tail: str, head: str) -> bool:
    """True when a line ends or starts on a slash that joins two words ("RFE/" + "RL", "RFE" + "/RL").

    A slash standing alone between spaces ("Kazakhstan / Kyrgyzstan") keeps its spaces.
    """
    after = len(tail) > 1 and tail.endswith("/") and tail[-2].isalnum() and head[:1].isalnum()
    before = len(head) > 1 and head.startswith("/") and head[1].isalnum() and tail[-1:].isalnum()
    return after or before


def _dehyphenate(tail: str, head: str, known: set[str]) -> bool:
    """True when a line-end hyphen only broke a word, not a compound.

    A soft hyphen always breaks a word; a typesetter's hyphen (U+2010) does unless the compound
    is written elsewhere; an ASCII hyphen does only when the joined word occurs elsewhere and
    the compound does not.
    """
    stem = re.sub(r"[^\w]", "", tail[:-1]).lower()
    rest = re.sub(r"[^\w-]", "", head).lower()
    if tail.endswith("\u00ad"):
        return True
    if tail.endswith("\u2010"):
        return f"{stem}-{rest}" not in known
    return f"{stem}{rest}" in known and f"{stem}-{rest}" not in known


def _breaks_name(tail: str, head: str, known: set[str]) -> bool:
    """True when a line-end hyphen before a capital split one word rather than joined a compound."""
    stem = re.sub(r"[^\w]", "", tail[:-1]).lower()
    rest = re.sub(r"[^\w-]", "", head).lower()
    if tail.endswith("\u00ad"):
        return True
    return f"{stem}{rest}" in known and f"{stem}-{rest}" not in known


def superscript_notes(text: str) -> str:
    """Superscript note numbers ("killed³") as footnote markers ("killed[^3]")."""
    return _SUPERSCRIPT_RUN.sub(lambda m: f"[^{m.group(1).translate(_SUPERSCRIPTS)}]", text)
