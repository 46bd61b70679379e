"""Passages from Russia, the North and South Caucasus, and Afghanistan."""

from _d import *  # noqa: F403

# ---------------------------------------------------------------- Russia
pub = "2024-03-24"
P(W, EU, pub,
  "Gunmen in combat fatigues opened fire on concert-goers at Crocus City Hall in Krasnogorsk, just outside Moscow, "
  "on Friday evening and set the building ablaze, killing at least 133 people, Russian investigators said. Islamic "
  "State claimed responsibility.",
  [ev("attack", "opened fire", on(pub, "friday"), c("Krasnogorsk", "RU", "RU-MOS"), counts(killed=(133, "at_least")),
      actors(perp="Islamic State", target="civilians",
             reporter=["Investigative Committee of Russia", "Islamic State"]),
      "reported", "Investigative Committee of Russia")],
  "Real event (22 March 2024). The arson is part of the same assault. The sentence is credited to the "
  "investigators; the claim sets the perpetrator and is listed as a second reporter.")

pub = "2024-03-25"
P(CR, EU, pub,
  "Moscow's Basmanny district court on Sunday ordered four men charged over the Crocus City Hall attack to be held "
  "in pre-trial detention until 22 May; all four are citizens of Tajikistan.",
  [ev("prosecution", "charged", on(pub, "sunday"), c("Moscow", "RU", "RU-MOW"), None,
      actors(perp="Basmanny District Court")),
   ev("attack", "Crocus City Hall attack", None, None, None, None)],
  "The attack the case is about is a specific incident ('a sentencing and the attack it punishes'): coded, "
  "undated and unplaced, since the passage names neither. Nationality is not a place. Charges carry no "
  "count. 22 May is a custody deadline, not an event.")

pub = "2019-09-10"
P(SA, CAU, pub,
  "The National Anti-Terrorism Committee reports that on 9 September, in the Karabudakhkent district of the "
  "Republic of Dagestan, during a counter-terrorist operation two bandits who offered armed resistance were "
  "neutralised. There were no losses among law enforcement officers.",
  [ev("armed_clash", "counter-terrorist operation", day("2019-09-09"),
      r("Dagestan", "RU", "RU-DA", "Republic of Dagestan"), counts(attackers_killed=2, killed=0),
      actors(perp="security forces", reporter="National Anti-Terrorism Committee"),
      "reported", "National Anti-Terrorism Committee")],
  "'neutralised' = killed; 'no losses' -> killed 0 exact. District in a named republic -> the republic.")

pub = "2017-03-24"
P(W, CAU, pub,
  "Six members of Russia's National Guard were killed when militants stormed their base in Chechnya's Naurskaya "
  "district overnight, and all six attackers died in the ensuing gunfight, officials said.",
  [ev("attack", "stormed", yesterday(pub), r("Chechnya", "RU", "RU-CE"), counts(killed=6),
      actors(target="National Guard of Russia", reporter="Russian officials"), "reported", "Russian officials"),
   ev("armed_clash", "gunfight", yesterday(pub), r("Chechnya", "RU", "RU-CE"), counts(attackers_killed=6),
      actors(perp=["militants", "National Guard of Russia"], reporter="Russian officials"), "reported",
      "Russian officials")],
  "Raid on a base followed by a battle: attack + armed_clash; attackers' deaths stay on the gunfight that killed "
  "them. 'overnight' in a morning report -> publication - 1.")

pub = "2016-08-25"
P(LP, CAU, pub,
  "A suicide bomber blew himself up at a police checkpoint near Nazran on Tuesday evening, wounding three officers, "
  "the Ingush interior ministry said.",
  [ev("suicide_bombing", "blew himself up", on(pub, "tuesday"), c("Nazran", "RU", "RU-IN"),
      counts(injured=3, attackers_killed=1), actors(target="police", reporter="Ministry of Internal Affairs of Ingushetia"),
      "reported", "Ministry of Internal Affairs of Ingushetia")],
  "'near Nazran' -> Nazran.")

