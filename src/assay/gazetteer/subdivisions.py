"""Curated admin1 table: GeoNames admin1 code ↔ ISO 3166-2, English names and transliterations."""

from __future__ import annotations

import re

# (ISO 3166-2 code, GeoNames admin1 code, English name, other names, GeoNames id or None).
# The GeoNames admin1 codes are FIPS-derived numbers for most countries, so they cannot be
# matched to ISO codes mechanically; where a row is missing, compile.py links subdivisions by
# the name of their largest city instead. Suffix variants ("X Region", "X Oblast",
# "X oblysy", "X Province") are generated from each name's stem.
ADMIN1: tuple[tuple[str, str, str, tuple[str, ...], int | None], ...] = (
    # Kazakhstan
    ("KZ-19", "01", "Almaty Region", ("Almaty oblysy", "Alma-Ata Oblast", "Almatinskaya Oblast"), None),
    ("KZ-75", "02", "Almaty City", (), None),
    ("KZ-11", "03", "Akmola Region", ("Aqmola oblysy", "Tselinograd Oblast", "Akmolinsk Oblast"), None),
    ("KZ-15", "04", "Aktobe Region", ("Aqtöbe oblysy", "Aqtobe Region", "Aktyubinsk Oblast"), None),
    ("KZ-71", "05", "Astana City", ("Nur-Sultan City",), None),
    ("KZ-23", "06", "Atyrau Region", ("Atyraū oblysy", "Guryev Oblast"), None),
    ("KZ-27", "07", "West Kazakhstan Region",
     ("Batys Qazaqstan oblysy", "Batys Qazaqstan", "West Kazakhstan", "Western Kazakhstan Region",
      "Uralsk Oblast", "Zapadno-Kazakhstanskaya Oblast"), None),
    ("KZ-47", "09", "Mangystau Region",
     ("Mangghystaū oblysy", "Mangystau", "Mangistau", "Mangyshlak", "Mangghystau"), None),
    ("KZ-61", "10", "Turkistan Region", ("Türkistan oblysy", "South Kazakhstan Region",
                                          "Ongtüstik Qazaqstan", "South Kazakhstan"), None),
    ("KZ-55", "11", "Pavlodar Region", ("Pavlodar oblysy",), None),
    ("KZ-35", "12", "Karaganda Region", ("Qaraghandy oblysy", "Karagandy Region"), None),
    ("KZ-10", "12510143", "Abai Region", ("Abay oblysy", "Abay Region"), None),
    ("KZ-33", "12510144", "Jetisu Region", ("Zhetisū oblysy", "Zhetysu Region", "Zhetisu Region"), None),
    ("KZ-62", "12510145", "Ulytau Region", ("Ulytaū oblysy",), None),
    ("KZ-39", "13", "Kostanay Region", ("Qostanay oblysy", "Kustanai Oblast"), None),
    ("KZ-43", "14", "Kyzylorda Region", ("Qyzylorda oblysy",), None),
    ("KZ-63", "15", "East Kazakhstan Region",
     ("Shyghys Qazaqstan oblysy", "Shyghys Qazaqstan", "East Kazakhstan"), None),
    ("KZ-79", "1537272", "Shymkent City", (), None),
    ("KZ-59", "16", "North Kazakhstan Region",
     ("Soltüstik Qazaqstan oblysy", "Soltüstik Qazaqstan", "North Kazakhstan"), None),
    ("KZ-31", "17", "Jambyl Region", ("Zhambyl oblysy", "Zhambyl Region", "Dzhambul Oblast"), None),
    # Kyrgyzstan
    ("KG-GB", "01", "Bishkek City", ("Bishkek Shaary",), None),
    ("KG-C", "02", "Chuy Region", ("Chüy", "Chui Region", "Chuy Oblast"), None),
    ("KG-J", "03", "Jalal-Abad Region", ("Jalal-Abad Oblast", "Dzhalal-Abad Oblast"), None),
    ("KG-N", "04", "Naryn Region", (), None),
    ("KG-T", "06", "Talas Region", (), None),
    ("KG-Y", "07", "Issyk-Kul Region", ("Ysyk-Köl", "Issyk-Kul Oblast", "Ysyk-Kol Region"), None),
    ("KG-O", "08", "Osh Region", ("Osh Oblast",), None),
    ("KG-B", "09", "Batken Region", (), None),
    # Tajikistan
    ("TJ-GB", "01", "Gorno-Badakhshan", ("Kŭhistoni Badakhshon", "GBAO", "Gorno-Badakhshan Autonomous Region",
                                        "Pamir"), None),
    ("TJ-KT", "02", "Khatlon Region", ("Khatlon",), None),
    ("TJ-SU", "03", "Sughd Region", ("Sughd", "Sogd", "Sugd", "Leninabad Oblast"), None),
    ("TJ-DU", "04", "Dushanbe City", (), None),
    ("TJ-RA", "RR", "Districts of Republican Subordination", (
        "Region of Republican Subordination", "nohiyahoi tobei jumhurí"), None),
    # Uzbekistan
    ("UZ-AN", "01", "Andijan Region", ("Andijon viloyati", "Andijon Region"), None),
    ("UZ-BU", "02", "Bukhara Region", ("Buxoro viloyati",), None),
    ("UZ-FA", "03", "Fergana Region", ("Farg‘ona viloyati", "Ferghana Region"), None),
    ("UZ-XO", "05", "Khorezm Region", ("Xorazm viloyati", "Khorezm", "Khwarezm"), None),
    ("UZ-NG", "06", "Namangan Region", ("Namangan viloyati",), None),
    ("UZ-NW", "07", "Navoiy Region", ("Navoi Region",), None),
    ("UZ-QA", "08", "Kashkadarya Region", ("Qashqadaryo viloyati", "Qashqadaryo", "Kashkadarya"), None),
    ("UZ-QR", "09", "Karakalpakstan", ("Qoraqalpog‘iston Respublikasi", "Republic of Karakalpakstan",
                                      "Qoraqalpog'iston"), None),
    ("UZ-SA", "10", "Samarkand Region", ("Samarqand viloyati",), None),
    ("UZ-SU", "12", "Surkhandarya Region", ("Surxondaryo viloyati", "Surxondaryo", "Surkhandarya"), None),
    ("UZ-TK", "13", "Tashkent City", ("Toshkent shahri",), None),
    ("UZ-TO", "14", "Tashkent Region", ("Toshkent viloyati",), None),
    ("UZ-JI", "15", "Jizzakh Region", ("Jizzax viloyati",), None),
    ("UZ-SI", "16", "Syrdarya Region", ("Sirdaryo viloyati", "Sirdaryo", "Syrdarya"), None),
    # Turkmenistan
    ("TM-A", "01", "Ahal Region", ("Ahal welaýaty", "Akhal"), None),
    ("TM-B", "02", "Balkan Region", ("Balkan welaýaty",), None),
    ("TM-D", "03", "Dashoguz Region", ("Daşoguz welaýaty",), None),
    ("TM-L", "04", "Lebap Region", ("Lebap welaýaty",), None),
    ("TM-M", "05", "Mary Region", ("Mary welaýaty",), None),
    ("TM-S", "S", "Ashgabat City", (), None),
    # Canada (GeoNames numbers its provinces)
    ("CA-AB", "01", "Alberta", ("Alta.",), 5883102),
    ("CA-BC", "02", "British Columbia", ("B.C.",), 5909050),
    ("CA-MB", "03", "Manitoba", ("Man.",), 6065171),
    ("CA-NB", "04", "New Brunswick", ("N.B.",), 6087430),
    ("CA-NL", "05", "Newfoundland and Labrador", ("Newfoundland", "N.L.", "Nfld."), 6354959),
    ("CA-NS", "07", "Nova Scotia", ("N.S.",), 6091530),
    ("CA-ON", "08", "Ontario", ("Ont.",), 6093943),
    ("CA-PE", "09", "Prince Edward Island", ("P.E.I.", "PEI"), 6113358),
    ("CA-QC", "10", "Quebec", ("Québec", "Que."), 6115047),
    ("CA-SK", "11", "Saskatchewan", ("Sask.",), 6141242),
    ("CA-YT", "12", "Yukon", ("Yukon Territory",), 6185811),
    ("CA-NT", "13", "Northwest Territories", ("N.W.T.",), 6091069),
    ("CA-NU", "14", "Nunavut", (), 6091732),
    # Australia
    ("AU-ACT", "01", "Australian Capital Territory", ("ACT",), 2177478),
    ("AU-NSW", "02", "New South Wales", ("NSW",), 2155400),
    ("AU-NT", "03", "Northern Territory", (), 2064513),
    ("AU-QLD", "04", "Queensland", ("Qld",), 2152274),
    ("AU-SA", "05", "South Australia", (), 2061327),
    ("AU-TAS", "06", "Tasmania", (), 2147291),
    ("AU-VIC", "07", "Victoria", (), 2145234),
    ("AU-WA", "08", "Western Australia", (), 2058645),
    # United Kingdom
    ("GB-ENG", "ENG", "England", (), 6269131),
    ("GB-SCT", "SCT", "Scotland", (), 2638360),
    ("GB-WLS", "WLS", "Wales", ("Cymru",), 2634895),
    ("GB-NIR", "NIR", "Northern Ireland", (), 2641364),
)

