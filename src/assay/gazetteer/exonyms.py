"""Curated exonyms, transliterations and former names that GeoNames files miss or rank badly."""

from __future__ import annotations

# (canonical name as the GeoNames city file spells it, ISO country, extra names).
# Each canonical name is looked up in that country's cities at compile time, so the
# GeoNames id, coordinates and admin1 come from the data, never from this table.
CITY_EXONYMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # Kazakhstan
    ("Aktobe", "KZ", ("Aqtobe", "Aqtöbe", "Aktyubinsk", "Aktjubinsk", "Aktiubinsk")),
    ("Almaty", "KZ", ("Alma-Ata", "Alma Ata", "Almaata", "Verny", "Vernyi")),
    ("Astana", "KZ", ("Nur-Sultan", "Nursultan", "Akmola", "Aqmola", "Akmolinsk", "Tselinograd")),
    ("Shymkent", "KZ", ("Chimkent", "Shimkent")),
    ("Oral", "KZ", ("Uralsk", "Uralsk City")),
    ("Atyrau", "KZ", ("Guryev", "Gurev", "Guriev", "Gur'yev")),
    ("Semey", "KZ", ("Semipalatinsk", "Semei")),
    ("Ust-Kamenogorsk", "KZ", ("Oskemen", "Öskemen")),
    ("Karagandy", "KZ", ("Karaganda", "Qaraghandy")),
    ("Kostanay", "KZ", ("Kustanai", "Kustanay", "Qostanay")),
    ("Kyzylorda", "KZ", ("Qyzylorda", "Kzyl-Orda", "Kzylorda")),
    ("Petropavl", "KZ", ("Petropavlovsk",)),
    ("Taraz", "KZ", ("Dzhambul", "Aulie-Ata")),
    ("Aktau", "KZ", ("Aqtau", "Shevchenko")),
    ("Zhanaozen", "KZ", ("Zhanaozen", "Novy Uzen", "Janaozen")),
    ("Turkistan", "KZ", ("Turkestan",)),
    ("Kokshetau", "KZ", ("Kokchetav", "Kökshetau")),
    ("Taldykorgan", "KZ", ("Taldy-Kurgan", "Taldyqorghan")),
    ("Konayev", "KZ", ("Konaev", "Qonaev", "Kapchagay", "Kapshagay")),
    ("Zhezqazghan", "KZ", ("Zhezkazgan", "Dzhezkazgan", "Jezkazgan")),
    ("Baikonur", "KZ", ("Baykonur", "Leninsk")),
    # Kyrgyzstan
    ("Bishkek", "KG", ("Frunze", "Pishpek")),
    ("Osh", "KG", ()),
    ("Karakol", "KG", ("Przhevalsk",)),
    ("Balykchy", "KG", ("Rybachye", "Issyk-Kul City")),
    ("Tokmok", "KG", ("Tokmak",)),
    # Tajikistan
    ("Dushanbe", "TJ", ("Stalinabad",)),
    ("Khujand", "TJ", ("Khodzhent", "Khodjent", "Khojand", "Leninabad")),
    ("Kŭlob", "TJ", ("Kulob", "Kulyab", "Kulab")),
    ("Bokhtar", "TJ", ("Qurghonteppa", "Kurgan-Tyube", "Kurgan-Tiube", "Qurghonteppa")),
    ("Khorugh", "TJ", ("Khorog",)),
    ("Istaravshan", "TJ", ("Ura-Tyube", "Uroteppa")),
    # Uzbekistan
    ("Tashkent", "UZ", ("Toshkent",)),
    ("Andijon", "UZ", ("Andijan", "Andizhan")),
    ("Samarkand", "UZ", ("Samarqand",)),
    ("Bukhara", "UZ", ("Buxoro", "Bukhoro")),
    ("Fergana", "UZ", ("Farg'ona", "Ferghana", "Fargona")),
    ("Qarshi", "UZ", ("Karshi",)),
    ("Urganch", "UZ", ("Urgench",)),
    ("Tirmiz", "UZ", ("Termez", "Termiz")),
    ("Navoiy", "UZ", ("Navoi",)),
    ("Jizzax", "UZ", ("Jizzakh", "Dzhizak")),
    ("Guliston", "UZ", ("Gulistan",)),
    ("Qo‘qon", "UZ", ("Kokand", "Qoqon", "Quqon")),
    ("Xiva", "UZ", ("Khiva",)),
    ("Nukus", "UZ", ()),
    # Turkmenistan
    ("Ashgabat", "TM", ("Ashkhabad", "Ashgabad", "Poltoratsk", "Aşgabat")),
    ("Türkmenabat", "TM", ("Turkmenabat", "Turkmenabad", "Chardzhou", "Chardjou", "Charjew", "Chardzhev")),
    ("Mary", "TM", ("Merv",)),
    ("Daşoguz", "TM", ("Dashoguz", "Tashauz", "Dashhowuz")),
    ("Türkmenbaşy", "TM", ("Turkmenbashi", "Krasnovodsk")),
    ("Balkanabat", "TM", ("Nebit Dag", "Nebitdag")),
    # Ukraine, Russia, Caucasus, Europe
    ("Kyiv", "UA", ("Kiev",)),
    ("Kharkiv", "UA", ("Kharkov",)),
    ("Odesa", "UA", ("Odessa",)),
    ("Lviv", "UA", ("Lvov", "Lwow", "Lemberg")),
    ("Dnipro", "UA", ("Dnepropetrovsk", "Dnipropetrovsk")),
    ("Zaporizhzhya", "UA", ("Zaporizhzhia", "Zaporozhye")),
    ("Mykolayiv", "UA", ("Mykolaiv", "Nikolaev", "Nikolayev")),
    ("Luhansk", "UA", ("Lugansk",)),
    ("Vinnytsya", "UA", ("Vinnytsia", "Vinnitsa")),
    ("Chernihiv", "UA", ("Chernigov",)),
    ("Saint Petersburg", "RU", ("Leningrad", "St Petersburg", "Petrograd")),
    ("Volgograd", "RU", ("Stalingrad",)),
    ("Tbilisi", "GE", ("Tiflis",)),
    ("Yerevan", "AM", ("Erevan",)),
    ("Chisinau", "MD", ("Kishinev",)),
    ("Vilnius", "LT", ("Vilna",)),
    ("Istanbul", "TR", ("Constantinople",)),
    # Middle East, South and East Asia
    ("Gaza", "PS", ("Gaza City",)),
    ("Aleppo", "SY", ("Halab",)),
    ("Mumbai", "IN", ("Bombay",)),
    ("Chennai", "IN", ("Madras",)),
    ("Kolkata", "IN", ("Calcutta",)),
    ("Beijing", "CN", ("Peking",)),
    ("Yangon", "MM", ("Rangoon",)),
    ("Ho Chi Minh City", "VN", ("Saigon",)),
)

