"""Regions named in analytical questions and the countries (with demonyms) that make them up."""

from __future__ import annotations

import re

# Country → the words that name it or its people in English prose.
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "KZ": ("Kazakhstan", "Kazakh", "Kazakhs", "Kazakhstani"),
    "KG": ("Kyrgyzstan", "Kyrgyz", "Kyrgyzstani", "Kirghizia"),
    "TJ": ("Tajikistan", "Tajik", "Tajiks", "Tajikistani"),
    "UZ": ("Uzbekistan", "Uzbek", "Uzbeks", "Uzbekistani"),
    "TM": ("Turkmenistan", "Turkmen", "Turkmens"),
    "AF": ("Afghanistan", "Afghan", "Afghans"),
    "IQ": ("Iraq", "Iraqi", "Iraqis"),
    "SY": ("Syria", "Syrian", "Syrians"),
    "JO": ("Jordan", "Jordanian", "Jordanians"),
    "LB": ("Lebanon", "Lebanese"),
    "IR": ("Iran", "Iranian", "Iranians"),
    "SA": ("Saudi Arabia", "Saudi", "Saudis"),
    "YE": ("Yemen", "Yemeni", "Yemenis"),
    "EG": ("Egypt", "Egyptian", "Egyptians"),
    "ML": ("Mali", "Malian", "Malians"),
    "NE": ("Niger", "Nigerien", "Nigeriens"),
    "BF": ("Burkina Faso", "Burkinabe", "Burkinabè"),
    "TD": ("Chad", "Chadian", "Chadians"),
    "MR": ("Mauritania", "Mauritanian", "Mauritanians"),
    "DZ": ("Algeria", "Algerian", "Algerians"),
    "MA": ("Morocco", "Moroccan", "Moroccans"),
    "TN": ("Tunisia", "Tunisian", "Tunisians"),
    "LY": ("Libya", "Libyan", "Libyans"),
    "GE": ("Georgia", "Georgian", "Georgians"),
    "AM": ("Armenia", "Armenian", "Armenians"),
    "AZ": ("Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri"),
    "RS": ("Serbia", "Serbian", "Serbs"),
    "BA": ("Bosnia", "Bosnian", "Bosnians", "Herzegovina"),
    "XK": ("Kosovo", "Kosovar", "Kosovars"),
    "AL": ("Albania", "Albanian", "Albanians"),
    "MK": ("North Macedonia", "Macedonian", "Macedonians"),
    "ME": ("Montenegro", "Montenegrin"),
    "HR": ("Croatia", "Croatian", "Croats"),
    "ID": ("Indonesia", "Indonesian", "Indonesians"),
    "MY": ("Malaysia", "Malaysian", "Malaysians"),
    "PH": ("Philippines", "Philippine", "Filipino", "Filipinos"),
    "TH": ("Thailand", "Thai"),
}

# Region names as questions phrase them → member countries.
REGIONS: dict[str, tuple[str, ...]] = {
    "central asia": ("KZ", "KG", "TJ", "UZ", "TM"),
    "sahel": ("ML", "NE", "BF", "TD", "MR"),
    "maghreb": ("DZ", "MA", "TN", "LY", "MR"),
    "levant": ("SY", "LB", "JO", "IQ"),
    "south caucasus": ("GE", "AM", "AZ"),
    "caucasus": ("GE", "AM", "AZ"),
    "western balkans": ("RS", "BA", "XK", "AL", "MK", "ME"),
    "balkans": ("RS", "BA", "XK", "AL", "MK", "ME", "HR"),
    "southeast asia": ("ID", "MY", "PH", "TH"),
    "middle east": ("IQ", "SY", "JO", "LB", "IR", "SA", "YE", "EG"),
}

_COUNTRY_PATTERNS = {
    code: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    for code, words in COUNTRY_WORDS.items()
}


def region_in(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The first region a text names and its member countries."""
    lowered = text.lower()
    for name in sorted(REGIONS, key=len, reverse=True):
        if re.search(r"\b" + re.escape(name) + r"\b", lowered):
            return name, REGIONS[name]
    return None


def countries_in(text: str) -> set[str]:
    """ISO codes of the countries a text names by country name or demonym."""
    return {code for code, pattern in _COUNTRY_PATTERNS.items() if pattern.search(text)}
