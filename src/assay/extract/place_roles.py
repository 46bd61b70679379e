"""What a place name does in its sentence when it is not where the event happened.

Each test reads the words around a place's span (document text, document offsets): a home
town or origin ("residents of Oral", "women from Shymkent"), a word-building part ("US-backed", the
"Bab" of "Bab al-Tabbaneh"), a landmark inside a named city ("the Bardo museum in Tunis"),
the place a claim was made ("officials in Bishkek said"), the country of an institution
("Turkmenistan's foreign ministry"), the home country of people ("citizens of Kosovo").
"""

from __future__ import annotations

import re

from assay.extract.nlp import at_word_starts
from assay.model import Place

# Nouns for people, and the words that make a following "from X" their origin ("women from
# Shymkent", "said to be from Kazakhstan", "most of them from Central Asia").
_PEOPLE = (
    r"(?:men|women|man|woman|girls?|boys?|children|child|brothers?|sisters?|sons?|daughters?|famil(?:y|ies)|"
    r"people|persons?|citizens?|nationals?|residents?|natives?|fighters?|militants?|gunmen|gunman|jihadists?|"
    r"recruits?|youths?|students?|migrants?|refugees?|workers?|couples?|wives|wife|husbands?|"
    r"them|those|be|is|are|was|were|originally|hails|came|come|comes)"
)
_UNIT_OF = (
    r"(?:(?:[\w-]+\s+){0,2}"
    r"(?:district|neighbou?rhood|region|province|village|town|city|area|republic)\s+of\s+)?"
)
_ORIGIN_BEFORE = re.compile(
    rf"(?:\b(?:natives?|citizens?|nationals?|people|Muslims|populations?)\s+of\s+"
    rf"|\b(?:born|living|lives|live|lived|based)\s+in\s+"
    rf"|\b{_PEOPLE}\s+from\s+"
    # "gunmen who had crossed from Afghanistan were killed at the post": where they came from.
    rf"|\b(?:crossed|crossing|infiltrated|infiltrating|sneaked|slipped)\s+(?:over\s+|back\s+|in\s+)?from\s+"
    # "Ruslan K., 26, from Kyzylorda region": an age, then where the person is from.
    rf"|\b\d{{1,3}},\s+from\s+)"
    rf"(?:the\s+)?{_UNIT_OF}(?:the\s+)?$",
    re.I,
)
# "residents of Oral": where people live. Their events happen there when the sentence names no
# other place, and their returns "home" go there. A nationality ("citizens of Kosovo") is not a
# place at all.
_HOME_BEFORE = re.compile(rf"\b(?:residents?|inhabitants?)\s+of\s+(?:the\s+)?{_UNIT_OF}(?:the\s+)?$", re.I)
# Both open on "\b" and a word: searched only where words start.
_ORIGIN_BEFORE, _HOME_BEFORE = at_word_starts(_ORIGIN_BEFORE), at_word_starts(_HOME_BEFORE)
# "US-backed", "Tashkent-born", "Syria-based": the name builds an adjective.
_MODIFIER_AFTER = re.compile(
    r"-(?:backed|led|based|born|bred|funded|linked|allied|trained|supported|registered|made|owned|bound)\b",
    re.I,
)
# "Bab al-Tabbaneh", "Ras al-Ain": the match is the first word of a longer Arabic name.
_FRAGMENT_AFTER = re.compile(r"[ -](?:al|el|ad|ar|as|at|ash|an|az|ad|ud|ul|ed|es)-[A-Z]", re.I)
# A compass word alone is never a place here ("in North Sinai" read as Cameroon's North region).
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
)
# A facility named after a place, then the city it stands in: "the Bardo museum in Tunis",
# "the Erawan shrine in central Bangkok", "Manas airport in Bishkek".
_LANDMARK_IN = re.compile(
    r"(?:\s+(?:and|&)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?"
    r"\s+(?:national\s+)?(?:museum|shrine|airport|mosque|church|cathedral|synagogue|temple|hotel|stadium|arena|"
    r"market|bazaar|mall|square|station|university|college|hospital|school|prison|jail|hall|theatre|theater|"
    r"bridge|embassy|consulate|club|cafe|restaurant|park|beach|resort|compound|base|camp)s?\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:in|adjoining|near|next\s+to|outside)\s+(?:the\s+)?"
    r"(?:(?:central|northern|southern|eastern|western|downtown|old|north|south|east|west)\s+)?$",
    re.I,
)
# "officials in Bishkek said": where a claim was made, not where its event happened. Police,
# prosecutors and ministries are left out: "police in Almaty said they had detained" acts there;
# so are witnesses and residents, who saw the event where they are.
# "officials in Bishkek and Dushanbe said": either name of a coordination.
_OTHER_NAMES = r"(?:\s*(?:,|\band\b|\bor\b)\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*"
_CLAIM_BEFORE = re.compile(
    r"\b(?i:officials?|sources?|spokes(?:man|woman|person)|diplomats?|analysts?|journalists?|reporters?|"
    r"correspondents?|observers?|media)\s+"
    rf"(?:based\s+)?in\s+(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*{_OTHER_NAMES}\s*(?:,|\band\b|\bor\b)\s*)?$"
)
_REPORT_VERB = (
    r"(?:have\s+|has\s+|had\s+)?(?:said|says?|told|reported|reports?|announced|confirmed|stated|informed|"
    r"claimed|quoted)\b"
)
_CLAIM_AFTER = re.compile(rf"{_OTHER_NAMES}\s*(?:,[^,]{{0,60}},\s*)?{_REPORT_VERB}", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|of|to|into|outside|across)\s+(?:the\s+)?$", re.I)
# "Ankara blamed the PKK", "Moscow denied": a capital speaking for its government (not "police
# in Almaty said", not "Britain said it would ban", a state's own words).
_SPEAKS_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|blamed|blames|denied|denies|accused|accuses|warned|warns|"
    r"condemned|condemns|insisted|responded|rejected|rejects|claimed|claims)\b"
)
# "Turkmenistan's foreign ministry", "Tajikistan's special police forces": the country owns an
# institution that acts or speaks; it does not place an event.
_AFFILIATION_AFTER = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|minister|president|prime\s+minister|government|embassy|police|army|"
    r"military|forces|security|service|services|committee|spokes(?:man|woman|person)|parliament|leader|"
    r"officials?|intelligence|authorities|prosecutors?|courts?|guards?|troops|navy|air\s+force)\b",
    re.I,
)
_NATIONWIDE = re.compile(
    r"\b(?:across|throughout|all\s+over|around)\s+the\s+country\b|\bnationwide\b|\bcountrywide\b", re.I
)
# "the Idlib countryside", "the countryside of Aleppo": the area around a city that names its
# province is that province ("near X", "south of X" stay X).
_COUNTRYSIDE_AFTER = re.compile(r"\s+(?:countryside|governorate|hinterland)\b", re.I)
_AROUND_BEFORE = re.compile(r"\bcountryside\s+of\s+(?:the\s+)?$", re.I)


