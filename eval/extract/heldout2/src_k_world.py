"""Held-out set 2, outside Central Asia part 1: attacks, clashes, bombings and suicide bombings."""
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
  day,
  days,
  last_weekend,
  on,
  r,
  today,
)
from _k import actors as A
from _k import counts as C
from _k import ev as E

pub = "2016-07-15"
P(W, EU, pub,
  "A lorry was driven at speed into crowds watching Bastille Day fireworks on the Promenade des Anglais "
  "in Nice on Thursday night, killing 84 people, before police shot the driver dead.",
  [E("attack", "driven at speed into crowds", on(pub, "thursday"), c("Nice", "FR", "FR-PAC"),
     C(killed=84, attackers_killed=1), A(target="civilians"))],
  "Vehicle ramming of civilians: one-sided attack; the driver killed by police stays on the attack "
  "(attackers_killed), it does not make a clash.")

pub = "2024-08-24"
P(BR, EU, pub,
  "Three people were stabbed to death and eight wounded at a festival marking the 650th anniversary of "
  "Solingen on Friday evening. Islamic State said one of its members carried out the attack.",
  [E("attack", "stabbed to death", on(pub, "friday"), c("Solingen", "DE", "DE-NW"), C(killed=3, injured=8),
     A(perp="Islamic State", target="civilians"), "asserted", "Islamic State")],
  "Stabbing of civilians: one-sided attack. Claim of responsibility sets perpetrator and reported_by; modality stays asserted. '650th "
  "anniversary' is neither a date nor a count.")

pub = "2021-10-28"
P(W, ME, pub,
  "Gunmen killed 11 villagers and wounded several others in an assault on a Shi'ite village in Diyala "
  "province on Tuesday night, local officials said, blaming Islamic State militants.",
  [E("attack", "assault", on(pub, "tuesday"), r("Diyala Governorate", "IQ", "IQ-DI", "Diyala province"),
     C(killed=11), A(perp="Islamic State", target="civilians"), "reported", "local officials")],
  "One-sided killing of villagers: attack. Officials' attribution sets the perpetrator. 'several' "
  "wounded is not a count. Province -> admin1.")

pub = "2020-11-29"
P(W, AF, pub,
  "Jihadists tied up and slit the throats of at least 43 farm workers in rice fields near Maiduguri on "
  "Saturday, in an attack officials blamed on Boko Haram.",
  [E("attack", "slit the throats", on(pub, "saturday"), c("Maiduguri", "NG", "NG-BO"),
     C(killed=(43, "at_least")), A(perp="Boko Haram", target="civilians"), "asserted", "Nigerian officials")],
  "Execution of civilians: attack. 'near Maiduguri' -> Maiduguri. Officials' attribution sets "
  "perpetrator and reported_by (bare 'officials' -> 'Nigerian officials'); the text asserts the attack.")

pub = "2021-03-29"
P(BR, AF, pub,
  "Insurgents linked to Islamic State stormed the coastal town of Palma on 24 March, killing dozens of "
  "residents and foreign contractors, the government in Maputo confirmed.",
  [E("attack", "stormed", day("2021-03-24"), c("Palma", "MZ", "MZ-P"), C(killed=(24, "vague")),
     A(target=["civilians", "foreigners"]), "reported", "Government of Mozambique")],
  "Raid on a town, victims civilians: attack. 'dozens' -> 24 vague. 'linked to Islamic State' is a "
  "description of unnamed insurgents, not a claim -> perpetrator left empty. Maputo is where the "
  "confirmation came from, not the event place.")

pub = "2023-01-02"
P(BR, SAS, pub,
  "Militants opened fire on three houses in a village in Rajouri district on Sunday evening, killing "
  "four civilians and injuring six, police in Jammu said.",
  [E("attack", "opened fire", on(pub, "sunday"), c("Rajouri", "IN", "IN-JK"), C(killed=4, injured=6),
     A(target="civilians"), "reported", "police")],
  "Shooting at civilians' homes: one-sided attack. District named after its town -> Rajouri, city. Jammu is where police spoke, not the event place.")

