"""The extractor's shortcuts give the answers of the slow forms they stand for.

Each fast path (word-set prefilters, cue-gated date patterns, the array-based sentence split,
the prefix-factored country alternation) must agree with the plain regular expression or spaCy
component it replaces, on hand-written sentences and on generated text built from the words
that matter, including the letters that fold to ASCII under re.I ("İ", "ı", "ſ", the Kelvin sign).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assay.extract.actors import state_hits, trie_alternation
from assay.extract.dates import _CUE, _PATTERNS, _cues_in, has_date_cue
from assay.extract.disclosures import (
    _CHEAP_MATTER,
    _CHEAP_OFFICIAL,
    _CHEAP_VERB,
    find_disclosure,
    may_disclose,
)
from assay.extract.lexicon import _required_word, live_patterns, load_lexicon, pattern_leads
from assay.extract.nlp import blank_pipeline, folds_like_ascii, sentences_of, text_words, tokenize

_WORDS = [
    # disclosure and trigger vocabulary
    "the", "Interior", "Ministry", "ministry", "said", "SAID", "according", "to", "officials", "police",
    "chief", "prosecutor-general", "MPs", "200", "two", "dozens", "ordered", "fighting", "in", "Syria",
    "told", "were", "eleven", "came", "from", "figure", "briefing", "at", "a", "Friday",
    "drove", "a", "truck", "into", "crowd", "found", "guilty", "held", "press", "conference", "signed",
    "declaration", "listed", "as", "terrorist", "organisation", "attack", "bomb", "exploded", "gunmen",
    # date vocabulary
    "on", "Monday", "monday", "Tuesday", "day", "days", "ago", "the", "eve", "evening", "overnight",
    "yesterday", "June", "5", "2016", "Sept.", "early", "October", "last", "week", "winter", "mid-May",
    "May", "may", "be", "following", "since", "Jan", "12.03.2015", "2015-03-12", "mid", "-", "Juneto", "7",
    "from", "between", "1999", "to", "2003", "attacks", "end", "of", "December", "Dec.", "decided",
    # countries and demonyms for the state pattern
    "Kazakhstan", "Kazakh", "Kyrgyzstan's", "government", "authorities", "Tajik", "Britain", "raised",
    # letters that fold to ASCII under re.I, and other non-ASCII text
    "İnterior", "mİnistry", "\u212aazakh", "ſaid", "ıd", "Almatı", "“quoted”", "—", "Tōkyō", "٣",
]  # fmt: skip
_SEPARATORS = [" ", " ", " ", ", ", ". ", "! ", "? ", "; ", " - ", "\n", "'s ", "’s ", " (", ") ", '" ']


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=25))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))


def _may_disclose_plain(text: str) -> bool:
    return bool(_CHEAP_MATTER.search(text) and _CHEAP_VERB.search(text) and _CHEAP_OFFICIAL.search(text))


def test_disclosure_prefilter_answers_like_the_three_searches() -> None:
    cases = [
        "The Interior Ministry said 200 Tajiks are fighting in Syria.",
        "According to the prosecutor-general, dozens were detained.",
        "The mİnistry said 200 left.",  # "İ" matches "i" under re.I: the word test must not be trusted
        "Police said nothing more.",  # no figure or order
        "Analysts estimate 200 fighters.",  # no official
    ]
    assert [may_disclose(t) for t in cases] == [True, True, True, False, False]
    assert [_may_disclose_plain(t) for t in cases] == [True, True, True, False, False]


@settings(max_examples=400, deadline=None)
@given(texts())
def test_disclosure_prefilter_agrees_on_generated_text(text: str) -> None:
    assert may_disclose(text) == _may_disclose_plain(text)


def test_disclosure_without_a_figure_word_still_passes_the_official_test() -> None:
    # "told to" is an order the matter test does not know; eleven is a figure it does not list.
    ordered = "Officials at the ministry said imams were told to report on their congregations."
    assert find_disclosure(ordered) is not None
    assert not may_disclose(ordered)
    assert may_disclose(ordered, need_matter=False)
    assert not may_disclose("Gunmen killed eleven people in the market.", need_matter=False)


@settings(max_examples=400, deadline=None)
@given(texts(), st.booleans())
def test_official_test_passes_every_disclosure(text: str, about_travel: bool) -> None:
    if find_disclosure(text, about_travel) is not None:
        assert may_disclose(text, need_matter=False)
    assert may_disclose(text, need_matter=False) == bool(
        _CHEAP_VERB.search(text) and _CHEAP_OFFICIAL.search(text)
    )


def test_pattern_leads_read_the_letters_each_match_starts_with() -> None:
    def leads(*patterns: str) -> tuple[str, ...] | None:
        return pattern_leads(tuple(("t", re.compile(p, re.I)) for p in patterns))

    assert leads(r"\b(?:held|holds?)\s+a\b", r"\bdrove\s+into") == ("held", "hold", "drove")
    assert leads(r"\brecogni[sz]ed\s+as") == ("recogni",)
    assert leads(r"(?:a|b)?c") is None  # the optional group need not start the match
    assert leads(r"\bx?y") is None  # nor its only letter
    assert leads(r"\s+word") is None


@settings(max_examples=400, deadline=None)
@given(texts())
def test_pattern_triggers_prefilter_agrees_with_the_joined_search(text: str) -> None:
    lexicon = load_lexicon()
    assert lexicon.any_pattern is not None
    assert lexicon.has_pattern(text) == (lexicon.any_pattern.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(texts())
def test_live_patterns_from_the_words_are_those_from_the_text(text: str) -> None:
    lexicon = load_lexicon()
    plain = live_patterns(lexicon.patterns, text)
    # A copy is a new string: the one-text memo must not answer for it.
    again = live_patterns(lexicon.patterns, "".join(text), text_words(text))
    assert again == plain
    assert lexicon.may_trigger(text, text_words(text)) == lexicon.may_trigger(text)
    # Every pattern that matches somewhere is live.
    assert {p for _, p in lexicon.patterns if p.search(text)} <= {p for _, p in plain}


def test_a_lead_inside_a_longer_word_keeps_its_pattern_live() -> None:
    lexicon = load_lexicon()
    by_pattern = {p.pattern: p for _, p in lexicon.patterns}
    drove = next(p for p in by_pattern.values() if p.pattern.startswith(r"\b(?:drove|driving)"))
    # "drove" is found in "overdrove" and in "re-drove": the words hold it, as the text does.
    for text in ("He overdrove the car.", "He re-drove the lorry.", "Drove."):
        assert drove in {p for _, p in live_patterns(lexicon.patterns, text, text_words(text))}
    assert drove not in {p for _, p in live_patterns(lexicon.patterns, "He drive.", text_words("He drive."))}


@settings(max_examples=400, deadline=None)
@given(texts(), st.booleans())
def test_disclosure_prefilter_on_the_paragraph_words_answers_as_on_the_text(text: str, matter: bool) -> None:
    fast = may_disclose(text, need_matter=matter, words=text_words(text))
    assert fast == may_disclose(text, need_matter=matter)


def test_a_pattern_led_by_common_words_is_gated_on_a_word_it_requires() -> None:
    assert _required_word(r"\b(?:to|will)\s+(?:permanently\s+)?station\s+(?:a|the)\s+troops\b") == "station"
    assert _required_word(r"\b(?:to|will)\s+(?:deploy|station)\s+troops") == "troops"
    assert _required_word(r"\b(?:to|will)\s+(?:deploy|station)\s+troops?") is None  # "troop" or "troops"
    assert _required_word(r"\b(?:to|will)\s+(?:deploy|station)") is None
    lexicon = load_lexicon()
    # The same sentence twice (the prefilter, then the tokenised chunk) gets the same answer.
    sentence = "Moscow agreed to station a motorised brigade in the republic."
    assert lexicon.has_pattern(sentence) and lexicon.has_pattern(sentence)
    assert not lexicon.has_pattern("Moscow agreed to send a brigade to the republic.")


def test_pattern_triggers_found_through_folded_letters() -> None:
    lexicon = load_lexicon()
    assert lexicon.has_pattern("A man DROVE a truck into the crowd.")
    assert lexicon.has_pattern("A man drove a truc\u212a into the crowd.")  # Kelvin sign for "k"
    assert lexicon.has_pattern("The ministers \u017figned the Astana Declaration.")  # long "ſ" for "s"
    assert not folds_like_ascii("truc\u212a") and folds_like_ascii("Tōkyō")


@settings(max_examples=400, deadline=None)
@given(texts())
def test_date_cue_agrees_with_the_cue_expression(text: str) -> None:
    assert has_date_cue(text) == bool(_CUE.search(text))


@settings(max_examples=600, deadline=None)
@given(texts())
def test_date_patterns_skipped_only_where_they_cannot_match(text: str) -> None:
    cues = _cues_in(text)
    for pattern, _, needs in _PATTERNS:
        if pattern.search(text):
            assert needs <= cues, (pattern.pattern[:60], text)


def test_date_cues_of_a_sentence() -> None:
    sunday = _cues_in("Gunmen attacked a checkpoint on Sunday, officials said.")
    assert sunday == {"day", "anchored"}  # a weekday is no relative word ("today", "last week")
    assert "relative" in _cues_in("Gunmen attacked a checkpoint today.")
    assert "relative" in _cues_in("the day before yesterday")
    assert _cues_in("It was the worst attack since March 2011.") >= {"month", "digit", "year"}
    assert "month" not in _cues_in("The council voted to remarry; see the summary.")  # no month starts a word
    assert _cues_in("Police raided the house.") == frozenset()


def _spacy_sentences(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in blank_pipeline()(text).sents]


def test_sentence_split_matches_the_sentencizer() -> None:
    cases = [
        "Police detained two men. They were released on Monday!",
        '"We will not stop," he said. "Never." Then he left...',
        "Mr. Smith arrived at 5 p.m. The meeting began.",
        "... ! Starts with enders? Yes.",
        "",
        " ",
    ]
    for text in cases:
        assert [(s.start, s.end) for s in sentences_of(tokenize(text))] == _spacy_sentences(text)
    first, second = sentences_of(tokenize("Police detained two men. They were released."))
    assert (first.text, second.text) == ("Police detained two men.", "They were released.")


@settings(max_examples=300, deadline=None)
@given(texts())
def test_sentence_split_agrees_on_generated_text(text: str) -> None:
    assert [(s.start, s.end) for s in sentences_of(tokenize(text))] == _spacy_sentences(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abiı", min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
    st.text(alphabet="abiıABI ", max_size=30),
)
def test_factored_alternation_matches_like_the_longest_first_one(words: list[str], text: str) -> None:
    # "i" and dotless "ı" both match "I": such words keep the plain alternation.
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for suffix in ("", r"\b", r"(?= )"):
        slow = re.compile(rf"\b(?:{plain}){suffix}", re.I)
        fast = re.compile(rf"\b(?:{trie_alternation(words)}){suffix}", re.I)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_state_named_by_its_country() -> None:
    text = (
        "Kyrgyzstan's government denied it. Tajik authorities said the border was shut; "
        "Britain raised its level."
    )
    assert [h.text for h in state_hits(text)] == [
        "Kyrgyzstan's government",
        "Tajik authorities",
        "Britain",
    ]


_CUE_TEXT_WORDS = [
    *_WORDS,
    "Sunday", "today", "yesterday", "earthquake", "flooded", "anniversary", "memorial", "years", "on",
    "cup", "semi-final", "football", "fans", "if", "unless", "should", "reportedly", "allegedly",
    "what", "called", "discussed", "conference", "on", "surrender", "returned", "fire", "neutralised",
    "cited", "quoted", "by", "Kazakhstan", "United", "States", "Russia", "says", "at", "least", "twenty-one",
    "dozen", "man", "was", "arrested", "he", "detained", "al-Qaeda", "--", "-x", "x-", "naïve", "day",
]  # fmt: skip


@st.composite
def cue_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_CUE_TEXT_WORDS), min_size=0, max_size=25))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))


def _as_written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the word-start assertion nlp.at_word_starts puts around it."""
    assert pattern.pattern.startswith(r"\b(?=\w)(?:") and pattern.pattern.endswith(")")
    return re.compile(pattern.pattern[len(r"\b(?=\w)(?:") : -1], pattern.flags)


