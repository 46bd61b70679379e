"""Central Asian passages (Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan)."""
# ruff: noqa: E501
from _gold import *  # noqa: F403

NSC_KZ = "National Security Committee of Kazakhstan"
MVD_KZ = "Ministry of Internal Affairs of Kazakhstan"
GKNB_KG = "State Committee for National Security of Kyrgyzstan"
MVD_KG = "Ministry of Internal Affairs of Kyrgyzstan"
GKNB_TJ = "State Committee for National Security of Tajikistan"
MVD_TJ = "Ministry of Internal Affairs of Tajikistan"
SGB_UZ = "State Security Service of Uzbekistan"
MVD_UZ = "Ministry of Internal Affairs of Uzbekistan"
IS = "Islamic State"
HT = "Hizb ut-Tahrir"
IRPT = "Islamic Renaissance Party of Tajikistan"
CSTO = "Collective Security Treaty Organization"
SCO = "Shanghai Cooperation Organisation"

# ---------------------------------------------------------------- arrests
pub = "2016-06-07"
P(W, CA, pub, "Kazakh security forces detained several suspects in Aqtobe on Monday, a day after gunmen raided two gun shops and a National Guard unit in the city, the National Security Committee said.",
  [ev("arrest", "detained", on(pub, "monday"), AKTOBE("Aqtobe"), None, actors(perp="security forces"), "reported", NSC_KZ),
   ev("attack", "raided", on(pub, "sunday"), AKTOBE("Aqtobe"), None, actors(target=["National Guard of Kazakhstan", "civilians"]), "reported", NSC_KZ)],
  "Two events; 'a day after' Monday resolves the raid to Sunday; 'several' is not a count.")

pub = "2016-07-20"
P(TR, CA, pub, "In the course of operational-search activities, officers of the Department of Internal Affairs of Almaty city detained citizen K., born 1992, suspected of complicity in the armed attack on the Almaly district police department.",
  [ev("arrest", "detained", None, ALMATY(), counts(arrested=1), actors(perp="police")),
   ev("attack", "armed attack", None, ALMATY(), None, actors(target="police"))],
  "'born 1992' is not a count; the referenced attack is a specific event and is coded undated.")

pub = "2017-03-14"
P(LP, CA, pub, "Police in Osh detained three men on Saturday on suspicion of distributing Hizb ut-Tahrir leaflets in the city's central bazaar.",
  [ev("arrest", "detained", on(pub, "saturday"), OSH(), counts(arrested=3), actors(perp="police", target=HT))],
  "The leaflet distribution is the alleged offence, not a separately reported propaganda event.")

pub = "2015-11-02"
P(BR, CA, pub, "Tajik authorities say they arrested 12 members of the banned Group 24 opposition movement in the northern Sughd region last month.",
  [ev("arrest", "arrested", last_month(pub), SUGHD_R("Sughd"), counts(arrested=12), actors(perp="Government of Tajikistan", target="Group 24"), "reported", "Government of Tajikistan")])

pub = "2018-04-10"
P(SA, CA, pub, "Officers of the State Security Service of the Republic of Uzbekistan have detained a 23-year-old resident of Namangan who was recruiting young people for the so-called Islamic State via Telegram.",
  [ev("arrest", "detained", None, NAMANGAN(), counts(arrested=1), actors(perp=SGB_UZ, target=IS))],
  "'23-year-old' is not a count. Recruitment is the alleged offence (generic, undated), not coded as propaganda. Place of residence used as the only location.")

pub = "2019-05-10"
P(W, CA, pub, "Police in Nur-Sultan detained dozens of people on Thursday who had gathered to demand a boycott of the snap presidential election, witnesses said.",
  [ev("arrest", "detained", on(pub, "thursday"), ASTANA("Nur-Sultan"), counts(arrested=(24, "vague")), actors(perp="police", target="protesters"), "reported", "witnesses"),
   ev("protest", "gathered", on(pub, "thursday"), ASTANA("Nur-Sultan"), None, actors(perp="protesters"), "reported", "witnesses")],
  "'dozens' -> 24 vague. Nur-Sultan is the 2019-2022 name of Astana.")

pub = "2016-10-12"
P(LP, CA, pub, "Pavlodar police have detained a 17-year-old student suspected of posting calls to violence on social media.",
  [ev("arrest", "detained", None, PAVLODAR(), counts(arrested=1), actors(perp="police"))],
  "17-year-old is an age, not a count; one person detained.")

pub = "2018-08-30"
P(BR, CA, pub, "Kyrgyzstan's State Committee for National Security said on Wednesday it had detained four people in Bishkek suspected of planning attacks during the World Nomad Games.",
  [ev("arrest", "detained", None, BISHKEK(), counts(arrested=4), actors(perp=GKNB_KG), "reported", GKNB_KG),
   ev("plot_disrupted", "planning attacks", None, BISHKEK(), None, actors(perp=GKNB_KG), "reported", GKNB_KG)],
  "'said on Wednesday' dates the statement, not the detentions, so the events are undated.")

pub = "2016-02-18"
P(TR, CA, pub, "According to the press centre of the Ministry of Internal Affairs of the Republic of Tajikistan, in the city of Kulyab employees of the criminal investigation department detained a resident of the city, 1987 year of birth, on suspicion of membership in the extremist organisation Salafiya.",
  [ev("arrest", "detained", None, KULOB("Kulyab"), counts(arrested=1), actors(perp=MVD_TJ, target="Salafiya"), "reported", MVD_TJ)],
  "Kulyab is the Russian-derived spelling of Kulob; '1987 year of birth' is not a count.")

pub = "2021-09-15"
P(W, CA, pub, "On Monday, Uzbek police detained about 30 people in Andijon after a protest by market traders against new stall fees descended into scuffles.",
  [ev("arrest", "detained", on(pub, "monday"), ANDIJAN("Andijon"), counts(arrested=(30, "approximately")), actors(perp="police", target="protesters")),
   ev("protest", "protest", on(pub, "monday"), ANDIJAN("Andijon"), None, actors(perp="protesters"))])

pub = "2020-01-22"
P(LP, CA, pub, "Atyrau police detained a man who had threatened on Instagram to blow up a shopping centre, the regional police department said on Tuesday.",
  [ev("arrest", "detained", None, ATYRAU(), counts(arrested=1), actors(perp="police"), "reported", "Atyrau Regional Police Department")],
  "A threat to blow up is not a bombing; 'said on Tuesday' dates the statement only.")

pub = "2019-03-18"
P(TR, CA, pub, "On 14 March 2019, in the city of Jalal-Abad, officers of the 10th Main Department of the Ministry of Internal Affairs of the Kyrgyz Republic detained citizen T., in whose dwelling extremist literature was found.",
  [ev("arrest", "detained", day("2019-03-14"), JALALABAD_KG(), counts(arrested=1), actors(perp=MVD_KG))],
  "'10th Main Department' is not a count.")

