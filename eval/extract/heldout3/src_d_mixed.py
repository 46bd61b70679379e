"""Mixed-region passages that fill thinner types (bombing, statement, propaganda, plots, drills) and vary the
date expressions (month, part of month, season, year, earlier this year)."""

from _d import *  # noqa: F403

pub = "2019-01-15"
P(LP, ME, pub,
  "Earlier this month a sticky bomb attached to his car killed a provincial council member in Kirkuk as he left his "
  "home, police said; no group has claimed the killing.",
  [ev("bombing", "sticky bomb", {"start": "2019-01-01", "end": "2019-01-14", "precision": "month"},
      c("Kirkuk", "IQ", "IQ-KI"), counts(killed=1), actors(target="Kirkuk Provincial Council", reporter="police"),
      "reported", "police")],
  "Hmm: 'earlier this month' is not in the date table; resolved by analogy with 'earlier this year' (first of the "
  "month to publication - 1, month precision).")

pub = "2024-04-02"
P(BR, SAS, pub,
  "In mid-March, a bomb planted on a motorcycle exploded next to a polio vaccination team in Mardan, killing the "
  "policeman escorting the team and wounding two health workers.",
  [ev("bombing", "bomb", part(2024, 3, "mid"), c("Mardan", "PK", "PK-KP"), counts(killed=1, injured=2),
      actors(target=["police", "health workers"]))])

pub = "2017-03-14"
P(AN, ME, pub,
  "In November 2016, a car bomb exploded outside a police building in Diyarbakir's Baglar district, killing at least "
  "eight people; the Kurdistan Freedom Falcons, an offshoot of the PKK, later claimed it.",
  [ev("bombing", "car bomb", month(2016, 11), r("Diyarbakir", "TR", "TR-21"), counts(killed=(8, "at_least")),
      actors(perp="Kurdistan Freedom Falcons", target="police", reporter="Kurdistan Freedom Falcons"),
      "asserted", "Kurdistan Freedom Falcons")],
  "A past event recounted with its own details is coded. District inside a named province -> province (Diyarbakir "
  "is also a city; hmm).")

pub = "2023-06-09"
P(W, AF, pub,
  "A landmine planted by Boko Haram fighters killed five soldiers on patrol in Chad's Lac province on Thursday, the "
  "army said.",
  [ev("bombing", "landmine", on(pub, "thursday"), r("Lac", "TD", "TD-LC", "Lac province"), counts(killed=5),
      actors(perp="Boko Haram", target="Chadian Armed Forces", reporter="Chadian Armed Forces"),
      "reported", "Chadian Armed Forces")],
  "A planted landmine is a deliberate explosion -> bombing. Chad the country.")

pub = "2024-03-25"
P(BR, EU, pub,
  "France raised its Vigipirate security alert to the highest level, 'urgence attentat', on Sunday evening after the "
  "attack on a Moscow concert hall, Prime Minister Gabriel Attal said.",
  [ev("statement", "raised its Vigipirate security alert", on(pub, "sunday"), country("France", "FR"), None,
      actors(perp="Government of France", reporter="Prime Minister of France"), "reported", "Prime Minister of France")],
  "The Moscow attack is only the reason for the reaction: not coded.")

pub = "2024-03-23"
P(W, AF, pub,
  "Niger's military government declared three days of national mourning on Friday, a day after suspected jihadists "
  "killed 23 soldiers in an ambush near Tahoua.",
  [ev("statement", "declared three days of national mourning", on(pub, "friday"), country("Niger", "NE"), None,
      actors(perp="Government of Niger")),
   ev("attack", "ambush", on(pub, "thursday"), c("Tahoua", "NE", "NE-5"), counts(killed=23),
      actors(perp="jihadists", target="Nigerien Armed Forces"))],
  "The ambush is recounted with its toll, place and day ('a day after' Friday), so it is coded. 'three days' is a "
  "duration. Hmm: 'suspected jihadists' is a description; kept as generic perpetrator.")

pub = "2019-10-03"
P(AN, AF, pub,
  "The UN Security Council condemned in the strongest terms the heinous attacks on two Malian army camps in the "
  "Mopti region this week and urged all parties to implement the peace agreement.",
  [ev("statement", "condemned in the strongest terms", None, None, None,
      actors(perp="United Nations Security Council"))],
  "Formal condemnation by an official body -> statement, no place or date of its own. The attacks are only its "
  "object: not coded.")

