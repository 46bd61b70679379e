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

# ---------------------------------------------------------------- multi-event passages
pub = "2021-10-21"
P(LP, CA, pub,
  "A court in Kulyab on Wednesday sentenced a 30-year-old local man to 14 years in prison for fighting in the ranks "
  "of a terrorist organisation in Syria; he crossed back into Tajikistan from Afghanistan in 2019.",
  [ev("prosecution", "sentenced", on(pub, "wednesday"), c("Kulob", "TJ", "TJ-KT", "Kulyab"), counts(convicted=1),
      actors(perp="court")),
   ev("foreign_fighter_travel", "crossed back into Tajikistan", year(2019), country("Tajikistan", "TJ"),
      counts(fighters=1))],
  "Kulyab -> Kulob. The return names the home country as the place returned to. The fighting in Syria is the "
  "offence; the dated return is the coded travel event. Afghanistan is a transit point.")

pub = "2020-10-21"
P(W, AF, pub,
  "Soldiers opened fire on protesters at the Lekki toll gate in Lagos on Tuesday night, killing at least 12 people, "
  "Amnesty International said, as demonstrations against police brutality entered their third week.",
  [ev("attack", "opened fire", on(pub, "tuesday"), c("Lagos", "NG", "NG-LA"), counts(killed=(12, "at_least")),
      actors(perp="Nigerian Army", target="protesters", reporter="Amnesty International"),
      "reported", "Amnesty International"),
   ev("protest", "protesters", on(pub, "tuesday"), c("Lagos", "NG", "NG-LA"), None,
      actors(perp="protesters", target="police", reporter="Amnesty International"), "reported", "Amnesty International")],
  "Live fire on protesters is a separate attack; deaths go to the attack. 'third week' is not a date.")

pub = "2024-06-13"
P(W, SAS, pub,
  "Pakistan's National Assembly passed an anti-terrorism amendment on Wednesday allowing the armed forces to hold "
  "suspects for up to three months without charge, as dozens of lawyers protested outside parliament in Islamabad.",
  [ev("legislation", "passed an anti-terrorism amendment", on(pub, "wednesday"), country("Pakistan", "PK"), None,
      actors(perp="National Assembly of Pakistan")),
   ev("protest", "protested", on(pub, "wednesday"), c("Islamabad", "PK", "PK-IS"), None,
      actors(perp="lawyers", target="National Assembly of Pakistan"))],
  "'three months' is a detention period. Protester numbers are not counted.")

pub = "2022-09-18"
P(BR, CA, pub,
  "Kyrgyzstan's Security Council on Saturday ordered additional army units to the border with Tajikistan and warned "
  "that any further provocation would be met with all available means.",
  [ev("military_exercise", "ordered additional army units", on(pub, "saturday"), country("Kyrgyzstan", "KG"), None,
      actors(perp="Security Council of Kyrgyzstan")),
   ev("statement", "warned", on(pub, "saturday"), country("Kyrgyzstan", "KG"), None,
      actors(perp="Security Council of Kyrgyzstan"))],
  "A state's own deployment at home and its warning: both placed by the country word in the body's name.")

pub = "2017-09-26"
P(LP, ME, pub,
  "Posters glorifying the Kurdistan Workers' Party appeared on the walls of Dicle University in Diyarbakir on Monday, "
  "and police detained five students on Tuesday.",
  [ev("propaganda", "Posters", on(pub, "monday"), c("Diyarbakir", "TR", "TR-21"), None,
      actors(other="Kurdistan Workers' Party")),
   ev("arrest", "detained", today(pub), c("Diyarbakir", "TR", "TR-21"), counts(arrested=5), actors(perp="police"))],
  "Hmm: the students' link to the posters is implied, so the posters are still reported as occurring and coded.")

