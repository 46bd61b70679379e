"""Word lists that keep common words, person names and demonyms from being read as places."""

from __future__ import annotations

from assay.gazetteer.names import ARABIC_ARTICLES


def _words(text: str) -> list[str]:
    """Split a whitespace-separated word list (easier to read and extend than a literal list)."""
    return text.split()

# Place names that are also everyday English words or given names: in running text they count
# only with a locative cue before them ("in Mary") or a place after them ("Mary, Turkmenistan").
GUARDED: frozenset[str] = frozenset(_words("""
mary union bar split nice reading of march most police deal hope victoria florence eugene
marion lincoln austin troy sale bath wells mobile orange independence liberty concord unity
harmony paradise eden goshen salem aurora jackson franklin madison clinton hamilton warren
virginia lorraine may june april august today date santa sandy ham derby cork anna maria
elizabeth charlotte regina lourdes kent wellington newport tours lens vernon milton clifton
stanley wayne eagle beaver bear buffalo elk moose fox many about also said says well home
white black green brown young long early late city center centre north south east west
central new old little big great upper lower fort mount jesus christ god church obama trump
media live will can man women men story page post times star sun globe mirror herald
christmas easter olympic university federal liberal justice western southern eastern northern
grand real law king lakes amber rose ford xinhua jan feb mar apr jun jul aug sep
sept oct nov dec monday tuesday wednesday thursday friday saturday sunday secretary hydro free
store change major alliance congress friendship falcon pope dad det lucy
"""))

# Names that news means as an organisation, a movement, a scripture or a common noun far more
# often than as the small place that shares them (Hamas is an alternate name of Hamm, Koran a
# Bosnian village): never indexed as a place's alternate name, and in running text a place only
# with a place after it ("Koran, Bosnia").
NOT_PLACES: frozenset[str] = frozenset(_words("""
hamas hezbollah hizbollah hizballah taliban fatah isis isil daesh houthi houthis hashd shabaab
boko haram nato opec interpol europol frontex kremlin pentagon koran quran bible torah sharia
jihad jihadi mujahideen ummah caliphate knesset duma majlis politburo sunni shia shiite alawite
salafi wahhabi kurd kurds baath ansar jamaat wagner azov mossad hamas-run
"""))

# Month and day names: "in March" is a date, so only apposition ("March, Cambridgeshire") makes a place.
CALENDAR: frozenset[str] = frozenset(_words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday christmas easter ramadan eid passover hanukkah diwali
"""))

# Multiword names that are institutions or buildings far more often than the places so named.
GUARDED_PHRASES: frozenset[str] = frozenset({"white house", "the city", "far north", "north west"})

LOCATIVE_CUES: frozenset[str] = frozenset(_words("""
in at near from to outside inside across around towards toward into via through throughout
of between across within
"""))

# Words before a capitalised name that make it a person, an organisation or a title.
PERSON_CUES: frozenset[str] = frozenset(_words("""
mr mrs ms miss dr sir lady lord president minister senator sen rep gov governor judge justice
prince princess king queen pope general gen col colonel capt captain sgt officer chief mayor
coach st saint father brother sister
"""))

# Words that open a group's name whose rest is a place ("Ansar Bayt al-Maqdis", "Jund al-Aqsa",
# "Jaish al-Adl"): the place name after them is part of the group's name.
ORGANISATION_CUES: frozenset[str] = frozenset(_words("""
ansar jund jaish liwa kataib harakat tehrik tehreek lashkar
"""))

# Lower-case words allowed inside a multiword place name ("Isle of Man", "Rostov-on-Don").
CONNECTORS: frozenset[str] = frozenset(
    _words("of the on upon and de la le les du des al el am im an der den dos da di do sur y i e ye del "
           "della delle dello dei degli das zu bei ob sul")
) | ARABIC_ARTICLES

# Demonyms and adjectives of nationality: never places, but evidence of the country a text is about.
DEMONYMS: dict[str, str] = {
    "kazakh": "KZ", "kazakhstani": "KZ", "kyrgyz": "KG", "kirghiz": "KG", "tajik": "TJ",
    "tajikistani": "TJ", "uzbek": "UZ", "uzbekistani": "UZ", "turkmen": "TM", "afghan": "AF",
    "russian": "RU", "ukrainian": "UA", "belarusian": "BY", "georgian": "GE", "armenian": "AM",
    "azerbaijani": "AZ", "azeri": "AZ", "turkish": "TR", "syrian": "SY", "iraqi": "IQ",
    "iranian": "IR", "persian": "IR", "israeli": "IL", "palestinian": "PS", "lebanese": "LB",
    "jordanian": "JO", "egyptian": "EG", "libyan": "LY", "tunisian": "TN", "algerian": "DZ",
    "moroccan": "MA", "saudi": "SA", "yemeni": "YE", "qatari": "QA", "emirati": "AE",
    "kuwaiti": "KW", "omani": "OM", "bahraini": "BH", "pakistani": "PK", "indian": "IN",
    "chinese": "CN", "japanese": "JP", "korean": "KR", "vietnamese": "VN", "thai": "TH",
    "filipino": "PH", "indonesian": "ID", "malaysian": "MY", "american": "US", "canadian": "CA",
    "mexican": "MX", "cuban": "CU", "brazilian": "BR", "argentine": "AR", "argentinian": "AR",
    "colombian": "CO", "venezuelan": "VE", "chilean": "CL", "peruvian": "PE", "british": "GB",
    "english": "GB", "scottish": "GB", "welsh": "GB", "irish": "IE", "french": "FR",
    "german": "DE", "italian": "IT", "spanish": "ES", "portuguese": "PT", "dutch": "NL",
    "belgian": "BE", "swiss": "CH", "austrian": "AT", "swedish": "SE", "norwegian": "NO",
    "danish": "DK", "finnish": "FI", "polish": "PL", "czech": "CZ", "hungarian": "HU",
    "romanian": "RO", "bulgarian": "BG", "serbian": "RS", "croatian": "HR", "greek": "GR",
    "australian": "AU", "kenyan": "KE", "nigerian": "NG", "somali": "SO", "ethiopian": "ET",
    "sudanese": "SD", "malian": "ML", "south african": "ZA", "new zealander": "NZ",
}

# Adjectives of continents and of regions within a country, and the indexed name of the place each
# means: given as a place's span ("European markets" tagged as a place), they resolve like
# demonyms do to countries. Never scanned as places in running text.
PLACE_ADJECTIVES: dict[str, str] = {
    "european": "Europe", "asian": "Asia", "african": "Africa", "north american": "North America",
    "south american": "South America", "antarctic": "Antarctica", "oceanian": "Oceania",
    "basque": "Basque Country", "bavarian": "Bavaria", "sicilian": "Sicily", "sardinian": "Sardinia",
    "corsican": "Corsica", "tibetan": "Tibet", "kashmiri": "Kashmir", "sindhi": "Sindh",
    "texan": "Texas", "californian": "California", "floridian": "Florida", "hawaiian": "Hawaii",
    "alaskan": "Alaska",
}