pub = "2023-10-15"
P(W, SAS, pub,
  "Unidentified gunmen shot dead six labourers from Punjab at a construction site in Turbat on "
  "Saturday, Pakistani police said.",
  [E("attack", "shot dead", on(pub, "saturday"), c("Turbat", "PK", "PK-BA"), C(killed=6), A(target="civilians"),
     "reported", "police")],
  "Shooting of unarmed labourers: one-sided attack. Punjab is the victims' origin, not the place. 'Pakistani police' -> police.")

pub = "2017-07-15"
P(W, ME, pub,
  "Three Arab Israeli gunmen opened fire on police officers near the Lions' Gate in Jerusalem's Old City "
  "on Friday, killing two, before being shot dead by other officers, Israeli police said.",
  [E("attack", "opened fire", on(pub, "friday"), c("Jerusalem", "IL", "IL-JM"),
     C(killed=2, attackers_killed=3), A(target="police"), "reported", "police")],
  "Assault on police; the gunmen shot in response stay on the attack (attackers_killed 3). 'Israeli "
  "police' -> police.")

pub = "2020-08-28"
P(CR, OT, pub,
  "New Zealand's High Court on Thursday sentenced the man who murdered 51 worshippers at two "
  "Christchurch mosques on 15 March 2019 to life imprisonment without parole, the first such sentence "
  "in the country.",
  [E("prosecution", "sentenced", on(pub, "thursday"), country("New Zealand", "NZ"), C(convicted=1),
     A(perp="High Court of New Zealand")),
   E("attack", "murdered", day("2019-03-15"), c("Christchurch", "NZ", "NZ-CAN"), C(killed=51),
     A(target="worshippers"))],
  "Sentencing plus the attack it punishes, recounted with date, place and toll. The court is placed "
  "by the country word in its name (the sentencing took place in Christchurch, but the passage does not "
  "say so).")

pub = "2021-01-04"
P(W, AF, pub,
  "Gunmen on motorcycles killed about 100 civilians in two villages in Niger's Tillaberi region on "
  "Saturday, the prime minister said.",
  [E("attack", "killed", on(pub, "saturday"), r("Tillaberi Region", "NE", "NE-6", "Tillaberi region"),
     C(killed=(100, "approximately")), A(target="civilians"), "reported", "Prime Minister of Niger")],
  "One-sided massacre of villagers: attack. Region -> admin1.")

pub = "2024-06-24"
P(W, CAU, pub,
  "Gunmen attacked two synagogues, two Orthodox churches and a traffic police post in Derbent and "
  "Makhachkala on Sunday evening, killing at least 19 people, most of them police officers; five of "
  "the attackers were later killed in shootouts with security forces.",
  [E("attack", "attacked", on(pub, "sunday"), c("Derbent", "RU", "RU-DA"), C(killed=(19, "at_least")),
     A(target=["worshippers", "police"])),
   E("armed_clash", "shootouts", None, c("Derbent", "RU", "RU-DA"), C(attackers_killed=5),
     A(perp="security forces"))],
  "The coordinated assault on places of worship and a post is the attack; the later gunfights with "
  "security forces are an armed_clash carrying the attackers' deaths (adjudication: attackers' deaths "
  "stay on the event that killed them). 'later' gives the clash no date of its own -> null. "
  "First-named city: Derbent for both.")

pub = "2020-11-03"
P(BR, EU, pub,
  "A gunman armed with an automatic rifle went on a rampage in central Vienna on Monday evening, killing "
  "four people and wounding 22 before police shot him dead within nine minutes.",
  [E("attack", "went on a rampage", on(pub, "monday"), c("Vienna", "AT", "AT-9"),
     C(killed=4, injured=22, attackers_killed=1), A(target="civilians"))],
  "One-sided shooting; the gunman's death stays on the attack. 'nine minutes' is a duration.")