pub = "2015-08-20"
P(AN, ME, pub,
  "In June, Islamic State's media office distributed leaflets in the markets of Raqqa ordering shopkeepers to close "
  "during prayer times and women to wear the full veil.",
  [ev("propaganda", "distributed leaflets", in_month(pub, 6), c("Raqqa", "SY", "SY-RA"), None,
      actors(perp="Islamic State"))])

pub = "2016-05-16"
P(LP, AF, pub,
  "Graffiti praising al-Shabaab appeared on walls in Mombasa's Majengo area over the weekend, prompting police to "
  "step up patrols around mosques.",
  [ev("propaganda", "Graffiti", last_weekend(pub), c("Mombasa", "KE", "KE-28"), None,
      actors(other="al-Shabaab")),
   ev("military_exercise", "step up patrols", None, c("Mombasa", "KE", "KE-28"), None, actors(perp="police"))],
  "Graffiti treated like posters. Stepped-up patrols are a security surge -> military_exercise, undated. Hmm: a "
  "minor surge; borderline.")

pub = "2024-05-07"
P(LP, EU, pub,
  "Leaflets calling for a 'holy war' against Israel were pushed through letterboxes in Berlin's Neukoelln district "
  "earlier this year, police said on Monday, adding that a 34-year-old man had been identified as the author.",
  [ev("propaganda", "Leaflets", earlier_this_year(pub), c("Berlin", "DE", "DE-BE"), None,
      actors(reporter="police"), "reported", "police")],
  "'earlier this year' -> 1 Jan to publication - 1. Identifying an author is not an arrest.")

pub = "2024-05-14"
P(W, EU, pub,
  "Swedish police said on Tuesday they had foiled a plan to attack the Israeli embassy in Stockholm and arrested two "
  "teenagers who had been given a weapon by a criminal gang.",
  [ev("plot_disrupted", "foiled a plan", None, c("Stockholm", "SE", "SE-AB"), None,
      actors(perp="police", reporter="police"), "reported", "police"),
   ev("arrest", "arrested", None, c("Stockholm", "SE", "SE-AB"), counts(arrested=2),
      actors(perp="police", reporter="police"), "reported", "police")],
  "Swedish police -> 'police'. 'said on Tuesday' dates only the statement.")

pub = "2024-02-12"
P(W, OT, pub,
  "Indonesia's Densus 88 counter-terrorism squad arrested 24 suspected militants in Central Java in the past week "
  "who had been planning attacks on police during the election period, a spokesman said.",
  [ev("plot_disrupted", "planning attacks", None, r("Central Java", "ID", "ID-JT"), None,
      actors(perp="Densus 88", target="militants", reporter="Densus 88"), "reported", "Densus 88"),
   ev("arrest", "arrested", None, r("Central Java", "ID", "ID-JT"), counts(arrested=24),
      actors(perp="Densus 88", target="militants", reporter="Densus 88"), "reported", "Densus 88")],
  "'in the past week' is a rolling window -> null. Hmm: 'a spokesman' is taken as the squad's.")

pub = "2022-01-18"
P(AN, CA, pub,
  "In the autumn of 2021, Russia's 201st military base held a series of drills near Dushanbe to rehearse the defence "
  "of the Tajik-Afghan border against armed incursions.",
  [ev("military_exercise", "drills", season(2021, "autumn"), c("Dushanbe", "TJ", "TJ-DU"), None,
      actors(perp="201st Military Base"))],
  "'201st' is a name, not a count. 'near Dushanbe' -> Dushanbe.")

pub = "2024-09-10"
P(BR, SAS, pub,
  "Since the start of the year, Pakistan has deployed additional paramilitary units to Parachinar to contain "
  "sectarian violence that has killed dozens of people in the Kurram tribal district.",
  [ev("military_exercise", "deployed additional paramilitary units", earlier_this_year(pub),
      c("Parachinar", "PK", "PK-KP"), None, actors(perp="Frontier Corps"))],
  "'Since the start of the year' -> 1 Jan to publication - 1. The violence is an undetailed background mention; "
  "'dozens' belongs to it. Hmm: 'paramilitary units' resolved to the Frontier Corps.")