pub = "2019-07-09"
P(AN, CA, pub, "The Turkmen Initiative for Human Rights says security officers in Mary detained at least 15 young men last week for wearing beards, part of a campaign against outward signs of piety.",
  [ev("arrest", "detained", last_week(pub), MARY(), counts(arrested=(15, "at_least")), actors(perp="security forces"), "reported", "Turkmen Initiative for Human Rights")],
  "Mary is the city in Turkmenistan; 'last week' -> Monday-Sunday of the previous week, precision week.")

pub = "2018-11-05"
P(LP, CA, pub, "Officers in Batys Qazaqstan region detained two residents of Oral suspected of financing terrorism, the regional police said on Monday.",
  [ev("arrest", "detained", None, WKO("Batys Qazaqstan"), counts(arrested=2), actors(perp="police"), "reported", "West Kazakhstan Regional Police Department")],
  "Batys Qazaqstan is the Kazakh name of West Kazakhstan Region; the statement date is not the arrest date.")

pub = "2014-12-03"
P(W, CA, pub, "Kyrgyz border guards arrested five men near the Tajik border in Batken region on Tuesday as they tried to cross into Tajikistan with forged passports, en route to Syria, officials said.",
  [ev("arrest", "arrested", on(pub, "tuesday"), BATKEN_R("Batken region"), counts(arrested=5), actors(perp="border guards"), "reported", "Kyrgyz officials"),
   ev("foreign_fighter_travel", "en route to Syria", on(pub, "tuesday"), country("Syria", "SY"), counts(fighters=5), None, "planned", "Kyrgyz officials")],
  "Intercepted travel: arrest plus foreign_fighter_travel with modality planned (never reached the destination); planned outranks reported, reported_by still kept; place = named destination.")

pub = "2022-01-12"
P(BR, CA, pub, "Kazakhstan's Interior Ministry said nearly 10,000 people had been detained across the country since the unrest began last week.",
  [ev("arrest", "detained", None, country("Kazakhstan", "KZ"), counts(arrested=(10000, "approximately")), actors(perp=MVD_KZ), "reported", MVD_KZ)],
  "'since ... last week' gives an open interval, not a date for the arrests; coded undated. 'nearly' -> approximately.")

pub = "2017-06-20"
P(TR, CA, pub, "By the forces of the Department of the National Security Committee for Mangystau region, within the framework of a pre-trial investigation, a citizen of the republic born in 1985, a native of Zhanaozen, was detained in Aktau.",
  [ev("arrest", "was detained", None, AKTAU(), counts(arrested=1), actors(perp=NSC_KZ))],
  "Stiff translated passive; Zhanaozen is the birthplace, Aktau the place of arrest.")

# ---------------------------------------------------------------- plots disrupted
pub = "2017-01-16"
P(SA, CA, pub, "In 2016 the National Security Committee prevented the criminal activities of seven groups and four lone individuals who were preparing terrorist acts, the agency said in its annual summary.",
  [ev("plot_disrupted", "prevented", year(2016), None, counts(groups=7, individuals=4), actors(perp=NSC_KZ), "reported", NSC_KZ)],
  "Counts in words: groups 7, individuals 4.")

pub = "2016-12-20"
P(W, CA, pub, "Kazakhstan's security service said it had foiled a plot to attack police stations in Astana, detaining 11 members of the cell in early December.",
  [ev("plot_disrupted", "foiled a plot", part(2016, 12, "early"), ASTANA(), counts(groups=1), actors(perp=NSC_KZ, target="police"), "reported", NSC_KZ),
   ev("arrest", "detaining", part(2016, 12, "early"), ASTANA(), counts(arrested=11), actors(perp=NSC_KZ), "reported", NSC_KZ)],
  "The plotted attack on police stations is not an attack event.")

pub = "2018-06-13"
P(TR, CA, pub, "As a result of a special operation carried out by the SCNS, the activity of a clandestine cell that planned to commit a terrorist act at a crowded place in the city of Osh during the Orozo Ait holiday has been suppressed.",
  [ev("plot_disrupted", "has been suppressed", None, OSH(), counts(groups=1), actors(perp=GKNB_KG))],
  "SCNS = State Committee for National Security (Kyrgyzstan); the holiday is the date of the planned act, not of the disruption.")

pub = "2017-05-04"
P(BR, CA, pub, "Tajikistan's security committee says it prevented a plan to bomb the Russian military base in Dushanbe and detained six suspects.",
  [ev("plot_disrupted", "prevented a plan", None, DUSHANBE(), None, actors(perp=GKNB_TJ, target="Russian Armed Forces"), "reported", GKNB_TJ),
   ev("arrest", "detained", None, DUSHANBE(), counts(arrested=6), actors(perp=GKNB_TJ), "reported", GKNB_TJ)],
  "'bomb' here is a planned act: no bombing event.")

pub = "2019-03-25"
P(W, CA, pub, "Uzbek authorities said they had thwarted an attack planned for the Navruz celebrations in Tashkent, arresting a 28-year-old man who had bought materials for an explosive device.",
  [ev("plot_disrupted", "thwarted an attack", None, TASHKENT(), counts(individuals=1), actors(perp="Government of Uzbekistan"), "reported", "Government of Uzbekistan"),
   ev("arrest", "arresting", None, TASHKENT(), counts(arrested=1), actors(perp="Government of Uzbekistan"), "reported", "Government of Uzbekistan")],
  "A single plotter is a lone actor: individuals 1 on the disruption (as in the Samarkand passage), arrested 1 on the arrest.")

pub = "2019-09-17"
P(SA, CA, pub, "KNB: terrorist act prevented in Karaganda region. Three supporters of a destructive religious movement were detained while manufacturing an improvised explosive device.",
  [ev("plot_disrupted", "terrorist act prevented", None, pl("Karaganda Region", "KZ", "KZ-KAR", "admin1", "Karaganda region"), None, actors(perp=NSC_KZ), "reported", NSC_KZ),
   ev("arrest", "were detained", None, pl("Karaganda Region", "KZ", "KZ-KAR", "admin1", "Karaganda region"), counts(arrested=3), actors(perp=NSC_KZ), "reported", NSC_KZ)],
  "Headline-style attribution 'KNB:' makes both events reported.")

pub = "2018-03-03"
P(LP, CA, pub, "The plot to attack a police checkpoint near Aktau was uncovered in mid-February, when officers stopped a car carrying two rifles, the city prosecutor's office said.",
  [ev("plot_disrupted", "was uncovered", part(2018, 2, "mid"), AKTAU(), None, actors(target="police"), "reported", "Aktau City Prosecutor's Office")],
  "'mid-February' -> Feb 11-20; 'two rifles' is not a count kind.")

