"""Held-out set 2, outside Central Asia part 3: courts, agency releases, further violence and traps."""
# ruff: noqa: E501  (passage data: long literal lines read better unbroken)

from __future__ import annotations

from _k import (
  AF,
  AN,
  BR,
  CAU,
  CR,
  EU,
  LP,
  ME,
  OT,
  SA,
  SAS,
  TR,
  P,
  W,
  c,
  country,
  days,
  last_week,
  month,
  on,
)
from _k import actors as A
from _k import counts as C
from _k import ev as E

pub = "2021-01-12"
P(CR, EU, pub,
  "At the Old Bailey on Monday, Khairi Saadallah was given a whole-life order for stabbing three men to "
  "death in a Reading park in June 2020.",
  [E("prosecution", "whole-life order", on(pub, "monday"), None, C(convicted=1),
     A(perp="Central Criminal Court", target="Khairi Saadallah")),
   E("attack", "stabbing three men to death", month(2020, 6), c("Reading", "GB", "GB-ENG"), C(killed=3),
     A(target="civilians"))],
  "Sentencing plus the attack it punishes (recounted with place and month). The Old Bailey is a court "
  "name, not a place name -> the sentencing is unplaced.")

pub = "2019-05-27"
P(CR, ME, pub,
  "The Central Criminal Court of Iraq in Baghdad on Sunday sentenced three French nationals to death by "
  "hanging for joining Islamic State.",
  [E("prosecution", "sentenced", on(pub, "sunday"), c("Baghdad", "IQ", "IQ-BG"), C(convicted=3),
     A(perp="Central Criminal Court of Iraq", target="Islamic State"))],
  "Joining IS is the generic offence; 'French nationals' is nationality, not a place.")

pub = "2022-02-19"
P(CR, SAS, pub,
  "A special court in Ahmedabad on Friday sentenced 49 men convicted over the serial blasts that killed "
  "56 people in the city in July 2008, handing 38 of them the death penalty.",
  [E("prosecution", "sentenced", on(pub, "friday"), c("Ahmedabad", "IN", "IN-GJ"), C(convicted=49), A(perp="court")),
   E("bombing", "serial blasts", month(2008, 7), c("Ahmedabad", "IN", "IN-GJ"), C(killed=56), A(target="civilians"))],
  "The blasts are recounted with place, month and toll: coded. '38 of them' is a sub-count of the "
  "convicted, not coded separately.")

pub = "2019-02-13"
P(SA, EU, pub,
  "Agents of the National Police, in an operation carried out on Tuesday in Ceuta, arrested two people "
  "for allegedly indoctrinating minors in the jihadist ideology of Daesh.",
  [E("arrest", "arrested", on(pub, "tuesday"), c("Ceuta", "ES", "ES-CE"), C(arrested=2),
     A(perp="National Police of Spain", target="Islamic State"))],
  "Own release, no attribution verb: asserted. Indoctrination is the generic offence.")

pub = "2023-02-13"
P(TR, ME, pub,
  "Within the framework of operations carried out in 33 provinces last week, 147 suspects were detained "
  "for links to the DAESH terrorist organisation, the Ministry of Interior of the Republic of Turkiye "
  "announced.",
  [E("arrest", "detained", last_week(pub), country("Turkey", "TR", "Turkiye"), C(arrested=147),
     A(perp="Ministry of Interior of Turkey", target="Islamic State"), "reported", "Ministry of Interior of Turkey")],
  "Nationwide arrests by a ministry named with its country: country precision, text the country word in "
  "the name. DAESH -> Islamic State.")

pub = "2022-03-17"
P(SA, AF, pub,
  "Between 1 and 14 March, troops of Operation Hadin Kai neutralised 23 terrorists and arrested 41 of "
  "their logistics suppliers and collaborators in the North East, the Defence Headquarters said.",
  [E("armed_clash", "neutralised", days("2022-03-01", "2022-03-14"), None, C(attackers_killed=23),
     A(perp="military", target="militants"), "reported", "Defence Headquarters of Nigeria"),
   E("arrest", "arrested", days("2022-03-01", "2022-03-14"), None, C(arrested=41), A(perp="military"),
     "reported", "Defence Headquarters of Nigeria")],
  "Military operations killing members of an armed group: armed_clash. 'the North East' is not a "
  "gazetteer division -> null place.")