pub = "2016-07-02"
P(W, SAS, pub,
  "Gunmen who stormed a cafe in Dhaka's diplomatic quarter on Friday night killed 20 hostages, most of "
  "them foreigners, before commandos ended the siege on Saturday morning, killing six of the attackers.",
  [E("attack", "stormed", on(pub, "friday"), c("Dhaka", "BD", "BD-C"), C(killed=20),
     A(target=["foreigners", "civilians"])),
   E("armed_clash", "ended the siege", today(pub), c("Dhaka", "BD", "BD-C"), C(attackers_killed=6),
     A(perp="security forces"))],
  "Hostage killing: attack. Fighting at a besieged building: armed_clash, with the attackers killed by "
  "the commandos ('commandos' -> security forces).")

pub = "2017-01-02"
P(W, ME, pub,
  "A gunman dressed as Santa Claus shot dead 39 people at the Reina nightclub in Istanbul in the early "
  "hours of Sunday as revellers celebrated the new year, and escaped.",
  [E("attack", "shot dead", on(pub, "sunday"), c("Istanbul", "TR", "TR-34"), C(killed=39), A(target="civilians"))],
  "Shooting of revellers: one-sided attack. 'new year' is not a date expression for the event; the day comes from 'Sunday'.")

pub = "2022-08-21"
P(W, AF, pub,
  "Al-Shabaab fighters stormed the Hayat Hotel in Mogadishu on Friday evening, and security forces ended "
  "the siege only on Saturday night after a gun battle in which at least 21 people were killed.",
  [E("attack", "stormed", on(pub, "friday"), c("Mogadishu", "SO", "SO-BN"), C(killed=(21, "at_least")),
     A(perp="al-Shabaab", target="civilians")),
   E("armed_clash", "gun battle", on(pub, "saturday"), c("Mogadishu", "SO", "SO-BN"), {},
     A(perp="security forces", target="al-Shabaab"))],
  "Storming of a hotel: attack (first trigger, overall toll). The siege fighting: armed_clash, dated by "
  "'Saturday night'.")

pub = "2011-07-23"
P(W, EU, pub,
  "On Friday a car bomb tore through the government quarter in Oslo, killing seven people, and a gunman "
  "dressed as a policeman opened fire at a youth camp on the island of Utoya, killing at least 80.",
  [E("bombing", "car bomb", on(pub, "friday"), c("Oslo", "NO", "NO-03"), C(killed=7), A(target="government")),
   E("attack", "opened fire", on(pub, "friday"), c("Utoya", "NO", "NO-06"), C(killed=(80, "at_least")),
     A(target="civilians"))],
  "Deliberate car bomb -> bombing; shooting at the camp -> attack (one-sided, civilians). Two distinct events, each with its own toll (contemporary figures), both on Friday. Utoya is in "
  "Buskerud (NO-06 as of 2011).")

pub = "2022-01-27"
P(W, ME, pub,
  "The Kurdish-led Syrian Democratic Forces said they had retaken full control of the Ghwayran prison in "
  "Hasakah after fighting Islamic State militants there between 20 and 26 January.",
  [E("armed_clash", "fighting", days("2022-01-20", "2022-01-26"), c("Al-Hasakah", "SY", "SY-HA", "Hasakah"),
     {}, A(perp="Syrian Democratic Forces", target="Islamic State"), "reported", "Syrian Democratic Forces")],
  "Two armed sides at a besieged prison: armed_clash, with an explicit range.")

pub = "2021-09-06"
P(BR, SAS, pub,
  "Taliban fighters and resistance forces loyal to Ahmad Massoud fought for control of the Panjshir "
  "valley over the weekend, with both sides claiming to have inflicted heavy losses.",
  [E("armed_clash", "fought", last_weekend(pub), r("Panjshir Province", "AF", "AF-PAN", "Panjshir"), {},
     A(perp="Taliban", target="National Resistance Front"))],
  "Two armed sides: armed_clash. 'over the weekend' -> the weekend just completed. 'resistance forces' "
  "resolved to the National Resistance Front. Valley = province -> admin1.")

