"""Held-out set 2, Central Asia part 1: violence, security operations and border fighting."""
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
    month,
    on,
    r,
    today,
    year,
    yesterday,
)
from _k import (
    actors as A,
)
from _k import (
    counts as C,
)
from _k import (
    ev as E,
)

NSC_KZ = "National Security Committee of Kazakhstan"
GKNB = "State Committee for National Security of Kyrgyzstan"
SCNS = "State Committee for National Security of Tajikistan"
SGB = "State Security Service of Uzbekistan"
MVD_KZ = "Ministry of Internal Affairs of Kazakhstan"
MVD_KG = "Ministry of Internal Affairs of Kyrgyzstan"
MVD_TJ = "Ministry of Internal Affairs of Tajikistan"
MVD_UZ = "Ministry of Internal Affairs of Uzbekistan"

AKTOBE = c("Aktobe", "KZ", "KZ-AKT")
BATKEN = r("Batken Region", "KG", "KG-B")

pub = "2016-06-06"
P(W, CA, pub,
  "Gunmen stormed two firearms shops and then rammed a hijacked bus into the gates of a National Guard "
  "base in the northwestern city of Aqtobe on Sunday, leaving at least six people dead, Kazakhstan's "
  "Interior Ministry said.",
  [E("attack", "stormed", on(pub, "sunday"), c("Aktobe", "KZ", "KZ-AKT", "Aqtobe"), C(killed=(6, "at_least")),
     A(target=["National Guard of Kazakhstan", "civilians"]), "reported", MVD_KZ)],
  "One-sided assault by unnamed gunmen on shops and a base: attack (the ramming is part of the same "
  "assault, same type, one event).")

pub = "2019-11-07"
P(SA, CA, pub,
  "On 6 November 2019 an armed group of about twenty people attacked a frontier post on the Tajik-Uzbek "
  "border south of Dushanbe, killing a border guard and a police officer; in the battle that followed, "
  "15 of the assailants were eliminated and four were detained, the State Committee for National "
  "Security reported.",
  [E("attack", "attacked", day("2019-11-06"), c("Dushanbe", "TJ", "TJ-DU"), C(killed=2),
     A(target=["border guards", "police"]), "reported", SCNS),
   E("armed_clash", "battle", day("2019-11-06"), c("Dushanbe", "TJ", "TJ-DU"), C(attackers_killed=15),
     A(perp=["border guards"]), "reported", SCNS),
   E("arrest", "detained", day("2019-11-06"), c("Dushanbe", "TJ", "TJ-DU"), C(arrested=4),
     A(perp=["border guards"]), "reported", SCNS)],
  "The raid on the post is the one-sided attack (toll 2: a guard and an officer); the ensuing battle is a "
  "two-sided armed_clash carrying the attackers' deaths. 'south of Dushanbe' -> Dushanbe, city.")

pub = "2018-07-30"
P(BR, CA, pub,
  "Four foreign cyclists - two Americans, a Swiss and a Dutchman - were killed on Sunday when a car "
  "ploughed into their group on a road in Danghara district and the men inside set upon the survivors "
  "with knives. The Islamic State group later said its fighters had carried out the attack.",
  [E("attack", "were killed", on(pub, "sunday"), c("Danghara", "TJ", "TJ-KT"), C(killed=4),
     A(perp="Islamic State", target="foreigners"), "asserted", "Islamic State")],
  "Vehicle ramming plus stabbing of civilians: one attack. The claim sets perpetrator and reported_by, "
  "modality stays asserted. District named after its town -> Danghara, city.")

pub = "2016-08-30"
P(W, CA, pub,
  "A suicide bomber drove a minivan through the gates of the Chinese embassy in Bishkek on Tuesday "
  "morning and detonated it, wounding three local staff, Kyrgyz officials said.",
  [E("suicide_bombing", "suicide bomber", today(pub), c("Bishkek", "KG", "KG-GB"),
     C(injured=3, attackers_killed=1), A(target="Embassy of China"), "reported", "Kyrgyz officials")])

