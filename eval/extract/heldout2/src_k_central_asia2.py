"""Held-out set 2, Central Asia part 2: law, statements, drills, protest, propaganda, travel and courts."""
# ruff: noqa: E501  (passage data: long literal lines read better unbroken)

from __future__ import annotations

from _k import (
  AN,
  BR,
  CA,
  CR,
  LP,
  SA,
  TR,
  P,
  W,
  c,
  country,
  day,
  days,
  in_month,
  last_month,
  last_week,
  on,
  part,
  r,
  season,
  today,
  year,
  yesterday,
)
from _k import actors as A
from _k import counts as C
from _k import ev as E

NSC_KZ = "National Security Committee of Kazakhstan"
GKNB = "State Committee for National Security of Kyrgyzstan"
SGB = "State Security Service of Uzbekistan"
MVD_TJ = "Ministry of Internal Affairs of Tajikistan"
MVD_KZ = "Ministry of Internal Affairs of Kazakhstan"

pub = "2016-12-23"
P(W, CA, pub,
  "Kazakhstan's President Nursultan Nazarbayev on Thursday signed into law amendments that tighten "
  "control over the sale of firearms and the registration of foreigners, measures drafted after the "
  "June shootings.",
  [E("legislation", "signed into law", on(pub, "thursday"), country("Kazakhstan", "KZ"), {},
     A(perp="Nursultan Nazarbayev"))],
  "Country name attached to the official -> country precision. 'the June shootings' is a name-only "
  "background reference: not coded.")

pub = "2015-09-30"
P(BR, CA, pub,
  "Tajikistan's Supreme Court on Tuesday declared the Islamic Renaissance Party a terrorist "
  "organisation and banned its activities, a month after the authorities accused it of backing a "
  "mutiny.",
  [E("legislation", "declared", on(pub, "tuesday"),
     country("Tajikistan", "TJ"), {}, A(perp="Supreme Court of Tajikistan", target="Islamic Renaissance Party of Tajikistan"))],
  "Designation and ban of an organisation -> legislation (not prosecution). The mutiny is only an "
  "accusation, not coded.")

pub = "2018-08-02"
P(TR, CA, pub,
  "The Uzbek President has signed the Law 'On Countering Extremism', which defines the powers of state "
  "bodies in the prevention of extremist activity; the document enters into force three months after "
  "its official publication.",
  [E("legislation", "signed the Law", None, country("Uzbekistan", "UZ", "Uzbek"), {},
     A(perp="Shavkat Mirziyoyev"))],
  "Demonym on the official -> country precision with the demonym as text. 'the Uzbek President' is "
  "resolved to the canonical person. No date for the signing ('three months after' is relative to an "
  "unstated date).")

pub = "2023-11-14"
P(LP, CA, pub,
  "Kazakhstan's lower house, the Mazhilis, is due to vote next week on a bill that would let the "
  "National Security Committee block messaging channels without a court order.",
  [E("legislation", "due to vote", None, country("Kazakhstan", "KZ"), {}, A(perp="Mazhilis of Kazakhstan"),
     "planned")],
  "Bill scheduled for a vote: legislation, planned; 'next week' is a future relative date -> null. "
  "Country word names the institution -> country precision. Channel blocking is what the bill is about, "
  "not an event.")

pub = "2024-01-19"
P(BR, CA, pub,
  "Kyrgyz lawmakers on Thursday passed in the third and final reading amendments banning clothing that "
  "hides the face in public places, with fines of up to 20,000 som for violators.",
  [E("legislation", "passed", on(pub, "thursday"), country("Kyrgyzstan", "KG", "Kyrgyz"), {},
     A(perp="Parliament of Kyrgyzstan"))],
  "Demonym on the legislature -> country precision. '20,000 som' is money, not a count.")

