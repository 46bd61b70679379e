"""The trigger lexicon (lexicon.yaml) as a spaCy PhraseMatcher, with vetoes of figurative uses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from assay.errors import ExtractError
from assay.extract.inflections import VERB_TAGS, expand_phrases, save_cache
from assay.extract.nlp import TEXT_WORD, at_word_starts, blank_pipeline, folds_like_ascii, text_words
from assay.taxonomy import EVENT_TYPES

_CAPITALISED_HOMONYMS = frozenset({"March", "May"})



@dataclass(frozen=True, slots=True)
class TriggerRule:
    """How one event type is triggered: which phrases need which context, and what vetoes them."""

    event_type: str
    context: frozenset[str]
    context_phrases: tuple[str, ...]
    stops_left: tuple[re.Pattern[str], ...]
    stops_right: tuple[re.Pattern[str], ...]
    context_ids: frozenset[int] = frozenset()  # the context words' string ids in the pipeline's vocab
    # The stops of each side joined into one alternation: it matches where any of them does, in one search.
    stop_left: re.Pattern[str] | None = None
    stop_right: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Trigger:
    """One accepted trigger match: event type, token range and character range in the document."""

    event_type: str
    start: int
    end: int
    char_start: int
    char_end: int
    text: str
    is_contextual: bool


_WORDS = TEXT_WORD


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled lexicon: a PhraseMatcher whose labels are "type|strong" or "type|contextual"."""

    matcher: PhraseMatcher
    rules: dict[str, TriggerRule]
    phrases_by_word: dict[str, tuple[tuple[frozenset[str], frozenset[str] | None], ...]]
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    any_pattern: re.Pattern[str] | None = None
    # Each pattern whose every match starts a word, as searched (nlp.at_word_starts); the pattern
    # itself stays in `patterns`, whose text the gates read.
    searched: dict[re.Pattern[str], re.Pattern[str]] = field(default_factory=dict)

    def has_pattern(self, text: str, words: set[str] | None = None) -> bool:
        """True when any regular-expression trigger matches somewhere in text.

        Each pattern is gated on the words its matches start with ("drove", "found", "held"), so a
        pattern whose lead word is absent is never searched (see `live_patterns`; a pattern led by a
        word as common as "to" is gated on a word it requires). The last text's answer is kept, as
        the extractor asks twice about each paragraph (prefilter, then tokenised chunk). `words`:
        see `live_patterns`.
        """
        if not self.patterns:
            return False
        if text is _LAST_TEXT[0]:
            return bool(_LAST_TEXT[1])
        live = live_patterns(self.patterns, text, words)
        searched = self.searched
        found = bool(live) and any(searched.get(p, p).search(text) is not None for _, p in live)
        _LAST_TEXT[0], _LAST_TEXT[1] = text, found
        return found

    def may_trigger(self, text: str, words: set[str] | None = None) -> bool:
        """Cheap superset test: could any trigger in `text` pass its context check?

        Each phrase is indexed by its longest word; a phrase can match only if all its words
        occur, and a contextual one only if a context word occurs too. Set operations over the
        lower-cased words cost a fraction of tokenising, so text without a possible trigger
        never reaches spaCy. `words`: the `text_words` of text, when the caller has them.
        """
        if words is None:
            words = text_words(text)
        if self.has_pattern(text, words):
            return True
        by_word = self.phrases_by_word
        # The keys view intersects by walking the smaller side: the text's few words.
        for word in by_word.keys() & words:
            for needed, context in by_word[word]:
                if needed <= words and (context is None or not words.isdisjoint(context)):
                    return True
        return False


_LEAD = re.compile(r"[A-Za-z]+")
# The last text has_pattern answered for, and its answer (identity test: strings are immutable).
_LAST_TEXT: list[Any] = [None, False]
# The last (text, patterns) live_patterns answered for, and its answer.
_LIVE: list[Any] = [None, None, ()]
# id(patterns) -> (the patterns, their gates).
_GATED: dict[int, tuple[object, _Gates]] = {}
_WORDS_KEPT = 200_000
# Lead words so common that gating on them saves nothing; such a pattern is always searched.
_TOO_COMMON = frozenset(
    {"to", "a", "an", "the", "in", "on", "at", "of", "and", "or", "is", "was", "will", "would"}
)