pub = "2015-04-28"
P(AN, CA, pub, "Kyrgyz officials claim to have disrupted at least three cells since January, but they have released few details that would allow independent verification.",
  [ev("plot_disrupted", "disrupted", earlier_this_year(pub), country("Kyrgyzstan", "KG", "Kyrgyz"), counts(groups=(3, "at_least")), actors(perp="Government of Kyrgyzstan"), "reported", "Kyrgyz officials")],
  "'since January' in the publication year is resolved like 'earlier this year'; place from the demonym (country level).")

pub = "2023-10-03"
P(TR, CA, pub, "Employees of the State Security Service prevented an attempt by a citizen of Uzbekistan, who was under the influence of the ideology of the international terrorist organisation, to commit a terrorist act in Samarkand in late September.",
  [ev("plot_disrupted", "prevented an attempt", part(2023, 9, "late"), SAMARKAND(), counts(individuals=1), actors(perp=SGB_UZ))],
  "Stiff release phrasing; a single plotter -> individuals 1.")

pub = "2016-09-12"
P(W, CA, pub, "Police in Almaty said on Monday they had prevented a terrorist attack planned for Independence Day by a group of five radicals, all of whom are now in custody.",
  [ev("plot_disrupted", "prevented a terrorist attack", None, ALMATY(), counts(groups=1), actors(perp="police"), "reported", "police"),
   ev("arrest", "in custody", None, ALMATY(), counts(arrested=5), actors(perp="police"), "reported", "police")],
  "'a group of five' -> one group, five arrested. Independence Day is the planned date, not the disruption date.")

# ---------------------------------------------------------------- prosecution
pub = "2017-03-17"
P(CR, CA, pub, "The Aktobe regional court on Thursday sentenced seven men to prison terms ranging from five to 15 years for organising a terrorist group and for the illegal acquisition of weapons.",
  [ev("prosecution", "sentenced", on(pub, "thursday"), AKTOBE(), counts(convicted=7), actors(perp="Aktobe Regional Court"))],
  "Sentence lengths (five to 15 years) are not counts.")

pub = "2016-11-02"
P(W, CA, pub, "A court in Almaty on Wednesday sentenced to death the gunman who killed police officers in the city in July.",
  [ev("prosecution", "sentenced to death", on(pub, "wednesday"), ALMATY(), counts(convicted=1), actors(perp="court")),
   ev("attack", "killed", in_month(pub, 7), ALMATY(), None, actors(target="police"))],
  "Second event is the July attack (past month without year -> most recent July).")

pub = "2017-10-11"
P(CR, CA, pub, "The Supreme Court of Tajikistan handed down prison sentences of between two years and life to 13 defendants accused of belonging to a banned Salafi group, their lawyers said.",
  [ev("prosecution", "handed down prison sentences", None, country("Tajikistan", "TJ"), counts(convicted=13), actors(perp="Supreme Court of Tajikistan"), "reported", "defence lawyers")],
  "Place: the court's jurisdiction, country level.")

pub = "2018-10-24"
P(CR, CA, pub, "Osh city court fined four alleged members of Hizb ut-Tahrir and ordered the confiscation of their literature at a hearing on Monday.",
  [ev("prosecution", "fined", on(pub, "monday"), OSH(), counts(convicted=4), actors(perp="Osh City Court", target=HT))])

pub = "2019-02-27"
P(CR, CA, pub, "In Kyzylorda, a specialised inter-district criminal court found a local imam guilty under Article 174 of the Criminal Code (incitement of religious discord) and sentenced him to five years of restricted freedom.",
  [ev("prosecution", "found a local imam guilty", None, KYZYLORDA(), counts(convicted=1), actors(perp="court"))],
  "Article 174 is a statute number, not a count.")

pub = "2020-09-08"
P(W, ME, pub, "An Istanbul court on Monday sentenced Uzbek national Abdulkadir Masharipov to 40 aggravated life sentences for the 2017 New Year's attack on the Reina nightclub.",
  [ev("prosecution", "sentenced", on(pub, "monday"), pl("Istanbul", "TR", "TR-34", "city", "Istanbul"), counts(convicted=1), actors(perp="court"))],
  "Counts: 40 is the number of sentences, not people. The 2017 attack is a name-only historical reference and is not coded. No group is named in the passage, so none is inferred as target.")

pub = "2015-12-10"
P(CR, CA, pub, "Prosecutors in Khujand have charged three local men with mercenarism after they returned from fighting alongside militants in Syria, the regional prosecutor's office announced.",
  [ev("prosecution", "charged", None, KHUJAND(), None, actors(perp="Sughd Regional Prosecutor's Office"), "reported", "Sughd Regional Prosecutor's Office"),
   ev("foreign_fighter_travel", "returned from fighting", None, country("Syria", "SY"), counts(fighters=3), None, "reported", "Sughd Regional Prosecutor's Office")],
  "Charging is prosecution but convicted count is not set until a verdict.")

pub = "2021-04-15"
P(CR, CA, pub, "The Tashkent city court upheld on appeal the sentences of nine men convicted in January of creating a banned religious group, the court's press service said.",
  [ev("prosecution", "upheld on appeal", None, TASHKENT(), None, actors(perp="Tashkent City Court"), "reported", "Tashkent City Court"),
   ev("prosecution", "convicted", in_month(pub, 1), TASHKENT(), counts(convicted=9), None, "reported", "Tashkent City Court")],
  "Two prosecution events: the appeal ruling (undated) and the January conviction.")

pub = "2016-12-05"
P(TR, CA, pub, "By the verdict of the court of the Bayzak district of Zhambyl region, citizen A. was found guilty of propaganda of terrorism and sentenced to 7 years of imprisonment.",
  [ev("prosecution", "found guilty", None, pl("Zhambyl Region", "KZ", "KZ-ZHA", "admin1", "Zhambyl region"), counts(convicted=1), actors(perp="court"))],
  "'7 years' is a sentence length; the underlying propaganda is the charge, not a propaganda event.")

pub = "2019-11-20"
P(BR, CA, pub, "A court in Bishkek has sentenced in absentia a former police colonel who fled to Syria in 2015 to 20 years in prison for joining a terrorist organisation.",
  [ev("prosecution", "sentenced in absentia", None, BISHKEK(), counts(convicted=1), actors(perp="court")),
   ev("foreign_fighter_travel", "fled to Syria", year(2015), country("Syria", "SY"), counts(fighters=1))])

pub = "2017-07-28"
P(CR, CA, pub, "The trial of 12 people accused of plotting attacks in Aktobe Region opened on Tuesday behind closed doors.",
  [ev("prosecution", "trial", on(pub, "tuesday"), AKTOBE_R(), None, None)],
  "A trial opening is a prosecution event; no convicted count yet. 'plotting attacks' is the charge, not a plot_disrupted event.")

pub = "2022-11-30"
P(CR, CA, pub, "A court in Bukhara acquitted two bloggers charged with inciting religious hatred, a rare outcome in Uzbekistan's courts.",
  [ev("prosecution", "acquitted", None, pl("Bukhara", "UZ", "UZ-BU", "city", "Bukhara"), None, actors(perp="court", target="journalists"))],
  "An acquittal is a prosecution event with no convicted count.")