pub = "2016-06-06"
P(SA, CA, pub,
  "In connection with the events in Aktobe, a 'yellow' level of terrorist threat has been introduced on "
  "the territory of Aktobe region from 5 June 2016 until further notice.",
  [E("statement", "a 'yellow' level of terrorist threat has been introduced", day("2016-06-05"),
     r("Aktobe Region", "KZ", "KZ-AKT", "Aktobe region"), {}, {})],
  "Change of threat level: statement. 'the events in Aktobe' is a name-only background reference. The "
  "issuing body is not named -> no perpetrator. Place: the region, not the first 'Aktobe' (city as "
  "background).")

pub = "2022-09-16"
P(TR, CA, pub,
  "The Ministry of Foreign Affairs of the Kyrgyz Republic strongly condemns the shelling of civilian "
  "objects in Batken region and calls on the Tajik side to immediately cease fire.",
  [E("statement", "condemns", None, country("Kyrgyzstan", "KG", "Kyrgyz"), {},
     A(perp="Ministry of Foreign Affairs of Kyrgyzstan", target="Government of Tajikistan"))],
  "Condemnation plus appeal by a state body: one statement, placed by the country word inside the "
  "institution name. The shelling is only the object of the condemnation: not coded (adjudication rule).")

pub = "2021-03-15"
P(W, CA, pub,
  "Uzbekistan's State Security Service warned parents on Monday that recruiters for militant groups were "
  "approaching teenagers through online games, and urged them to check their children's phones.",
  [E("statement", "warned", today(pub), country("Uzbekistan", "UZ"), {}, A(perp=SGB))],
  "Official warning and appeal: statement at country precision. The recruiting is a general claim of a "
  "practice, not a reported occurrence: no propaganda event.")

pub = "2017-05-30"
P(BR, CA, pub,
  "Interior Minister Ramazon Rahimzoda on Tuesday appealed to parents of young men working in Russia to "
  "stay in daily contact with them so that they do not fall under the influence of recruiters.",
  [E("statement", "appealed", today(pub), None, {}, A(perp="Ramazon Rahimzoda"))],
  "Appeal by an official: statement. Official named without a country word -> place null. Russia is "
  "where the migrants work, not the place of the statement.")

pub = "2019-01-28"
P(LP, CA, pub,
  "Akimat officials in Atyrau announced that the city would step up security at mosques and bus "
  "stations ahead of the holiday, saying they had received no specific threat.",
  [], "Negative trap: a vague announced intention to 'step up security' with no deployment described is "
  "a routine notice, not a statement (no warning, no threat level) and not a deployment.")

pub = "2022-09-20"
P(SA, CA, pub,
  "Joint exercises of the Collective Rapid Reaction Forces of the CSTO, 'Interaction-2022', will be held "
  "at the Edelweiss training ground in Issyk-Kul region from 2 to 6 October.",
  [E("military_exercise", "exercises", days("2022-10-02", "2022-10-06"),
     r("Issyk-Kul Region", "KG", "KG-Y", "Issyk-Kul region"), {},
     A(perp="Collective Security Treaty Organization"), "planned")],
  "Announced exercise: planned; absolute future dates kept. The exercise name is never a date or count.")

pub = "2019-10-18"
P(LP, CA, pub,
  "Pavlodar police on Thursday staged an anti-terror drill at the city's railway station in which "
  "officers practised freeing passengers taken hostage by armed men.",
  [E("military_exercise", "anti-terror drill", on(pub, "thursday"), c("Pavlodar", "KZ", "KZ-PAV"), {},
     A(perp="police"))],
  "Police anti-terror drill: military_exercise. The hostage-taking is simulated: not coded.")

pub = "2021-08-16"
P(W, CA, pub,
  "Uzbekistan has moved additional troops and armoured vehicles to its frontier with Afghanistan near "
  "Termez in recent days, as Taliban fighters took control of the Afghan side of the Friendship Bridge.",
  [E("military_exercise", "moved additional troops", None, c("Termez", "UZ", "UZ-SU"), {},
     A(perp="Armed Forces of Uzbekistan"))],
  "Reinforcement: military_exercise; 'in recent days' is a rolling window -> undated; 'near Termez' -> "
  "Termez. The Taliban takeover of a bridge (no fighting described) is not coded. Troops not counted.")