def _before(text: str, place: Place, width: int = 80) -> str:
    assert place.span is not None
    return text[max(0, place.span.start - width) : place.span.start]


# Between two names of one origin: a list ("Isfara, Istaravshan and Asht", with names the
# gazetteer does not know between them), where the first lies ("Asht in Sughd province"), or
# a further origin ("around Khodzhent, from Kulyab").
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_LIST_GAP = re.compile(
    rf"(?:\s*(?:,|,?\s+and|,?\s+or)\s+(?:{_NAME}\s*(?=,|\s+and\s|\s+or\s))?)+"
    r"|\s+(?:region|province|district|oblast)?\s*(?:in|near|around|of)\s+(?:the\s+)?"
    r"|\s*(?:region|province|district|oblast)?\s*,?\s+(?:and\s+)?from\s+(?:the\s+)?"
)


def is_origin(place: Place, text: str, previous: Place | None = None) -> bool:
    """True for where people come from or belong ("women from Shymkent", "a native of Zhanaozen",
    "born in", "citizens of Tajikistan"),
    or the next name of a list that began with an origin (`previous`: "come from Isfara, Istaravshan")."""
    if place.span is None:
        return False
    listed = (
        previous is not None
        and previous.span is not None
        and previous.span.end <= place.span.start
        and _LIST_GAP.fullmatch(text, previous.span.end, place.span.start) is not None
    )
    if listed:
        return True
    return _ORIGIN_BEFORE.search(_before(text, place)) is not None


def is_home(place: Place, text: str) -> bool:
    """True for where people live ("residents of Oral", "a resident of the city of Rudny")."""
    return place.span is not None and _HOME_BEFORE.search(_before(text, place)) is not None


# "a Termez blogger", "the Almaty gunman": a town naming where a person is from.
_PERSON_AFTER = re.compile(
    r"[ \t]+(?:blogger|man|woman|native|student|imam|cleric|preacher|journalist|activist|businessman|"
    r"teenager|youth|boy|girl|gunman|couple|family|lawyer|doctor|teacher|worker|farmer|pensioner)s?\b"
)


def is_person_modifier(place: Place, text: str) -> bool:
    """True for a town that names a person's origin before the noun ("a Termez blogger")."""
    return place.span is not None and _PERSON_AFTER.match(text, place.span.end) is not None


# "the Zhanaozen unrest", "the Paris attacks": a past event named after its place.
_EVENT_NAME_AFTER = re.compile(
    r"['’]?s?[ \t]+(?:unrest|attacks?|bombings?|massacre|events|riots?|uprising|violence|shootings?|siege|"
    r"clashes|crisis|tragedy|rampage|killings|blasts?|explosions?)\b",
    re.I,
)