# AP-style abbreviations of US states as news copy writes them ("Raleigh, N.C.").
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",),
    "IN": ("Ind.",), "KS": ("Kan.",), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",),
    "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",),
    "MT": ("Mont.",), "NE": ("Neb.",), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",),
    "NM": ("N.M.",), "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",),
    "OR": ("Ore.",), "PA": ("Pa.",), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",),
    "TN": ("Tenn.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",),
    "WV": ("W.Va.",), "WI": ("Wis.",), "WY": ("Wyo.",), "DC": ("D.C.", "District of Columbia"),
}

# Suffixes that name the kind of subdivision; stripping them gives the stem that variants grow from.
ADMIN_SUFFIXES: tuple[str, ...] = (
    "region", "oblast", "oblysy", "province", "viloyati", "welayaty", "governorate", "state",
    "city", "shaary", "shahri", "qalasy", "prefecture", "county", "district", "territory",
    "autonomous region", "autonomous republic", "republic", "department", "sheng", "shi", "zizhiqu",
    "uygur zizhiqu", "zhuangzu zizhiqu", "huizu zizhiqu", "muhafazat", "ili", "ostan", "provinsi",
)
VARIANT_SUFFIXES: tuple[str, ...] = ("Region", "Oblast", "Province", "oblysy", "Governorate", "State")