pub = "2018-05-21"
P(BR, CAU, pub,
  "Four men armed with knives and a shotgun attacked the Archangel Michael Orthodox church in Grozny on Saturday, "
  "killing a parishioner and two police officers before they were shot dead by security forces. Islamic State "
  "claimed responsibility.",
  [ev("attack", "attacked", on(pub, "saturday"), c("Grozny", "RU", "RU-CE"), counts(killed=3, attackers_killed=4),
      actors(perp="Islamic State", target=["worshippers", "police"], reporter="Islamic State"),
      "asserted", "Islamic State")],
  "One attack; the attackers shot dead while attacking go on it as attackers_killed (no separate battle is "
  "described). Claim sets perpetrator; text states the attack -> asserted.")

pub = "2024-03-08"
P(W, EU, pub,
  "Russia's Federal Security Service said on Thursday it had foiled a plot by an Islamic State cell to attack a "
  "synagogue in Moscow, killing two Kazakh nationals who opened fire as officers tried to detain them in the "
  "Kaluga region.",
  [ev("plot_disrupted", "foiled a plot", None, r("Kaluga Oblast", "RU", "RU-KLU", "Kaluga region"), counts(groups=1),
      actors(perp="Federal Security Service", target="Islamic State", reporter="Federal Security Service"),
      "reported", "Federal Security Service"),
   ev("armed_clash", "opened fire", None, r("Kaluga Oblast", "RU", "RU-KLU", "Kaluga region"),
      counts(attackers_killed=2),
      actors(perp=["Federal Security Service", "Islamic State"], reporter="Federal Security Service"),
      "reported", "Federal Security Service")],
  "The plotted attack on Moscow is never coded; the disruption happened in Kaluga region. 'Kazakh nationals' is "
  "nationality. 'said on Thursday' dates the report only.")

pub = "2020-06-17"
P(CR, EU, pub,
  "The Southern District Military Court in Rostov-on-Don on Tuesday sentenced 11 residents of Crimea to between 12 "
  "and 19 years in prison for organising a Hizb ut-Tahrir cell in Bakhchysarai.",
  [ev("prosecution", "sentenced", on(pub, "tuesday"), c("Rostov-on-Don", "RU", "RU-ROS"), counts(convicted=11),
      actors(perp="Southern District Military Court", target="Hizb ut-Tahrir"))],
  "Membership/organising is generic. Crimea is home, not the event place.")

pub = "2017-04-04"
P(W, EU, pub,
  "The suicide bomber who killed 14 people on the St Petersburg metro on Monday was a 22-year-old native of Osh, "
  "Kyrgyzstan's security service said on Tuesday.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "monday"), c("Saint Petersburg", "RU", "RU-SPE", "St Petersburg"),
      counts(killed=14, attackers_killed=1),
      actors(target="civilians", reporter="State Committee for National Security of Kyrgyzstan"),
      "reported", "State Committee for National Security of Kyrgyzstan")],
  "Osh is the bomber's birthplace, not an event place. Hmm: the toll is given as background to the identification; "
  "still the whole sentence is credited to the Kyrgyz service.")

pub = "2023-10-30"
P(W, CAU, pub,
  "Hundreds of men shouting antisemitic slogans broke into the airport in Makhachkala on Sunday evening, hunting "
  "for passengers from a flight from Tel Aviv; more than 20 people, including police officers, were injured and 60 "
  "were detained, Dagestan's interior ministry said.",
  [ev("protest", "broke into the airport", on(pub, "sunday"), c("Makhachkala", "RU", "RU-DA"),
      counts(injured=(20, "at_least")),
      actors(perp="protesters", target="passengers", reporter="Ministry of Internal Affairs of Dagestan"),
      "reported", "Ministry of Internal Affairs of Dagestan"),
   ev("arrest", "detained", on(pub, "sunday"), c("Makhachkala", "RU", "RU-DA"), counts(arrested=60),
      actors(perp="police", target="protesters", reporter="Ministry of Internal Affairs of Dagestan"),
      "reported", "Ministry of Internal Affairs of Dagestan")],
  "Hmm: a mob riot; coded as protest (riot that started as a protest). Injuries go on the first event; the "
  "sub-count 'including police officers' is not coded.")