pub = "2022-09-17"
P(SA, CA, pub,
  "Units of the Border Service came under fire from the armed forces of Tajikistan along the state "
  "border in Batken Region on 14 September; the fighting, involving mortars and armoured vehicles, "
  "continued until 16 September.",
  [E("armed_clash", "came under fire", days("2022-09-14", "2022-09-16"), BATKEN, {},
     A(perp="Armed Forces of Tajikistan", target="Border Service of Kyrgyzstan"))],
  "Interstate border fire is armed_clash. The Kyrgyz agency's own release: asserted. One clash over "
  "three days (fire + fighting = one event).")

pub = "2021-04-30"
P(LP, CA, pub,
  "Residents of Vorukh said exchanges of gunfire between Kyrgyz and Tajik troops went on until late "
  "Thursday, after a quarrel over a water intake turned into stone-throwing.",
  [E("armed_clash", "exchanges of gunfire", on(pub, "thursday"), c("Vorukh", "TJ", "TJ-SU"), {},
     A(perp="military"), "reported", "residents")],
  "Two armed sides exchanging fire: armed_clash. Stone-throwing is not a taxonomy event.")

pub = "2022-05-19"
P(TR, CA, pub,
  "On 16 May, members of organised criminal groups in the city of Khorog blocked the main road and "
  "opened fire on law enforcement officers. During the counter-terrorist operation launched on 18 May "
  "in Rushon district, eight members of the groups were neutralised, the Ministry of Internal Affairs "
  "informs.",
  [E("attack", "opened fire", day("2022-05-16"), c("Khorugh", "TJ", "TJ-GB", "Khorog"), {},
     A(target="police"), "reported", MVD_TJ),
   E("armed_clash", "counter-terrorist operation", day("2022-05-18"), c("Rushon", "TJ", "TJ-GB"),
     C(attackers_killed=8), A(perp=MVD_TJ), "reported", MVD_TJ)],
  "Shooting at officers is an assault (attack); the security operation against armed groups is an "
  "armed_clash whose 'neutralised' are attackers_killed. Khorog -> Khorugh.")

pub = "2022-01-06"
P(W, CA, pub,
  "Russian paratroopers began arriving in Kazakhstan on Thursday as part of a Collective Security "
  "Treaty Organization force, after protests over fuel prices that erupted in Zhanaozen on 2 January "
  "spread to cities across the country.",
  [E("military_exercise", "began arriving", today(pub), country("Kazakhstan", "KZ"), {},
     A(perp="Collective Security Treaty Organization")),
   E("protest", "protests", day("2022-01-02"), c("Zhanaozen", "KZ", "KZ-MAN"), {}, A(perp="protesters"))],
  "Deployment of a foreign force into the country: military_exercise. The protest is recounted with "
  "place and date, so it is coded.")

pub = "2017-10-24"
P(LP, CA, pub,
  "Two traffic policemen were wounded late on Sunday when a man hacked at them with an axe at a "
  "checkpoint on the outskirts of Taraz; the attacker was shot dead by their colleagues.",
  [E("attack", "hacked at them", on(pub, "sunday"), c("Taraz", "KZ", "KZ-ZHA"),
     C(injured=2, attackers_killed=1), A(target="police"))],
  "One-sided assault on police; the attacker shot by other officers does not make it a clash.")

pub = "2019-05-20"
P(BR, CA, pub,
  "Twenty-nine prisoners and three guards died in an overnight riot at a high-security prison in "
  "Vahdat, the Tajik justice ministry said on Monday, blaming inmates loyal to Islamic State who "
  "stabbed the guards with knives.",
  [E("attack", "stabbed", yesterday(pub), c("Vahdat", "TJ", "TJ-RA"), C(killed=32),
     A(perp="Islamic State", target="prison guards"), "reported", "Ministry of Justice of Tajikistan")],
  "One-sided violence (attack: armed assault, stabbings) against unarmed guards, not a clash. Real 2019 prison riot (the city, TJ-RA). The stabbing of guards is the assault; 'overnight' in a "
  "Monday report -> Sunday. The overall toll (29 + 3 = 32) goes on the one trigger. The ministry's "
  "attribution sets the perpetrator. Riot not started as a protest: not protest.")