pub = "2023-09-27"
P(CR, EU, pub,
  "A Frankfurt court on Tuesday sentenced a 28-year-old Syrian to six years in prison for planning a bomb attack; "
  "he was arrested in Kassel in November 2022 after police found chemicals for making explosives in his flat, "
  "foiling the plot.",
  [ev("prosecution", "sentenced", on(pub, "tuesday"), c("Frankfurt am Main", "DE", "DE-HE", "Frankfurt"),
      counts(convicted=1), actors(perp="court")),
   ev("arrest", "arrested", month(2022, 11), c("Kassel", "DE", "DE-HE"), counts(arrested=1), actors(perp="police")),
   ev("plot_disrupted", "foiling the plot", month(2022, 11), c("Kassel", "DE", "DE-HE"), counts(individuals=1),
      actors(perp="police"))],
  "Sentencing, the earlier arrest and the disruption it achieved. 'Syrian' is nationality; age and sentence are "
  "not counts.")

pub = "2025-10-03"
P(W, EU, pub,
  "A man drove a car into people and stabbed a security guard outside a synagogue in north Manchester on Thursday, "
  "killing two people before armed officers shot him dead. Police later arrested three people on suspicion of "
  "preparing acts of terrorism, and the British prime minister condemned the attack as appalling.",
  [ev("attack", "drove a car into people", on(pub, "thursday"), c("Manchester", "GB", "GB-ENG"),
      counts(killed=2, attackers_killed=1), actors(target="worshippers")),
   ev("arrest", "arrested", None, c("Manchester", "GB", "GB-ENG"), counts(arrested=3), actors(perp="police")),
   ev("statement", "condemned", None, country("United Kingdom", "GB", "British"), None,
      actors(perp="Prime Minister of the United Kingdom"))],
  "Ramming and stabbing are one attack. 'later' -> null. The condemnation is a statement placed by the demonym; "
  "its object is recounted separately, so the attack is still coded.")

pub = "2025-03-24"
P(W, ME, pub,
  "Turkish police have detained more than 1,100 people during protests in Istanbul, Ankara and Izmir since the "
  "arrest of Istanbul mayor Ekrem Imamoglu, the interior minister said on Monday.",
  [ev("arrest", "detained", None, c("Istanbul", "TR", "TR-34"), counts(arrested=(1100, "at_least")),
      actors(perp="police", target="protesters", reporter="Minister of Interior of Turkey"),
      "reported", "Minister of Interior of Turkey"),
   ev("protest", "protests", None, c("Istanbul", "TR", "TR-34"), None,
      actors(perp="protesters", reporter="Minister of Interior of Turkey"), "reported", "Minister of Interior of Turkey"),
   ev("arrest", "arrest of Istanbul mayor Ekrem Imamoglu", None, None, counts(arrested=1),
      actors(target="Ekrem Imamoglu", reporter="Minister of Interior of Turkey"), "reported",
      "Minister of Interior of Turkey")],
  "Three events. 'since the arrest' gives no date. Hmm: the mayor's arrest place is not stated; 'Istanbul' in "
  "his title is not an event place.")

pub = "2024-04-13"
P(AN, SAS, pub,
  "On 1 March, an improvised bomb hidden in a bag exploded at a popular cafe in Bengaluru, injuring 10 people; on "
  "Friday the National Investigation Agency arrested the two main suspects in Kolkata.",
  [ev("bombing", "improvised bomb", day("2024-03-01"), c("Bengaluru", "IN", "IN-KA"), counts(injured=10),
      actors(target="civilians")),
   ev("arrest", "arrested", on(pub, "friday"), c("Kolkata", "IN", "IN-WB"), counts(arrested=2),
      actors(perp="National Investigation Agency"))])

pub = "2021-02-11"
P(AN, AF, pub,
  "In October 2020 a Nairobi court convicted two men of helping the gunmen who attacked the Westgate shopping mall in "
  "Nairobi in September 2013, killing 67 people.",
  [ev("prosecution", "convicted", month(2020, 10), c("Nairobi", "KE", "KE-30"), counts(convicted=2),
      actors(perp="court")),
   ev("attack", "attacked", month(2013, 9), c("Nairobi", "KE", "KE-30"), counts(killed=67))],
  "The conviction and the attack it punishes, recounted with month, place and toll.")