pub = "2022-09-26"
P(BR, CAU, pub,
  "Police in Makhachkala detained more than 100 people on Sunday as women and young men blocked a central avenue to "
  "protest against the mobilisation, the rights group OVD-Info said.",
  [ev("arrest", "detained", on(pub, "sunday"), c("Makhachkala", "RU", "RU-DA"), counts(arrested=(100, "at_least")),
      actors(perp="police", target="protesters", reporter="OVD-Info"), "reported", "OVD-Info"),
   ev("protest", "protest against the mobilisation", on(pub, "sunday"), c("Makhachkala", "RU", "RU-DA"), None,
      actors(perp="protesters", target="Government of Russia", reporter="OVD-Info"), "reported", "OVD-Info")],
  "'more than 100' -> 100 at_least.")

pub = "2021-04-13"
P(SA, EU, pub,
  "The National Anti-Terrorism Committee decided to raise the level of terrorist danger to 'high' (yellow) in the "
  "territory of the Belgorod region from 12 April for a period of 15 days.",
  [ev("statement", "raise the level of terrorist danger", day("2021-04-12"),
      r("Belgorod Oblast", "RU", "RU-BEL", "Belgorod region"), None, actors(perp="National Anti-Terrorism Committee"))],
  "Change of threat level -> statement; '15 days' is a duration.")

pub = "2019-10-14"
P(TR, CAU, pub,
  "On Monday, command-staff counter-terrorism exercises involving about 1,500 servicemen of the Southern Military "
  "District began simultaneously in Chechnya, Dagestan and Ingushetia.",
  [ev("military_exercise", "counter-terrorism exercises", on(pub, "monday"), r("Chechnya", "RU", "RU-CE"), None,
      actors(perp="Southern Military District"))],
  "Troop numbers are not counted; first-named republic.")

pub = "2021-02-04"
P(LP, CAU, pub,
  "Three suspected militants were killed in a shootout with security forces in a forest near Baksan on Wednesday "
  "after they refused to surrender, the Kabardino-Balkarian branch of the Interior Ministry reported.",
  [ev("armed_clash", "shootout", on(pub, "wednesday"), c("Baksan", "RU", "RU-KB"), counts(attackers_killed=3),
      actors(perp=["security forces", "militants"], reporter="Ministry of Internal Affairs of Kabardino-Balkaria"),
      "reported", "Ministry of Internal Affairs of Kabardino-Balkaria")])

pub = "2019-12-27"
P(BR, CAU, pub,
  "A plane carrying 26 children from camps in Iraq landed in Grozny on Thursday, the latest group brought home "
  "under a programme run by the Chechen leadership and the Russian children's ombudsman.",
  [ev("foreign_fighter_travel", "brought home", on(pub, "thursday"), c("Grozny", "RU", "RU-CE"),
      counts(individuals=26), actors(perp=["Government of Chechnya", "Children's Ombudsman of Russia"]))],
  "Repatriated children -> individuals; the place returned to is Grozny.")

pub = "2022-07-19"
P(W, EU, pub,
  "A military court in Moscow on Monday jailed a Tatarstan-born student for 6 years for a series of Instagram posts "
  "that prosecutors said justified terrorism; his lawyer said he would appeal.",
  [ev("prosecution", "jailed", on(pub, "monday"), c("Moscow", "RU", "RU-MOW"), counts(convicted=1),
      actors(perp="court"))],
  "'Tatarstan-born' is a birthplace. The posts are the generic offence.")

pub = "2023-06-06"
P(AN, EU, pub,
  "Russian security services reported 47 thwarted terrorist plots in the first five months of the year, most of "
  "them attributed to lone sympathisers of Islamic State radicalised online.",
  [],
  "Aggregate statistic of past disruptions over a period, without a specific disruption: treated as a negative "
  "(analysis of trends). Hmm: could be coded as one plot_disrupted with a count; left out as a statistic.")