pub = "2021-08-11"
P(BR, CA, pub,
  "Some 2,500 troops from Russia, Tajikistan and Uzbekistan held exercises from 5 to 10 August at the "
  "Harb-Maidon range in Tajikistan's Khatlon region, about 20 kilometres from the Afghan border.",
  [E("military_exercise", "held exercises", days("2021-08-05", "2021-08-10"),
     r("Khatlon Region", "TJ", "TJ-KT", "Khatlon region"), {},
     A(perp=["Armed Forces of Russia", "Armed Forces of Tajikistan", "Armed Forces of Uzbekistan"]))],
  "Troops are never counted; the range is inside a named region -> admin1.")

pub = "2020-11-10"
P(W, CA, pub,
  "Kazakhstan's Defence Ministry said on Tuesday it had reinforced the guard along the border with "
  "Kyrgyzstan with two additional motorised rifle companies.",
  [E("military_exercise", "reinforced", None, country("Kazakhstan", "KZ"), {},
     A(perp="Ministry of Defence of Kazakhstan"), "reported", "Ministry of Defence of Kazakhstan")],
  "A state's own reinforcement at home with the country in the institution's name -> country precision. "
  "'said on Tuesday' dates the statement only. Companies are units, not counts.")

pub = "2022-07-04"
P(W, CA, pub,
  "Thousands of people rallied in Nukus on Friday against constitutional amendments that would have "
  "removed Karakalpakstan's right to secede; officials later said 18 people died in the unrest that "
  "followed.",
  [E("protest", "rallied", on(pub, "friday"), c("Nukus", "UZ", "UZ-QR"), {}, A(perp="protesters"))],
  "Real 1 July 2022 protest. Protester numbers are not counted. The deaths are not attributed to "
  "security-force fire in the passage: no attack coded.")

pub = "2020-10-06"
P(BR, CA, pub,
  "Thousands of opposition supporters packed Ala-Too Square in Bishkek on Monday evening to protest "
  "against the results of Sunday's parliamentary vote, and some later broke into the White House.",
  [E("protest", "protest", on(pub, "monday"), c("Bishkek", "KG", "KG-GB"), {}, A(perp="protesters"))],
  "The break-in is part of the same protest, not an armed assault. 'Sunday's vote' is an election, not "
  "an event type.")

pub = "2019-09-05"
P(LP, CA, pub,
  "Activists have filed a request with the Almaty city akimat to hold a picket outside the Chinese "
  "consulate on Saturday against the detention of ethnic Kazakhs in Xinjiang.",
  [E("protest", "picket", None, c("Almaty", "KZ", "KZ-ALA"), {}, A(perp="protesters"), "planned")],
  "Planned picket; a future weekday -> null. The Xinjiang detentions are the cause, not a reported "
  "arrest event (no actor, date or count).")

pub = "2021-11-29"
P(BR, CA, pub,
  "Several hundred residents gathered outside the regional administration in Khorog on Friday, "
  "demanding the resignation of the regional governor.",
  [E("protest", "gathered", on(pub, "friday"), c("Khorugh", "TJ", "TJ-GB", "Khorog"), {},
     A(perp="protesters", target="Governor of Gorno-Badakhshan"))],
  "Khorog -> Khorugh. 'several hundred' is not a count and protesters are never counted anyway.")

pub = "2011-12-19"
P(W, CA, pub,
  "Police opened fire on striking oil workers and their supporters in the western Kazakh town of "
  "Zhanaozen on Friday, killing at least 11 people, officials said, after a rally marking "
  "Independence Day turned violent.",
  [E("attack", "opened fire", on(pub, "friday"), c("Zhanaozen", "KZ", "KZ-MAN"), C(killed=(11, "at_least")),
     A(perp="police", target="protesters"), "reported", "Kazakh officials"),
   E("protest", "rally", on(pub, "friday"), c("Zhanaozen", "KZ", "KZ-MAN"), {}, A(perp="protesters"),
     "reported", "Kazakh officials")],
  "Security forces firing live rounds on protesters: a separate attack beside the protest. Published "
  "at the time (Friday 16 Dec 2011). Bare 'officials said' -> 'Kazakh officials'.")

