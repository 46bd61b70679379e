"""The actor dictionary (actors.yaml) compiled into phrase matchers, and the roles actors take in mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib.resources import files

import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from assay.errors import ExtractError
from assay.extract.nlp import at_word_starts, blank_pipeline, may_contain
from assay.gazetteer.guards import DEMONYMS
from assay.model import Actor, ActorRole
from assay.model import Span as TextSpan


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the dictionary."""

    key: str
    name: str
    actor_type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorHit:
    """One actor alias found in a document: entry and character range."""

    entry: ActorEntry
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    """The compiled dictionary: entries by key, an alias index, and two matchers (exact case, any case)."""

    entries: dict[str, ActorEntry]
    by_alias: dict[str, str]
    cased: PhraseMatcher
    uncased: PhraseMatcher


def _is_acronym(alias: str) -> bool:
    return alias.isupper() and len(alias) <= 5


@cache
def load_actors() -> ActorDictionary:
    """Compile actors.yaml once per process."""
    raw = yaml.safe_load(files("assay.extract").joinpath("actors.yaml").read_text(encoding="utf-8"))
    nlp = blank_pipeline()
    cased = PhraseMatcher(nlp.vocab, attr="ORTH")
    uncased = PhraseMatcher(nlp.vocab, attr="LOWER")
    entries: dict[str, ActorEntry] = {}
    by_alias: dict[str, str] = {}
    for item in raw:
        missing = {"key", "name", "type", "aliases"} - set(item)
        if missing:
            raise ExtractError(f"actors.yaml entry {item!r} lacks {', '.join(sorted(missing))}; add them")
        entry = ActorEntry(item["key"], item["name"], item["type"], tuple(item["aliases"]))
        entries[entry.key] = entry
        for alias in (*entry.aliases, entry.name):
            by_alias.setdefault(normalise_name(alias), entry.key)
        acronyms = [a for a in entry.aliases if _is_acronym(a)]
        others = [a for a in entry.aliases if not _is_acronym(a)]
        if acronyms:
            cased.add(entry.key, [nlp.make_doc(a) for a in acronyms])
        if others:
            uncased.add(entry.key, [nlp.make_doc(a) for a in others])
    return ActorDictionary(entries, by_alias, cased, uncased)


def normalise_name(name: str) -> str:
    """Lower-case, drop a leading article and punctuation, so aliases compare loosely."""
    text = re.sub(r"[^\w\s-]", "", name.lower()).strip()
    return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", text))


def lookup_actor(name: str) -> ActorEntry | None:
    """Find the dictionary entry an actor name or alias stands for."""
    actors = load_actors()
    key = actors.by_alias.get(normalise_name(name))
    return actors.entries[key] if key else None


def find_actors(doc: Doc, text: str | None = None) -> list[ActorHit]:
    """Every actor alias in the document, longest match winning where they overlap (`text` = doc.text)."""
    actors = load_actors()
    vocab = doc.vocab.strings
    raw = [(s, e, vocab[m]) for m, s, e in actors.cased(doc)] + [
        (s, e, vocab[m]) for m, s, e in actors.uncased(doc)
    ]
    raw.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
    if text is None:
        text = doc.text  # Doc.text rebuilds the string from the tokens on every access
    # Ministries and unqualified officials first: a state's name inside a ministry's is not its government.
    bodies = ministry_hits(text) + bare_officials(text)
    hits: list[ActorHit] = bodies + [
        h for h in state_hits(text) if not any(h.start < b.end and b.start < h.end for b in bodies)
    ]
    taken: list[tuple[int, int]] = []
    for h in hits:
        span = doc.char_span(h.start, h.end, alignment_mode="expand")
        if span is not None:
            taken.append((span.start, span.end))
    for s, e, key in raw:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        span = doc[s:e]
        start, end = span.start_char, span.end_char
        hits.append(ActorHit(actors.entries[key], start, end, text[start:end]))
    return _drop_members(sorted((_national(h, text) for h in hits), key=lambda h: h.start), text)


def _national(hit: ActorHit, text: str) -> ActorHit:
    """A bare agency name shared by several states ("the State Security Service") is the one of the
    country the document names first, when the dictionary has that country's agency."""
    base, sep, country = hit.entry.name.partition(" of ")
    if not sep or country.lower() in hit.text.lower():
        return hit
    named = _countries_in(text)
    by_name = _entries_by_name()
    for code in named:
        name = _country_names_by_code().get(code)
        match = by_name.get(f"{base} of {name}") if name else None
        if match is not None:
            return ActorHit(match, hit.start, hit.end, hit.text)
    return hit