pub = "2019-06-03"
P(W, CA, pub,
  "Turkish police detained 11 Tajik nationals at Istanbul airport on Sunday as they tried to travel on to Syria to "
  "join Islamic State, Tajikistan's interior ministry said.",
  [ev("arrest", "detained", on(pub, "sunday"), c("Istanbul", "TR", "TR-34"), counts(arrested=11),
      actors(perp="police", reporter="Ministry of Internal Affairs of Tajikistan"),
      "reported", "Ministry of Internal Affairs of Tajikistan"),
   ev("foreign_fighter_travel", "travel on to Syria", None, country("Syria", "SY"), counts(fighters=11),
      actors(other="Islamic State", reporter="Ministry of Internal Affairs of Tajikistan"),
      "planned", "Ministry of Internal Affairs of Tajikistan")],
  "Intercepted travel -> planned, destination Syria; Istanbul is the arrest place (a transit point for the travel). "
  "Region follows the travellers' origin.")

pub = "2019-09-24"
P(SA, CA, pub,
  "The Ministry of Defence of the Republic of Uzbekistan reports that units stationed in Surkhandarya region have "
  "been put on heightened alert along the border with Afghanistan, and that live-fire drills will be held near "
  "Termez on Thursday.",
  [ev("military_exercise", "put on heightened alert", None,
      r("Surkhandarya Region", "UZ", "UZ-SU", "Surkhandarya region"), None,
      actors(perp="Armed Forces of Uzbekistan", reporter="Ministry of Defence of Uzbekistan"),
      "reported", "Ministry of Defence of Uzbekistan"),
   ev("military_exercise", "live-fire drills", None, c("Termez", "UZ", "UZ-SU"), None,
      actors(perp="Armed Forces of Uzbekistan", reporter="Ministry of Defence of Uzbekistan"),
      "planned", "Ministry of Defence of Uzbekistan")],
  "A security surge and a separate future drill ('on Thursday' is future -> null, planned). 'near Termez' -> Termez.")

pub = "2022-01-05"
P(BR, CA, pub,
  "President Kassym-Jomart Tokayev declared a two-week state of emergency in Almaty and Mangystau region on "
  "Wednesday after protesters clashed with police in Almaty overnight and tried to storm the city administration.",
  [ev("statement", "declared a two-week state of emergency", today(pub), c("Almaty", "KZ", "KZ-ALA"), None,
      actors(perp="President of Kazakhstan")),
   ev("protest", "clashed with police", yesterday(pub), c("Almaty", "KZ", "KZ-ALA"), None,
      actors(perp="protesters", target="police"))],
  "Hmm: the declaration names the places it covers; coded at the first-named. A protest that turns into clashes "
  "with police (no live fire) stays a protest. 'two-week' is a duration.")

pub = "2020-11-13"
P(LP, CA, pub,
  "Prosecutors in Bishkek on Thursday charged the blogger Aibek Tokonov, who was detained last month after the "
  "post-election unrest, with calling for mass riots.",
  [ev("prosecution", "charged", on(pub, "thursday"), c("Bishkek", "KG", "KG-GB"), None,
      actors(perp="prosecutors", target="Aibek Tokonov")),
   ev("arrest", "detained", last_month(pub), None, counts(arrested=1), actors(target="Aibek Tokonov"))],
  "Fictional name. Charges carry no count. The detention place is not stated; the unrest is background.")

pub = "2023-10-14"
P(W, SAS, pub,
  "A suicide bomber killed at least seven worshippers at a Shia mosque in Pul-e-Khumri, the capital of Baghlan "
  "province, on Friday. The UN mission in Afghanistan condemned the bombing in the strongest terms.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "friday"), c("Pul-e Khumri", "AF", "AF-BGL", "Pul-e-Khumri"),
      counts(killed=(7, "at_least"), attackers_killed=1), actors(target="worshippers")),
   ev("statement", "condemned", None, None, None, actors(perp="United Nations Assistance Mission in Afghanistan"))],
  "The bombing is recounted in its own sentence, so coded; the condemnation is a statement with no place or date.")