pub = "2021-03-24"
P(LP, SAS, pub,
  "Two Maoists were killed in an encounter with a joint team of the District Reserve Guard and the CRPF in "
  "the forests of Sukma district on Tuesday morning, the superintendent of police said.",
  [E("armed_clash", "encounter", on(pub, "tuesday"), c("Sukma", "IN", "IN-CT"), C(attackers_killed=2),
     A(perp="security forces", target="Communist Party of India (Maoist)"), "reported", "police")],
  "Security operation against an armed group ('encounter'): armed_clash; the Maoists killed by the state "
  "are attackers_killed. District named after its town -> Sukma. IN-CT was Chhattisgarh's code in 2021.")

pub = "2022-04-15"
P(W, SAS, pub,
  "Pakistani troops killed six militants in an exchange of fire during an intelligence-based operation "
  "in Dera Ismail Khan district on Thursday, the military's media wing said.",
  [E("armed_clash", "exchange of fire", on(pub, "thursday"), c("Dera Ismail Khan", "PK", "PK-KP"),
     C(attackers_killed=6), A(perp="military", target="militants"), "reported", "Inter-Services Public Relations")],
  "Operation against an armed group with an exchange of fire: armed_clash.")

pub = "2023-11-15"
P(W, AF, pub,
  "Malian soldiers and Russian military contractors seized the northern town of Kidal from Tuareg-led "
  "rebels on Tuesday after several days of fighting, the junta announced.",
  [E("armed_clash", "fighting", None, c("Kidal", "ML", "ML-8"), {},
     A(perp=["Armed Forces of Mali", "Wagner Group"], target="Coordination of Azawad Movements"),
     "reported", "Government of Mali")],
  "Two armed sides: armed_clash. The trigger is the fighting, which spans 'several days' before the "
  "Tuesday seizure -> no date of its own, null. 'Russian military contractors' resolved to Wagner "
  "Group (adjudication). 'the junta' -> Government of Mali.")

pub = "2019-08-12"
P(SA, AF, pub,
  "Troops of Operation Lafiya Dole on Sunday repelled Boko Haram terrorists who infiltrated Marte in a "
  "three-hour gun battle, neutralising 17 of the insurgents; two soldiers were wounded.",
  [E("armed_clash", "gun battle", on(pub, "sunday"), c("Marte", "NG", "NG-BO"),
     C(attackers_killed=17, injured=2), A(perp="military", target="Boko Haram"))],
  "Two armed sides fighting for hours: armed_clash. The 'infiltration' is the same fight, not a "
  "separate attack. 'three-hour' is a duration.")

pub = "2020-09-29"
P(BR, CAU, pub,
  "Heavy fighting between Armenian and Azerbaijani forces raged for a third day in Nagorno-Karabakh on "
  "Tuesday, with both sides reporting dozens of military casualties.",
  [E("armed_clash", "fighting", today(pub), country("Nagorno-Karabakh", "AZ"), {},
     A(perp="Armed Forces of Armenia", target="Armed Forces of Azerbaijan"))],
  "Interstate fighting: armed_clash. Nagorno-Karabakh has no ISO subdivision -> country-level. 'dozens of "
  "casualties' mixes dead and injured -> no count.")

pub = "2020-07-13"
P(W, CAU, pub,
  "Armenian and Azerbaijani troops exchanged artillery fire on their border near Armenia's Tavush "
  "province on Sunday, with both sides reporting deaths.",
  [E("armed_clash", "exchanged artillery fire", on(pub, "sunday"), r("Tavush Province", "AM", "AM-TV", "Tavush"),
     {}, A(perp="Armed Forces of Armenia", target="Armed Forces of Azerbaijan"))],
  "Interstate border fire: armed_clash. 'near X' with a province -> the province.")

pub = "2018-09-24"
P(TR, CAU, pub,
  "On 22 September in Khasavyurt, during a counter-terrorist operation, three members of a gang who put up "
  "armed resistance were neutralised, the National Anti-Terrorism Committee reports.",
  [E("armed_clash", "counter-terrorist operation", day("2018-09-22"), c("Khasavyurt", "RU", "RU-DA"),
     C(attackers_killed=3), A(target="militants"), "reported", "National Anti-Terrorism Committee")],
  "Armed resistance to an operation: two-sided -> armed_clash.")