# ISO alpha-2 → extra names for countries (pycountry and GeoNames names are added automatically).
# Names written in capitals must match in capitals in running text ("US", never "us").
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russia", "Russian Federation"),
    "KR": ("South Korea", "Republic of Korea"),
    "KP": ("North Korea", "DPRK"),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "CZ": ("Czech Republic", "Czechia"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma", "Myanmar"),
    "MK": ("Macedonia", "North Macedonia"),
    "KG": ("Kirghizia", "Kirgizia", "Kyrgyz Republic"),
    "TJ": ("Tadjikistan",),
    "TM": ("Turkmenia",),
    "MD": ("Moldova",),
    "LA": ("Laos",),
    "VN": ("Vietnam",),
    "TW": ("Taiwan",),
    "PS": ("Palestine", "Palestinian Territories"),
    "VA": ("Vatican", "Vatican City"),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "NL": ("Holland", "the Netherlands"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "TR": ("Turkiye", "Türkiye"),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland", "Eswatini"),
}

# Regions that are not administrative units: (name, aliases, ISO country or "", lat, lon).
REGIONS: tuple[tuple[str, tuple[str, ...], str, float, float], ...] = (
    ("Fergana Valley", ("Ferghana Valley", "Farg'ona Valley"), "", 40.9, 71.8),
    ("Central Asia", (), "", 43.0, 66.0),
    ("Middle East", ("Mideast",), "", 29.0, 42.0),
    ("Caucasus", ("the Caucasus",), "", 42.0, 44.5),
    ("North Caucasus", ("Northern Caucasus",), "RU", 43.5, 45.0),
    ("Balkans", ("the Balkans",), "", 43.0, 21.0),
    ("Sahel", ("the Sahel",), "", 15.0, 5.0),
    ("Gaza Strip", (), "PS", 31.42, 34.36),
    ("West Bank", (), "PS", 31.95, 35.25),
    ("Donbas", ("Donbass",), "UA", 48.0, 38.5),
    ("Kashmir", (), "", 34.5, 76.0),
)

# Boroughs of a city that GeoNames files as cities of their own. The guidelines code an event at
# city precision, and a borough is part of its city: "in Lower Manhattan" is New York City. Source:
# the New York City Charter's five boroughs (public fact, no licence). Queens is left out: as a
# bare word it is too often a plural noun. Each borough is a name of the city here, beside its own
# GeoNames entry; the city's weight wins unless the document points elsewhere (Manhattan, Kansas).
CITY_BOROUGHS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("New York City", "US", ("Manhattan", "Lower Manhattan", "Midtown Manhattan", "Brooklyn", "the Bronx",
                             "Staten Island")),
)

# GeoNames cities whose primary name in the city file is not the one English-language news uses
# (the file calls Jalal-Abad "Manas"): (ISO country, GeoNames primary name, name shown and matched).
# Only names checked against the GeoNames record's own alternate names belong here.
CITY_DISPLAY_NAMES: dict[tuple[str, str], str] = {
    ("KG", "Manas"): "Jalal-Abad",
}

# Areas with no ISO 3166-2 subdivision of their own that news names like a unit: the guidelines
# code them at their country's precision (eval/extract/README.md, "### Places"), so each is an
# entry of country precision under its own name. (name, other names, ISO country, lat, lon);
# the country is the one ISO 3166 and the UN recognise as sovereign there.
AREAS_WITHOUT_SUBDIVISION: tuple[tuple[str, tuple[str, ...], str, float, float], ...] = (
    ("Nagorno-Karabakh", ("Nagorny Karabakh", "Nagorno Karabakh", "Artsakh"), "AZ", 39.82, 46.75),
    ("Mindanao", (), "PH", 7.5, 125.0),
)