pub = "2022-05-18"
P(BR, CA, pub,
  "A court in Dushanbe on Tuesday jailed a 25-year-old man for 15 years for appearing in an Islamic State video, "
  "released last year, in which masked fighters threatened Tajik officials.",
  [ev("prosecution", "jailed", on(pub, "tuesday"), c("Dushanbe", "TJ", "TJ-DU"), counts(convicted=1),
      actors(perp="court")),
   ev("propaganda", "Islamic State video", last_year(pub), None, None, actors(perp="Islamic State"))],
  "The video's release is recounted with a year, so it is coded; no place is given. 'Tajik officials' are a target "
  "description, not a place.")

pub = "2023-02-22"
P(LP, SAS, pub,
  "Villagers in Nuh blocked a highway on Tuesday to protest against the killing of two Muslim men whose charred "
  "bodies were found in a burnt-out car in Haryana's Bhiwani district last week.",
  [ev("protest", "blocked a highway", on(pub, "tuesday"), c("Nuh", "IN", "IN-HR"), None, actors(perp="villagers")),
   ev("attack", "killing", last_week(pub), c("Bhiwani", "IN", "IN-HR"), counts(killed=2), actors(target="civilians"))],
  "Hmm: 'last week' attaches to the finding of the bodies; used for the killing too. District named after its town.")

pub = "2021-07-08"
P(W, CA, pub,
  "Kyrgyz security services detained a 34-year-old woman at Bishkek's Manas airport on Wednesday on her return from "
  "Syria, where she had lived with an Islamic State fighter since 2015.",
  [ev("arrest", "detained", on(pub, "wednesday"), c("Bishkek", "KG", "KG-GB"), counts(arrested=1),
      actors(perp="State Committee for National Security of Kyrgyzstan")),
   ev("foreign_fighter_travel", "return from Syria", on(pub, "wednesday"), c("Bishkek", "KG", "KG-GB"),
      counts(fighters=1), actors(other="Islamic State"))],
  "The return's arrival place is named (Bishkek's airport). 'since 2015' is a duration of stay. Hmm: 'Kyrgyz "
  "security services' resolved to the GKNB.")

# ---------------------------------------------------------------- denied and hypothetical, more multi-event
pub = "2022-01-28"
P(W, CA, pub,
  "Tajikistan's foreign ministry on Friday rejected Kyrgyz claims that Tajik troops had fired mortars at the village "
  "of Maksat in the Batken region overnight, calling the accusation a provocation.",
  [ev("armed_clash", "fired mortars", yesterday(pub), c("Maksat", "KG", "KG-B"), None,
      actors(perp="Armed Forces of Tajikistan", reporter="Ministry of Foreign Affairs of Tajikistan"),
      "denied", "Ministry of Foreign Affairs of Tajikistan")],
  "Alleged interstate fire denied by the key party -> denied. 'overnight' -> publication - 1. Hmm: firing at a "
  "village might be read as an attack on civilians; kept as interstate border fire.")

pub = "2021-05-12"
P(BR, SAS, pub,
  "Pakistan's army denied reports on Wednesday that its intelligence officers had detained a journalist in Peshawar "
  "over his coverage of military operations in the tribal districts.",
  [ev("arrest", "detained", None, c("Peshawar", "PK", "PK-KP"), counts(arrested=1),
      actors(perp="Inter-Services Intelligence", target="journalists", reporter="Pakistan Army"),
      "denied", "Pakistan Army")],
  "Denied arrest; the operations are background.")

pub = "2023-06-20"
P(W, CA, pub,
  "Uzbekistan would ban face-covering clothing in public places if a Justice Ministry proposal is approved by the "
  "government, a member of the Legislative Chamber said on Tuesday.",
  [ev("legislation", "ban face-covering clothing", None, country("Uzbekistan", "UZ"), None,
      actors(perp="Government of Uzbekistan", reporter="Legislative Chamber of Uzbekistan"),
      "hypothetical", "Legislative Chamber of Uzbekistan")],
  "Conditional ban -> hypothetical. Hmm: 'a member of the Legislative Chamber' named only by the body.")

pub = "2022-10-19"
P(W, ME, pub,
  "Turkey could launch a new ground operation in northern Syria if attacks by Kurdish militants on its troops "
  "continue, President Tayyip Erdogan said on Wednesday.",
  [ev("armed_clash", "ground operation", None, country("Syria", "SY"), None,
      actors(perp="Turkish Armed Forces", reporter="President of Turkey"), "hypothetical", "President of Turkey")],
  "An actor's conditional action -> hypothetical. The continuing attacks are undetailed.")

