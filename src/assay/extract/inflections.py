"""Inflected forms of trigger phrases and word lists, from lemminflect's tables (cached on disk).

The blank pipeline has no lemmatiser, so the lexicon lists surface forms. Each listed phrase is
expanded at load time by inflecting one head word and keeping the rest; which verb forms are made
(past VBD, participle VBN, -ing VBG, -s VBZ) is the caller's choice (lexicon.yaml "inflection").

- a phrase whose first word is an inflected verb is a verb phrase headed by that word ("opened
  fire" -> "opening fire"; "blew himself up" -> "blown himself up"); a first word that is also a
  noun or an adjective heads one only when a function word follows ("set on fire", not "set fire",
  "ground offensive", "armed attack");
- a phrase with a past form after its first word is a clause ("fighting broke out", "security was
  tightened") and a phrase that starts with a preposition ("in custody") is left as written;
- any other phrase is a noun phrase headed by its last word, or by the word before its first
  preposition ("car bomb" -> "car bombs"; "state of emergency" -> "states of emergency");
- a single word is its own head: a noun form expands to the noun's singular and plural only
  ("attack" -> "attacks"; a listed noun never grows verb forms, whose sense often differs:
  "strike" -> "struck"), a verb form to the verb's other forms; the bare base is never generated.

False friends are guarded by class, not case by case: an -s verb form that is also a plural noun
("shells", "sets" fire, "rounds" up, "blows" himself up), a singular that is also a bare verb
("convicts" -> "convict", "rules" -> "rule"), and a lone form that is also an adjective
("appealing", "striking") are never generated, nor the forms in FALSE_FRIENDS.

lemminflect's tables take ~0.4 s to load, so the readings of every word looked up are cached as
JSON in the user cache folder (one file per lemminflect version); later starts never load them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path

from assay.cache import cache_dir

# Generated forms whose common sense is not the listed one: "fire" (the violence context word)
# -> "fires" (blazes), "charges" -> "charge" ("in charge of", "free of charge").
FALSE_FRIENDS = frozenset({"fires", "charge"})

# lemminflect's Penn tags: past, participle, -ing, -s (the bare base VB/VBP is never generated).
VERB_TAGS = ("VBD", "VBN", "VBG", "VBZ")
_BASE_TAGS = ("VB", "VBP")
_NOUN_TAGS = ("NN", "NNS")
_PREPOSITIONS = frozenset({"of", "in", "on", "into", "to", "for", "from", "with", "against", "under", "at"})
_FUNCTION_WORDS = _PREPOSITIONS | frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "himself", "herself", "themselves", "itself",
     "up", "down", "out", "off", "over", "back", "through"}
)

Readings = dict[str, list[str]]  # upos -> lemmas
Table = dict[str, list[str]]  # tag -> forms


class _Tables:
    """Word readings and lemma inflections, from the JSON cache or lemminflect (then cached)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lemmas: dict[str, Readings] = {}
        self.inflections: dict[str, Table] = {}
        self.dirty = False
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            self.lemmas, self.inflections = raw["lemmas"], raw["inflections"]
        except (OSError, ValueError, KeyError, TypeError):
            pass

    def readings(self, word: str) -> Readings:
        found = self.lemmas.get(word)
        if found is None:
            from lemminflect import getAllLemmas

            found = self.lemmas[word] = {u: list(ls) for u, ls in getAllLemmas(word).items()}
            self.dirty = True
        return found

    def forms(self, lemma: str) -> Table:
        found = self.inflections.get(lemma)
        if found is None:
            from lemminflect import getAllInflections

            found = self.inflections[lemma] = {t: list(fs) for t, fs in getAllInflections(lemma).items()}
            self.dirty = True
        return found

    def save(self) -> None:
        """Write the cache atomically; an unwritable cache only costs the next start a table load."""
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            payload = {"lemmas": self.lemmas, "inflections": self.inflections}
            tmp.write_text(json.dumps(payload, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
            self.dirty = False
        except OSError:
            return


@cache
def _tables() -> _Tables:
    return _Tables(cache_dir() / f"inflections-lemminflect-{version('lemminflect')}.json")


def save_cache() -> None:
    """Persist the readings looked up so far (call once after a batch of expansions)."""
    _tables().save()


def _tags_of(word: str, table: Table, tags: Iterable[str]) -> set[str]:
    return {t for t in tags if word in table.get(t, ())}


def _is_adjective(word: str) -> bool:
    return "ADJ" in _tables().readings(word)


def _first_lemma(word: str, upos: str) -> str | None:
    """The first (most common) lemma lemminflect gives `word` as `upos`: "found" is "find", not "found"."""
    lemmas = _tables().readings(word).get(upos)
    return lemmas[0] if lemmas else None


def _first_forms(table: Table, tags: Iterable[str]) -> list[str]:
    """The first (usual) spelling per tag: "flew", not also "flied"."""
    return [table[t][0] for t in tags if table.get(t)]


def _is_noun_form(word: str) -> bool:
    lemma = _first_lemma(word, "NOUN")
    return lemma is not None and bool(_tags_of(word, _tables().forms(lemma), _NOUN_TAGS))


def _is_verb_base(word: str) -> bool:
    lemma = _first_lemma(word, "VERB")
    return lemma is not None and bool(_tags_of(word, _tables().forms(lemma), _BASE_TAGS))


def noun_forms(word: str) -> list[str]:
    """Singular and plural of `word` when it is a noun form ("bomb" -> bomb, bombs); else []."""
    lemma = _first_lemma(word, "NOUN")
    if lemma is not None:
        table = _tables().forms(lemma)
        if _tags_of(word, table, _NOUN_TAGS):
            return list(dict.fromkeys([word, *_first_forms(table, _NOUN_TAGS)]))
    if "-" in word:
        # "counter-offensive" -> "counter-offensives": the last part of an unknown compound.
        head, _, last = word.rpartition("-")
        return [f"{head}-{f}" for f in noun_forms(last)]
    return []


def verb_forms(word: str, tags: Iterable[str] = VERB_TAGS, *, alone: bool = True) -> list[str]:
    """The forms of `word`'s verb for `tags` (past, participle, -ing, -s), `word` first; -s forms
    that are also plural nouns are left out, and so are forms that are also adjectives when the word
    stands `alone` ("appealing"; "opening fire" is fine). [] when `word` is no verb form."""
    lemma = _first_lemma(word, "VERB")
    if lemma is None:
        return []
    table = _tables().forms(lemma)
    if not _tags_of(word, table, VERB_TAGS + _BASE_TAGS):
        return []
    out = [word]
    plurals = set(table.get("NNS", ()))
    for tag in tags:
        for form in _first_forms(table, (tag,)):
            if not (tag == "VBZ" and form in plurals) and not (alone and _is_adjective(form)):
                out.append(form)
    return list(dict.fromkeys(out))


def _verb_tags(word: str) -> set[str]:
    lemma = _first_lemma(word, "VERB")
    return set() if lemma is None else _tags_of(word, _tables().forms(lemma), VERB_TAGS)


def word_forms(word: str, verb_tags: Iterable[str] = VERB_TAGS) -> list[str]:
    """The forms a single listed word stands for: a noun's singular and plural, else a verb's forms.

    A singular generated from a listed plural is dropped when it is also a bare verb ("convicts" ->
    "convict", "rules" -> "rule"): alone, the bare form reads as an infinitive or an imperative.
    """
    nouns = [f for f in noun_forms(word) if f == word or not _is_verb_base(f)]
    if nouns:
        return [f for f in nouns if f == word or f not in FALSE_FRIENDS]
    # A participle listed as an adjective ("armed", "injured") stands for the adjective only.
    if _is_adjective(word):
        return [word]
    return [f for f in verb_forms(word, verb_tags) if f == word or f not in FALSE_FRIENDS] or [word]


def _heads_verb_phrase(words: list[str]) -> bool:
    """True when the first word inflects as the phrase's verb ("opened fire", "drove a car into").

    A first word that is also a noun or an adjective ("ground offensive", "armed attack", "set
    fire") heads a verb phrase only when a function word follows it ("set on fire").
    """
    first = words[0]
    if not _verb_tags(first):
        return False
    ambiguous = _is_noun_form(first) or _is_adjective(first)
    return not ambiguous or words[1] in _FUNCTION_WORDS


def _is_clause(words: list[str]) -> bool:
    """A phrase with a past form after its first word is a clause ("fighting broke out", "security was
    tightened"): inflecting its first or last word would break it."""
    return any(_verb_tags(w) & {"VBD", "VBN"} for w in words[1:])


def phrase_forms(phrase: str, verb_tags: Iterable[str] = VERB_TAGS) -> list[str]:
    """The phrase with its head word inflected (see the module docstring), the phrase itself first."""
    words = phrase.split()
    if len(words) == 1:
        forms = word_forms(words[0], verb_tags)
        head = 0
    elif words[0] in _PREPOSITIONS or _is_clause(words):
        return [phrase]
    elif _heads_verb_phrase(words):
        head, forms = 0, verb_forms(words[0], verb_tags, alone=False)
    else:
        head = next((i - 1 for i, w in enumerate(words) if i > 0 and w in _PREPOSITIONS), len(words) - 1)
        forms = noun_forms(words[head])
    out = [phrase]
    for form in forms:
        candidate = " ".join([*words[:head], form, *words[head + 1 :]])
        if form not in FALSE_FRIENDS and candidate not in out:
            out.append(candidate)
    return out


def expand_phrases(
    phrases: Iterable[str], reserved: Iterable[str] = (), verb_tags: Iterable[str] = VERB_TAGS
) -> list[str]:
    """Every phrase and its generated forms, in order, without duplicates; a generated form that is
    in `reserved` (listed by hand elsewhere, so placed there on purpose) is left out."""
    listed = list(dict.fromkeys(phrases))
    taken = set(reserved) | set(listed)
    out = dict.fromkeys(listed)
    for phrase in listed:
        for form in phrase_forms(phrase, verb_tags)[1:]:
            if form not in taken:
                out[form] = None
    return list(out)