pub = "2024-03-09"
P(W, AF, pub,
  "Gunmen on motorcycles abducted 287 pupils and teachers from a school in Kuriga, in northwestern "
  "Kaduna state, on Thursday morning, local officials said.",
  [E("attack", "abducted", on(pub, "thursday"), c("Kuriga", "NG", "NG-KD"), {}, A(target="civilians"),
     "reported", "local officials")],
  "Abduction of civilians: attack; the abducted are not a count kind.")

pub = "2022-11-03"
P(LP, AF, pub,
  "Government troops and al-Shabaab fighters fought for several hours near Afgooye on Wednesday, leaving "
  "a dozen militants dead, the army said.",
  [E("armed_clash", "fought", on(pub, "wednesday"), c("Afgooye", "SO", "SO-SH"),
     C(attackers_killed=(12, "approximately")), A(perp="military", target="al-Shabaab"), "reported", "military")],
  "Two armed sides: armed_clash. 'a dozen' -> 12 approximately; 'near Afgooye' -> Afgooye.")

pub = "2023-06-09"
P(BR, EU, pub,
  "A man armed with a knife attacked children in a playground by the lake in Annecy on Thursday morning, "
  "wounding six people, four of them toddlers, before police overpowered him.",
  [E("attack", "attacked", on(pub, "thursday"), c("Annecy", "FR", "FR-ARA"), C(injured=6), A(target="civilians")),
   E("arrest", "overpowered him", on(pub, "thursday"), c("Annecy", "FR", "FR-ARA"), C(arrested=1), A(perp="police"))],
  "Stabbing of civilians: attack; 'four of them' is a sub-count. Overpowering and seizing the attacker "
  "is his arrest (one man).")

pub = "2024-06-10"
P(W, SAS, pub,
  "Militants opened fire on a bus carrying Hindu pilgrims in Reasi district on Sunday evening, sending it "
  "plunging into a gorge; nine people were killed and 33 injured, police said.",
  [E("attack", "opened fire", on(pub, "sunday"), c("Reasi", "IN", "IN-JK"), C(killed=9, injured=33),
     A(target="civilians"), "reported", "police")],
  "Firing on a civilian bus: one-sided attack (attack covers armed assaults and shootings). District "
  "named after its town -> Reasi, city.")

pub = "2019-08-04"
P(BR, OT, pub,
  "A gunman opened fire in a crowded Walmart store in El Paso on Saturday morning, killing 20 people "
  "and wounding 26 before surrendering to police.",
  [E("attack", "opened fire", on(pub, "saturday"), c("El Paso", "US", "US-TX"), C(killed=20, injured=26),
     A(target="civilians")),
   E("arrest", "surrendering to police", on(pub, "saturday"), c("El Paso", "US", "US-TX"), C(arrested=1),
     A(perp="police"))],
  "Mass shooting: attack. The gunman's surrender is his arrest (one man, same day).")

pub = "2022-09-14"
P(W, CAU, pub,
  "Azerbaijani and Armenian forces traded heavy fire near the village of Sotk in Gegharkunik province on "
  "Tuesday, in the worst fighting since the 2020 war; Yerevan said 49 of its soldiers had been killed.",
  [E("armed_clash", "traded heavy fire", on(pub, "tuesday"), c("Sotk", "AM", "AM-GR"), C(killed=49),
     A(perp="Armed Forces of Azerbaijan", target="Armed Forces of Armenia"), "asserted", "Government of Armenia")],
  "Interstate fighting: armed_clash. Soldiers killed are victims (killed); the toll is Armenia's claim, "
  "the fighting itself is asserted. The 2020 war is background.")

pub = "2017-10-17"
P(BR, ME, pub,
  "Iraqi forces took control of Kirkuk on Monday after brief clashes with Kurdish Peshmerga fighters on "
  "the southern edge of the city.",
  [E("armed_clash", "clashes", on(pub, "monday"), c("Kirkuk", "IQ", "IQ-KI"), {},
     A(perp="Iraqi Security Forces", target="Peshmerga"))],
  "Two armed forces fighting: armed_clash; the takeover is the outcome of the same fighting.")

pub = "2023-09-30"
P(W, SAS, pub,
  "A suicide bomber blew himself up among worshippers gathering for a procession to mark the Prophet's "
  "birthday in Mastung on Friday, killing at least 52 people.",
  [E("suicide_bombing", "suicide bomber", on(pub, "friday"), c("Mastung", "PK", "PK-BA"),
     C(killed=(52, "at_least"), attackers_killed=1), A(target="worshippers"))],
  "A religious procession is not a protest.")