pub = "2014-12-05"
P(W, CAU, pub,
  "Battles with militants who had seized the Press House in central Grozny killed 14 police officers "
  "and 11 gunmen on Thursday, Russian officials said.",
  [E("armed_clash", "Battles", on(pub, "thursday"), c("Grozny", "RU", "RU-CE"),
     C(killed=14, attackers_killed=11), A(perp="security forces", target="militants"), "reported", "Russian officials")],
  "Fighting at a seized building: armed_clash; police dead are killed, gunmen attackers_killed.")

pub = "2021-02-16"
P(W, ME, pub,
  "Houthi fighters and government forces clashed on several fronts west of Marib on Monday, military "
  "sources said, as the rebels pressed an offensive on the last northern stronghold of the government.",
  [E("armed_clash", "clashed", on(pub, "monday"), c("Marib", "YE", "YE-MA"), {},
     A(perp="Houthis", target="government forces"), "reported", "military sources")],
  "Two armed sides fighting: armed_clash. 'west of Marib' -> Marib, city. 'pressed an offensive' is the same fighting.")

pub = "2017-02-20"
P(BR, ME, pub,
  "Iraqi forces backed by coalition air power pushed into the outskirts of western Mosul on Sunday, "
  "fighting Islamic State militants village by village.",
  [E("armed_clash", "fighting", on(pub, "sunday"), c("Mosul", "IQ", "IQ-NI"), {},
     A(perp="Iraqi Security Forces", target="Islamic State"))],
  "Offensive against an armed group: armed_clash. 'pushed into' is the same operation.")

pub = "2019-06-07"
P(AN, ME, pub,
  "Russian air strikes hit Hayat Tahrir al-Sham positions in southern Idlib province on Thursday, killing "
  "12 fighters, according to the Syrian Observatory for Human Rights.",
  [E("armed_clash", "air strikes", on(pub, "thursday"), r("Idlib Governorate", "SY", "SY-ID", "Idlib province"),
     C(attackers_killed=12), A(perp="Armed Forces of Russia", target="Hayat Tahrir al-Sham"),
     "reported", "Syrian Observatory for Human Rights")],
  "Air strikes on an armed group: armed_clash (not bombing). Province -> admin1.")

pub = "2017-06-10"
P(W, OT, pub,
  "Thirteen Philippine marines were killed on Friday in fierce fighting with Maute group militants "
  "holed up in the southern city of Marawi, the military said.",
  [E("armed_clash", "fighting", on(pub, "friday"), c("Marawi", "PH", "PH-LAS"), C(killed=13),
     A(perp="military", target="Maute group"), "reported", "military")],
  "Two armed sides: armed_clash; marines are security forces -> killed.")

pub = "2022-05-05"
P(LP, OT, pub,
  "The army said its troops killed five FARC dissidents in a firefight in rural Cauca department on "
  "Wednesday; one soldier was wounded.",
  [E("armed_clash", "firefight", on(pub, "wednesday"), r("Cauca", "CO", "CO-CAU", "Cauca"),
     C(attackers_killed=5, injured=1), A(perp="military", target="FARC dissidents"), "reported", "military")],
  "Firefight between troops and an armed group: armed_clash. Department -> admin1.")

pub = "2019-02-15"
P(W, SAS, pub,
  "A suicide bomber rammed an explosives-laden car into a convoy of paramilitary police in Pulwama "
  "district on Thursday, killing 40 personnel, in an attack claimed by Jaish-e-Mohammed.",
  [E("suicide_bombing", "suicide bomber", on(pub, "thursday"), c("Pulwama", "IN", "IN-JK"),
     C(killed=40, attackers_killed=1), A(perp="Jaish-e-Mohammed", target="police"), "asserted", "Jaish-e-Mohammed")],
  "Singular suicide bomber -> attackers_killed 1. District named after its town -> Pulwama.")