pub = "2015-09-07"
P(W, CA, pub,
  "Tajik government forces killed 13 gunmen loyal to a sacked deputy defence minister in a gorge east of "
  "Dushanbe on Sunday, the interior ministry said, days after assaults on a police station in Vahdat "
  "and an arms depot left nine officers dead.",
  [E("armed_clash", "killed", on(pub, "sunday"), c("Dushanbe", "TJ", "TJ-DU"), C(attackers_killed=13),
     A(perp="government forces", target="militants"), "reported", MVD_TJ),
   E("attack", "assaults", None, c("Vahdat", "TJ", "TJ-RA"), C(killed=9), A(target="police"),
     "reported", MVD_TJ)],
  "Security operation against an armed group: armed_clash (gunmen killed -> attackers_killed). The "
  "earlier raid is recounted with place and toll, undated ('days after'). 'east of Dushanbe' -> Dushanbe.")

pub = "2012-07-25"
P(BR, CA, pub,
  "Heavy fighting broke out in Khorugh on Tuesday as government troops moved against fighters of a "
  "local commander accused of killing a regional security chief; officials said 12 soldiers and 30 "
  "militants were killed.",
  [E("armed_clash", "fighting", on(pub, "tuesday"), c("Khorugh", "TJ", "TJ-GB"),
     C(killed=12, attackers_killed=30), A(perp="military", target="militants"), "reported",
     "Tajik officials")],
  "Two-sided fighting: armed_clash. The earlier killing of the security chief is only referred to as an "
  "accusation, undated and without details; not coded.")

pub = "2023-03-02"
P(TR, CA, pub,
  "In the town of Kara-Suu, Osh Region, an unknown person threw a Molotov cocktail at the building of "
  "the district police department at night on 28 February; nobody was injured.",
  [E("attack", "threw a Molotov cocktail", day("2023-02-28"), c("Kara-Suu", "KG", "KG-O"), C(injured=0),
     A(target="police"))],
  "Incendiary thrown at a building: attack, not a bombing (no explosion). The town is named, so city "
  "precision. 'nobody was injured' -> injured 0.")

pub = "2010-06-15"
P(W, CA, pub,
  "Ethnic clashes in southern Kyrgyzstan have killed at least 170 people since Thursday, the health "
  "ministry said, as armed mobs torched Uzbek neighbourhoods of Osh and Jalal-Abad.",
  [E("attack", "torched", None, c("Osh", "KG", "KG-GO"), C(killed=(170, "at_least")),
     A(target="civilians"), "reported", "Ministry of Health of Kyrgyzstan")],
  "Mobs attacking unarmed neighbourhoods is one-sided violence against civilians (attack), not an "
  "armed_clash despite the word 'clashes'; the toll goes on the single event. 'since Thursday' is a "
  "rolling window -> undated. Place: first-named city Osh.")

pub = "2014-09-13"
P(SA, CA, pub,
  "On 11 September, during a special operation in the town of Kochkor-Ata in Jalal-Abad Region, "
  "three members of an armed group who had resisted arrest were destroyed; one officer received "
  "gunshot wounds.",
  [E("armed_clash", "special operation", day("2014-09-11"), c("Kochkor-Ata", "KG", "KG-J"),
     C(attackers_killed=3, injured=1), A(target="militants"))],
  "Armed resistance to a security operation is two-sided: armed_clash. 'destroyed' is agency jargon "
  "for killed.")

pub = "2021-06-21"
P(LP, CA, pub,
  "A 40-year-old woman was abducted from a minibus near the Kyrgyz border in the Isfara district on "
  "Friday by men who demanded a ransom from her family, relatives told the newspaper.",
  [E("attack", "abducted", on(pub, "friday"), c("Isfara", "TJ", "TJ-SU"), {}, A(target="civilians"),
     "reported", "relatives")],
  "Abduction of a civilian: attack. '40-year-old' is an age; no count for the victim in an attack "
  "(kidnapped is not a kind).")