pub = "2024-03-25"
P(AN, CA, pub,
  "A video released on Sunday through channels linked to Islamic State Khorasan Province shows a "
  "Tajik-speaking militant urging migrants in Russia to 'take revenge', researchers who monitor the "
  "group said.",
  [E("propaganda", "video", on(pub, "sunday"), None, {}, A(perp="Islamic State Khorasan Province"),
     "reported", "researchers")],
  "Video reported as released: propaganda. Video shows no place; Russia is the audience's location -> "
  "null. 'Tajik-speaking' is not a place.")

pub = "2017-06-08"
P(LP, CA, pub,
  "Leaflets calling for jihad were found pasted on the entrances of several apartment blocks in Osh on "
  "Wednesday morning; police have opened an investigation.",
  [E("propaganda", "Leaflets", on(pub, "wednesday"), c("Osh", "KG", "KG-GO"), {}, {})],
  "Leaflets reported as appearing: propaganda, placed where they appeared. Opening an investigation is "
  "not an arrest or prosecution.")

pub = "2020-03-11"
P(TR, CA, pub,
  "According to the National Security Committee, in 2019 recruiters of international terrorist "
  "organisations actively disseminated propaganda materials in Kazakh-language groups on social "
  "networks.",
  [E("propaganda", "disseminated propaganda materials", year(2019), None, {}, A(reporter=NSC_KZ),
     "reported", NSC_KZ)],
  "Reported activity in a stated year: propaganda; 'Kazakh-language' is not a place. Recruiters unnamed.")

pub = "2019-02-04"
P(LP, CA, pub,
  "Black banners with the Islamic State emblem were hung overnight from a pedestrian bridge in Kokand, "
  "the city's interior affairs department said on Monday.",
  [E("propaganda", "banners", yesterday(pub), c("Kokand", "UZ", "UZ-FA"), {}, A(other="Islamic State"),
     "reported", "Kokand City Department of Internal Affairs")],
  "Banners: propaganda at the place they appeared; 'overnight' in a Monday report -> Sunday. Islamic "
  "State is promoted but not named as the actor -> other.")

pub = "2019-05-02"
P(SA, CA, pub,
  "On 30 April 2019, 84 children of Tajik citizens who had been held in Iraq were brought home on a "
  "special flight from Baghdad to Dushanbe.",
  [E("foreign_fighter_travel", "brought home", day("2019-04-30"), c("Dushanbe", "TJ", "TJ-DU"),
     C(individuals=84), {})],
  "Repatriation of children: individuals; the home city is named as the place returned to (Dushanbe), "
  "Baghdad is the origin.")

pub = "2019-05-31"
P(W, CA, pub,
  "Uzbekistan on Thursday flew home more than 150 women and children from camps in north-eastern Syria, "
  "landing at Tashkent airport in what the government called a humanitarian operation.",
  [E("foreign_fighter_travel", "flew home", on(pub, "thursday"), c("Tashkent", "UZ", "UZ-TK"),
     C(individuals=(150, "at_least")), A(perp="Government of Uzbekistan"))],
  "Repatriated families: individuals ('more than 150' -> at_least). Place returned to: Tashkent.")

pub = "2015-01-20"
P(LP, CA, pub,
  "The mother of a 19-year-old student from Jalal-Abad told reporters that her son left for Syria via "
  "Istanbul in the spring of 2014 and has not called since.",
  [E("foreign_fighter_travel", "left for Syria", season(2014, "spring"), country("Syria", "SY"),
     C(fighters=1), {}, "reported", "mother")],
  "Destination Syria; Istanbul is a transit point; Jalal-Abad is the home town. Region by origin.")