# ---------------------------------------------------------------- South Caucasus
pub = "2022-09-14"
P(W, CAU, pub,
  "Armenia said 49 of its soldiers were killed on Tuesday when Azerbaijani forces shelled towns including Jermuk "
  "and Goris; Baku said it was responding to 'large-scale provocations' by Armenian units.",
  [ev("armed_clash", "shelled", on(pub, "tuesday"), c("Jermuk", "AM", "AM-VD"), counts(killed=49),
      actors(perp="Armed Forces of Azerbaijan", target="Armed Forces of Armenia", reporter="Government of Armenia"),
      "reported", "Government of Armenia")],
  "Interstate fire -> armed_clash. Baku is a capital used as a metonym for the government, not a place.")

pub = "2017-11-23"
P(W, CAU, pub,
  "Georgian special forces killed three suspected militants, including Chechen-born Islamic State commander Akhmed "
  "Chatayev, during a 20-hour operation at an apartment block in Tbilisi on Tuesday and Wednesday; one officer was "
  "killed, the State Security Service said.",
  [ev("armed_clash", "operation", days("2017-11-21", "2017-11-22"), c("Tbilisi", "GE", "GE-TB"),
      counts(attackers_killed=3, killed=1),
      actors(perp=["State Security Service of Georgia", "Islamic State"], reporter="State Security Service of Georgia"),
      "reported", "State Security Service of Georgia")],
  "Siege fighting -> armed_clash. 'Chechen-born' is a birthplace; '20-hour' is a duration.")

pub = "2020-08-11"
P(SA, CAU, pub,
  "The State Security Service of the Republic of Azerbaijan reports that 11 persons were detained in Sumgait and "
  "Baku who, on the instructions of foreign special services, were preparing terrorist acts at crowded places.",
  [ev("plot_disrupted", "preparing terrorist acts", None, c("Sumqayit", "AZ", "AZ-SM", "Sumgait"), None,
      actors(perp="State Security Service of Azerbaijan", reporter="State Security Service of Azerbaijan"),
      "reported", "State Security Service of Azerbaijan"),
   ev("arrest", "detained", None, c("Sumqayit", "AZ", "AZ-SM", "Sumgait"), counts(arrested=11),
      actors(perp="State Security Service of Azerbaijan", reporter="State Security Service of Azerbaijan"),
      "reported", "State Security Service of Azerbaijan")],
  "Sumgait -> Sumqayit, first named. No cell wording -> no groups count.")

pub = "2018-03-01"
P(BR, CAU, pub,
  "Azerbaijan's Milli Majlis on Tuesday adopted amendments to the Criminal Code that raise the maximum penalty for "
  "financing terrorism to 15 years and make travel to fight abroad a separate offence.",
  [ev("legislation", "adopted amendments", on(pub, "tuesday"), country("Azerbaijan", "AZ", "Azerbaijan"), None,
      actors(perp="National Assembly of Azerbaijan"))],
  "Institution named with the country; 15 years is a penalty.")

pub = "2016-04-05"
P(W, CAU, pub,
  "Armenian and Azerbaijani forces fought with tanks and artillery along the Nagorno-Karabakh line of contact for a "
  "third day on Monday, with the death toll rising to at least 46, according to figures from both sides.",
  [ev("armed_clash", "fought", on(pub, "monday"), country("Azerbaijan", "AZ", "Nagorno-Karabakh"),
      counts(killed=(46, "at_least")),
      actors(perp=["Armed Forces of Armenia", "Armed Forces of Azerbaijan"], reporter="Armenian and Azerbaijani officials"),
      "reported", "Armenian and Azerbaijani officials")],
  "Nagorno-Karabakh has no ISO subdivision: country-level (Azerbaijan), text 'Nagorno-Karabakh'. Hmm: 'for a third "
  "day on Monday' - dated to Monday, the day reported.")

