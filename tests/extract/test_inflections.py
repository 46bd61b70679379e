"""Trigger inflection: forms generated from the listed ones, and the false friends never generated."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
import yaml
from tests.extract.conftest import make_doc

from assay.errors import ExtractError
from assay.extract.inflections import (
    VERB_TAGS,
    _Tables,
    expand_phrases,
    phrase_forms,
    word_forms,
)
from assay.extract.lexicon import _inflected_phrases, _inflection_tags, load_lexicon
from assay.extract.nlp import tokenize
from assay.extract.rules import RulesExtractor

PAST = ("VBD", "VBN")


def test_verb_phrase_inflects_its_first_word() -> None:
    assert phrase_forms("opened fire") == ["opened fire", "opening fire", "opens fire"]
    # "blows" is also a plural noun ("blows to the head"): -s forms that are plural nouns are not made.
    assert phrase_forms("blew himself up") == ["blew himself up", "blown himself up", "blowing himself up"]
    assert phrase_forms("drove a car into", PAST) == ["drove a car into", "driven a car into"]


def test_noun_phrase_inflects_its_head_noun() -> None:
    assert phrase_forms("roadside bomb") == ["roadside bomb", "roadside bombs"]
    assert phrase_forms("state of emergency") == ["state of emergency", "states of emergency"]
    assert phrase_forms("years in prison") == ["years in prison", "year in prison"]
    # A first word that is also a noun heads no verb phrase: "ground" is not "grind" here.
    assert phrase_forms("ground offensive") == ["ground offensive", "ground offensives"]
    assert phrase_forms("armed raid") == ["armed raid", "armed raids"]


def test_clauses_and_prepositional_phrases_stay_as_written() -> None:
    assert phrase_forms("shooting broke out") == ["shooting broke out"]
    assert phrase_forms("security was tightened") == ["security was tightened"]
    assert phrase_forms("in custody") == ["in custody"]


def test_single_words_keep_their_part_of_speech() -> None:
    assert word_forms("ambush") == ["ambush", "ambushes"]  # a listed noun grows no verb forms
    assert word_forms("strike") == ["strike", "strikes"]  # so never "struck"
    assert word_forms("abducted", PAST) == ["abducted"]  # the participle is the past
    assert set(word_forms("abducted")) == {"abducted", "abducts", "abducting"}
    assert word_forms("armed") == ["armed"]  # an adjective, not "arming"


def test_false_friends_are_not_generated() -> None:
    assert "charge" not in word_forms("charges")  # "in charge of"
    assert "fires" not in word_forms("fire")  # blazes
    assert "rule" not in word_forms("rules")  # a bare verb: "to rule", "rule out"
    assert "shells" not in word_forms("shelled")  # -s verb form that is a plural noun
    assert "appealing" not in word_forms("appealed")  # an adjective
    assert "set fires" not in phrase_forms("set fire")


def test_forms_listed_elsewhere_are_not_generated_again() -> None:
    out = expand_phrases(["clashed", "shootout"], reserved={"clashing"})
    assert out[:2] == ["clashed", "shootout"]
    assert "clashing" not in out and "shootouts" in out
    assert expand_phrases(["bomb", "bombs"]) == ["bomb", "bombs"]


def test_readings_are_cached_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "inflections.json"
    first = _Tables(path)
    readings = first.readings("detonated")
    table = first.forms(readings["VERB"][0])
    first.save()
    second = _Tables(path)
    assert second.readings("detonated") == readings and second.forms("detonate") == table
    assert not second.dirty  # answered from the file, lemminflect not consulted


def test_inflection_settings_are_checked() -> None:
    assert _inflection_tags({"verb_forms": ["VBD"]}) == {"strong": ("VBD",), "contextual": ()}
    with pytest.raises(ExtractError, match="VBX"):
        _inflection_tags({"verb_forms": ["VBX"]})
    assert set(VERB_TAGS) == {"VBD", "VBN", "VBG", "VBZ"}


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.trigger.text) for m in RulesExtractor().extract(make_doc(text))]


def test_generated_forms_trigger_events() -> None:
    # "blew themselves up" is listed; its participle is generated.
    assert _types("Two attackers had blown themselves up outside the embassy in Kabul, officials said.") == [
        ("suicide_bombing", "blown themselves up")
    ]
    # "went on strike" is listed; "have gone on strike" is generated.
    found = _types("Dock workers in Aktau have gone on strike over unpaid wages.")
    assert ("protest", "gone on strike") in found


def test_guarded_false_friends_trigger_nothing() -> None:
    assert _types("The judge in charge of the criminal court retired in June.") == []
    assert _types("Forest fires near the police academy were put out by Sunday.") == []


def test_prefilter_admits_every_generated_phrase() -> None:
    lexicon = load_lexicon()
    texts = ("Three suicide vests were found.", "Rebels had overrun the town.", "Convictions of two men.")
    for text in texts:
        assert lexicon.matcher(tokenize(text)), text
        assert lexicon.may_trigger(text), text


def test_prefilter_agrees_with_the_matcher_on_the_whole_expanded_vocabulary() -> None:
    raw = yaml.safe_load(files("assay.extract").joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    tags = _inflection_tags(raw["inflection"])
    phrases = _inflected_phrases(raw["types"], tags)
    lexicon = load_lexicon()
    for (key, strength), listed in phrases.items():
        rule = lexicon.rules[key]
        context = sorted(rule.context | set(rule.context_phrases))
        for phrase in listed:
            text = f"{phrase.capitalize()} {context[0]}." if strength == "contextual" else f"{phrase}."
            assert lexicon.matcher(tokenize(text)), (key, phrase)
            assert lexicon.may_trigger(text), (key, phrase)