@cache
def _entries_by_name() -> dict[str, ActorEntry]:
    """Dictionary entries by their name (the first entry where two share one)."""
    out: dict[str, ActorEntry] = {}
    for entry in load_actors().entries.values():
        out.setdefault(entry.name, entry)
    return out


@lru_cache(maxsize=8)
def _countries_in(text: str) -> tuple[str, ...]:
    """ISO codes of the countries a text names (by name or demonym), in order of first mention."""
    out: list[str] = []
    for m in re.finditer(r"[A-Z][a-z]+", text):
        found = _country_names().get(m.group().lower())
        if found is not None and found[0] not in out:
            out.append(found[0])
    return tuple(out)


@cache
def _country_names_by_code() -> dict[str, str]:
    return {code: name for code, name in _country_names().values()}


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _drop_members(hits: list[ActorHit], text: str) -> list[ActorHit]:
    """Drop a generic hit that only introduces a named body ("officers of the State Security Service")."""
    out: list[ActorHit] = []
    for i, h in enumerate(hits):
        following = hits[i + 1] if i + 1 < len(hits) else None
        if (
            following is not None
            and h.entry.key in _GENERIC_KEYS
            and following.entry.key not in _GENERIC_KEYS
            and _OF_THE.fullmatch(text, h.end, following.start)
        ):
            continue
        out.append(h)
    return out


_GENERIC_KEYS = frozenset({"police", "security_forces", "military", "government", "border_guards", "court"})
_STATE_VERBS = (
    r"said|says|say|raised|rejected|denied|announced|warned|condemned|accused|declared|introduced|banned|"
    r"adopted|will|would|has|had|is|was|plans|blamed|recalled|expelled|approved|passed|signed|ordered"
)


@cache
def _country_names() -> dict[str, tuple[str, str]]:
    """Country name or demonym (lower case) → (ISO code, English name) for the demonym table's countries."""
    from assay.extract.places import default_gazetteer
    from assay.gazetteer import GazetteerError
    from assay.gazetteer.guards import DEMONYMS

    gazetteer = default_gazetteer()
    out: dict[str, tuple[str, str]] = {}
    for demonym, code in DEMONYMS.items():
        try:
            name = gazetteer.country(code).name if gazetteer is not None else ""
        except GazetteerError:  # a demonym whose country the gazetteer lacks
            continue
        if name:
            out[demonym] = (code, name)
            out[name.lower()] = (code, name)
    if "GB" in {c for c, _ in out.values()}:
        out["britain"] = next(v for v in out.values() if v[0] == "GB")
    return out


@cache
def _state_pattern() -> re.Pattern[str]:
    alternation = trie_alternation(list(_country_names()))
    pattern = re.compile(
        rf"\b(?P<name>{alternation})(?:(?:'s|’s)\s+(?P<own>government|authorities)\b|"
        rf"\s+(?P<plain>authorities|government|officials)\b|(?P<subject>\s+(?:{_STATE_VERBS})\b))",
        re.I,
    )
    return at_word_starts(pattern)  # every name starts with a letter