pub = "2014-05-06"
P(CR, CA, pub, "Between 28 April and 2 May, courts in Sughd region convicted 21 people of participating in armed conflicts abroad, the Tajik Prosecutor General's Office reported.",
  [ev("prosecution", "convicted", days("2014-04-28", "2014-05-02"), SUGHD_R("Sughd region"), counts(convicted=21), actors(perp="court"), "reported", "Prosecutor General's Office of Tajikistan")])

# ---------------------------------------------------------------- attacks
pub = "2018-07-30"
P(W, CA, pub, "Four foreign cyclists were killed in southern Tajikistan on Sunday when a car rammed into their group in Danghara district and its occupants attacked the survivors with knives, officials said.",
  [ev("attack", "rammed into", on(pub, "sunday"), pl("Danghara", "TJ", "TJ-KT", "city", "Danghara"), counts(killed=4), actors(target=["civilians", "foreigners"]), "reported", "Tajik officials"),
   ],
  "Ramming and stabbing are one attack episode; coded once at the first trigger.")

pub = "2018-07-31"
P(W, CA, pub, "The Islamic State group claimed responsibility for Sunday's attack on foreign cyclists, but the Tajik government blamed the banned Islamic Renaissance Party.",
  [ev("attack", "attack", on(pub, "sunday"), None, None, actors(perp=[IS, IRPT], target="foreigners"), "reported", IS)],
  "Competing attributions: both claimed/blamed parties listed as perpetrator; 'Sunday's' resolves against publication.")

pub = "2016-07-19"
P(BR, CA, pub, "A gunman opened fire on a district police station and a National Security Committee building in Almaty on Monday morning, killing several officers before he was wounded and captured.",
  [ev("attack", "opened fire", on(pub, "monday"), ALMATY(), None, actors(target=["police", NSC_KZ])),
   ev("arrest", "captured", on(pub, "monday"), ALMATY(), counts(arrested=1), None)],
  "'several' -> no killed count.")

pub = "2015-09-05"
P(W, CA, pub, "Gunmen loyal to Tajikistan's deputy defence minister attacked a police station in Vahdat and an arms depot near Dushanbe on Friday, the government said, killing at least eight police officers.",
  [ev("attack", "attacked", on(pub, "friday"), pl("Vahdat", "TJ", "TJ-RA", "city", "Vahdat"), counts(killed=(8, "at_least")), actors(target="police"), "reported", "Government of Tajikistan")],
  "Two targets (Vahdat, near Dushanbe) in one episode; place = first-named location.")

pub = "2021-03-03"
P(LP, CA, pub, "A patrol officer was stabbed in the neck at a bus stop in Karaganda late on Tuesday by a man shouting religious slogans and is in a serious condition, city police said.",
  [ev("attack", "stabbed", on(pub, "tuesday"), KARAGANDA(), counts(injured=1), actors(target="police"), "reported", "police")])

pub = "2012-11-14"
P(TR, CA, pub, "On 12 November in the village of Shamalgan, Almaty region, unknown persons fired on a traffic police patrol car, as a result of which two employees received gunshot wounds.",
  [ev("attack", "fired on", day("2012-11-12"), pl("Shamalgan", "KZ", "KZ-ALM", "city", "Shamalgan"), counts(injured=2), actors(target="police"))],
  "Village-level place coded at the settlement (precision city).")

pub = "2010-06-15"
P(AN, CA, pub, "Ethnic violence that began in Osh on the night of 10 to 11 June has spread to Jalal-Abad, with mobs setting fire to Uzbek neighbourhoods and attacking residents.",
  [ev("attack", "attacking residents", days("2010-06-10", "2010-06-11"), OSH(), None, actors(target="civilians")),
   ev("attack", "setting fire", None, JALALABAD_KG(), None, actors(target="civilians"))],
  "Night spanning two days -> two-day range, precision day. 'has spread' gives no date for Jalal-Abad.")

pub = "2022-09-16"
P(BR, CA, pub, "Kyrgyz officials accused Tajik forces of shelling a school and a bus station in Batken region on Friday.",
  [ev("armed_clash", "shelling", on(pub, "friday"), BATKEN_R("Batken region"), None, actors(perp="Armed Forces of Tajikistan", target="civilians"), "reported", "Kyrgyz officials")],
  "Interstate border fighting; shelling in the context of the border conflict coded as armed_clash.")

# ---------------------------------------------------------------- bombings / suicide bombings
pub = "2011-05-18"
P(W, CA, pub, "A man blew himself up inside the regional headquarters of Kazakhstan's security service in Aktobe on Tuesday, killing himself and wounding two people, in what officials called the country's first suicide attack.",
  [ev("suicide_bombing", "blew himself up", on(pub, "tuesday"), AKTOBE(), counts(attackers_killed=1, injured=2), actors(target=NSC_KZ), "reported", "Kazakh officials")],
  "The bomber's death is attackers_killed, not killed.")

pub = "2016-08-30"
P(W, CA, pub, "A suicide bomber drove a car packed with explosives through the gates of the Chinese embassy in Bishkek on Tuesday morning, injuring at least three embassy staff.",
  [ev("suicide_bombing", "suicide bomber", today(pub), BISHKEK(), counts(injured=(3, "at_least"), attackers_killed=1), actors(target="Embassy of China in Kyrgyzstan"))],
  "Published the same Tuesday. The bomber's death is implied by 'suicide bomber' and coded attackers_killed 1.")

pub = "2013-09-07"
P(BR, CA, pub, "A small bomb hidden in a rubbish bin exploded near a police post in Khodzhent on Friday, injuring two passers-by and shattering shop windows.",
  [ev("bombing", "exploded", on(pub, "friday"), KHUJAND("Khodzhent"), counts(injured=2), actors(target="police"))],
  "Khodzhent is the Russian spelling of Khujand.")

pub = "2013-03-22"
P(LP, CA, pub, "A homemade explosive device went off near the district administration building in Isfara yesterday, slightly injuring a security guard.",
  [ev("bombing", "went off", yesterday(pub), ISFARA(), counts(injured=1), actors(target="government"))])

pub = "2011-11-01"
P(W, CA, pub, "Two blasts shook the western oil city of Atyrau on Monday; one of them killed the man who was apparently assembling the device, prosecutors said.",
  [ev("bombing", "blasts", on(pub, "monday"), ATYRAU(), counts(attackers_killed=1), None, "reported", "prosecutors")],
  "The dead man is the would-be bomber -> attackers_killed.")

pub = "2017-08-14"
P(LP, CA, pub, "Sappers defused a second device after an explosion damaged a police car parked outside a precinct in Tokmok on Sunday night; no one was hurt.",
  [ev("bombing", "explosion", on(pub, "sunday"), pl("Tokmok", "KG", "KG-C", "city", "Tokmok"), counts(injured=0), actors(target="police"))],
  "Explicit 'no one was hurt' -> injured 0 exact; the defused device is not a separate event.")