def _word_start_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(as searched, as written) of every pattern searched only where words start."""
    from assay.extract import actors, disclosures, modality, numbers, place_roles, rules, singulars

    # NUMBER_RE carries the assertion in its own text, without a group around the rest.
    number = numbers.NUMBER_RE
    assert number.pattern.startswith(r"\b(?=\w)")
    pairs = [(number, re.compile(number.pattern[len(r"\b(?=\w)") :], number.flags))]
    wrapped = [
        actors._state_pattern(),
        rules._FUTURE,
        disclosures._CHEAP_VERB,
        disclosures._CHEAP_OFFICIAL,
        place_roles._ORIGIN_BEFORE,
        place_roles._HOME_BEFORE,
        modality._DENIED,
        modality._HYPOTHETICAL,
        modality._PLANNED,
        modality._ALLEGED,
        modality._TRAVEL_PLANNED,
        *(p for p, _, _ in singulars._NONE),
        *(p for p, _, _ in singulars._SINGULARS),
        *(p for p, _, _ in _PATTERNS),
        *load_lexicon().searched.values(),
    ]
    return pairs + [(p, _as_written(p)) for p in wrapped]


@settings(max_examples=300, deadline=None)
@given(cue_texts())
def test_patterns_searched_at_word_starts_match_as_written(text: str) -> None:
    for fast, slow in _word_start_patterns():
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in slow.finditer(text)
        ], fast.pattern[:60]


def test_lexicon_patterns_searched_at_word_starts_are_the_written_ones() -> None:
    lexicon = load_lexicon()
    assert lexicon.searched  # every pattern of the lexicon opens on a word today
    for written, searched in lexicon.searched.items():
        assert _as_written(searched).pattern == written.pattern


def _cue_gates() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    from assay.extract import actors, hedges, modality, references, relative_dates, violence

    return [
        (references._SPORT, references._SPORT_PARTS),
        (references._AGENDA, references._AGENDA_PARTS),
        (violence._MISHAP, violence._MISHAP_PARTS),
        (violence._COMMEMORATION, violence._COMMEMORATION_PARTS),
        (violence._RESISTED, violence._RESISTED_PARTS),
        (modality._ALLEGED, modality._ALLEGED_PARTS),
        (modality._CALLED, ("what",)),
        (hedges._CONDITION_LEFT, ("if", "unless", "should")),
        (actors._REPORT_BEFORE, actors._REPORT_BEFORE_PARTS),
        (relative_dates._OFFSET, ("day",)),
    ]


@settings(max_examples=400, deadline=None)
@given(cue_texts())
def test_cue_word_gates_pass_every_text_their_pattern_matches(text: str) -> None:
    from assay.extract.nlp import may_contain

    for pattern, parts in _cue_gates():
        if pattern.search(text):
            assert may_contain(text, parts), pattern.pattern[:60]


@settings(max_examples=400, deadline=None)
@given(cue_texts())
def test_text_words_are_those_of_the_word_expression(text: str) -> None:
    from assay.extract.nlp import TEXT_WORD

    assert text_words(text) == set(TEXT_WORD.findall(text.lower()))


@settings(max_examples=300, deadline=None)
@given(cue_texts())
def test_state_hits_skip_only_text_without_a_state_name(text: str) -> None:
    from assay.extract import actors

    gated = state_hits(text)
    first_words = actors._name_first_words
    actors._name_first_words = lambda: None  # type: ignore[assignment]
    try:
        plain = state_hits(text)
    finally:
        actors._name_first_words = first_words  # type: ignore[assignment]
    assert gated == plain


@settings(max_examples=300, deadline=None)
@given(cue_texts())
def test_joined_stops_veto_like_the_separate_ones(text: str) -> None:
    for rule in load_lexicon().rules.values():
        left = rule.stop_left is not None and rule.stop_left.search(text) is not None
        right = rule.stop_right is not None and rule.stop_right.search(text) is not None
        assert left == any(p.search(text) for p in rule.stops_left)
        assert right == any(p.search(text) for p in rule.stops_right)


def test_context_ids_are_the_lower_case_ids_of_the_context_words() -> None:
    from spacy.attrs import LOWER

    checked = 0
    for rule in load_lexicon().rules.values():
        for word in rule.context:
            doc = tokenize(word.upper())
            if len(doc) == 1:  # a word the tokenizer keeps whole, as in running text
                assert doc.to_array(LOWER).tolist() == [doc.vocab.strings[word]]
                assert doc.vocab.strings[word] in rule.context_ids
                checked += 1
    assert checked > 100