def trie_alternation(words: list[str]) -> str:
    """A regular expression matching any of `words`, the longest first where one is a prefix of another.

    Same matches as "|".join of the words sorted longest first, but factored by shared prefixes,
    so that at each position of a text the engine tries only the words that start with the
    character found there, not every word in turn (hundreds of country names and demonyms).
    Words whose characters fold together under re.I ("i" and dotless "ı") keep the plain form.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def depth(node: dict) -> int:  # type: ignore[type-arg]
        return max((1 + depth(child) for ch, child in node.items() if ch), default=0)

    def emit(node: dict) -> str | None:  # type: ignore[type-arg]
        chars = sorted((ch for ch in node if ch), key=lambda ch: -depth(node[ch]))
        # Two siblings that both match one character would let a shorter word win first.
        if any(re.fullmatch(re.escape(a), b, re.I) for a in chars for b in chars if a != b):
            return None
        branches = []
        for ch in chars:
            rest = emit(node[ch])
            if rest is None:
                return None
            branches.append(re.escape(ch) + rest)
        if "" in node:
            branches.append("")  # the word ending here is tried after every longer one
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    factored = emit(trie)
    if factored is None:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return factored


def country_named(text: str) -> str | None:
    """ISO code of the first country named or demonym used in text ("Kyrgyzstan's", "Tajik"), else None."""
    for m in re.finditer(r"[A-Z][a-z]+", text):
        found = _country_names().get(m.group().lower())
        if found is not None:
            return found[0]
    return None


def _government_entry(name: str) -> ActorEntry:
    article = "the " if name.startswith("United ") else ""
    full = f"Government of {article}{name}"
    return ActorEntry(normalise_name(full), full, "government", (full,))


@cache
def _name_first_words() -> frozenset[str] | None:
    """The first words (lower-case ASCII letters) of the country names and demonyms; None when a
    name does not open on such a word (then no text can be ruled out by them)."""
    firsts = [re.match(r"[a-z]+", name) for name in _country_names()]
    return None if any(m is None for m in firsts) else frozenset(m.group() for m in firsts if m)


_CAPITALISED_RUN = re.compile(r"[A-Z][A-Za-z]*")


# A ministry named by its place and its field ("Dagestan's interior ministry", "the Russian foreign
# ministry", "Iraq's health ministry"): the guideline's full name is "Ministry of <field> of <place>".
_MINISTRY = at_word_starts(
    re.compile(
        r"\b(?:(?P<place>[A-Z][\w-]+(?:[ -][A-Z][\w-]+)?)(?:'s|’s)\s+|(?:the\s+)?(?P<demonym>[A-Z][a-z]+)\s+)"
        r"(?P<field>interior|foreign|defen[cs]e|health|justice|emergencies|emergency\s+situations)\s+[Mm]inistry\b"
    )
)
_MINISTRY_FIELDS = {
    "interior": "Internal Affairs", "foreign": "Foreign Affairs", "defence": "Defence", "defense": "Defence",
    "health": "Health", "justice": "Justice", "emergencies": "Emergency Situations",
    "emergency situations": "Emergency Situations",
}


def names_its_state(hit: ActorHit) -> bool:
    """True for a state's government or ministry named by its country ("Uzbekistan's justice
    ministry"): the country word still places the state's act (gold README demonym rule)."""
    if hit.entry.key.startswith("government of "):
        return True
    # A region's ministry ("Dagestan's interior ministry") does not place the act in its region.
    return hit.entry.name.startswith("Ministry of ") and hit.entry.name.rpartition(" of ")[2].lower() in (
        _country_names()
    )


def ministry_hits(text: str) -> list[ActorHit]:
    """Ministries named by place and field, under the full name ("Ministry of Internal Affairs of
    Dagestan"), or the dictionary's entry when it knows that name."""
    if "inistry" not in text:
        return []
    out: list[ActorHit] = []
    for m in _MINISTRY.finditer(text):
        word = m.group("demonym") or m.group("place")
        country = _country_names().get(word.lower())
        if m.group("demonym") and country is None:
            continue  # "the new foreign ministry": no place
        place = country[1] if country else word
        field = _MINISTRY_FIELDS[re.sub(r"\s+", " ", m.group("field").lower())]
        full = f"Ministry of {field} of {place}"
        entry = lookup_actor(full) or ActorEntry(normalise_name(full), full, "government", (full,))
        start = m.start("place") if m.group("place") else m.start("demonym")
        out.append(ActorHit(entry, start, m.end(), text[start : m.end()]))
    return out


def state_hits(text: str) -> list[ActorHit]:
    """A country's government named by its country (gold convention: "Government of Tajikistan").

    "Tajik authorities", "Uzbekistan's government", and a country name as the subject of a
    state's act at the start of a clause ("Britain raised its threat level", "Russia says").
    """
    # A hit is a capitalised name whose lower-case form is a table key: in ASCII text its first
    # word is a capitalised run of letters that lower-cases to a key's first word. Text without
    # one (half the paragraphs) skips the search of several hundred names.
    firsts = _name_first_words()
    if (
        firsts is not None
        and text.isascii()
        and firsts.isdisjoint(w.lower() for w in _CAPITALISED_RUN.findall(text))
    ):
        return []
    out: list[ActorHit] = []
    for m in _state_pattern().finditer(text):
        word = m.group("name")
        if not word[:1].isupper():
            continue
        code_name = _country_names().get(word.lower())
        if code_name is None:
            continue
        if m.group("subject"):
            before = text[max(0, m.start() - 3) : m.start()]
            if m.start() > 0 and not re.search(r"(?:^|[.;:]\s*|,\s*)$", before):
                continue
            end = m.end("name")
        else:
            end = m.end()
        if (m.group("plain") or "").lower() == "officials":
            # "Tajik officials said" keeps its wording (gold README: "<Demonym> officials").
            entry = _officials_entry(word if word.lower() in DEMONYMS else _demonym_of(code_name[0], word))
        else:
            entry = _government_entry(code_name[1])
        out.append(ActorHit(entry, m.start(), end, text[m.start() : end]))
    return out