pub = "2019-10-01"
P(BR, CA, pub, "A suicide attacker detonated an explosive belt at a checkpoint on the Tajik-Afghan border in Gorno-Badakhshan, killing a border guard, Tajik officials said.",
  [ev("suicide_bombing", "detonated an explosive belt", None, GBAO("Gorno-Badakhshan"), counts(killed=1, attackers_killed=1), actors(target="border guards"), "reported", "Tajik officials")])

# ---------------------------------------------------------------- armed clashes
pub = "2012-07-25"
P(W, CA, pub, "Heavy fighting broke out in Khorog on Tuesday between government troops and fighters loyal to a local commander, with dozens reported dead.",
  [ev("armed_clash", "fighting broke out", on(pub, "tuesday"), KHOROG("Khorog"), counts(killed=(24, "vague")), actors(perp="Armed Forces of Tajikistan"))],
  "Khorog is a common spelling of Khorugh (GeoNames). 'dozens' -> 24 vague.")

pub = "2021-04-30"
P(BR, CA, pub, "Kyrgyz and Tajik border guards exchanged fire on Thursday over a disputed water intake near the village of Kok-Tash, leaving at least 31 people dead on the Kyrgyz side.",
  [ev("armed_clash", "exchanged fire", on(pub, "thursday"), pl("Kok-Tash", "KG", "KG-B", "city", "Kok-Tash"), counts(killed=(31, "at_least")), actors(perp=["Border Service of Kyrgyzstan", "Border Troops of Tajikistan"]))])

pub = "2016-07-27"
P(TR, CA, pub, "During the special operation in the Aktobe region, as a result of an exchange of fire, two members of a criminal group were liquidated and one law enforcement officer was wounded.",
  [ev("armed_clash", "exchange of fire", None, AKTOBE_R("Aktobe region"), counts(attackers_killed=2, injured=1), actors(perp="security forces", target="militants"))],
  "'liquidated' is Russian-derived official jargon for killed.")

pub = "2017-08-31"
P(W, CA, pub, "Tajik security forces said they had killed 13 rebels in gunfights in the Romit gorge east of Dushanbe between August 12 and 30.",
  [ev("armed_clash", "gunfights", days("2017-08-12", "2017-08-30"), pl("Romit", "TJ", "TJ-RA", "city", "Romit"), counts(attackers_killed=13), actors(perp="security forces", target="militants"), "reported", "Tajik security forces")],
  "Place is the gorge, not Dushanbe (a reference point).")

pub = "2014-06-16"
P(LP, CA, pub, "Police in Taraz cornered the gunman in a private house on the outskirts of the city on Saturday evening and killed him in a shootout after he had shot dead several people.",
  [ev("armed_clash", "shootout", on(pub, "saturday"), TARAZ(), counts(attackers_killed=1), actors(perp="police")),
   ev("attack", "shot dead", None, TARAZ(), None, actors(target="civilians"))],
  "Killing of the lone gunman by police: attackers_killed 1; his earlier attack is undated in this passage.")

pub = "2019-05-21"
P(BR, CA, pub, "Uzbek and Kyrgyz border troops clashed briefly on the disputed section near Sokh in early May, officials in Bishkek said, without giving casualty figures.",
  [ev("armed_clash", "clashed", part(2019, 5, "early"), pl("Sokh", "UZ", "UZ-FA", "city", "Sokh"), None, actors(perp=["Border Troops of Uzbekistan", "Border Service of Kyrgyzstan"]), "reported", "Kyrgyz officials")],
  "Bishkek is where the claim was made, not the event place.")

# ---------------------------------------------------------------- legislation
pub = "2017-07-12"
P(W, CA, pub, "Kazakh President Nursultan Nazarbayev has signed a law allowing courts to strip citizenship from people convicted of terrorism-related crimes.",
  [ev("legislation", "signed a law", None, country("Kazakhstan", "KZ", "Kazakh"), None, actors(perp="Nursultan Nazarbayev"))],
  "Place from the demonym at country level (jurisdiction).")

pub = "2018-07-31"
P(SA, CA, pub, "The Law of the Republic of Uzbekistan \"On Countering Extremism\" was signed by the President on July 30 and enters into force after official publication.",
  [ev("legislation", "was signed", day("2018-07-30"), country("Uzbekistan", "UZ"), None, actors(perp="Shavkat Mirziyoyev"))])

pub = "2016-05-20"
P(TR, CA, pub, "The deputies of the Majilis approved in the first reading the draft law on amendments to certain legislative acts on countering extremism and terrorism.",
  [ev("legislation", "approved in the first reading", None, None, None, actors(perp="Mazhilis of Kazakhstan"))],
  "Majilis/Mazhilis is Kazakhstan's lower house; no toponym in the text, so place is null (an institution name is not a place mention).")

pub = "2024-06-21"
P(W, CA, pub, "Tajikistan's upper house of parliament on Wednesday approved a bill banning \"clothing alien to national culture\", a measure widely seen as targeting the hijab.",
  [ev("legislation", "approved a bill", on(pub, "wednesday"), country("Tajikistan", "TJ"), None, actors(perp="Majlisi Milli"))])

pub = "2019-01-18"
P(LP, CA, pub, "Kyrgyzstan's parliament will vote next month on amendments that would require all religious organisations to re-register with the state commission.",
  [ev("legislation", "will vote", None, country("Kyrgyzstan", "KG"), None, actors(perp="Jogorku Kenesh"), "planned")],
  "Scheduled vote -> planned. 'next month' is a future date; guidelines resolve only past relative expressions, so undated.")

pub = "2013-12-27"
P(AN, CA, pub, "Under the new rules adopted earlier this year, Turkmen citizens must obtain an exit permit before travelling abroad for religious study.",
  [ev("legislation", "new rules adopted", earlier_this_year(pub), country("Turkmenistan", "TM", "Turkmen"), None, None)],
  "'earlier this year' -> Jan 1 to the day before publication, precision year.")

pub = "2020-06-16"
P(BR, CA, pub, "Uzbekistan's government has lifted the ban on beards and headscarves in schools, the education ministry announced on Monday.",
  [ev("legislation", "lifted the ban", None, country("Uzbekistan", "UZ"), None, actors(perp="Government of Uzbekistan"), "reported", "Ministry of Public Education of Uzbekistan")])

pub = "2022-03-05"
P(SA, CA, pub, "The Head of State instructed the Government to abolish the category of \"persons subject to preventive registration\" by 1 July, the Akorda press service reported.",
  [ev("legislation", "instructed the Government to abolish", None, None, None, actors(perp="Kassym-Jomart Tokayev"), "planned", "Akorda")],
  "Instruction to change policy by a future deadline -> planned; Akorda is the presidential administration (reporter).")