pub = "2018-10-12"
P(TR, CA, pub,
  "A former Islamic State fighter from Kulyab voluntarily came back to Kulyab from Iraq last month and, "
  "taking into account his sincere repentance, was released from criminal liability.",
  [E("foreign_fighter_travel", "came back to Kulyab", last_month(pub), c("Kulob", "TJ", "TJ-KT", "Kulyab"),
     C(fighters=1), A(other="Islamic State"))],
  "Return with the home town named as the place returned to -> Kulob (Kulyab is the Russian-derived "
  "spelling), not the origin Iraq. Release from criminal liability is not an event.")

pub = "2017-02-14"
P(AN, CA, pub,
  "The Tajik interior ministry estimates that about 1,900 nationals left to fight in Syria and Iraq "
  "between 2013 and 2016, a figure independent researchers consider too low.",
  [E("foreign_fighter_travel", "left to fight", {"start": "2013-01-01", "end": "2016-12-31", "precision": "year"},
     country("Syria", "SY"), C(fighters=(1900, "approximately")), A(reporter=MVD_TJ), "reported", MVD_TJ)],
  "Stock figure with a year range; destination first-named Syria.")

pub = "2021-02-17"
P(CR, CA, pub,
  "The Pervomaisky District Court of Bishkek on Tuesday sentenced a 31-year-old man to five years in "
  "prison for sharing extremist videos in a WhatsApp group.",
  [E("prosecution", "sentenced", on(pub, "tuesday"), c("Bishkek", "KG", "KG-GB"), C(convicted=1),
     A(perp="Pervomaisky District Court of Bishkek"))],
  "Sharing videos is the generic offence, not a propaganda event. Age and term are not counts.")

pub = "2016-06-14"
P(W, CA, pub,
  "The closed-door trial of 13 people accused of plotting to seize power opened in Dushanbe on Monday, "
  "relatives said.",
  [E("prosecution", "trial", on(pub, "monday"), c("Dushanbe", "TJ", "TJ-DU"), {}, A(perp="court"),
     "reported", "relatives")],
  "Trial opening: no convicted count (13 are only accused). The alleged coup plot is generic/undetailed.")

pub = "2018-03-05"
P(AN, CA, pub,
  "A court in Fergana found four men guilty of membership of Hizb ut-Tahrir last week and jailed them "
  "for between six and eight years, the rights group Ezgulik reported.",
  [E("prosecution", "found four men guilty", last_week(pub), c("Fergana", "UZ", "UZ-FA"), C(convicted=4),
     A(perp="court", target="Hizb ut-Tahrir"), "reported", "Ezgulik")])

pub = "2012-12-17"
P(LP, CA, pub,
  "Police in Zhanaozen detained around fifteen people as several hundred residents marked the first "
  "anniversary of the shootings with a silent rally in the central square on Sunday.",
  [E("arrest", "detained", on(pub, "sunday"), c("Zhanaozen", "KZ", "KZ-MAN"), C(arrested=(15, "approximately")),
     A(perp="police", target="protesters")),
   E("protest", "silent rally", on(pub, "sunday"), c("Zhanaozen", "KZ", "KZ-MAN"), {}, A(perp="protesters"))],
  "The anniversary rally is a real protest today; the shootings it commemorates are name-only background "
  "(not coded). Arrests at a rally -> target protesters; 'around fifteen' -> approximately. Sunday 16 Dec "
  "before the Monday publication.")

pub = "2023-06-12"
P(LP, CA, pub,
  "An imam was shot dead outside a mosque in Uzgen on Friday evening by two men on a motorcycle, who "
  "escaped, the district police said.",
  [E("attack", "shot dead", on(pub, "friday"), c("Uzgen", "KG", "KG-O"), C(killed=1), A(target="civilians"),
     "reported", "police")],
  "One-sided shooting of a civilian by unnamed men: attack. 'the district police' is generic police.")