# "officials said" with no country word or qualifier before it; the mention names their country
# (see with_officials_country).
_BARE_OFFICIALS = re.compile(
    r"(?<![A-Za-z] )(?<![A-Za-z]’s )(?<![A-Za-z]'s )\b[Oo]fficials\b|(?<=\b[Tt]he )officials\b"
)
BARE_OFFICIALS = ActorEntry("officials", "officials", "government", ("officials",))


def bare_officials(text: str) -> list[ActorHit]:
    """Unqualified "officials" ("..., officials said"), to be named after the event's country."""
    if "fficials" not in text:
        return []
    return [ActorHit(BARE_OFFICIALS, m.start(), m.end(), m.group()) for m in _BARE_OFFICIALS.finditer(text)]


def with_officials_country(
    actors: tuple[Actor, ...], reporter: str | None, country: str
) -> tuple[tuple[Actor, ...], str | None]:
    """Bare "officials" written "<Demonym> officials" after the event's country (gold README), or
    dropped when the event has no country."""
    if not any(a.key == BARE_OFFICIALS.key for a in actors):
        return actors, reporter
    demonym = _demonym_of(country.upper(), "") if country else ""
    if not demonym:
        kept = tuple(a for a in actors if a.key != BARE_OFFICIALS.key)
        return kept, None if reporter == BARE_OFFICIALS.name else reporter
    entry = _officials_entry(demonym)
    named = tuple(
        replace(a, key=entry.key, name=entry.name) if a.key == BARE_OFFICIALS.key else a for a in actors
    )
    return named, entry.name if reporter == BARE_OFFICIALS.name else reporter


def _officials_entry(demonym: str) -> ActorEntry:
    name = f"{demonym[:1].upper()}{demonym[1:]} officials"
    return ActorEntry(normalise_name(name), name, "government", (name,))


def _demonym_of(code: str, fallback: str) -> str:
    """The first demonym the table gives a country ("KZ" → "kazakh"), else the fallback word."""
    return next((d for d, c in DEMONYMS.items() if c == code), fallback)


_REPORT_AFTER = re.compile(
    r"^(?:'s)?(?:\s+(?:of\s+)?[\w'-]+){0,6}?\s+(?:said|says|say|reported|reports|announced|announces|stated|states|told|"
    r"confirmed|confirms|claimed|claims|added|informed|noted|declared|quoted|cited|wrote|disclosed|revealed)\b",
    re.I,
)
_REPORT_BEFORE = re.compile(
    r"(?:according\s+to|cited\s+by|quoted\s+by|reported\s+by|told|said|says|reported|citing|a\s+statement\s+by|"
    r"told\s+by|according\s+to\s+(?:a\s+)?(?:statement|report|press\s+release)\s+(?:from|by|of))"
    r"(?:\s+(?:the|a|an|its|press|service|centre|center|office|department|spokesman|spokesperson|"
    r"representative|of|official|officials|source|sources|statement|report|release)){0,6}\s*$",
    re.I,
)

_AGENT_TYPES = {
    "state security",
    "police",
    "military",
    "government",
    "judiciary",
    "international organisation",
}
_STATE_AGENTS = {"state security", "police", "military", "judiciary", "government"}
_VIOLENT = {"attack", "bombing", "suicide_bombing", "armed_clash"}
_ENFORCEMENT = {"arrest", "plot_disrupted", "prosecution"}


# Every match of _REPORT_BEFORE holds one of these (lower-cased); most actors stand after none.
_REPORT_BEFORE_PARTS = (
    "according", "cited", "quoted", "reported", "told", "said", "says", "citing", "statement"
)  # fmt: skip


def is_reporter(hit: ActorHit, text: str, sent_start: int, sent_end: int) -> bool:
    """True when the actor is the source of the claim (subject of "said", object of "according to")."""
    after = text[hit.end : min(sent_end, hit.end + 80)]
    return bool(_REPORT_AFTER.match(after)) or is_cited(hit, text, sent_start)


def is_cited(hit: ActorHit, text: str, sent_start: int) -> bool:
    """True when a reporting phrase ("according to", "quoted by") stands right before the actor."""
    before = text[max(sent_start, hit.start - 90) : hit.start]
    return may_contain(before, _REPORT_BEFORE_PARTS) and _REPORT_BEFORE.search(before) is not None