pub = "2015-10-11"
P(W, ME, pub,
  "Two suicide bombers blew themselves up among people gathering for a peace march outside Ankara's "
  "main railway station on Saturday, killing at least 95.",
  [E("suicide_bombing", "blew themselves up", on(pub, "saturday"), c("Ankara", "TR", "TR-06"),
     C(killed=(95, "at_least"), attackers_killed=2), A(target="protesters")),
   E("protest", "peace march", on(pub, "saturday"), c("Ankara", "TR", "TR-06"), {}, A(perp="protesters"))],
  "Plural bombers with a number -> attackers_killed 2. The gathering for the march is itself a protest "
  "occurring that day; coded, with marchers as the bombing's target.")

pub = "2017-05-23"
P(BR, EU, pub,
  "Police said a lone suicide bomber detonated an improvised device in the foyer of Manchester Arena at "
  "the end of a pop concert on Monday night, killing 22 people, among them children.",
  [E("suicide_bombing", "suicide bomber", on(pub, "monday"), c("Manchester", "GB", "GB-ENG"),
     C(killed=22, attackers_killed=1), A(target="civilians"), "reported", "police")])

pub = "2017-10-15"
P(W, AF, pub,
  "A truck packed with explosives detonated at a busy junction in Mogadishu's Hodan district on "
  "Saturday, killing more than 230 people in the deadliest bombing in Somalia's history.",
  [E("bombing", "detonated", on(pub, "saturday"), c("Mogadishu", "SO", "SO-BN"), C(killed=(230, "at_least")),
     A(target="civilians"))],
  "The passage does not say the driver died by design -> bombing, not suicide_bombing. 'more than 230' "
  "-> 230 at_least.")

pub = "2018-04-25"
P(LP, SAS, pub,
  "Three policemen were martyred when a remote-controlled device planted on the roadside struck their "
  "patrol van on Airport Road in Quetta on Tuesday.",
  [E("bombing", "remote-controlled device", on(pub, "tuesday"), c("Quetta", "PK", "PK-BA"), C(killed=3),
     A(target="police"))],
  "'martyred' is the local-press word for killed. Roadside IED -> bombing.")

pub = "2022-04-24"
P(BR, SAS, pub,
  "A magnetic bomb stuck to a minibus exploded in the Dasht-e-Barchi area of western Kabul on Saturday, "
  "killing six passengers; Islamic State's Khorasan branch said it was responsible.",
  [E("bombing", "magnetic bomb", on(pub, "saturday"), c("Kabul", "AF", "AF-KAB"), C(killed=6),
     A(perp="Islamic State Khorasan Province", target="civilians"), "asserted", "Islamic State Khorasan Province")])

pub = "2016-11-05"
P(W, ME, pub,
  "A car bomb went off near the police headquarters in Diyarbakir on Friday, killing at least eight people, "
  "hours after the co-leaders of the pro-Kurdish HDP were detained; Turkish officials blamed the PKK.",
  [E("bombing", "car bomb", on(pub, "friday"), c("Diyarbakir", "TR", "TR-21"), C(killed=(8, "at_least")),
     A(perp="Kurdistan Workers' Party", target="police"), "asserted", "Turkish officials"),
   E("arrest", "were detained", None, None, {}, A(target="Peoples' Democratic Party"))],
  "Officials' attribution sets the perpetrator. The detentions are a separate specific event; 'hours "
  "after' gives them no date of their own and the passage gives them no place -> null, null. No count "
  "(two co-leaders is an inference).")

pub = "2013-12-14"
P(W, ME, pub,
  "A US drone strike hit a convoy of vehicles travelling to a wedding in Yemen's al-Bayda province on "
  "Thursday, killing 12 people, most of them civilians, tribal sources said.",
  [E("bombing", "drone strike", on(pub, "thursday"), r("Al Bayda Governorate", "YE", "YE-BA", "al-Bayda province"),
     C(killed=12), A(perp="United States Armed Forces", target="civilians"), "reported", "tribal sources")],
  "Drone strike on civilians: bombing (not armed_clash).")