pub = "2017-04-04"
P(W, "europe", pub,
  "A blast tore through a metro carriage between two stations in St Petersburg on Monday, killing 14 "
  "people; investigators named the bomber as a Kyrgyz-born Russian citizen from Osh.",
  [E("bombing", "blast", on(pub, "monday"), c("Saint Petersburg", "RU", "RU-SPE", "St Petersburg"),
     C(killed=14), A(target="civilians"))],
  "The passage never says the bomber died, so bombing, not suicide_bombing. Osh is the bomber's origin, "
  "not the event place; region follows the event (europe). The identification is attribution only.")

pub = "2020-02-10"
P(W, CA, pub,
  "Kazakh police said they had rounded up 47 people after mobs attacked Dungan villages in the Korday "
  "district of Zhambyl region on Friday night, leaving eight dead.",
  [E("arrest", "rounded up", None, r("Zhambyl Region", "KZ", "KZ-ZHA", "Zhambyl region"), C(arrested=47),
     A(perp="police"), "reported", "police"),
   E("attack", "attacked", on(pub, "friday"), r("Zhambyl Region", "KZ", "KZ-ZHA", "Zhambyl region"),
     C(killed=8), A(target="civilians"), "reported", "police")],
  "Real February 2020 Masanchi violence: mobs attacking villages is one-sided violence against civilians "
  "(attack). District inside a named region -> the region. The round-up is undated.")

pub = "2018-03-28"
P(SA, CA, pub,
  "Officers of the National Security Committee in Karaganda region have prevented a terrorist act being "
  "prepared by a 25-year-old local resident who planned to blow up a police building; components of an "
  "improvised explosive device were seized during his detention.",
  [E("plot_disrupted", "prevented a terrorist act", None, r("Karaganda Region", "KZ", "KZ-KAR", "Karaganda region"),
     C(individuals=1), A(perp=NSC_KZ)),
   E("arrest", "detention", None, r("Karaganda Region", "KZ", "KZ-KAR", "Karaganda region"), C(arrested=1),
     A(perp=NSC_KZ))],
  "Plot foiled by a detention: plot_disrupted (lone plotter -> individuals 1) plus arrest (arrested 1). "
  "The planned bombing is never coded.")

pub = "2021-11-16"
P(TR, CA, pub,
  "The State Security Service of the Republic of Uzbekistan reports that in Tashkent region members of "
  "a cell of the international terrorist organisation Katibat al-Tawhid wal-Jihad, consisting of six "
  "persons, who were preparing armed actions in public places, were neutralised and detained.",
  [E("plot_disrupted", "preparing armed actions", None, r("Tashkent Region", "UZ", "UZ-TO", "Tashkent region"),
     C(groups=1), A(perp=SGB, target="Katibat al-Tawhid wal-Jihad"), "reported", SGB),
   E("arrest", "detained", None, r("Tashkent Region", "UZ", "UZ-TO", "Tashkent region"), C(arrested=6),
     A(perp=SGB, target="Katibat al-Tawhid wal-Jihad"), "reported", SGB)],
  "'a cell ... of six persons' -> groups 1 on the plot, arrested 6 on the detention. 'reports that' "
  "makes both reported.")

pub = "2019-04-23"
P(LP, CA, pub,
  "In Karakol, officers of the district police detained two brothers aged 19 and 22 who, according to "
  "investigators, had sold tickets for a non-existent bus route to Turkey to men intending to reach "
  "Syria.",
  [E("arrest", "detained", None, c("Karakol", "KG", "KG-Y"), C(arrested=2), A(perp="police"))],
  "The travel is intended by unnamed others and nothing happened: no foreign_fighter_travel event. "
  "Ages are not counts.")

pub = "2016-12-08"
P(BR, CA, pub,
  "Border guards in Turkmenistan's Lebap province detained a group of seven young men on Tuesday as "
  "they tried to cross into Afghanistan, activists told our correspondent.",
  [E("arrest", "detained", on(pub, "tuesday"), r("Lebap Province", "TM", "TM-L", "Lebap province"),
     C(arrested=7), A(perp="border guards"), "reported", "activists")],
  "Afghanistan is the attempted destination but not called a conflict they went to fight in: no "
  "foreign_fighter_travel. Negative-trap component.")