def report_verb_end(hit: ActorHit, text: str, sent_end: int) -> int | None:
    """Where the reporting verb after the actor ends ("the government declared"), else None."""
    m = _REPORT_AFTER.match(text[hit.end : min(sent_end, hit.end + 80)])
    return hit.end + m.end() if m else None


def role_of(hit: ActorHit, event_type: str) -> ActorRole | None:
    """The role an actor of this type plays in an event of this type (None: not a party to it)."""
    kind = hit.entry.actor_type
    if kind == "civilians" and event_type not in _VIOLENT:
        return None
    # People gathered where a bomb went off are its victims, not protesters acting.
    if kind == "protesters" and event_type in ("bombing", "suicide_bombing"):
        return None
    is_agent = kind in _AGENT_TYPES
    if event_type in _VIOLENT:
        if kind == "militant group":
            return "perpetrator"
        return "target"
    if event_type in _ENFORCEMENT or event_type in ("legislation", "statement", "military_exercise"):
        return "perpetrator" if is_agent else "target"
    if event_type == "protest":
        return "perpetrator" if kind in ("protesters", "opposition", "civilians") else "target"
    if event_type == "propaganda":
        return "perpetrator" if kind in ("militant group", "banned movement") else "target"
    return "other"


def assign_roles(
    hits: list[ActorHit],
    event_type: str,
    text: str,
    sent_start: int,
    sent_end: int,
    acting: Sequence[ActorHit] = (),
) -> tuple[tuple[Actor, ...], str | None]:
    """Turn the actor hits of one sentence into role-bearing actors, and name the reporter if there is one.

    `acting` hits are subjects of an event's own verb ("the government declared a state of
    emergency"): parties to it, never its reporter.
    """
    actors: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    reporter: str | None = None
    for hit in hits:
        reports = hit not in acting and is_reporter(hit, text, sent_start, sent_end)
        role = "reporter" if reports else role_of(hit, event_type)
        if role is None:
            continue
        if role == "reporter" and reporter is None:
            reporter = hit.entry.name
        if (hit.entry.key, role) in seen:
            continue
        seen.add((hit.entry.key, role))
        actors.append(
            Actor(
                hit.entry.key,
                hit.entry.name,
                hit.entry.actor_type,
                role,
                TextSpan(hit.start, hit.end, hit.text),
            )
        )
    if (
        event_type in (*_ENFORCEMENT, "legislation", "statement", "military_exercise")
        and not any(a.role == "perpetrator" for a in actors)
        and (
            source := next(
                (a for a in actors if a.role == "reporter" and a.actor_type in _STATE_AGENTS), None
            )
        )
    ):
        # "The security committee said it had detained four people": the agency that reports its
        # own arrests is their perpetrator too (gold README actors).
        actors.append(Actor(source.key, source.name, source.actor_type, "perpetrator", source.span))
    if event_type == "armed_clash":
        actors = _clash_roles(actors)
    if event_type == "protest" and not any(a.role == "perpetrator" for a in actors):
        # A protest's acting party is its protesters, named or not (ACLED codes them so).
        entry = load_actors().entries["protesters"]
        actors.append(Actor(entry.key, entry.name, entry.actor_type, "perpetrator"))
    return tuple(actors), reporter


_FORCES = {"state security", "police", "military"}


def _clash_roles(actors: list[Actor]) -> list[Actor]:
    """The roles of a clash's sides: forces act against an armed group (README: security operations
    against armed groups); when both kinds are named, the kind named first, the subject, acts
    ("Militants ambushed a military convoy", "Troops repelled an attack by Boko Haram")."""
    sides = [a for a in actors if a.role != "reporter" and a.actor_type in (*_FORCES, "militant group")]
    if not any(a.actor_type in _FORCES for a in sides):
        return actors
    first = min(sides, key=lambda a: a.span.start if a.span is not None else 10**9)
    acting_forces = first.actor_type in _FORCES or first.span is None

    def role(a: Actor) -> Actor:
        if a not in sides:
            return a
        return replace(a, role="perpetrator" if (a.actor_type in _FORCES) == acting_forces else "target")

    return [role(a) for a in actors]


def sentence_hits(hits: list[ActorHit], sent: Span) -> list[ActorHit]:
    """The actor hits inside one sentence."""
    return [h for h in hits if h.start >= sent.start_char and h.end <= sent.end_char]