pub = "2015-04-01"
P(W, CA, pub, "Kazakhstan would introduce mandatory deradicalisation courses for returning fighters if a draft decree under discussion is adopted, a deputy minister said.",
  [ev("legislation", "introduce", None, country("Kazakhstan", "KZ"), None, None, "hypothetical", "deputy minister")],
  "Conditional policy change -> hypothetical.")

# ---------------------------------------------------------------- military exercises / deployments
pub = "2017-04-05"
P(W, CA, pub, "Troops from CSTO member states began week-long counterterrorism exercises in Tajikistan's Khatlon region on Tuesday, involving about 1,500 personnel and 100 armoured vehicles.",
  [ev("military_exercise", "counterterrorism exercises", on(pub, "tuesday"), KHATLON_R("Khatlon region"), None, actors(perp=CSTO))],
  "Exercise start date is the event date; troop numbers are not a CountKind.")

pub = "2016-06-22"
P(TR, CA, pub, "From 20 to 24 June, on the territory of the Matybulak training ground in Zhambyl region, tactical exercises of the units of the airmobile forces are being held.",
  [ev("military_exercise", "tactical exercises", days("2016-06-20", "2016-06-24"), pl("Zhambyl Region", "KZ", "KZ-ZHA", "admin1", "Zhambyl region"), None, actors(perp="Armed Forces of Kazakhstan"))])

pub = "2021-08-06"
P(BR, CA, pub, "Russian, Uzbek and Tajik forces are holding joint drills near the Afghan border at the Harb-Maidon range, 20 kilometres from the frontier, as the Taliban advance.",
  [ev("military_exercise", "joint drills", None, pl("Harb-Maidon", "TJ", "TJ-KT", "city", "Harb-Maidon"), None, actors(perp=["Russian Armed Forces", "Armed Forces of Uzbekistan", "Armed Forces of Tajikistan"]))],
  "Ongoing, no date; '20 kilometres' is not a count.")

pub = "2022-01-07"
P(W, CA, pub, "The first Russian paratroopers of a CSTO peacekeeping force landed in Kazakhstan on Thursday after President Tokayev appealed to the bloc for help.",
  [ev("military_exercise", "landed", on(pub, "thursday"), country("Kazakhstan", "KZ"), None, actors(perp=[CSTO, "Russian Armed Forces"])),
   ev("statement", "appealed", None, None, None, actors(perp="Kassym-Jomart Tokayev"))],
  "Deployment counts as military_exercise (exercise or deployment); the appeal is an official statement.")

pub = "2016-10-10"
P(LP, CA, pub, "The police and the National Guard will stage an anti-terror drill at Almaty's central railway station on Wednesday, and passengers are asked not to panic.",
  [ev("military_exercise", "anti-terror drill", None, ALMATY(), None, actors(perp=["police", "National Guard of Kazakhstan"]), "planned")],
  "Future 'on Wednesday' is not resolved by the past-weekday rule -> undated; scheduled -> planned.")

pub = "2021-09-29"
P(SA, EU, pub, "Joint anti-terrorist exercises of the SCO member states \"Peace Mission-2021\" were held last week at the Donguz training ground.",
  [ev("military_exercise", "anti-terrorist exercises", last_week(pub), pl("Donguz", "RU", "RU-ORE", "city", "Donguz"), None, actors(perp=SCO))],
  "Donguz range is in Orenburg oblast, Russia; region label follows the reporting context.")

pub = "2015-06-30"
P(BR, CA, pub, "Russia says it has moved additional helicopters to its airbase at Kant, outside Bishkek, amid concern about militants gathering in northern Afghanistan.",
  [ev("military_exercise", "moved additional helicopters", None, pl("Kant", "KG", "KG-C", "city", "Kant"), None, actors(perp="Russian Armed Forces"), "reported", "Government of Russia")])

pub = "2018-09-12"
P(W, CA, pub, "Kyrgyzstan could send troops to reinforce the southern border if fighting in Afghanistan spills over, the defence minister said.",
  [ev("military_exercise", "send troops", None, country("Kyrgyzstan", "KG"), None, actors(perp="Armed Forces of Kyrgyzstan"), "hypothetical", "Minister of Defence of Kyrgyzstan")],
  "Conditional deployment -> hypothetical. A state's own deployment at home, named only by the country: country precision (demonym rule).")

pub = "2017-06-09"
P(LP, CA, pub, "In the summer of 2016 the National Guard held a series of command-staff exercises in Aktyubinsk to rehearse the defence of armouries, officials recalled.",
  [ev("military_exercise", "command-staff exercises", season(2016, "summer"), AKTOBE("Aktyubinsk"), None, actors(perp="National Guard of Kazakhstan"), "reported", "Kazakh officials")],
  "Aktyubinsk is the Soviet-era name of Aktobe; 'summer of 2016' -> season.")

# ---------------------------------------------------------------- statements
pub = "2016-06-06"
P(W, CA, pub, "Kazakhstan raised its terrorism threat level to \"yellow\", the lowest of three levels, across the country after the weekend's attacks in Aktobe.",
  [ev("statement", "raised its terrorism threat level", None, country("Kazakhstan", "KZ"), None, actors(perp="Government of Kazakhstan"))],
  "Threat-level change is coded as an official statement/warning. The Aktobe attacks are a name-only reference (not coded); no date is given for the raise itself.")

pub = "2022-01-08"
P(BR, CA, pub, "President Kassym-Jomart Tokayev said on Friday he had authorised security forces to open fire without warning on \"bandits and terrorists\".",
  [ev("statement", "authorised", on(pub, "friday"), None, None, actors(perp="Kassym-Jomart Tokayev"))],
  "'open fire' is inside the quoted authorisation: no attack event. The statement is the event, dated by 'said on Friday'.")

pub = "2015-11-18"
P(SA, CA, pub, "The Ministry of Foreign Affairs of the Kyrgyz Republic strongly condemns the terrorist attacks committed in Paris and expresses deep condolences to the people of France.",
  [ev("statement", "strongly condemns", None, country("Kyrgyzstan", "KG", "Kyrgyz Republic"), None, actors(perp="Ministry of Foreign Affairs of Kyrgyzstan"))],
  "The Paris attacks are referenced by name only; the condemnation is the event, located by the issuer's country (demonym rule).")

pub = "2017-12-15"
P(W, CA, pub, "Uzbekistan's security service warned on Thursday that militants returning from Syria and Iraq could attempt attacks during the New Year holidays.",
  [ev("statement", "warned", on(pub, "thursday"), country("Uzbekistan", "UZ"), None, actors(perp=SGB_UZ))],
  "Official warning = statement, located by the issuer's country (demonym rule); 'could attempt attacks' is speculation and not coded.")