# Transliterated type words pycountry writes after or around a subdivision's name.
_TYPE_WORDS = ("avtonomnyy okrug", "avtonomnaya oblast'", "oblast'", "oblast", "kray", "voblasć",
               "respublika", "avtonomna respublika")
# Adjectival endings of Russian/Ukrainian unit names ("Bryanskaya" → Bryansk, "Kharkivska" → Kharkiv,
# "Kabardino-Balkarskaya" → Kabardino-Balkaria) and the noun endings they may stand for.
_ADJECTIVE_ENDINGS = ("skaya", "skiy", "skij", "skaja", "s'ka", "ska")
_NOUN_ENDINGS = ("sk", "", "a", "ia", "sia", "y")


_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")
# Bracket contents that are codes or notes, not names ("EH-partial", "GB-CYM", "Region I", "stolitsa").
_NOTE = re.compile(r"[A-Z]{2}-|\b[A-Z]{2,}\b|\bRegion [IVX]+\b|stolitsa|française|Arctic")


def subdivision_names(name: str) -> list[str]:
    """Names an ISO 3166-2 subdivision goes by in English news, pycountry's own spelling first.

    "Dagestan, Respublika" → Dagestan, Republic of Dagestan; "Kabardino-Balkarskaya Respublika"
    → Kabardino-Balkaria, Kabardino-Balkariya; "Ingushetiya" → Ingushetia.
    """
    names = [name]
    # "Catalunya [Cataluña]", "Bender [Tighina]", "Ilocos (Region I)": brackets hold another name or a note.
    base = _BRACKETED.sub("", name).strip()
    for inner in _BRACKETED.findall(name):
        inner = inner.strip("[]() ")
        if not _NOTE.search(inner):
            names.append(inner)
    if base != name:
        names.append(base)
    if ", " in base:
        head, _, tail = base.partition(", ")
        names.append(head)
        if tail.lower() in _TYPE_WORDS:
            names += [f"Republic of {head}", f"{head} Republic"]
        base = head
    lowered = base.lower()
    for word in _TYPE_WORDS:
        if lowered.endswith(" " + word):
            base = base[: -len(word) - 1]
            break
        if lowered.startswith(word + " "):
            base = base[len(word) + 1 :]
            break
    is_republic = "respublika" in name.lower()
    if base != name:
        names.append(base)
    if is_republic:
        for ending in ("skaya", "kaya"):
            if base.endswith(ending):
                stem = base[: -len(ending)]
                names += [f"{stem}ia", f"{stem}iya"]
                break
    for form in list(names):
        if form.endswith("iya"):
            names.append(form[:-3] + "ia")
    return list(dict.fromkeys(names))


def adjective_nouns(name: str) -> list[str]:
    """Candidate city names behind an adjectival unit name, for linking ("Bryanskaya oblast'" → Bryansk)."""
    base = subdivision_names(name)[-1]
    for ending in sorted(_ADJECTIVE_ENDINGS, key=len, reverse=True):
        if base.endswith(ending):
            stem = base[: -len(ending)]
            return [stem + noun for noun in _NOUN_ENDINGS if len(stem + noun) > 2]
    return []