pub = "2018-02-13"
P(W, AF, pub,
  "Two French soldiers were killed when their armoured vehicle struck a landmine near Gao on Monday, "
  "the French presidency said.",
  [E("bombing", "struck a landmine", on(pub, "monday"), c("Gao", "ML", "ML-7"), C(killed=2),
     A(target="Armed Forces of France"), "reported", "President of France")],
  "Landmine -> bombing; 'near Gao' -> Gao.")

pub = "2019-06-18"
P(W, AF, pub,
  "Three suicide bombers blew themselves up outside a hall where football fans were watching a match on "
  "television in Konduga on Sunday night, killing 30 people, emergency services said.",
  [E("suicide_bombing", "suicide bombers", on(pub, "sunday"), c("Konduga", "NG", "NG-BO"),
     C(killed=30, attackers_killed=3), A(target="civilians"), "reported", "emergency services")],
  "Football on television is a sport mention, not a negative here: the bombing is real. Three bombers "
  "-> attackers_killed 3.")

pub = "2021-01-22"
P(BR, ME, pub,
  "Twin suicide bombings tore through a crowded clothes market in central Baghdad on Thursday, killing "
  "32 people and wounding 110.",
  [E("suicide_bombing", "suicide bombings", on(pub, "thursday"), c("Baghdad", "IQ", "IQ-BG"),
     C(killed=32, injured=110, attackers_killed=2), A(target="civilians"))],
  "'Twin suicide bombings' implies two bombers -> attackers_killed 2.")

pub = "2019-04-22"
P(W, SAS, pub,
  "Suicide bombers struck three churches and three luxury hotels in Colombo, Negombo and Batticaloa on "
  "Easter Sunday, killing at least 290 people in Sri Lanka's worst violence since the civil war.",
  [E("suicide_bombing", "Suicide bombers", on(pub, "sunday"), c("Colombo", "LK", "LK-1"),
     C(killed=(290, "at_least")), A(target=["worshippers", "civilians"]))],
  "Plural bombers without a number -> no attackers_killed. First-named place Colombo. The civil war is "
  "background.")

pub = "2016-03-23"
P(BR, EU, pub,
  "Suicide bombers struck Brussels airport and a metro station near the European Union institutions on "
  "Tuesday morning, killing 32 people.",
  [E("suicide_bombing", "Suicide bombers", on(pub, "tuesday"), c("Brussels", "BE", "BE-BRU"), C(killed=32),
     A(target="civilians"))])

pub = "2023-01-31"
P(W, SAS, pub,
  "A suicide bomber blew himself up among worshippers at a mosque inside a police compound in Peshawar "
  "on Monday, killing at least 100 people, most of them police officers.",
  [E("suicide_bombing", "suicide bomber", on(pub, "monday"), c("Peshawar", "PK", "PK-KP"),
     C(killed=(100, "at_least"), attackers_killed=1), A(target=["worshippers", "police"]))])

pub = "2021-08-27"
P(W, SAS, pub,
  "A suicide bomber struck crowds of Afghans outside Kabul airport on Thursday, and gunfire followed, "
  "killing more than 180 people, including 13 US service members; Islamic State Khorasan Province "
  "claimed the attack.",
  [E("suicide_bombing", "suicide bomber", on(pub, "thursday"), c("Kabul", "AF", "AF-KAB"),
     C(killed=(180, "at_least"), attackers_killed=1), A(perp="Islamic State Khorasan Province", target="civilians"),
     "asserted", "Islamic State Khorasan Province"),
   E("attack", "gunfire", on(pub, "thursday"), c("Kabul", "AF", "AF-KAB"), {},
     A(perp="Islamic State Khorasan Province", target="civilians"), "asserted", "Islamic State Khorasan Province")],
  "Coordinated assault mixing a suicide blast and gunfire on civilians: both types (the gunfire is a one-sided attack); the overall toll on the first "
  "trigger; the included sub-count (13 US) is not coded separately.")