pub = "2019-12-03"
P(SA, CA, pub,
  "On 1 December, border guards of the Khatlon detachment exchanged fire with a group of armed "
  "smugglers who attempted to cross the Panj river from Afghan territory; two violators were killed "
  "and 60 kilograms of hashish were seized.",
  [E("armed_clash", "exchanged fire", day("2019-12-01"), r("Khatlon Region", "TJ", "TJ-KT", "Khatlon"),
     C(attackers_killed=2), A(perp="border guards", target="smugglers"))],
  "Both sides armed and firing: armed_clash; the dead smugglers belong to the non-state armed group -> "
  "attackers_killed. Kilograms are not counts. 'Khatlon detachment' names the region.")

pub = "2019-04-15"
P(CR, CA, pub,
  "Osh City Court on 12 April sentenced three residents of the city to terms of eight to ten years after "
  "finding them guilty of preparing an attack on a police station.",
  [E("prosecution", "sentenced", day("2019-04-12"), c("Osh", "KG", "KG-GO"), C(convicted=3), A(perp="Osh City Court"))],
  "The offence (preparing an attack) has no place or date of its own: no plot_disrupted event. Named "
  "court keeps its name.")

pub = "2023-05-24"
P(CR, CA, pub,
  "The Specialised Inter-District Criminal Court of Astana has begun hearing the case of eleven people "
  "accused of organising the January 2022 riots in the capital.",
  [E("prosecution", "begun hearing the case", None, c("Astana", "KZ", "KZ-AST"), {},
     A(perp="Specialised Inter-District Criminal Court of Astana"))],
  "Trial opening: no convicted count. 'the January 2022 riots' is a name-only background reference.")

pub = "2021-12-03"
P(SA, CA, pub,
  "In late November, the National Security Committee prevented a series of terrorist acts in Almaty that "
  "were being prepared by a group of five supporters of a destructive religious movement; all of them "
  "have been detained.",
  [E("plot_disrupted", "prevented a series of terrorist acts", part(2021, 11, "late"), c("Almaty", "KZ", "KZ-ALA"),
     C(groups=1), A(perp=NSC_KZ)),
   E("arrest", "detained", None, c("Almaty", "KZ", "KZ-ALA"), C(arrested=5), A(perp=NSC_KZ))],
  "'a group of five' -> groups 1 on the plot, arrested 5 on the detention. The detention has no date of "
  "its own (the 'late November' phrase qualifies the prevention).")

pub = "2022-07-05"
P(TR, CA, pub,
  "Since the beginning of the year, Kyrgyzstan's State Committee for National Security has prevented "
  "crimes of a terrorist nature by neutralising three clandestine cells and two lone individuals.",
  [E("plot_disrupted", "prevented", {"start": "2022-01-01", "end": "2022-07-04", "precision": "year"},
     country("Kyrgyzstan", "KG"), C(groups=3, individuals=2), A(perp=GKNB))],
  "Aggregate disruption figures: plot_disrupted with groups/individuals. 'Since the beginning of the "
  "year' -> Jan 1 to publication - 1, precision year. Country word attached to the agency.")

pub = "2018-12-12"
P(BR, CA, pub,
  "Tajikistan's State Committee for National Security said it had thwarted in November a plot by "
  "Islamic State sympathisers to blow up the Russian military base in Dushanbe.",
  [E("plot_disrupted", "thwarted", last_month(pub), c("Dushanbe", "TJ", "TJ-DU"), {},
     A(perp="State Committee for National Security of Tajikistan", target="Islamic State"), "reported",
     "State Committee for National Security of Tajikistan")],
  "'in November' (past, no year) -> the most recent November. The plotted bombing is not coded.")

pub = "2021-08-17"
P(W, CA, pub,
  "Kazakhstan's Foreign Ministry on Monday urged its citizens to refrain from any travel to Afghanistan "
  "and advised those already there to leave immediately.",
  [E("statement", "urged", on(pub, "monday"), country("Kazakhstan", "KZ"), {},
     A(perp="Ministry of Foreign Affairs of Kazakhstan"))],
  "Official travel warning: statement at country precision (country word attached). No travel event.")