# ---------------------------------------------------------------- Afghanistan
pub = "2022-09-30"
P(W, SAS, pub,
  "A suicide bomber struck a tutoring centre in the Dasht-e-Barchi neighbourhood of western Kabul on Friday as "
  "hundreds of students sat a practice university entrance exam, killing at least 19 people, police said.",
  [ev("suicide_bombing", "suicide bomber", today(pub), c("Kabul", "AF", "AF-KAB"),
      counts(killed=(19, "at_least"), attackers_killed=1), actors(target="students", reporter="police"),
      "reported", "police")],
  "'hundreds of students' are the crowd, not casualties.")

pub = "2021-10-09"
P(BR, SAS, pub,
  "An Islamic State suicide bomber attacked a Shia mosque in the northern city of Kunduz on Friday, killing at least "
  "46 worshippers in the deadliest attack since US forces left Afghanistan.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "friday"), c("Kunduz", "AF", "AF-KDZ"),
      counts(killed=(46, "at_least"), attackers_killed=1), actors(perp="Islamic State", target="worshippers"))],
  "The US withdrawal is background.")

pub = "2022-05-09"
P(LP, SAS, pub,
  "Taliban fighters and the National Resistance Front clashed in the Andarab valley of Baghlan province over the "
  "weekend, with both sides claiming to have inflicted heavy casualties.",
  [ev("armed_clash", "clashed", last_weekend(pub), r("Baghlan", "AF", "AF-BGL", "Baghlan province"), None,
      actors(perp=["Taliban", "National Resistance Front"]))],
  "Valley inside a named province -> the province; 'heavy casualties' is no count.")

pub = "2019-06-19"
P(AN, SAS, pub,
  "On Tuesday the Taliban's Voice of Jihad website published a 40-minute video showing dozens of young men "
  "graduating from what it called a 'martyrdom-seekers' camp in Helmand.",
  [ev("propaganda", "published a 40-minute video", on(pub, "tuesday"), r("Helmand", "AF", "AF-HEL"), None,
      actors(perp="Taliban"))],
  "Video place = the place it shows. People shown in a video are not counted; '40-minute' is a duration.")

pub = "2020-04-13"
P(W, SAS, pub,
  "Afghanistan's intelligence agency said on Sunday it had arrested three members of an Islamic State cell in "
  "Jalalabad who were planning attacks on Sikh and Hindu places of worship.",
  [ev("plot_disrupted", "planning attacks", None, c("Jalalabad", "AF", "AF-NAN"), counts(groups=1),
      actors(perp="National Directorate of Security", target="Islamic State", reporter="National Directorate of Security"),
      "reported", "National Directorate of Security"),
   ev("arrest", "arrested", None, c("Jalalabad", "AF", "AF-NAN"), counts(arrested=3),
      actors(perp="National Directorate of Security", target="Islamic State", reporter="National Directorate of Security"),
      "reported", "National Directorate of Security")])

pub = "2022-09-05"
P(W, SAS, pub,
  "Two Russian embassy employees were among six people killed when a suicide bomber detonated explosives near the "
  "entrance of the embassy in Kabul on Monday, the Russian foreign ministry said.",
  [ev("suicide_bombing", "suicide bomber", today(pub), c("Kabul", "AF", "AF-KAB"),
      counts(killed=6, attackers_killed=1),
      actors(target="Embassy of Russia", reporter="Ministry of Foreign Affairs of Russia"),
      "reported", "Ministry of Foreign Affairs of Russia")],
  "Sub-count of embassy staff not coded.")

pub = "2023-02-27"
P(W, SAS, pub,
  "Taliban security forces said they had killed two senior Islamic State commanders, including the group's head of "
  "intelligence, in a raid on a hideout in Kabul's Khair Khana district on Monday.",
  [ev("armed_clash", "raid", on(pub, "monday"), c("Kabul", "AF", "AF-KAB"), counts(attackers_killed=2),
      actors(perp=["Taliban", "Islamic State"], reporter="Taliban"), "reported", "Taliban")],
  "Security operation against an armed group -> armed_clash. Hmm: 'said ... on Monday' - here 'on Monday' follows "
  "the raid and dates it.")