pub = "2024-05-27"
P(TR, CA, pub,
  "The National Security Committee of the Republic of Kazakhstan reports that seven members of a clandestine cell "
  "were detained in the Almaty region who were preparing terrorist attacks on law enforcement agencies and who "
  "also recorded videos calling for jihad.",
  [ev("plot_disrupted", "preparing terrorist attacks", None, r("Almaty Region", "KZ", "KZ-ALM", "Almaty region"),
      counts(groups=1),
      actors(perp="National Security Committee of Kazakhstan", reporter="National Security Committee of Kazakhstan"),
      "reported", "National Security Committee of Kazakhstan"),
   ev("arrest", "detained", None, r("Almaty Region", "KZ", "KZ-ALM", "Almaty region"), counts(arrested=7),
      actors(perp="National Security Committee of Kazakhstan", reporter="National Security Committee of Kazakhstan"),
      "reported", "National Security Committee of Kazakhstan")],
  "A clandestine cell -> groups 1. The videos are part of the generic offence, not a propaganda event. Almaty "
  "region (KZ-ALM), not the city.")

pub = "2021-10-04"
P(LP, CAU, pub,
  "The Supreme Court of Dagestan on Monday sentenced three men to life imprisonment for the shooting of two traffic "
  "police officers in Khasavyurt in the summer of 2019.",
  [ev("prosecution", "sentenced", today(pub), r("Dagestan", "RU", "RU-DA"), counts(convicted=3),
      actors(perp="Supreme Court of Dagestan")),
   ev("attack", "shooting", season(2019, "summer"), c("Khasavyurt", "RU", "RU-DA"), None,
      actors(target="police"))],
  "The court's name carries the republic. 'the shooting of two traffic police officers' does not say whether they "
  "died, so no count.")

pub = "2023-06-20"
P(W, CAU, pub,
  "Thousands of protesters blocked streets in Yerevan on Monday demanding the prime minister's resignation over "
  "the border deal with Azerbaijan, and police detained 151 people, the interior ministry said.",
  [ev("protest", "blocked streets", on(pub, "monday"), c("Yerevan", "AM", "AM-ER"), None,
      actors(perp="protesters", target="Prime Minister of Armenia", reporter="Ministry of Internal Affairs of Armenia"),
      "reported", "Ministry of Internal Affairs of Armenia"),
   ev("arrest", "detained", on(pub, "monday"), c("Yerevan", "AM", "AM-ER"), counts(arrested=151),
      actors(perp="police", target="protesters", reporter="Ministry of Internal Affairs of Armenia"),
      "reported", "Ministry of Internal Affairs of Armenia")])

pub = "2021-10-04"
P(W, CAU, pub,
  "Azerbaijan's armed forces began large-scale exercises involving some 10,000 troops near the border with Iran on "
  "Monday, days after Iran's army moved tanks and artillery units to its side of the frontier.",
  [ev("military_exercise", "large-scale exercises", today(pub), country("Azerbaijan", "AZ"), None,
      actors(perp="Armed Forces of Azerbaijan")),
   ev("military_exercise", "moved tanks and artillery units", None, country("Iran", "IR"), None,
      actors(perp="Islamic Republic of Iran Army"))],
  "Two deployments/exercises, each a state's own at home, placed at country level. Troop numbers are not counted; "
  "'days after' -> null.")

pub = "2024-10-07"
P(W, SAS, pub,
  "A suicide bomber detonated an explosives-laden vehicle near Karachi airport on Sunday night, killing two Chinese "
  "engineers, and police later arrested a suspected facilitator of the attack.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "sunday"), c("Karachi", "PK", "PK-SD"),
      counts(killed=2, attackers_killed=1), actors(target="Chinese engineers")),
   ev("arrest", "arrested", None, c("Karachi", "PK", "PK-SD"), counts(arrested=1), actors(perp="police"))],
  "'later' -> null.")