def event_name_end(place: Place, text: str) -> int | None:
    """Where the event noun ends when a place names a past event ("the Zhanaozen unrest"), else None."""
    if place.span is None:
        return None
    if not re.search(r"\bthe\s+(?:[\w-]+\s+)?$", _before(text, place, 20), re.I):
        return None
    m = _EVENT_NAME_AFTER.match(text, place.span.end)
    return m.end() if m else None


def is_word_part(place: Place, text: str) -> bool:
    """True when the name only builds a word ("US-backed", "Bab" of "Bab al-Tabbaneh", "North")."""
    if place.span is None:
        return False
    if place.span.text.strip().lower() in _COMPASS_WORDS:
        return True
    end = place.span.end
    return bool(_MODIFIER_AFTER.match(text, end) or _FRAGMENT_AFTER.match(text, end))


def is_landmark_before(first: Place, second: Place, text: str) -> bool:
    """True when `first` names a facility that stands in the city `second` ("Bardo museum in Tunis")."""
    if first.span is None or second.span is None or second.span.start <= first.span.end:
        return False
    if second.precision not in ("city", "point") or second.span.start - first.span.end > 60:
        return False
    return _LANDMARK_IN.fullmatch(text, first.span.end, second.span.start) is not None


def is_claim_place(place: Place, text: str) -> bool:
    """True for the place a claim was made ("officials in Bishkek and Dushanbe said"), or a capital
    that speaks for its government ("Ankara blamed the PKK")."""
    if place.span is None:
        return False
    subject = _PREPOSITION_BEFORE.search(_before(text, place, 12)) is None
    if place.precision in ("city", "point") and subject and _SPEAKS_AFTER.match(text, place.span.end):
        return True
    if _CLAIM_BEFORE.search(_before(text, place, 60)) is None:
        return False
    return _CLAIM_AFTER.match(text, place.span.end) is not None


def is_affiliation(place: Place, text: str) -> bool:
    """True for a country that owns an institution ("Armenia's defence ministry", "Tunisia's president")."""
    if place.span is None or place.precision != "country":
        return False
    return _AFFILIATION_AFTER.match(text, place.span.end) is not None


def is_nationwide(sentence: str) -> bool:
    """True when the sentence places its events across a whole country ("across the country")."""
    return _NATIONWIDE.search(sentence) is not None


def means_province(place: Place, text: str) -> bool:
    """True when a city's name stands for its province ("the Idlib countryside", "countryside of Aleppo")."""
    if place.span is None or place.precision not in ("city", "point"):
        return False
    if _COUNTRYSIDE_AFTER.match(text, place.span.end):
        return True
    return _AROUND_BEFORE.search(_before(text, place, 40)) is not None


# "a former colonel who fled to Syria", "a jihadist who destroyed shrines in Timbuktu": a relative
# clause tells a person's past, not the event of the main clause.
_RELATIVE = re.compile(r"\b(?:who|whom|whose)\b[^,;()]*", re.I)


def relative_clauses(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Character ranges (document offsets) of the "who ..." clauses of a sentence."""
    return [(m.start() + offset, m.end() + offset) for m in _RELATIVE.finditer(sentence)]


# The legs of a journey home: "returned from Syria", "were repatriated", "handed over".
_RETURN = re.compile(
    r"\b(?:return|repatriat|handed\s+over|brought\s+back|sent\s+back|flown\b[^.]*\bhome)", re.I
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.I)


_HOME_WORD = re.compile(r"\bhome(?:land)?\b", re.I)


def names_home(text: str, start: int, end: int) -> bool:
    """True when a return says it went home ("returned home", "returned to the homeland")."""
    return _HOME_WORD.search(text, start, min(len(text), end + 16)) is not None


def is_return(trigger: str) -> bool:
    """True for a journey home ("returned", "were repatriated", "handed over")."""
    return _RETURN.search(trigger) is not None


def is_left_from(place: Place, text: str) -> bool:
    """True for the place a journey starts from ("returned from Syria")."""
    return place.span is not None and _FROM_BEFORE.search(_before(text, place, 40)) is not None


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:the\s+)?$")


def is_possessed_by(place: Place, owner: Place, text: str) -> bool:
    """True for a place its country names just before it ("Afghanistan's Nangarhar province")."""
    if place.span is None or owner.span is None or place.span.start <= owner.span.end:
        return False
    if place.span.start - owner.span.end > 8 or place.country_code != owner.country_code:
        return False
    return _POSSESSIVE_GAP.fullmatch(text, owner.span.end, place.span.start) is not None


_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def is_title_before(first: Place, second: Place, text: str) -> bool:
    """True when a town's name is the head of "X of <place>" ("Republic of Kosovo"): a title, not a town."""
    if first.span is None or second.span is None or first.precision not in ("city", "point"):
        return False
    return _OF_GAP.fullmatch(text, first.span.end, second.span.start) is not None