pub = "2016-07-24"
P(W, SAS, pub,
  "Two Islamic State suicide bombers blew themselves up among thousands of ethnic Hazaras protesting over the route "
  "of a power line in Kabul on Saturday, killing at least 80 people and wounding more than 230.",
  [ev("suicide_bombing", "blew themselves up", on(pub, "saturday"), c("Kabul", "AF", "AF-KAB"),
      counts(killed=(80, "at_least"), injured=(230, "at_least"), attackers_killed=2),
      actors(perp="Islamic State", target="protesters")),
   ev("protest", "protesting", on(pub, "saturday"), c("Kabul", "AF", "AF-KAB"), None,
      actors(perp="Hazaras", target="Government of Afghanistan"))],
  "Real event (Deh Mazang, 23 July 2016). Deaths at a protest go to the attack on it. 'Two ... suicide bombers' -> "
  "attackers_killed 2.")

pub = "2018-08-16"
P(BR, SAS, pub,
  "Afghan and Pakistani border forces exchanged mortar fire near the Torkham crossing on Wednesday, forcing the "
  "closure of the main trade route between the two countries.",
  [ev("armed_clash", "exchanged mortar fire", on(pub, "wednesday"), c("Torkham", "AF", "AF-NAN"), None,
      actors(perp=["Afghan Border Police", "Frontier Corps"]))],
  "Interstate border fire. Hmm: Torkham straddles the border; coded on the Afghan side (Nangarhar).")

pub = "2021-01-18"
P(W, SAS, pub,
  "Unidentified gunmen shot dead two female judges of Afghanistan's Supreme Court in Kabul on Sunday morning as they "
  "were being driven to work, police said; no group claimed the killing.",
  [ev("attack", "shot dead", on(pub, "sunday"), c("Kabul", "AF", "AF-KAB"), counts(killed=2),
      actors(target="Supreme Court of Afghanistan", reporter="police"), "reported", "police")],
  "Unnamed attackers -> no perpetrator.")

pub = "2020-11-24"
P(LP, SAS, pub,
  "A roadside bomb struck a minibus carrying civil servants in Herat's Guzara district on Monday evening, killing "
  "four passengers and injuring nine, the provincial governor's spokesman said.",
  [ev("bombing", "roadside bomb", on(pub, "monday"), r("Herat", "AF", "AF-HER"), counts(killed=4, injured=9),
      actors(target="civilians", reporter="Governor of Herat"), "reported", "Governor of Herat")],
  "Hmm: 'Herat's Guzara district' - Herat is both city and province; a district inside it is the province.")

pub = "2021-08-12"
P(W, SAS, pub,
  "Taliban fighters captured Ghazni, a provincial capital 150 km south-west of Kabul, on Thursday after fierce "
  "fighting with government troops, officials said.",
  [ev("armed_clash", "fighting", on(pub, "thursday"), c("Ghazni", "AF", "AF-GHA"), None,
      actors(perp=["Taliban", "Afghan National Army"], reporter="Afghan officials"), "reported", "Afghan officials")],
  "Kabul is a distance reference, not the place.")

pub = "2018-01-29"
P(W, SAS, pub,
  "Afghanistan declared a national day of mourning on Sunday after a bomb hidden in an ambulance exploded on a "
  "crowded Kabul street the day before, killing at least 95 people; the Taliban said they carried out the attack.",
  [ev("statement", "declared a national day of mourning", on(pub, "sunday"), country("Afghanistan", "AF"), None,
      actors(perp="Government of Afghanistan")),
   ev("bombing", "bomb hidden in an ambulance", on(pub, "saturday"), c("Kabul", "AF", "AF-KAB"),
      counts(killed=(95, "at_least")), actors(perp="Taliban", target="civilians", reporter="Taliban"),
      "asserted", "Taliban")],
  "Real event (27 Jan 2018). 'the day before' a Sunday -> Saturday. Hmm: 'bomb hidden in an ambulance' - the "
  "driver's fate is not stated, so not a suicide bombing. A declaration of mourning is a formal declaration.")