pub = "2022-01-07"
P(BR, CA, pub,
  "President Kassym-Jomart Tokayev on Friday ordered security forces to open fire without warning on "
  "what he called terrorists and bandits.",
  [E("statement", "ordered security forces to open fire", today(pub), None, {}, A(perp="Kassym-Jomart Tokayev"))],
  "Order to use force: statement. Official named without a country word -> place null. No shooting is "
  "described, so no attack.")

pub = "2021-07-09"
P(W, CA, pub,
  "Uzbekistan's Defence Ministry warned on Thursday that any attempt to violate its border from "
  "Afghanistan would be 'firmly suppressed'.",
  [E("statement", "warned", on(pub, "thursday"), country("Uzbekistan", "UZ"), {},
     A(perp="Ministry of Defence of Uzbekistan"))])

pub = "2019-06-10"
P(SA, CA, pub,
  "By decision of the State Committee for National Security, a heightened level of terrorist threat has "
  "been introduced in Bishkek from 9 June for the period of the summit.",
  [E("statement", "heightened level of terrorist threat", day("2019-06-09"), c("Bishkek", "KG", "KG-GB"), {},
     A(perp=GKNB))],
  "Threat level for a named city -> that city. 'the summit' is a meeting, not coded.")

pub = "2015-06-02"
P(AN, CA, pub,
  "Gulmurod Khalimov, the former commander of Tajikistan's special police, appeared in an Islamic State "
  "video published last week, announcing that he had joined the group in Syria.",
  [E("propaganda", "video", last_week(pub), None, {}, A(perp="Islamic State")),
   E("foreign_fighter_travel", "joined the group in Syria", None, country("Syria", "SY"), C(fighters=1),
     A(other="Islamic State"))],
  "Two events: the video (dated last week) and his presence in Syria (undated). Region by origin.")

pub = "2017-03-02"
P(CR, CA, pub,
  "A court in Zhezkazgan sentenced a 24-year-old local man to seven years in prison for attempting to "
  "travel to Syria in the summer of 2016 to join a terrorist organisation.",
  [E("prosecution", "sentenced", None, c("Zhezkazgan", "KZ", "KZ-KAR"), C(convicted=1), A(perp="court")),
   E("foreign_fighter_travel", "attempting to travel to Syria", {"start": "2016-06-01", "end": "2016-08-31", "precision": "season"},
     country("Syria", "SY"), C(fighters=1), {}, "planned")],
  "The specific travel attempt is coded (planned, never reached), dated by season. Zhezkazgan was in "
  "Karaganda region (KZ-KAR) under the pre-2022 codes. Sentencing undated.")

pub = "2016-05-10"
P(LP, CA, pub,
  "Police in Khujand detained nine people in March on suspicion of membership of Jamaat Ansarullah, the "
  "regional prosecutor's office said.",
  [E("arrest", "detained", in_month(pub, 3), c("Khujand", "TJ", "TJ-SU"), C(arrested=9),
     A(perp="police", target="Jamaat Ansarullah"), "reported", "Sughd Regional Prosecutor's Office")])

pub = "2020-01-15"
P(BR, CA, pub,
  "Kazakh and Chinese special forces held joint counter-terrorism drills in Almaty region in the autumn "
  "of 2019, the defence ministry said.",
  [E("military_exercise", "counter-terrorism drills", {"start": "2019-09-01", "end": "2019-11-30", "precision": "season"},
     r("Almaty Region", "KZ", "KZ-ALM", "Almaty region"), {},
     A(perp=["Armed Forces of Kazakhstan", "People's Liberation Army"]), "reported", "Ministry of Defence of Kazakhstan")])

pub = "2020-09-25"
P(LP, CA, pub,
  "Traders in Kara-Suu blocked the road to the bazaar in early September in protest at the closure of the "
  "border crossing with Uzbekistan.",
  [E("protest", "blocked the road", part(2020, 9, "early"), c("Kara-Suu", "KG", "KG-O"), {}, A(perp="protesters"))])