pub = "2023-06-21"
P(BR, AF, pub,
  "An al-Shabaab suicide bomber blew himself up at the gate of a military training camp in Mogadishu on "
  "Tuesday, killing at least 25 recruits.",
  [E("suicide_bombing", "suicide bomber", on(pub, "tuesday"), c("Mogadishu", "SO", "SO-BN"),
     C(killed=(25, "at_least"), attackers_killed=1), A(perp="al-Shabaab", target="military"))])

pub = "2019-05-13"
P(LP, CAU, pub,
  "A suicide attacker detonated a device near a police checkpoint on the outskirts of Grozny on Sunday "
  "evening, injuring three officers, the republic's interior ministry said.",
  [E("suicide_bombing", "suicide attacker", on(pub, "sunday"), c("Grozny", "RU", "RU-CE"),
     C(injured=3, attackers_killed=1), A(target="police"), "reported", "Ministry of Internal Affairs of Chechnya")],
  "'a suicide attacker' -> attackers_killed 1 (adjudication). 'outskirts of Grozny' -> Grozny.")

pub = "2016-01-13"
P(W, ME, pub,
  "A Syrian-born suicide bomber blew himself up among a group of tourists in Istanbul's historic "
  "Sultanahmet square on Tuesday, killing ten people, most of them Germans.",
  [E("suicide_bombing", "suicide bomber", on(pub, "tuesday"), c("Istanbul", "TR", "TR-34"),
     C(killed=10, attackers_killed=1), A(target="foreigners"))],
  "'Syrian-born' is origin, not a place of the event.")

pub = "2019-05-20"
P(W, AF, pub,
  "A roadside bomb struck a bus carrying foreign tourists near the Giza pyramids on Sunday, injuring at "
  "least 17 people, Egyptian security sources said.",
  [E("bombing", "roadside bomb", on(pub, "sunday"), c("Giza", "EG", "EG-GZ"), C(injured=(17, "at_least")),
     A(target="foreigners"), "reported", "security sources")])

pub = "2019-01-18"
P(BR, OT, pub,
  "A car bomb exploded inside the General Santander police cadet school in Bogota on Thursday, killing "
  "21 people; the government blamed the National Liberation Army guerrillas.",
  [E("bombing", "car bomb", on(pub, "thursday"), c("Bogota", "CO", "CO-DC"), C(killed=21),
     A(perp="National Liberation Army", target="police"), "asserted", "Government of Colombia")],
  "The driver's death is not stated as by design -> bombing. Government attribution sets perpetrator.")

pub = "2019-01-21"
P(LP, EU, pub,
  "A car bomb exploded outside the courthouse in Bishop Street, Derry, on Saturday night shortly after "
  "police cleared the area following a warning call; no one was hurt. Police believe the New IRA was "
  "behind it.",
  [E("bombing", "car bomb", on(pub, "saturday"), c("Derry", "GB", "GB-NIR"), C(injured=0),
     A(perp="New IRA"), "asserted", "police")],
  "'no one was hurt' -> injured 0. Police attribution sets the perpetrator; the text asserts the blast.")

pub = "2018-03-26"
P(BR, ME, pub,
  "A car bomb exploded at a checkpoint on the edge of Azaz on Saturday, killing 13 people, a war monitor "
  "said.",
  [E("bombing", "car bomb", on(pub, "saturday"), c("Azaz", "SY", "SY-HL"), C(killed=13), {}, "reported", "war monitor")],
  "'on the edge of Azaz' -> Azaz.")

pub = "2017-04-08"
P(W, EU, pub,
  "A man drove a hijacked beer lorry into shoppers on Stockholm's busiest pedestrian street on Friday "
  "afternoon, killing four people, and was arrested hours later in a northern suburb.",
  [E("attack", "drove a hijacked beer lorry into shoppers", on(pub, "friday"), c("Stockholm", "SE", "SE-AB"),
     C(killed=4), A(target="civilians")),
   E("arrest", "was arrested", None, None, C(arrested=1), {})],
  "Ramming: attack. The arrest 'hours later' has no date of its own -> null; 'a northern suburb' is "
  "unnamed -> null place. One man -> arrested 1. No arresting force is mentioned.")