pub = "2015-04-13"
P(W, CA, pub,
  "Kyrgyz security forces killed three suspected Islamic State supporters in a shootout on the "
  "outskirts of Bishkek on Saturday, the State Committee for National Security said, adding that the "
  "men had fired on officers trying to detain them.",
  [E("armed_clash", "shootout", on(pub, "saturday"), c("Bishkek", "KG", "KG-GB"), C(attackers_killed=3),
     A(perp="security forces", target="Islamic State"), "reported", GKNB)],
  "Both sides fired: armed_clash. The suspects' deaths at the hands of the state are attackers_killed.")

pub = "2023-08-15"
P(SA, CA, pub,
  "Between 7 and 11 August, operational units of the State Committee for National Security detained 11 "
  "members of the banned Yakyn Inkar movement in Bishkek, Chuy and Jalal-Abad regions.",
  [E("arrest", "detained", days("2023-08-07", "2023-08-11"), c("Bishkek", "KG", "KG-GB"), C(arrested=11),
     A(perp=GKNB, target="Yakyn Inkar"))],
  "Several places: the first-named (Bishkek). Membership is a generic offence.")

pub = "2017-02-03"
P(CR, CA, pub,
  "The Specialised Inter-District Criminal Court of Aktobe sentenced seven men to prison terms of "
  "between five and 13 years on Thursday for involvement in the June 2016 attacks on gun shops and a "
  "military unit in the city.",
  [E("prosecution", "sentenced", on(pub, "thursday"), AKTOBE, C(convicted=7),
     A(perp="Specialised Inter-District Criminal Court of Aktobe"))],
  "The June 2016 attacks are named as background with a month only (no details of what happened beyond "
  "the name): not coded. Sentence lengths are not counts.")

pub = "2016-11-03"
P(W, CA, pub,
  "A court in Almaty on Wednesday sentenced to death the gunman who killed ten people in July, including "
  "eight police officers, in a shooting rampage through the city centre.",
  [E("prosecution", "sentenced to death", on(pub, "wednesday"), c("Almaty", "KZ", "KZ-ALA"), C(convicted=1),
     A(perp="court")),
   E("attack", "shooting rampage", month(2016, 7),
     c("Almaty", "KZ", "KZ-ALA"), C(killed=10), A(target=["police", "civilians"]))],
  "Sentencing plus the attack it punishes, recounted with place, month and toll -> coded. 'in July' -> "
  "most recent July. Sub-count (eight police) not coded separately. Unnamed court -> court.")

pub = "2020-09-10"
P(TR, CA, pub,
  "By the verdict of the Sughd regional court, a resident of Istaravshan was found guilty of "
  "participating in armed conflicts abroad and sentenced to 12 years' imprisonment; it was established "
  "that in 2015 he left for Syria, where he joined the ranks of Islamic State.",
  [E("prosecution", "found guilty", None, r("Sughd Region", "TJ", "TJ-SU", "Sughd"), C(convicted=1),
     A(perp="Sughd Regional Court")),
   E("foreign_fighter_travel", "left for Syria", year(2015),
     country("Syria", "SY"), C(fighters=1), A(other="Islamic State"))],
  "The travel is recounted with a year and destination -> coded (place: destination). Region from the "
  "origin. Court named in text keeps its name; its place is its region.")

pub = "2014-10-21"
P(AN, CA, pub,
  "Kyrgyz officials estimate that about 350 citizens of the republic have gone to fight in Syria and "
  "Iraq, most of them ethnic Uzbeks from the south.",
  [E("foreign_fighter_travel", "have gone to fight", None, country("Syria", "SY"),
     C(fighters=(350, "approximately")), A(reporter="Kyrgyz officials"), "reported", "Kyrgyz officials")],
  "Stock figure -> fighters count, undated. First-named destination Syria.")