_GROUP = re.compile(r"\((?:[^()\\]|\\.)*\)[?*+]?(?:\{[^}]*\})?\??")
_ESCAPE = re.compile(r"\\.")


def _required_word(pattern: str) -> str | None:
    """The longest plain word (5+ letters) every match must contain: one written outside any
    group and not made optional ("...\\s+station\\s+..." in a pattern led by "to|will|would")."""
    flat = pattern
    while True:  # innermost groups first, until none is left
        stripped = _GROUP.sub(" ", flat)
        if stripped == flat:
            break
        flat = stripped
    if "(" in flat or "|" in flat:
        return None
    words = [m.group(0) for m in re.finditer(r"[A-Za-z]{5,}(?![?*{A-Za-z])", _ESCAPE.sub(" ", flat))]
    return max(words, key=len).lower() if words else None


def live_patterns(
    patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str, words: set[str] | None = None
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns that may match somewhere in text, in their order: those with a lead word in the
    lower-cased text, and those never gated; all of them when text folds unlike ASCII.

    Each lead word is looked for once (a C-level filter over the text), however many patterns
    share it. `words`, when given, are the `_WORDS` of the lower-cased text: a lead (ASCII letters)
    occurs in the text exactly when it occurs in one of them, as every run of letters lies inside
    one, and the patterns each word's leads open are read once per process. The last text's answer
    is kept: the extractor asks for every sentence of a paragraph.
    """
    if text is _LIVE[0] and patterns is _LIVE[1]:
        return _LIVE[2]  # type: ignore[no-any-return]
    gates = _gated_patterns(patterns)
    live = patterns
    if folds_like_ascii(text):
        opened = set(gates.always)
        if words is None:
            for lead in filter(text.lower().__contains__, gates.leads):
                opened |= gates.opens[lead]
        else:
            # Most paragraphs hold only words seen before, and none that opens a pattern: two
            # set operations in C answer for them.
            if not gates.seen.issuperset(words):
                _learn_words(gates, words - gates.seen)
            opening = gates.opening
            for word in opening.keys() & words:
                opened |= opening[word]
        if not opened:
            live = ()
        elif len(opened) < len(patterns):
            live = tuple(patterns[i] for i in sorted(opened))
    _LIVE[0], _LIVE[1], _LIVE[2] = text, patterns, live
    return live


def _learn_words(gates: _Gates, new: set[str]) -> None:
    """Note the patterns each new word's leads open (the words opening none are only remembered)."""
    if len(gates.seen) > _WORDS_KEPT:  # a bound on memory over a long run of varied text
        gates.seen.clear()
        gates.opening.clear()
    for word in new:
        held = [gates.opens[lead] for lead in filter(word.__contains__, gates.leads)]
        if held:
            gates.opening[word] = frozenset().union(*held)
    gates.seen.update(new)


@dataclass(slots=True)
class _Gates:
    """The regex triggers' gates: every lead word once, the patterns (by index) each lead opens,
    those never gated, the words seen so far, and the patterns opened by those among them that
    hold a lead."""

    leads: tuple[str, ...]
    opens: dict[str, frozenset[int]]
    always: frozenset[int]
    seen: set[str]
    opening: dict[str, frozenset[int]]


def _gated_patterns(patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> _Gates:
    found = _GATED.get(id(patterns))
    if found is None or found[0] is not patterns:
        opens: dict[str, set[int]] = {}
        always: set[int] = set()
        for i, (event_type, pattern) in enumerate(patterns):
            leads = pattern_leads(((event_type, pattern),))
            if leads is None or any(lead in _TOO_COMMON for lead in leads):
                word = _required_word(pattern.pattern)
                leads = None if word is None else (word,)
            if leads is None:
                always.add(i)
            for lead in leads or ():
                opens.setdefault(lead, set()).add(i)
        gates = _Gates(
            tuple(opens), {k: frozenset(v) for k, v in opens.items()}, frozenset(always), set(), {}
        )
        found = _GATED[id(patterns)] = (patterns, gates)
    return found[1]


def pattern_leads(patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[str, ...] | None:
    """Lower-case letters one of which every match of some pattern starts with; None when a pattern
    does not start with plain letters (then the patterns must always be searched)."""
    leads: list[str] = []
    for _, pattern in patterns:
        found = _leads(pattern.pattern)
        if found is None:
            return None
        leads += found
    return tuple(dict.fromkeys(leads))


def _leads(pattern: str) -> list[str] | None:
    """The literal letters each match of a pattern ("\\b(?:held|holds?)\\s...") starts with."""
    alternatives = _top_level_alternatives(pattern)
    if alternatives is None:
        return None
    out: list[str] = []
    for alternative in alternatives:
        alternative = alternative.removeprefix(r"\b")
        if alternative.startswith("(?:"):
            close = _closing_paren(alternative, 0)
            # An optional group does not have to start the match.
            if close is None or alternative[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            found = _leads(alternative[3:close])
        else:
            found = _letter_run(alternative)
        if found is None:
            return None
        out += found
    return out


def _letter_run(alternative: str) -> list[str] | None:
    m = _LEAD.match(alternative)
    if m is None:
        return None
    run = m.group()
    # A quantifier after the last letter makes that letter optional ("holds?" needs "hold").
    if alternative[m.end() : m.end() + 1] in ("?", "*", "{"):
        run = run[:-1]
    return [run.lower()] if run else None


def _group_marks(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of every character outside escapes and character classes, from
    `start`; depth counts the groups open around it ("(" and ")" carry the outer depth). A class
    may hold a literal "]" first ("[]...]", "[^]...]"). The last item is (len, "", depth) with
    depth -1 when a class was left open, so callers can tell an unreadable pattern."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        else:
            if c == ")":
                depth -= 1
            yield i, c, depth
            if c == "(":
                depth += 1
        i += 1
    yield len(pattern), "", -1 if in_class else depth


def _closing_paren(pattern: str, start: int) -> int | None:
    """Index of the parenthesis closing the group opened at `start` (escapes and classes skipped)."""
    return next((i for i, c, depth in _group_marks(pattern, start) if c == ")" and depth == 0), None)


def _top_level_alternatives(body: str) -> list[str] | None:
    """Split a group's body at its top-level bars; None when the body cannot be read."""
    parts, last = [], 0
    for i, c, depth in _group_marks(body):
        if depth < 0 or (not c and depth != 0):
            return None
        if c == "|" and depth == 0:
            parts.append(body[last:i])
            last = i + 1
    parts.append(body[last:])
    return parts


@cache
def load_lexicon() -> Lexicon:
    """Compile lexicon.yaml once per process, with the inflections its "inflection" settings ask for."""
    raw = yaml.safe_load(files("assay.extract").joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    nlp = blank_pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    settings = raw.get("inflection") or {}
    tags = _inflection_tags(settings)
    contexts: dict[str, list[str]] = raw["contexts"]
    if settings.get("contexts"):
        contexts = {name: expand_phrases(words, (), tags["contextual"]) for name, words in contexts.items()}
    phrases_of = _inflected_phrases(raw["types"], tags)
    rules: dict[str, TriggerRule] = {}
    by_word: dict[str, list[tuple[frozenset[str], frozenset[str] | None]]] = {}
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for key, spec in raw["types"].items():
        if key not in EVENT_TYPES:
            raise ExtractError(
                f"lexicon.yaml names event type {key!r}, which the taxonomy lacks; "
                f"use one of {', '.join(EVENT_TYPES)}"
            )
        for strength in ("strong", "contextual"):
            phrases = phrases_of[key, strength]
            if phrases:
                matcher.add(f"{key}|{strength}", [nlp.make_doc(p) for p in phrases])
        words = contexts.get(spec.get("context", ""), [])
        context_words = frozenset(w for phrase in words for w in _WORDS.findall(phrase.lower()))
        for strength in ("strong", "contextual"):
            for phrase in phrases_of[key, strength]:
                needed = frozenset(_WORDS.findall(phrase.lower()))
                by_word.setdefault(max(needed, key=len), []).append(
                    (needed, context_words if strength == "contextual" else None)
                )
        patterns += [(key, re.compile(p, re.I)) for p in spec.get("patterns") or []]
        stops = [re.compile(s, re.I) for s in spec.get("stop") or []]
        context = frozenset(w for w in words if " " not in w)
        rules[key] = TriggerRule(
            event_type=key,
            context=context,
            context_phrases=tuple(w for w in words if " " in w),
            stops_left=tuple(s for s in stops if s.pattern.endswith("$")),
            stops_right=tuple(s for s in stops if not s.pattern.endswith("$")),
            context_ids=frozenset(nlp.vocab.strings.add(w) for w in context),
            stop_left=_any_of([s for s in stops if s.pattern.endswith("$")]),
            stop_right=_any_of([s for s in stops if not s.pattern.endswith("$")]),
        )
    # One search for all patterns; each may name its own trigger group "t", which must not repeat.
    bare = [p.pattern.replace("(?P<t>", "(?:") for _, p in patterns]
    joined = re.compile("|".join(f"(?:{p})" for p in bare), re.I) if patterns else None
    save_cache()
    searched = {p: at_word_starts(p) for _, p in patterns if _opens_words(p.pattern)}
    by_word_tuples = {k: tuple(v) for k, v in by_word.items()}
    return Lexicon(matcher, rules, by_word_tuples, tuple(patterns), joined, searched)


def _opens_words(pattern: str) -> bool:
    """True when every match of the pattern starts a word: each of its alternatives opens on "\\b"
    and on the letters `_leads` reads."""
    alternatives = _top_level_alternatives(pattern)
    return (
        alternatives is not None
        and all(a.startswith(r"\b") for a in alternatives)
        and _leads(pattern) is not None
    )


def _any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching wherever one of `patterns` does; None for none.

    Patterns without capturing groups can hold no group reference, so each keeps its meaning
    inside the alternation; one with groups is refused (write it with "(?:...)").
    """
    if not patterns:
        return None
    grouped = [p.pattern for p in patterns if p.groups]
    if grouped:
        raise ExtractError(
            f"lexicon.yaml stop patterns must not capture groups; write (?:...) in {grouped[0]!r}"
        )
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.I)


def _inflection_tags(spec: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The verb forms generated for strong phrases, and for contextual phrases and context words."""
    out: dict[str, tuple[str, ...]] = {}
    for use, key in (("strong", "verb_forms"), ("contextual", "contextual_verb_forms")):
        tags = tuple(spec.get(key) or ())
        unknown = [t for t in tags if t not in VERB_TAGS]
        if unknown:
            raise ExtractError(
                f"lexicon.yaml inflection.{key} names {unknown!r}; use tags among {', '.join(VERB_TAGS)}"
            )
        out[use] = tags
    return out


def _inflected_phrases(
    types: dict[str, dict[str, list[str]]], tags: dict[str, tuple[str, ...]]
) -> dict[tuple[str, str], list[str]]:
    """Each type's strong and contextual phrases with their generated inflections (inflections.py).

    A generated form never takes the place of a phrase listed by hand anywhere in the lexicon
    (its listing is deliberate), and a contextual phrase never repeats a strong form of its type.
    """
    listed = {p for spec in types.values() for s in ("strong", "contextual") for p in spec.get(s) or []}
    out: dict[tuple[str, str], list[str]] = {}
    for key, spec in types.items():
        strong = expand_phrases(spec.get("strong") or [], listed, tags["strong"])
        out[key, "strong"] = strong
        out[key, "contextual"] = expand_phrases(
            spec.get("contextual") or [], listed | set(strong), tags["contextual"]
        )
    return out


def _has_context(rule: TriggerRule, lowers: list[int], sent: Span, text: str, start: int, end: int) -> bool:
    """True when a context word stands in the sentence outside tokens start..end (`lowers`: the
    string ids of its tokens' lower-case forms, the LOWER attribute)."""
    first = sent.start
    ids = rule.context_ids
    if not ids.isdisjoint(lowers[: start - first]) or not ids.isdisjoint(lowers[end - first :]):
        return True
    if rule.context_phrases:
        lowered = text[sent.start_char : sent.end_char].lower()
        return any(map(lowered.__contains__, rule.context_phrases))
    return False


def _is_vetoed(rule: TriggerRule, text: str, sent: Span, char_start: int, char_end: int) -> bool:
    left = text[max(sent.start_char, char_start - 60) : char_start]
    right = text[char_end : min(sent.end_char, char_end + 80)]
    return (rule.stop_left is not None and rule.stop_left.search(left) is not None) or (
        rule.stop_right is not None and rule.stop_right.search(right) is not None
    )


def find_triggers(doc: Doc, text: str, sent: Span, matches: list[tuple[int, int, int]]) -> list[Trigger]:
    """Accept the matches inside one sentence that pass their context and veto checks (`text` = doc.text)."""
    lexicon = load_lexicon()
    vocab = doc.vocab.strings
    out: list[Trigger] = []
    lowers: list[int] | None = None  # the sentence's LOWER ids, read once when needed
    for match_id, start, end in matches:
        if start < sent.start or end > sent.end:
            continue
        label = vocab[match_id]
        event_type, strength = label.split("|")
        rule = lexicon.rules[event_type]
        first = doc[start]
        if end - start == 1 and first.text in _CAPITALISED_HOMONYMS:
            continue
        is_contextual = strength == "contextual"
        if is_contextual:
            if lowers is None:
                # One array read instead of a Token object per word.
                lowers = doc.to_array(LOWER)[sent.start : sent.end].tolist()
            if not _has_context(rule, lowers, sent, text, start, end):
                continue
        span = doc[start:end]
        c0, c1 = span.start_char, span.end_char
        if _is_vetoed(rule, text, sent, c0, c1):
            continue
        out.append(Trigger(event_type, start, end, c0, c1, text[c0:c1], is_contextual))
    return _drop_nested(out + find_pattern_triggers(doc, text, sent))


def _drop_nested(triggers: list[Trigger]) -> list[Trigger]:
    """Keep the longest of overlapping matches (a "suicide car bomb" is not also a "car bomb").

    A longer contextual phrase that swallows a strong one of the same type ("opened fire on"
    around "opened fire") keeps the strength of what it swallowed.
    """
    ordered = sorted(triggers, key=lambda t: (-(t.end - t.start), t.start))
    kept: list[Trigger] = []
    for t in ordered:
        overlapping = [i for i, k in enumerate(kept) if t.start < k.end and k.start < t.end]
        if not overlapping:
            kept.append(t)
            continue
        for i in overlapping:
            k = kept[i]
            if k.is_contextual and not t.is_contextual and k.event_type == t.event_type:
                kept[i] = replace(k, is_contextual=False)
    return sorted(kept, key=lambda t: t.start)


def find_pattern_triggers(doc: Doc, text: str, sent: Span) -> list[Trigger]:
    """Strong triggers written as regular expressions (lexicon.yaml "patterns"): phrasings with open slots.

    A pattern with a group named "t" triggers on that group only (the rest is its context).
    """
    out: list[Trigger] = []
    lexicon = load_lexicon()
    # A pattern that cannot match anywhere in text cannot match in its sentence.
    for event_type, pattern in live_patterns(lexicon.patterns, text):
        pattern = lexicon.searched.get(pattern, pattern)
        group = "t" if "t" in pattern.groupindex else 0
        for m in pattern.finditer(text, sent.start_char, sent.end_char):
            span = doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
            if span is not None:
                out.append(
                    Trigger(
                        event_type, span.start, span.end, span.start_char, span.end_char, span.text, False
                    )
                )
    return out