pub = "2022-11-14"
P(W, ME, pub,
  "A bomb left on a bench exploded on Istanbul's busy Istiklal Avenue on Sunday afternoon, killing six "
  "people and wounding 81; police said they had detained a Syrian woman suspected of planting it.",
  [E("bombing", "bomb", on(pub, "sunday"), c("Istanbul", "TR", "TR-34"), C(killed=6, injured=81), A(target="civilians")),
   E("arrest", "detained", None, c("Istanbul", "TR", "TR-34"), C(arrested=1), A(perp="police"), "reported", "police")],
  "The detention has no date of its own -> null. 'a Syrian woman' -> arrested 1; 'Syrian' is nationality.")

pub = "2021-10-08"
P(LP, AF, pub,
  "Eleven passengers were killed on Thursday when the bus taking them to the weekly market struck an "
  "explosive device on the road outside Bandiagara, in central Mali's Mopti region.",
  [E("bombing", "struck an explosive device", on(pub, "thursday"), c("Bandiagara", "ML", "ML-5"), C(killed=11),
     A(target="civilians"))],
  "Roadside device: bombing. 'outside Bandiagara' -> Bandiagara (the town is more specific than the "
  "region).")

pub = "2023-08-18"
P(W, EU, pub,
  "Sweden's Security Service raised the terrorist threat level to four on a five-point scale on "
  "Thursday, citing threats after a series of Koran burnings.",
  [E("statement", "raised the terrorist threat level", on(pub, "thursday"), country("Sweden", "SE"), {},
     A(perp="Swedish Security Service"))],
  "Threat level change: statement. 'four on a five-point scale' is a level, not a count. The Koran "
  "burnings are background (protests not described).")

pub = "2011-10-03"
P(BR, ME, pub,
  "Al-Qaeda in the Arabian Peninsula published a new issue of its English-language magazine Inspire on "
  "Saturday, days after the group's chief propagandist was killed in Yemen.",
  [E("propaganda", "published a new issue", on(pub, "saturday"), None, {},
     A(perp="al-Qaeda in the Arabian Peninsula"))],
  "Magazine issue: propaganda, unplaced. The killing in Yemen is referred to without details ('days "
  "after', no actor): background.")

pub = "2019-04-21"
P(W, EU, pub,
  "Kosovo on Saturday brought 110 of its citizens back to Kosovo from Syria - 32 women, 74 children and "
  "four men suspected of having fought for Islamic State.",
  [E("foreign_fighter_travel", "brought 110 of its citizens back", on(pub, "saturday"), country("Kosovo", "XK"),
     C(individuals=110), A(perp="Government of Kosovo"))],
  "Repatriation with the home country named as the place returned to ('back to Kosovo'): country "
  "precision (no ISO subdivisions used). The breakdown is a sub-count of the total.")

pub = "2016-01-26"
P(AN, CAU, pub,
  "According to Dagestan's leader Ramazan Abdulatipov, some 600 residents of the republic left for "
  "Syria between 2013 and 2015.",
  [E("foreign_fighter_travel", "left for Syria", {"start": "2013-01-01", "end": "2015-12-31", "precision": "year"}, country("Syria", "SY"),
     C(fighters=(600, "approximately")), {}, "reported", "Ramazan Abdulatipov")],
  "Stock figure with a year range; 'some 600' -> approximately. Region by origin (caucasus).")

P(LP, OT, "2018-01-09",
  "A water main explosion flooded several streets in downtown Atlanta, Georgia, on Monday, but no one was "
  "hurt, the city said.",
  [], "Accident; Georgia is the US state here. 'no one was hurt' does not make an event.")
P(BR, EU, "2016-07-08",
  "Commuters and survivors observed a minute's silence at London stations on Thursday to mark the 11th "
  "anniversary of the 7/7 bombings.",
  [], "Anniversary commemoration of a named past event.")
P(AN, ME, "2019-09-10",
  "Israeli analysts say Hezbollah could fire up to 3,000 rockets a day in a full-scale war, overwhelming "
  "air defences.",
  [], "Speculation in a hypothetical war by analysts: not coded.")
P(BR, AF, "2016-08-10",
  "Chad le Clos took silver in the 200 metres butterfly in Rio on Tuesday night, beaten by Michael "
  "Phelps.",
  [], "Sport; Chad is a personal name.")
P(W, SAS, "2020-03-05",
  "A court in Colombo released 16 Tamil prisoners who had been held for years under the Prevention of "
  "Terrorism Act without trial.",
  [], "Release of prisoners: negative.")