pub = "2016-01-13"
P(TR, CA, pub, "The head of the State Committee for National Security, Saimumin Yatimov, at a briefing in Dushanbe, stated that more than 1,000 citizens of Tajikistan are fighting in the ranks of terrorist organisations in Syria and Iraq.",
  [ev("foreign_fighter_travel", "fighting in the ranks", None, country("Syria", "SY"), counts(fighters=(1000, "at_least")), None, "reported", GKNB_TJ)],
  "Stock figure of fighters abroad coded as foreign_fighter_travel with a fighters count; place is the first conflict country named. 'stated' only attributes the figure (an attribution verb), so no statement event.")

pub = "2019-04-02"
P(BR, CA, pub, "Turkmenistan's foreign ministry on Monday denied reports that its border posts had come under attack from Afghan territory.",
  [ev("attack", "come under attack", None, None, None, actors(target="border guards"), "denied", "Ministry of Foreign Affairs of Turkmenistan")],
  "Denied event coded with modality denied; the denial itself is not a statement event (denials are not in the statement list, and other ministries' denials are not coded).")

pub = "2020-03-26"
P(LP, CA, pub, "Akimat officials in Taldykorgan warned residents yesterday against sharing unverified messages about an alleged terrorist threat to schools.",
  [ev("statement", "warned", yesterday(pub), TALDYKORGAN(), None, actors(perp="Taldykorgan City Akimat"))])

pub = "2014-09-25"
P(AN, CA, pub, "Presidents across the region have repeatedly warned that the Islamic State poses a direct threat to Central Asia, yet few have published evidence of organised networks at home.",
  [],
  "Generic, undated summary of many warnings by unnamed parties -> not a specific statement event.")

# ---------------------------------------------------------------- protests
pub = "2016-04-25"
P(W, CA, pub, "Several hundred people rallied in Atyrau on Sunday against land reforms that would allow foreigners to lease farmland for up to 25 years.",
  [ev("protest", "rallied", on(pub, "sunday"), ATYRAU(), None, actors(perp="protesters"))],
  "'up to 25 years' is a lease term, not a count.")

pub = "2016-05-02"
P(LP, CA, pub, "The land protests spread to Aqtobe and Semey on Saturday, where crowds gathered outside the regional administration buildings.",
  [ev("protest", "land protests", on(pub, "saturday"), AKTOBE("Aqtobe"), None, actors(perp="protesters")),
   ev("protest", "crowds gathered", on(pub, "saturday"), pl("Semey", "KZ", "KZ-VOS", "city", "Semey"), None, actors(perp="protesters"))],
  "One protest per city.")

pub = "2022-01-03"
P(W, CA, pub, "Hundreds of residents of Zhanaozen gathered in the town's main square on Sunday to protest against a doubling of the price of liquefied gas.",
  [ev("protest", "protest", on(pub, "sunday"), ZHANAOZEN(), None, actors(perp="protesters"))],
  "Participant counts are not a CountKind.")

pub = "2022-07-02"
P(BR, CA, pub, "Thousands took to the streets of Nukus on Friday to protest against constitutional amendments that would end Karakalpakstan's right to secede.",
  [ev("protest", "took to the streets", on(pub, "friday"), NUKUS(), None, actors(perp="protesters"))])

pub = "2020-10-06"
P(W, CA, pub, "Protesters stormed government buildings in Bishkek on Monday night after a disputed parliamentary election, and police responded with tear gas and stun grenades.",
  [ev("protest", "stormed government buildings", on(pub, "monday"), BISHKEK(), None, actors(perp="protesters", target="government"))],
  "Violent demonstration stays a protest; police crowd-control is not coded as an attack.")

pub = "2021-11-26"
P(LP, CA, pub, "Residents of Khorugh have been holding a sit-in outside the regional administration since Thursday, demanding an investigation into the killing of a local man by security forces.",
  [ev("protest", "sit-in", on(pub, "thursday"), KHOROG(), None, actors(perp="protesters")),
   ev("attack", "killing", None, KHOROG(), counts(killed=1), actors(perp="security forces", target="civilians"))],
  "Ongoing protest dated from its start day.")

pub = "2018-05-15"
P(TR, CA, pub, "On 14 May, a group of citizens numbering about 50 persons held an unsanctioned gathering near the akimat of Kostanay demanding the release of relatives convicted of extremism.",
  [ev("protest", "unsanctioned gathering", day("2018-05-14"), KOSTANAY(), None, actors(perp="protesters"))])

pub = "2017-02-01"
P(LP, CA, pub, "Relatives of men jailed for extremism plan to picket the Supreme Court in Bishkek next week.",
  [ev("protest", "picket", None, BISHKEK(), None, actors(perp="protesters"), "planned")])

pub = "2011-12-18"
P(W, CA, pub, "Police opened fire on striking oil workers and their supporters in Zhanaozen on Friday, killing at least 10 people, officials said; the government declared a state of emergency in the town.",
  [ev("attack", "opened fire", on(pub, "friday"), ZHANAOZEN(), counts(killed=(10, "at_least")), actors(perp="police", target="protesters"), "reported", "Kazakh officials"),
   ev("statement", "declared a state of emergency", None, ZHANAOZEN(), None, actors(perp="Government of Kazakhstan"))],
  "State of emergency declaration coded as official statement; police fire on protesters is an attack.")

# ---------------------------------------------------------------- propaganda
pub = "2015-06-02"
P(W, CA, pub, "Gulmurod Khalimov, the commander of Tajikistan's special police forces, appeared in an Islamic State video released in late May, saying he had joined the group in Syria.",
  [ev("propaganda", "video released", part(2015, 5, "late"), None, None, actors(perp=IS)),
   ev("foreign_fighter_travel", "joined the group in Syria", None, country("Syria", "SY"), counts(fighters=1), None, "reported", "Gulmurod Khalimov")],
  "Real event (May 2015). The travel claim is made by Khalimov himself in the video -> reported.")

pub = "2014-11-24"
P(BR, ME, pub, "A video posted online by Islamic State militants shows children said to be from Kazakhstan training with weapons at a camp in Syria.",
  [ev("propaganda", "video posted online", None, country("Syria", "SY"), None, actors(perp=IS))],
  "Region follows the event place (Syria), not the children's origin: this is a propaganda story, not a travel story.")

pub = "2019-08-20"
P(LP, CA, pub, "Leaflets calling for the restoration of the caliphate were found pasted on bus shelters in three districts of Osh on Monday morning.",
  [ev("propaganda", "Leaflets", on(pub, "monday"), OSH(), None, None)],
  "Perpetrator unnamed (a careful coder does not infer Hizb ut-Tahrir).")

pub = "2017-02-14"
P(SA, CA, pub, "Over the past year, the special services identified and blocked 26 Telegram channels through which recruiters of international terrorist organisations attempted to involve citizens of Uzbekistan.",
  [ev("propaganda", "recruiters", None, None, None, None)],
  "'Over the past year' is a rolling window, not a calendar year -> left undated. Counts of channels are not a CountKind. 'citizens of Uzbekistan' is a nationality, not an event place -> place null.")

pub = "2016-12-28"
P(AN, ME, pub, "Katibat Imam al-Bukhari, an Uzbek-dominated group fighting in northern Syria, issued a new Uzbek-language nasheed on Tuesday urging listeners to join the jihad.",
  [ev("propaganda", "issued", on(pub, "tuesday"), country("Syria", "SY"), None, actors(perp="Katibat Imam al-Bukhari"))],
  "Region follows the event place (Syria), not the group's members' origin: this is a propaganda story, not a travel story.")

pub = "2018-03-20"
P(TR, CA, pub, "In Kulob a criminal case was initiated against a 19-year-old resident who distributed via WhatsApp audio sermons of a preacher banned in Tajikistan.",
  [ev("prosecution", "criminal case was initiated", None, KULOB(), None, None)],
  "Opening a criminal case = prosecution; the distribution is the charge, not a separately dated propaganda event. '19-year-old' not a count.")

pub = "2020-05-05"
P(W, CA, pub, "Islamic State's weekly al-Naba newsletter last week carried a rare article addressed to \"the Muslims of Turkistan\", urging attacks on Chinese and Russian interests in Central Asia.",
  [ev("propaganda", "carried a rare article", last_week(pub), None, None, actors(perp=IS))],
  "'urging attacks' is propaganda content, not an attack.")

pub = "2021-02-09"
P(BR, CA, pub, "Kazakh investigators say a recruiter living in Turkey used Instagram to persuade at least eight young women from Shymkent to travel to Syria in 2014 and 2015.",
  [ev("propaganda", "recruiter", None, None, None, None, "reported", "Kazakh investigators"),
   ev("foreign_fighter_travel", "travel to Syria", {"start": "2014-01-01", "end": "2015-12-31", "precision": "year"}, country("Syria", "SY"), counts(fighters=(8, "at_least")), None, "reported", "Kazakh investigators")],
  "Two calendar years -> start of the first to end of the second, precision year. Recruitment via Instagram reported as an activity (not an arrest charge).")

pub = "2016-09-01"
P(LP, CA, pub, "A banner with a black flag and a threatening inscription in Arabic was hung overnight from a pedestrian bridge in Oskemen, police said, adding that they were checking CCTV footage.",
  [ev("propaganda", "banner", ago(pub, 1), OSKEMEN(), None, None, "reported", "police")],
  "'overnight' before a morning publication -> the previous day (night start).")

# ---------------------------------------------------------------- foreign fighter travel
pub = "2015-05-12"
P(W, CA, pub, "Around 300 Kazakh citizens, including women and children, have left for Syria and Iraq, the National Security Committee said.",
  [ev("foreign_fighter_travel", "have left for Syria", None, country("Syria", "SY"), counts(fighters=(300, "approximately")), None, "reported", NSC_KZ)],
  "Fighters count includes family members as the source gives a single figure.")

pub = "2016-03-15"
P(TR, CA, pub, "A 25-year-old resident of Kulyab who left for Syria in 2014 voluntarily returned to the homeland and surrendered to law enforcement bodies, the Ministry of Internal Affairs informs.",
  [ev("foreign_fighter_travel", "left for Syria", year(2014), country("Syria", "SY"), counts(fighters=1), None, "reported", MVD_TJ),
   ev("foreign_fighter_travel", "returned to the homeland", None, KULOB("Kulyab"), counts(fighters=1), None, "reported", MVD_TJ)],
  "Departure and return are two travel events; the return place is the home town.")

pub = "2019-01-10"
P(W, CA, pub, "Kazakhstan has flown 47 of its citizens, mostly women and children, home from Syria in a special operation, the security committee said.",
  [ev("foreign_fighter_travel", "flown 47 of its citizens", None, country("Kazakhstan", "KZ"), counts(individuals=47), None, "reported", NSC_KZ)],
  "Repatriation of fighters' families; counted as individuals (not fighters); place is the destination country of the return.")

pub = "2014-10-14"
P(BR, CA, pub, "Two brothers from Osh region were detained at Manas airport in Bishkek on Sunday as they tried to board a flight to Istanbul, allegedly on their way to join militants in Syria.",
  [ev("arrest", "were detained", on(pub, "sunday"), BISHKEK(), counts(arrested=2), None),
   ev("foreign_fighter_travel", "on their way to join militants", on(pub, "sunday"), country("Syria", "SY"), counts(fighters=2), None, "planned")],
  "Osh region is the home area, Bishkek (Manas airport) the place of arrest. Intended travel -> planned, place = intended destination.")

pub = "2017-10-18"
P(AN, CA, pub, "Researchers estimate that between 2,000 and 4,000 Central Asians travelled to Syria and Iraq between 2012 and 2016, with Uzbek and Tajik nationals forming the largest contingents.",
  [ev("foreign_fighter_travel", "travelled to Syria", {"start": "2012-01-01", "end": "2016-12-31", "precision": "year"}, country("Syria", "SY"), counts(fighters=(2000, "at_least")), None, "reported", "researchers")],
  "Range 2,000-4,000 -> lower bound at_least 2000 (guidelines: ranges keep the lower bound).")

pub = "2018-12-04"
P(LP, CA, pub, "Three men from Isfara who had fought with militants in Afghanistan crossed back into Tajikistan last month and gave themselves up to border guards.",
  [ev("foreign_fighter_travel", "crossed back into Tajikistan", last_month(pub), country("Tajikistan", "TJ"), counts(fighters=3), None)],
  "Return travel; place = the country of return, as named.")

pub = "2016-08-09"
P(W, CA, pub, "Kyrgyz intelligence officials said on Monday that about 500 citizens had gone to fight in Syria, up from 350 a year earlier.",
  [ev("foreign_fighter_travel", "had gone to fight", None, country("Syria", "SY"), counts(fighters=(500, "approximately")), None, "reported", GKNB_KG)],
  "Only the current figure is coded; 350 is a past comparison.")

pub = "2019-06-04"
P(TR, CA, pub, "In the framework of the humanitarian operation \"Zhusan\", in late May 231 citizens of Kazakhstan, among them 156 children, were evacuated from the zone of armed conflict in Syria.",
  [ev("foreign_fighter_travel", "were evacuated", part(2019, 5, "late"), country("Syria", "SY"), counts(individuals=231), None)],
  "Repatriation; 156 children is a sub-count and is not coded separately.")

pub = "2015-02-17"
P(BR, CA, pub, "A woman from Aktobe region and her three children crossed from Turkey into Syria in January to join her husband, relatives told reporters.",
  [ev("foreign_fighter_travel", "crossed from Turkey into Syria", in_month(pub, 1), country("Syria", "SY"), counts(fighters=4), None, "reported", "relatives")],
  "People travelling to a conflict are fighters, family members included; individuals is only for repatriated families.")
