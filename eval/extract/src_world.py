"""Passages from outside Central Asia: Middle East, South Asia, Europe, Africa, Caucasus, other."""
# ruff: noqa: E501
from _gold import *  # noqa: F403

IS = "Islamic State"
ISK = "Islamic State Khorasan Province"

# ================================================================ Middle East
pub = "2016-06-29"
P(W, ME, pub, "Three suicide bombers opened fire and then blew themselves up at Istanbul's Ataturk airport on Tuesday night, killing more than 40 people, Turkish officials said.",
  [ev("attack", "opened fire", on(pub, "tuesday"), pl("Istanbul", "TR", "TR-34", "city", "Istanbul"), counts(killed=(40, "at_least")), actors(target="civilians"), "reported", "Turkish officials"),
   ev("suicide_bombing", "blew themselves up", on(pub, "tuesday"), pl("Istanbul", "TR", "TR-34", "city", "Istanbul"), counts(attackers_killed=3), actors(target="civilians"), "reported", "Turkish officials")],
  "Real event 2016-06-28. A coordinated assault mixing gunfire and suicide blasts: both types are coded, the overall toll on the first trigger. 'more than 40' -> at_least 40.")

pub = "2015-10-11"
P(BR, ME, pub, "Twin explosions ripped through a peace rally outside Ankara's main railway station on Saturday morning, killing at least 86 people in what the prime minister called a suicide attack.",
  [ev("suicide_bombing", "suicide attack", on(pub, "saturday"), pl("Ankara", "TR", "TR-06", "city", "Ankara"), counts(killed=(86, "at_least")), actors(target="protesters"), "reported", "Prime Minister of Turkey")],
  "Real event 2015-10-10. Trigger: 'suicide attack' establishes the subtype; 'Twin explosions' alone would be bombing.")

pub = "2016-07-06"
P(W, ME, pub, "A suicide truck bomb tore through the crowded Karrada shopping district of Baghdad early on Sunday, killing at least 250 people as families shopped ahead of Eid.",
  [ev("suicide_bombing", "suicide truck bomb", on(pub, "sunday"), pl("Baghdad", "IQ", "IQ-BG", "city", "Baghdad"), counts(killed=(250, "at_least")), actors(target="civilians"))],
  "Real event 2016-07-03 (toll rose later; passage wording governs).")

pub = "2017-03-20"
P(BR, ME, pub, "Two car bombs exploded near a market in the Iraqi city of Kirkuk on Sunday evening, wounding 14 people, police said.",
  [ev("bombing", "car bombs exploded", on(pub, "sunday"), pl("Kirkuk", "IQ", "IQ-KI", "city", "Kirkuk"), counts(injured=14), actors(target="civilians"), "reported", "police")])

pub = "2014-01-20"
P(W, ME, pub, "Clashes between gunmen from the Sunni district of Bab al-Tabbaneh and the Alawite neighbourhood of Jabal Mohsen in Tripoli killed four people over the weekend, Lebanese security sources said.",
  [ev("armed_clash", "Clashes", last_weekend(pub), pl("Tripoli", "LB", "LB-AS", "city", "Tripoli"), counts(killed=4), None, "reported", "Lebanese security sources")],
  "Ambiguous Tripoli: Lebanese neighbourhoods and 'Lebanese security sources' -> Tripoli, Lebanon (North Governorate). 'over the weekend' -> Sat-Sun, precision week.")

pub = "2019-03-12"
P(W, ME, pub, "US-backed Syrian Democratic Forces fought Islamic State militants through the night in Baghouz, the group's last enclave in eastern Syria, a spokesman said on Monday.",
  [ev("armed_clash", "fought", None, pl("Al Baghuz Fawqani", "SY", "SY-DY", "city", "Baghouz"), None, actors(perp="Syrian Democratic Forces", target=IS), "reported", "Syrian Democratic Forces")],
  "'through the night' attached to a statement made Monday: unresolved -> null.")

pub = "2017-07-10"
P(BR, ME, pub, "Iraqi Prime Minister Haider al-Abadi arrived in Mosul on Sunday to congratulate troops on recapturing the city from Islamic State after nearly nine months of fighting.",
  [ev("armed_clash", "recapturing the city", None, pl("Mosul", "IQ", "IQ-NI", "city", "Mosul"), None, actors(perp="Iraqi Security Forces", target=IS)),
   ev("statement", "congratulate troops", on(pub, "sunday"), pl("Mosul", "IQ", "IQ-NI", "city", "Mosul"), None, actors(perp="Haider al-Abadi"))],
  "Real event 2017-07-09. The visit/congratulation is the dated statement; the battle is a months-long clash without a day date.")

pub = "2018-11-27"
P(W, ME, pub, "Turkish police detained 12 suspected Islamic State members, most of them Central Asian nationals, in dawn raids across Istanbul on Tuesday, the state-run Anadolu agency reported.",
  [ev("arrest", "detained", today(pub), pl("Istanbul", "TR", "TR-34", "city", "Istanbul"), counts(arrested=12), actors(perp="police", target=IS), "reported", "Anadolu Agency")],
  "Published the same Tuesday.")

pub = "2016-03-08"
P(TR, ME, pub, "According to the statement of the Gaziantep governorate, a suicide attacker detonated explosives when police raided a house in the Sahinbey district, killing two officers.",
  [ev("suicide_bombing", "detonated explosives", None, pl("Gaziantep", "TR", "TR-27", "admin1", "Gaziantep"), counts(killed=2, attackers_killed=1), actors(target="police"), "reported", "Gaziantep Governorate")],
  "'Gaziantep governorate' names the province (admin1); the Sahinbey district is not a city-level place, so the governorate is the most specific resolvable level.")

pub = "2015-07-21"
P(W, ME, pub, "A suspected Islamic State suicide bomber killed 32 people at a cultural centre in the southern Turkish town of Suruc on Monday, where young activists had gathered before a trip to rebuild Kobani.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "monday"), pl("Suruc", "TR", "TR-63", "city", "Suruc"), counts(killed=32, attackers_killed=1), actors(perp=IS, target="civilians"))],
  "Real event 2015-07-20. 'Suspected' qualifies only the perpetrator attribution; the bombing itself is asserted. 'suicide bomber' implies attackers_killed 1.")

pub = "2019-10-18"
P(BR, ME, pub, "Tens of thousands of Lebanese flooded the streets of Beirut on Thursday night in protest at a proposed tax on WhatsApp calls.",
  [ev("protest", "in protest", on(pub, "thursday"), pl("Beirut", "LB", "LB-BA", "city", "Beirut"), None, actors(perp="protesters"))],
  "Real event 2019-10-17.")

pub = "2019-10-26"
P(W, ME, pub, "Iraqi security forces fired tear gas and live rounds at protesters in Baghdad's Tahrir Square on Friday, killing at least 40 people nationwide, the Iraqi human rights commission said.",
  [ev("attack", "fired tear gas and live rounds", on(pub, "friday"), pl("Baghdad", "IQ", "IQ-BG", "city", "Baghdad"), counts(killed=(40, "at_least")), actors(perp="Iraqi Security Forces", target="protesters"), "reported", "Iraqi High Commission for Human Rights"),
   ev("protest", "protesters", on(pub, "friday"), pl("Baghdad", "IQ", "IQ-BG", "city", "Baghdad"), None, actors(perp="protesters"), "reported", "Iraqi High Commission for Human Rights")],
  "Lethal force against demonstrators is an attack; the demonstration itself is a protest. The nationwide toll is attached to the Baghdad-placed attack as the passage gives it. The whole sentence is attributed to the commission, so both events are reported (as with the Nur-Sultan arrests and gathering).")

pub = "2015-09-24"
P(AN, ME, pub, "Islamic State's media arm released a new issue of its English-language magazine on Tuesday, urging followers in the West to carry out attacks with whatever means they have.",
  [ev("propaganda", "released a new issue", on(pub, "tuesday"), None, None, actors(perp=IS))],
  "'urging ... attacks' is content of propaganda; no attack event.")

pub = "2016-01-25"
P(TR, ME, pub, "The terrorist organisation disseminated on its channels a video showing the execution of five men it accused of spying for the coalition in Raqqa.",
  [ev("propaganda", "disseminated", None, pl("Raqqa", "SY", "SY-RA", "city", "Raqqa"), None, None),
   ev("attack", "execution", None, pl("Raqqa", "SY", "SY-RA", "city", "Raqqa"), counts(killed=5), actors(target="civilians"))],
  "An execution video reports both a propaganda release and the killing itself.")

pub = "2017-12-14"
P(W, ME, pub, "Jordan's parliament approved amendments to the anti-terrorism law on Wednesday that widen the definition of terrorist acts to include online incitement.",
  [ev("legislation", "approved amendments", on(pub, "wednesday"), country("Jordan", "JO"), None, actors(perp="Parliament of Jordan"))],
  "Jordan here is the country (not a personal name).")

pub = "2020-11-03"
P(BR, ME, pub, "The Syrian army said it had sent reinforcements to the front line south of Idlib overnight after rebels shelled government positions.",
  [ev("military_exercise", "sent reinforcements", ago(pub, 1), pl("Idlib", "SY", "SY-ID", "city", "Idlib"), None, actors(perp="Syrian Arab Army"), "reported", "Syrian Arab Army"),
   ev("armed_clash", "shelled", None, pl("Idlib", "SY", "SY-ID", "city", "Idlib"), None, actors(perp="rebels", target="Syrian Arab Army"), "reported", "Syrian Arab Army")],
  "'south of Idlib' is a 'near X' construction with a bare name: the city of Idlib, as 'near Aktau', 'near Sokh' or 'near Gao' are coded ('Idlib province' would be admin1). 'overnight' -> the day before publication.")

pub = "2018-09-04"
P(W, AF, pub, "Rival militias battled in the southern suburbs of Tripoli for an eighth day on Monday, and the UN-backed Government of National Accord declared a state of emergency in the Libyan capital.",
  [ev("armed_clash", "battled", on(pub, "monday"), pl("Tripoli", "LY", "LY-TB", "city", "Tripoli"), None, actors(perp="militias")),
   ev("statement", "declared a state of emergency", None, pl("Tripoli", "LY", "LY-TB", "city", "Tripoli"), None, actors(perp="Government of National Accord"))],
  "Ambiguous Tripoli resolved to Libya by 'Government of National Accord' and 'Libyan capital'. Multi-day fighting is dated by the day the passage reports.")

pub = "2021-06-15"
P(SA, ME, pub, "The Ministry of Interior of the State of Kuwait announced the dismantling of a cell affiliated with the terrorist organisation Daesh that was planning to target a Shiite mosque during Friday prayers.",
  [ev("plot_disrupted", "dismantling of a cell", None, country("Kuwait", "KW"), counts(groups=1), actors(perp="Ministry of Interior of Kuwait", target="worshippers"), "reported", "Ministry of Interior of Kuwait")],
  "Daesh = Islamic State. An explicitly singular disrupted cell counts as groups 1 (README count rules).")

pub = "2022-02-04"
P(BR, ME, pub, "US special forces killed Islamic State leader Abu Ibrahim al-Hashimi al-Qurayshi in a raid in northwest Syria's Idlib province, President Joe Biden said on Thursday.",
  [ev("armed_clash", "raid", None, pl("Idlib", "SY", "SY-ID", "admin1", "Idlib province"), counts(attackers_killed=1), actors(perp="United States Armed Forces", target=IS), "reported", "Joe Biden")],
  "Real event 2022-02-03 (the raid night). Killing of the group leader coded attackers_killed 1 (member of the targeted armed group). 'said on Thursday' dates the statement only.")

pub = "2023-05-08"
P(AN, ME, pub, "Whether Iraq's Kurdistan region will see renewed Turkish strikes depends largely on the PKK's next moves in Sinjar.",
  [],
  "Speculation about possible future strikes: no event.")

# ================================================================ South Asia
pub = "2021-08-27"
P(W, SAS, pub, "A suicide bomber struck crowds outside Kabul airport on Thursday, killing more than 170 people including 13 US service members; Islamic State Khorasan claimed the attack.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "thursday"), pl("Kabul", "AF", "AF-KAB", "city", "Kabul"), counts(killed=(170, "at_least"), attackers_killed=1), actors(perp=ISK, target=["civilians", "United States Armed Forces"]), "asserted", ISK)],
  "Real event 2021-08-26. The claim sets the perpetrator and reported_by; the bombing itself is asserted. 13 is a sub-count included in the total. 'suicide bomber' implies attackers_killed 1.")

pub = "2014-12-17"
P(W, SAS, pub, "Taliban gunmen stormed an army-run school in Peshawar on Tuesday and killed at least 132 children in the deadliest attack in Pakistan's history.",
  [ev("attack", "stormed", on(pub, "tuesday"), pl("Peshawar", "PK", "PK-KP", "city", "Peshawar"), counts(killed=(132, "at_least")), actors(perp="Tehrik-i-Taliban Pakistan", target="civilians"))],
  "Real event 2014-12-16. 'Taliban' here = Pakistani Taliban (TTP) by context.")

pub = "2016-08-09"
P(BR, SAS, pub, "A suicide bomber blew himself up among lawyers gathered at the main government hospital in Quetta on Monday, killing at least 70 people.",
  [ev("suicide_bombing", "blew himself up", on(pub, "monday"), pl("Quetta", "PK", "PK-BA", "city", "Quetta"), counts(killed=(70, "at_least"), attackers_killed=1), actors(target="civilians"))],
  "Real event 2016-08-08.")

pub = "2016-07-03"
P(W, SAS, pub, "Commandos stormed a cafe in Dhaka's diplomatic quarter on Saturday morning, ending a 12-hour siege in which gunmen killed 20 hostages, most of them foreigners.",
  [ev("armed_clash", "stormed a cafe", on(pub, "saturday"), pl("Dhaka", "BD", "BD-C", "city", "Dhaka"), None, actors(perp="Bangladesh Army")),
   ev("attack", "killed 20 hostages", None, pl("Dhaka", "BD", "BD-C", "city", "Dhaka"), counts(killed=20), actors(target=["civilians", "foreigners"]))],
  "Real event (siege 2016-07-01/02). '12-hour' is a duration, not a count. The hostage killings started the previous evening; no date given for them in the passage.")

pub = "2019-04-22"
P(W, SAS, pub, "Suicide bombers attacked three churches and three luxury hotels in Sri Lanka on Easter Sunday, killing more than 250 people.",
  [ev("suicide_bombing", "Suicide bombers", on(pub, "sunday"), country("Sri Lanka", "LK"), counts(killed=(250, "at_least")), actors(target=["worshippers", "civilians"]))],
  "Real event 2019-04-21. Multiple sites, country-level place.")

pub = "2019-02-15"
P(BR, SAS, pub, "At least 40 paramilitary police were killed in Indian-administered Kashmir on Thursday when a suicide bomber rammed an explosives-laden car into their convoy in Pulwama district; Jaish-e-Mohammed said it carried out the attack.",
  [ev("suicide_bombing", "rammed an explosives-laden car", on(pub, "thursday"), pl("Pulwama", "IN", "IN-JK", "city", "Pulwama"), counts(killed=(40, "at_least"), attackers_killed=1), actors(perp="Jaish-e-Mohammed", target="police"), "asserted", "Jaish-e-Mohammed")],
  "Real event 2019-02-14. The claim sets the perpetrator and reported_by; the bombing itself is asserted. 'a suicide bomber' implies attackers_killed 1.")

pub = "2018-05-02"
P(TR, SAS, pub, "In the Achin district of Nangarhar province, as a result of the air strikes of the Afghan Air Force, 17 members of the Daesh group were killed, the press office of the governor informs.",
  [ev("armed_clash", "air strikes", None, pl("Nangarhar", "AF", "AF-NAN", "admin1", "Nangarhar province"), counts(attackers_killed=17), actors(perp="Afghan Air Force", target=IS), "reported", "Nangarhar Governor's Office")],
  "Air strikes by state forces on an armed group are coded armed_clash; members of the non-state armed group killed are attackers_killed (README count rules).")

pub = "2015-09-29"
P(W, SAS, pub, "Taliban fighters overran much of the northern Afghan city of Kunduz on Monday, freeing hundreds of prisoners from the city's jail.",
  [ev("armed_clash", "overran", on(pub, "monday"), pl("Kunduz", "AF", "AF-KDZ", "city", "Kunduz"), None, actors(perp="Taliban", target="Afghan National Security Forces"))],
  "Real event 2015-09-28. 'hundreds of prisoners' freed is not a CountKind.")

pub = "2020-06-30"
P(BR, SAS, pub, "Four gunmen attacked the Pakistan Stock Exchange building in Karachi on Monday morning; all four were killed by security guards and police within minutes.",
  [ev("attack", "attacked", on(pub, "monday"), pl("Karachi", "PK", "PK-SD", "city", "Karachi"), counts(attackers_killed=4), None)],
  "Real event 2020-06-29. Other casualties not stated here.")

pub = "2019-08-06"
P(W, SAS, pub, "India's upper house of parliament on Monday approved a resolution revoking the special status of Jammu and Kashmir, and authorities deployed tens of thousands of additional troops in the region.",
  [ev("legislation", "revoking the special status", on(pub, "monday"), pl("Jammu and Kashmir", "IN", "IN-JK", "admin1", "Jammu and Kashmir"), None, actors(perp="Rajya Sabha")),
   ev("military_exercise", "deployed", None, pl("Jammu and Kashmir", "IN", "IN-JK", "admin1", "Jammu and Kashmir"), None, actors(perp="Indian Armed Forces"))],
  "Real event 2019-08-05. 'tens of thousands' troops not a CountKind.")

pub = "2018-03-07"
P(CR, SAS, pub, "An anti-terrorism court in Lahore sentenced five men to death on Tuesday for a suicide bombing at a park two years ago.",
  [ev("prosecution", "sentenced five men to death", on(pub, "tuesday"), pl("Lahore", "PK", "PK-PB", "city", "Lahore"), counts(convicted=5), actors(perp="court")),
   ev("suicide_bombing", "suicide bombing", year(2016), pl("Lahore", "PK", "PK-PB", "city", "Lahore"), None, None)],
  "'two years ago' -> the year two years before publication, precision year. The bombing is a specific referenced event at 'a park' in Lahore.")

pub = "2018-11-12"
P(LP, SAS, pub, "Police in Mazar-i-Sharif arrested two suspected Islamic State recruiters and seized a cache of weapons and explosives on Saturday.",
  [ev("arrest", "arrested", on(pub, "saturday"), pl("Mazar-i-Sharif", "AF", "AF-BAL", "city", "Mazar-i-Sharif"), counts(arrested=2), actors(perp="police", target=IS))])

pub = "2017-11-13"
P(W, SAS, pub, "Tehreek-e-Labbaik supporters blocked the main highway into Islamabad for a fifth day on Sunday, demanding the resignation of the law minister.",
  [ev("protest", "blocked the main highway", on(pub, "sunday"), pl("Islamabad", "PK", "PK-IS", "city", "Islamabad"), None, actors(perp="Tehreek-e-Labbaik Pakistan"))])

pub = "2020-01-06"
P(SA, SAS, pub, "The National Directorate of Security announced that its special forces foiled a plan to attack the Independence Day gathering in Herat and arrested three members of the Haqqani network.",
  [ev("plot_disrupted", "foiled a plan", None, pl("Herat", "AF", "AF-HER", "city", "Herat"), None, actors(perp="National Directorate of Security", target="civilians"), "reported", "National Directorate of Security"),
   ev("arrest", "arrested", None, pl("Herat", "AF", "AF-HER", "city", "Herat"), counts(arrested=3), actors(perp="National Directorate of Security", target="Haqqani network"), "reported", "National Directorate of Security")])

pub = "2017-09-10"
P(BR, SAS, pub, "The Pakistani Taliban released a 40-minute video last month showing the training of child fighters in the Afghan border areas.",
  [ev("propaganda", "released a 40-minute video", last_month(pub), None, None, actors(perp="Tehrik-i-Taliban Pakistan"))],
  "'40-minute' is a duration, not a count; 'Afghan border areas' is too vague to geocode.")

pub = "2022-04-15"
P(AN, SAS, pub, "Islamic State Khorasan Province has stepped up Uzbek-, Tajik- and Turkmen-language output on Telegram since the start of the year, including a new monthly magazine, Voice of Khorasan.",
  [ev("propaganda", "stepped up", earlier_this_year(pub), None, None, actors(perp=ISK))],
  "'since the start of the year' -> earlier this year rule.")

pub = "2015-02-11"
P(W, SAS, pub, "India and Bangladesh will hold a joint counter-terrorism exercise in the hills of Meghalaya from 23 February to 7 March.",
  [ev("military_exercise", "joint counter-terrorism exercise", days("2015-02-23", "2015-03-07"), pl("Meghalaya", "IN", "IN-ML", "admin1", "Meghalaya"), None, actors(perp=["Indian Armed Forces", "Bangladesh Army"]), "planned")])

pub = "2018-06-19"
P(CR, SAS, pub, "The special court in Mumbai framed charges on Monday against seven accused in a 2016 bomb-making case.",
  [ev("prosecution", "framed charges", on(pub, "monday"), pl("Mumbai", "IN", "IN-MH", "city", "Mumbai"), None, actors(perp="court"))],
  "Charges framed -> prosecution with no convicted count. '2016' is the case year, not the event date.")

pub = "2023-01-31"
P(W, SAS, pub, "A suicide bomber disguised as a police officer detonated his vest inside a mosque in a police compound in Peshawar on Monday, killing at least 59 people.",
  [ev("suicide_bombing", "detonated his vest", on(pub, "monday"), pl("Peshawar", "PK", "PK-KP", "city", "Peshawar"), counts(killed=(59, "at_least"), attackers_killed=1), actors(target=["police", "worshippers"]))],
  "Real event 2023-01-30.")

pub = "2021-09-07"
P(BR, SAS, pub, "The Taliban said on Monday they had taken full control of the Panjshir valley after a week of fighting with resistance forces, which denied losing the province.",
  [ev("armed_clash", "fighting", last_week(pub), pl("Panjshir", "AF", "AF-PAN", "admin1", "Panjshir"), None, actors(perp="Taliban", target="National Resistance Front of Afghanistan"), "reported", "Taliban")],
  "'a week of fighting' before Monday -> previous calendar week, precision week (approximation documented in README). Control claim is contested but the fighting is not denied.")

pub = "2019-12-10"
P(AN, SAS, pub, "Pakistan's National Counter Terrorism Authority has drafted a bill on regulating madrasas, but it is unlikely to reach parliament before the budget session.",
  [ev("legislation", "drafted a bill", None, country("Pakistan", "PK"), None, actors(perp="National Counter Terrorism Authority"))],
  "Drafting a bill is a policy step -> legislation asserted; passage into law is speculative.")

# ================================================================ Europe
pub = "2015-11-14"
P(W, EU, pub, "Gunmen and suicide bombers struck a concert hall, restaurants and the national stadium in Paris on Friday night, killing at least 120 people, French officials said.",
  [ev("attack", "struck", on(pub, "friday"), pl("Paris", "FR", "FR-IDF", "city", "Paris"), counts(killed=(120, "at_least")), actors(target="civilians"), "reported", "French officials"),
   ev("suicide_bombing", "suicide bombers", on(pub, "friday"), pl("Paris", "FR", "FR-IDF", "city", "Paris"), None, actors(target="civilians"), "reported", "French officials")],
  "Real event 2015-11-13. Coordinated attack with both shooting and suicide bombings: two events; the toll is attached to the first (overall) trigger.")

pub = "2016-03-22"
P(BR, EU, pub, "Two explosions hit the departure hall of Brussels airport this morning, and a third blast struck a metro train at Maelbeek station an hour later.",
  [ev("bombing", "Two explosions", today(pub), pl("Brussels", "BE", "BE-BRU", "city", "Brussels"), None, actors(target="civilians")),
   ev("bombing", "third blast", today(pub), pl("Brussels", "BE", "BE-BRU", "city", "Brussels"), None, actors(target="civilians"))],
  "Real event 2016-03-22; first reports did not yet call them suicide bombings, so bombing is coded as the passage states. Zaventem airport is coded to Brussels as written.")

pub = "2017-05-23"
P(W, EU, pub, "A suicide bomber killed 22 people, including children, at the end of a pop concert at Manchester Arena on Monday night, police said.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "monday"), pl("Manchester", "GB", "GB-ENG", "city", "Manchester"), counts(killed=22, attackers_killed=1), actors(target="civilians"), "reported", "police")],
  "Real event 2017-05-22. UK admin1 uses the constituent-country code GB-ENG. 'A suicide bomber' implies attackers_killed 1.")

pub = "2017-05-24"
P(BR, EU, pub, "Britain raised its terrorism threat level to critical, its highest, after the Manchester bombing, meaning another attack may be imminent.",
  [ev("statement", "raised its terrorism threat level", None, country("United Kingdom", "GB", "Britain"), None, actors(perp="Government of the United Kingdom"))],
  "'the Manchester bombing' is a name-only reference; 'another attack may be imminent' is speculation.")

pub = "2016-07-15"
P(W, EU, pub, "A man drove a heavy truck into crowds celebrating Bastille Day on the seafront in Nice late on Thursday, killing 84 people before police shot him dead.",
  [ev("attack", "drove a heavy truck into crowds", on(pub, "thursday"), pl("Nice", "FR", "FR-PAC", "city", "Nice"), counts(killed=84, attackers_killed=1), actors(target="civilians"))],
  "Real event 2016-07-14 (toll at time of writing).")

pub = "2016-12-20"
P(BR, EU, pub, "A lorry ploughed into a Christmas market at Breitscheidplatz in Berlin on Monday evening, killing 12 people; the driver fled the scene.",
  [ev("attack", "ploughed into", on(pub, "monday"), pl("Berlin", "DE", "DE-BE", "city", "Berlin"), counts(killed=12), actors(target="civilians"))],
  "Real event 2016-12-19.")

pub = "2017-04-08"
P(W, EU, pub, "An Uzbek-born man hijacked a beer truck and drove it into shoppers on Drottninggatan in central Stockholm on Friday, killing four people, and was arrested hours later in Marsta, north of the capital.",
  [ev("attack", "drove it into shoppers", on(pub, "friday"), pl("Stockholm", "SE", "SE-AB", "city", "Stockholm"), counts(killed=4), actors(target="civilians")),
   ev("arrest", "was arrested", None, pl("Marsta", "SE", "SE-AB", "city", "Marsta"), counts(arrested=1), actors(perp="police"))],
  "Real event 2017-04-07 (early toll: four, later five). 'Uzbek-born' is a descriptor, not a place of the event. The arrest is dated only by 'hours later', which gives null.")

pub = "2017-08-18"
P(BR, EU, pub, "A van mowed down pedestrians on Las Ramblas in Barcelona on Thursday afternoon, killing 13 people; hours later police shot dead five suspects in the coastal town of Cambrils.",
  [ev("attack", "mowed down pedestrians", on(pub, "thursday"), pl("Barcelona", "ES", "ES-CT", "city", "Barcelona"), counts(killed=13), actors(target="civilians")),
   ev("armed_clash", "shot dead five suspects", None, pl("Cambrils", "ES", "ES-CT", "city", "Cambrils"), counts(attackers_killed=5), actors(perp="police"))],
  "Real event 2017-08-17 (Cambrils shooting after midnight, so 'hours later' is left undated).")

pub = "2020-11-03"
P(W, EU, pub, "A gunman killed four people in central Vienna on Monday evening before being shot dead by police; Austria's interior minister said the attacker was an Islamic State sympathiser.",
  [ev("attack", "killed four people", on(pub, "monday"), pl("Vienna", "AT", "AT-9", "city", "Vienna"), counts(killed=4, attackers_killed=1), actors(perp=IS, target="civilians"), "asserted", "Minister of the Interior of Austria")],
  "Real event 2020-11-02. Sympathiser attribution recorded as perpetrator affiliation; its named source is reported_by (the killing itself is asserted).")

pub = "2024-03-24"
P(W, EU, pub, "Russian security services detained four suspected gunmen in the Bryansk region on Saturday, hours after an attack on the Crocus City Hall concert venue near Moscow that killed more than 130 people.",
  [ev("arrest", "detained", on(pub, "saturday"), pl("Bryansk Oblast", "RU", "RU-BRY", "admin1", "Bryansk region"), counts(arrested=4), actors(perp="Federal Security Service")),
   ev("attack", "attack", None, pl("Moscow", "RU", "RU-MOW", "city", "Moscow"), counts(killed=(130, "at_least")), actors(target="civilians"))],
  "Real event (attack 2024-03-22, arrests 2024-03-23). 'near Moscow' is coded as Moscow, like every other 'near X' in the set (the venue's real town, Krasnogorsk, is not in the passage). 'hours after' does not give a date here.")

pub = "2024-03-28"
P(CR, EU, pub, "A Moscow court on Sunday ordered the four suspects, all citizens of Tajikistan, to be held in pre-trial detention on terrorism charges.",
  [ev("prosecution", "pre-trial detention", on(pub, "sunday"), pl("Moscow", "RU", "RU-MOW", "city", "Moscow"), None, actors(perp="court"))],
  "Remand hearing is part of prosecution. Tajikistan is nationality, not the event place. An unnamed court ('A Moscow court') is the generic 'court'.")

pub = "2018-09-28"
P(W, EU, pub, "Dutch police arrested seven men on Thursday suspected of planning a large-scale attack in the Netherlands, prosecutors said, adding that the group had tried to acquire AK-47 rifles and explosives.",
  [ev("arrest", "arrested", on(pub, "thursday"), country("Netherlands", "NL"), counts(arrested=7), actors(perp="police"), "reported", "prosecutors"),
   ev("plot_disrupted", "planning a large-scale attack", on(pub, "thursday"), country("Netherlands", "NL"), counts(groups=1), actors(perp="police"), "reported", "prosecutors")],
  "Real event 2018-09-27. 'AK-47' contains a number but is not a count.")

pub = "2016-12-23"
P(SA, EU, pub, "Police announced that officers in Oberhausen had detained two brothers from Kosovo suspected of planning an attack on a shopping centre in the city.",
  [ev("arrest", "detained", None, pl("Oberhausen", "DE", "DE-NW", "city", "Oberhausen"), counts(arrested=2), actors(perp="police"), "reported", "police"),
   ev("plot_disrupted", "planning an attack", None, pl("Oberhausen", "DE", "DE-NW", "city", "Oberhausen"), None, actors(perp="police"), "reported", "police")],
  "Kosovo is the suspects' origin, not the event place.")

pub = "2023-12-28"
P(BR, EU, pub, "German police said on Saturday they had stepped up security around Cologne Cathedral after receiving a tip-off about a possible New Year's Eve attack.",
  [ev("military_exercise", "stepped up security", None, pl("Cologne", "DE", "DE-NW", "city", "Cologne"), None, actors(perp="police"), "reported", "police")],
  "Security deployment is coded as deployment; the 'possible attack' is not an attack or a plot disruption (no plot was disrupted in this passage).")

pub = "2015-01-13"
P(W, EU, pub, "France began deploying 10,000 soldiers on Monday to protect sensitive sites, including Jewish schools, after last week's attacks in Paris.",
  [ev("military_exercise", "deploying 10,000 soldiers", on(pub, "monday"), country("France", "FR"), None, actors(perp="French Armed Forces"))],
  "Real deployment 2015-01-12. Troop numbers are not a CountKind. 'last week's attacks in Paris' is a reference to already-known events without details -> not coded.")

pub = "2017-11-02"
P(BR, EU, pub, "France's new counter-terrorism law came into force on Wednesday, replacing the state of emergency imposed after the November 2015 attacks.",
  [ev("legislation", "came into force", on(pub, "wednesday"), country("France", "FR"), None, actors(perp="Government of France"))],
  "Real 2017-11-01. November 2015 attacks: name-only reference.")

pub = "2021-11-20"
P(W, EU, pub, "Britain said on Friday it would ban Hamas in its entirety as a terrorist organisation, pending a vote in parliament next week.",
  [ev("legislation", "would ban Hamas", None, country("United Kingdom", "GB", "Britain"), None, actors(perp="Government of the United Kingdom", target="Hamas"), "planned")],
  "Real: announced 2021-11-19; pending vote -> planned.")

pub = "2016-09-21"
P(AN, EU, pub, "Of the roughly 5,000 Europeans who travelled to Syria and Iraq, about a third have since returned home, according to Europol.",
  [ev("foreign_fighter_travel", "travelled to Syria", None, country("Syria", "SY"), counts(fighters=(5000, "approximately")), None, "reported", "Europol"),
   ev("foreign_fighter_travel", "returned home", None, country("Syria", "SY"), None, None, "reported", "Europol")],
  "'about a third' is a fraction -> no count. The returns' home countries are not named, so their place is the origin (Syria, first named).")

pub = "2015-02-24"
P(W, EU, pub, "Three London schoolgirls flew from Gatwick to Istanbul last Tuesday and are believed to have crossed into Syria to join Islamic State, police said.",
  [ev("foreign_fighter_travel", "crossed into Syria", None, country("Syria", "SY"), counts(individuals=3), actors(target=IS), "reported", "police"),
   ev("foreign_fighter_travel", "flew from Gatwick to Istanbul", ago(pub, 7), pl("Istanbul", "TR", "TR-34", "city", "Istanbul"), counts(individuals=3), None, "reported", "police")],
  "Real event (flight 2015-02-17). 'last Tuesday' published on a Tuesday -> the Tuesday of the previous week, not the publication day. Schoolgirls counted as individuals (not fighters).")

pub = "2019-04-22"
P(TR, EU, pub, "On 20 April, 110 citizens of the Republic of Kosovo, among them 74 children, were returned from Syria with the support of the United States, the Ministry of Justice reports.",
  [ev("foreign_fighter_travel", "were returned from Syria", day("2019-04-20"), country("Syria", "SY"), counts(individuals=110), None, "reported", "Ministry of Justice of Kosovo")],
  "Real event. 'citizens of the Republic of Kosovo' is a nationality, not a named destination (as with 'citizens of Kazakhstan ... evacuated from Syria'), so the place is the origin, Syria.")

pub = "2018-01-16"
P(CR, EU, pub, "A Hamburg court convicted a 20-year-old Syrian of membership in a terrorist organisation and sentenced him to three years and six months in juvenile detention.",
  [ev("prosecution", "convicted", None, pl("Hamburg", "DE", "DE-HH", "city", "Hamburg"), counts(convicted=1), actors(perp="court"))])

pub = "2017-06-06"
P(W, EU, pub, "Thousands of people marched through central Madrid on Sunday to denounce terrorism and honour the victims of recent attacks.",
  [ev("protest", "marched", on(pub, "sunday"), pl("Madrid", "ES", "ES-MD", "city", "Madrid"), None, actors(perp="protesters"))],
  "A march against terrorism is a protest (peaceful demonstration); 'recent attacks' is not a specific event.")

pub = "2018-04-11"
P(LP, EU, pub, "Police in Oslo are investigating after posters glorifying Islamic State fighters appeared on walls near a mosque in the Gronland district over the weekend.",
  [ev("propaganda", "posters glorifying", last_weekend(pub), pl("Oslo", "NO", "NO-03", "city", "Oslo"), None, actors(other=IS))],
  "Authors unknown: no perpetrator; the glorified organisation is recorded in role 'other'.")

pub = "2022-10-18"
P(W, EU, pub, "NATO began its annual nuclear deterrence exercise Steadfast Noon on Monday, with 14 member states and up to 60 aircraft taking part over Belgium, Britain and the North Sea.",
  [ev("military_exercise", "nuclear deterrence exercise", on(pub, "monday"), country("Belgium", "BE"), None, actors(perp="NATO"))],
  "Multi-country: place = first-named country. '14 member states' are not a CountKind.")

pub = "2017-04-04"
P(BR, EU, pub, "An explosion tore through a metro carriage between two stations in St Petersburg on Monday afternoon; investigators later said it was set off by a suicide bomber born in Kyrgyzstan.",
  [ev("suicide_bombing", "explosion", on(pub, "monday"), pl("Saint Petersburg", "RU", "RU-SPE", "city", "St Petersburg"), counts(attackers_killed=1), actors(target="civilians"), "reported", "investigators")],
  "Real event 2017-04-03. Kyrgyzstan is the bomber's birthplace, not the event place. Trigger 'explosion' + later attribution 'suicide bomber' -> suicide_bombing; 'a suicide bomber' implies attackers_killed 1.")

pub = "2010-03-30"
P(W, EU, pub, "Two female suicide bombers blew themselves up on packed Moscow metro trains during the Monday morning rush hour, killing at least 38 people.",
  [ev("suicide_bombing", "blew themselves up", on(pub, "monday"), pl("Moscow", "RU", "RU-MOW", "city", "Moscow"), counts(killed=(38, "at_least"), attackers_killed=2), actors(target="civilians"))],
  "Real event 2010-03-29.")

# ================================================================ Caucasus
pub = "2014-12-05"
P(W, CAU, pub, "Militants attacked a traffic police checkpoint and then seized a press building in the centre of Grozny early on Thursday, triggering gun battles that killed 14 police officers and 11 militants.",
  [ev("attack", "attacked", on(pub, "thursday"), pl("Grozny", "RU", "RU-CE", "city", "Grozny"), None, actors(target="police")),
   ev("armed_clash", "gun battles", on(pub, "thursday"), pl("Grozny", "RU", "RU-CE", "city", "Grozny"), counts(killed=14, attackers_killed=11), actors(perp="security forces"))],
  "Real event 2014-12-04. Police deaths -> killed, militant deaths -> attackers_killed (militants initiated).")

pub = "2018-02-19"
P(BR, CAU, pub, "A gunman opened fire on worshippers leaving a church in the Dagestani town of Kizlyar on Sunday, killing five women before he was shot dead by police.",
  [ev("attack", "opened fire", on(pub, "sunday"), pl("Kizlyar", "RU", "RU-DA", "city", "Kizlyar"), counts(killed=5, attackers_killed=1), actors(target="worshippers"))],
  "Real event 2018-02-18.")

pub = "2017-11-23"
P(W, CAU, pub, "Georgian special forces killed three suspected militants in a 20-hour operation at an apartment block in Tbilisi's Isani district, the State Security Service said on Wednesday; one officer was killed.",
  [ev("armed_clash", "20-hour operation", None, pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi"), counts(killed=1, attackers_killed=3), actors(perp="State Security Service of Georgia"), "reported", "State Security Service of Georgia")],
  "Georgia = the country here (not the US state). '20-hour' is a duration. The statement date is not the operation date.")

pub = "2019-09-10"
P(LP, OT, pub, "Police in Atlanta, Georgia, arrested a man on Sunday who they say threatened to attack a synagogue, according to court filings.",
  [ev("arrest", "arrested", on(pub, "sunday"), pl("Atlanta", "US", "US-GA", "city", "Atlanta"), counts(arrested=1), actors(perp="police"), "reported", "court filings")],
  "Georgia is the US state here. A threat is not an attack.")

pub = "2020-09-28"
P(W, CAU, pub, "Heavy fighting erupted between Armenian and Azerbaijani forces along the line of contact in Nagorno-Karabakh on Sunday, with both sides reporting casualties.",
  [ev("armed_clash", "Heavy fighting erupted", on(pub, "sunday"), pl("Nagorno-Karabakh", "AZ", None, "country", "Nagorno-Karabakh"), None, actors(perp=["Armed Forces of Armenia", "Armed Forces of Azerbaijan"]))],
  "Real event 2020-09-27. Disputed region coded with AZ country code at country precision (no ISO 3166-2 code) - see README.")

pub = "2015-06-09"
P(TR, CAU, pub, "In Kabardino-Balkaria, during a counter-terrorist operation, two bandits who offered armed resistance were neutralised, the National Anti-Terrorism Committee informed.",
  [ev("armed_clash", "counter-terrorist operation", None, pl("Kabardino-Balkaria", "RU", "RU-KB", "admin1", "Kabardino-Balkaria"), counts(attackers_killed=2), actors(perp="security forces", target="militants"), "reported", "National Anti-Terrorism Committee")],
  "'neutralised' = killed in Russian official usage.")

pub = "2016-11-22"
P(SA, CAU, pub, "The FSB reports that in Dagestan a terrorist act was prevented: in Makhachkala, two supporters of the international terrorist organisation planning an explosion in a crowded place were detained.",
  [ev("plot_disrupted", "terrorist act was prevented", None, pl("Makhachkala", "RU", "RU-DA", "city", "Makhachkala"), None, actors(perp="Federal Security Service"), "reported", "Federal Security Service"),
   ev("arrest", "were detained", None, pl("Makhachkala", "RU", "RU-DA", "city", "Makhachkala"), counts(arrested=2), actors(perp="Federal Security Service"), "reported", "Federal Security Service")],
  "'planning an explosion' is the plotted act: no bombing.")

pub = "2015-10-13"
P(W, EU, pub, "Russia's FSB said on Monday it had detained members of a cell in Moscow who had trained in Syria and were preparing a bombing on public transport.",
  [ev("arrest", "detained", None, pl("Moscow", "RU", "RU-MOW", "city", "Moscow"), None, actors(perp="Federal Security Service"), "reported", "Federal Security Service"),
   ev("plot_disrupted", "preparing a bombing", None, pl("Moscow", "RU", "RU-MOW", "city", "Moscow"), counts(groups=1), actors(perp="Federal Security Service"), "reported", "Federal Security Service")],
  "Real announcement 2015-10-12. Training in Syria is undated background, not coded. 'a cell' -> groups 1.")

pub = "2015-04-07"
P(AN, CAU, pub, "Several hundred Georgian citizens, mostly ethnic Chechen Kists from the Pankisi Gorge, are believed to have joined militant groups in Syria, Georgian officials estimate.",
  [ev("foreign_fighter_travel", "joined militant groups in Syria", None, country("Syria", "SY"), None, None, "reported", "Georgian officials")],
  "'Several hundred' -> vague with no numeral; guidelines omit 'several' (several hundred is not 'hundreds'). Pankisi Gorge is the origin, not the event place.")

pub = "2019-02-12"
P(BR, CAU, pub, "Azerbaijan's State Security Service said it had detained in Ganja a citizen who had returned from Syria via Turkey and was planning to recruit others.",
  [ev("arrest", "detained", None, pl("Ganja", "AZ", "AZ-GA", "city", "Ganja"), counts(arrested=1), actors(perp="State Security Service of Azerbaijan"), "reported", "State Security Service of Azerbaijan"),
   ev("foreign_fighter_travel", "returned from Syria", None, country("Syria", "SY"), counts(fighters=1), None, "reported", "State Security Service of Azerbaijan")],
  "Planned recruitment is the suspicion, not a coded propaganda event. Turkey is a transit point.")

pub = "2024-05-15"
P(W, CAU, pub, "Tens of thousands of protesters rallied outside parliament in Tbilisi on Tuesday as lawmakers passed the contested \"foreign agents\" bill in its third reading.",
  [ev("protest", "rallied", on(pub, "tuesday"), pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi"), None, actors(perp="protesters")),
   ev("legislation", "passed", on(pub, "tuesday"), pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi"), None, actors(perp="Parliament of Georgia"))],
  "Real event 2024-05-14.")

pub = "2023-09-12"
P(W, CAU, pub, "Armenia and the United States began a joint military exercise, Eagle Partner 2023, near Yerevan on Monday, drawing criticism from Moscow.",
  [ev("military_exercise", "joint military exercise", on(pub, "monday"), pl("Yerevan", "AM", "AM-ER", "city", "Yerevan"), None, actors(perp=["Armed Forces of Armenia", "United States Armed Forces"]))],
  "Real event 2023-09-11. '2023' inside the exercise name is not a date expression; Moscow is the critic, not a place of the event.")

pub = "2018-10-03"
P(LP, CAU, pub, "Two police officers were wounded when unknown assailants opened fire on their patrol car outside Sumgait on Tuesday night; police detained two suspects this morning.",
  [ev("attack", "opened fire", on(pub, "tuesday"), pl("Sumqayit", "AZ", "AZ-SM", "city", "Sumgait"), counts(injured=2), actors(target="police")),
   ev("arrest", "detained", today(pub), pl("Sumqayit", "AZ", "AZ-SM", "city", "Sumgait"), counts(arrested=2), actors(perp="police"))],
  "Sumgait is the Russian-derived spelling of Sumqayit. 'this morning' -> publication day.")

pub = "2017-12-27"
P(SA, CAU, pub, "The State Security Service of Georgia informs that during a special operation in the Pankisi Gorge a resident of Duisi village resisted detention and was wounded.",
  [ev("armed_clash", "special operation", None, pl("Duisi", "GE", "GE-KA", "city", "Duisi"), counts(injured=1), actors(perp="State Security Service of Georgia"), "reported", "State Security Service of Georgia")],
  "Most specific place (village) wins over the gorge.")

pub = "2016-04-05"
P(BR, CAU, pub, "Azerbaijan's defence ministry announced a unilateral ceasefire in Nagorno-Karabakh on Sunday after a day of the heaviest fighting since 1994.",
  [ev("statement", "announced a unilateral ceasefire", on(pub, "sunday"), pl("Nagorno-Karabakh", "AZ", None, "country", "Nagorno-Karabakh"), None, actors(perp="Ministry of Defence of Azerbaijan")),
   ev("armed_clash", "heaviest fighting", None, pl("Nagorno-Karabakh", "AZ", None, "country", "Nagorno-Karabakh"), None, None)],
  "Real: fighting 2016-04-02, ceasefire announcement 2016-04-03. 'after a day of' gives no resolvable date for the fighting -> null. 'since 1994' is a comparison, not an event date.")

pub = "2021-05-18"
P(CR, CAU, pub, "The Supreme Court of Dagestan sentenced eleven members of a cell that had sent fighters to Syria to terms of up to 19 years.",
  [ev("prosecution", "sentenced", None, pl("Dagestan", "RU", "RU-DA", "admin1", "Dagestan"), counts(convicted=11), actors(perp="Supreme Court of Dagestan"))],
  "'up to 19 years' is sentence length; the earlier travel is background and undated -> not coded.")

# ================================================================ Africa
pub = "2017-10-15"
P(W, AF, pub, "A truck packed with explosives detonated at a busy intersection in Mogadishu on Saturday, killing more than 200 people in the deadliest attack in Somalia's history.",
  [ev("bombing", "detonated", on(pub, "saturday"), pl("Mogadishu", "SO", "SO-BN", "city", "Mogadishu"), counts(killed=(200, "at_least")), actors(target="civilians"))],
  "Real event 2017-10-14 (early toll).")

pub = "2015-04-03"
P(W, AF, pub, "Al-Shabaab gunmen stormed Garissa University College in eastern Kenya on Thursday, killing 147 people, most of them students.",
  [ev("attack", "stormed", on(pub, "thursday"), pl("Garissa", "KE", "KE-07", "city", "Garissa"), counts(killed=147), actors(perp="al-Shabaab", target="civilians"))],
  "Real event 2015-04-02.")

pub = "2013-09-23"
P(BR, AF, pub, "Kenyan troops battled al-Shabaab gunmen holed up inside Nairobi's Westgate shopping mall for a third day, with at least 62 people confirmed dead since the siege began on Saturday.",
  [ev("armed_clash", "battled", None, pl("Nairobi", "KE", "KE-30", "city", "Nairobi"), None, actors(perp="Kenya Defence Forces", target="al-Shabaab")),
   ev("attack", "siege began", on(pub, "saturday"), pl("Nairobi", "KE", "KE-30", "city", "Nairobi"), counts(killed=(62, "at_least")), actors(perp="al-Shabaab", target="civilians"))],
  "Real event 2013-09-21. The clash day is 'third day' -> implicitly the publication day but not stated -> null.")

pub = "2015-06-27"
P(W, AF, pub, "A gunman disguised as a tourist opened fire on a beach in the Tunisian resort of Sousse on Friday, killing 38 people, most of them British, before being shot dead by police.",
  [ev("attack", "opened fire", on(pub, "friday"), pl("Sousse", "TN", "TN-51", "city", "Sousse"), counts(killed=38, attackers_killed=1), actors(target=["civilians", "foreigners"]))],
  "Real event 2015-06-26.")

pub = "2014-05-13"
P(BR, AF, pub, "Boko Haram released a video on Monday purporting to show about 130 of the schoolgirls abducted from Chibok last month, reciting Koranic verses.",
  [ev("propaganda", "released a video", on(pub, "monday"), None, None, actors(perp="Boko Haram")),
   ev("attack", "abducted", last_month(pub), pl("Chibok", "NG", "NG-BO", "city", "Chibok"), None, actors(perp="Boko Haram", target="civilians"))],
  "Real: video 2014-05-12, abduction April 2014. Abduction = attack on civilians. 130 girls shown in video is not a CountKind for either event.")

pub = "2018-03-20"
P(TR, AF, pub, "Troops of Operation Lafiya Dole repelled an attack by Boko Haram terrorists on a military base near Maiduguri, neutralising 12 of them, the Nigerian Army spokesman said.",
  [ev("armed_clash", "repelled an attack", None, pl("Maiduguri", "NG", "NG-BO", "city", "Maiduguri"), counts(attackers_killed=12), actors(perp="Boko Haram", target="Nigerian Army"), "reported", "Nigerian Army")],
  "A repelled attack on a base is coded armed_clash (two armed sides).")

pub = "2021-03-29"
P(W, AF, pub, "Insurgents linked to Islamic State attacked the coastal town of Palma in northern Mozambique on Wednesday, and dozens of people are feared dead, including foreign workers.",
  [ev("attack", "attacked", on(pub, "wednesday"), pl("Palma", "MZ", "MZ-P", "city", "Palma"), counts(killed=(24, "vague")), actors(perp=IS, target=["civilians", "foreigners"]))],
  "Real event 2021-03-24. 'dozens ... feared dead' -> 24 vague.")

pub = "2017-08-18"
P(CR, AF, pub, "The International Criminal Court ordered a Malian jihadist who destroyed shrines in Timbuktu to pay 2.7 million euros in reparations.",
  [ev("prosecution", "ordered", None, None, None, actors(perp="International Criminal Court"))],
  "Real (Al Mahdi reparations order, 2017-08-17; passage undated). The court is in The Hague; no place in text -> null. Timbuktu is the crime location, not the event place.")

pub = "2019-01-16"
P(W, AF, pub, "Al-Shabaab militants attacked the DusitD2 hotel complex in Nairobi on Tuesday with explosives and gunfire; a suicide bomber blew himself up at the entrance.",
  [ev("attack", "attacked", on(pub, "tuesday"), pl("Nairobi", "KE", "KE-30", "city", "Nairobi"), None, actors(perp="al-Shabaab", target="civilians")),
   ev("suicide_bombing", "blew himself up", on(pub, "tuesday"), pl("Nairobi", "KE", "KE-30", "city", "Nairobi"), counts(attackers_killed=1), actors(perp="al-Shabaab"))],
  "Real event 2019-01-15.")

pub = "2015-03-19"
P(BR, AF, pub, "Tunisia's president vowed on Wednesday to fight terrorism \"without mercy\" after gunmen killed at least 20 people, most of them foreign tourists, at the Bardo museum in Tunis.",
  [ev("statement", "vowed", on(pub, "wednesday"), country("Tunisia", "TN"), None, actors(perp="Beji Caid Essebsi")),
   ev("attack", "killed at least 20 people", None, pl("Tunis", "TN", "TN-11", "city", "Tunis"), counts(killed=(20, "at_least")), actors(target=["civilians", "foreigners"]))],
  "Real: Bardo attack 2015-03-18; the passage dates only the vow. The vow is located by the issuer's country (demonym rule).")

pub = "2020-02-11"
P(W, AF, pub, "Nigeria's Senate passed a bill on Tuesday to establish a national agency for the rehabilitation of repentant insurgents.",
  [ev("legislation", "passed a bill", today(pub), country("Nigeria", "NG"), None, actors(perp="Senate of Nigeria"))])

pub = "2019-11-05"
P(SA, AF, pub, "The Moroccan Central Bureau of Judicial Investigation dismantled a terrorist cell of four members operating in Tetouan and Chefchaouen who were preparing attacks on vital installations.",
  [ev("plot_disrupted", "dismantled a terrorist cell", None, pl("Tetouan", "MA", "MA-01", "city", "Tetouan"), counts(groups=1), actors(perp="Central Bureau of Judicial Investigation")),],
  "Arrests are implied but not stated -> no arrest event. Place: first-named city. MA-01 = Tanger-Tetouan-Al Hoceima.")

pub = "2022-06-07"
P(AN, AF, pub, "Mali's junta has deployed Russian military contractors alongside its troops in the central Mopti region since early this year, according to UN investigators.",
  [ev("military_exercise", "deployed", earlier_this_year(pub), pl("Mopti", "ML", "ML-5", "admin1", "Mopti region"), None, actors(perp=["Armed Forces of Mali", "Wagner Group"]), "reported", "UN investigators")])

pub = "2016-01-17"
P(W, AF, pub, "Al-Qaeda militants attacked a hotel and a cafe popular with foreigners in Ouagadougou on Friday night; security forces ended the siege on Saturday after killing three attackers.",
  [ev("attack", "attacked a hotel", on(pub, "friday"), pl("Ouagadougou", "BF", "BF-03", "city", "Ouagadougou"), None, actors(perp="al-Qaeda in the Islamic Maghreb", target="foreigners")),
   ev("armed_clash", "ended the siege", on(pub, "saturday"), pl("Ouagadougou", "BF", "BF-03", "city", "Ouagadougou"), counts(attackers_killed=3), actors(perp="security forces"))],
  "Real event 2016-01-15/16. Perpetrator canonicalised to AQIM (al-Qaeda's regional branch that claimed it).")

pub = "2023-03-14"
P(BR, AF, pub, "Thousands of Tunisians protested in Tunis on Saturday against President Kais Saied's arrest of prominent critics.",
  [ev("protest", "protested", on(pub, "saturday"), pl("Tunis", "TN", "TN-11", "city", "Tunis"), None, actors(perp="protesters"))])

pub = "2014-09-02"
P(TR, AF, pub, "The Egyptian Ministry of Interior declared that security forces arrested 18 elements of the terrorist Ansar Bayt al-Maqdis group in North Sinai during the past week.",
  [ev("arrest", "arrested", None, pl("North Sinai", "EG", "EG-SIN", "admin1", "North Sinai"), counts(arrested=18), actors(perp="security forces", target="Ansar Bayt al-Maqdis"), "reported", "Ministry of Interior of Egypt")],
  "'during the past week' is a rolling window (not 'last week') -> null per guidelines.")

# ================================================================ Other
pub = "2017-11-01"
P(W, OT, pub, "An Uzbek-born man drove a rented pickup truck down a crowded bike path in Lower Manhattan on Tuesday, killing eight people, in what the mayor called a cowardly act of terror.",
  [ev("attack", "drove a rented pickup truck", on(pub, "tuesday"), pl("New York City", "US", "US-NY", "city", "Lower Manhattan"), counts(killed=8), actors(target="civilians"))],
  "Real event 2017-10-31.")

pub = "2016-01-15"
P(W, OT, pub, "Militants set off bombs and opened fire in central Jakarta on Thursday, killing four civilians; all four attackers also died, police said.",
  [ev("bombing", "set off bombs", on(pub, "thursday"), pl("Jakarta", "ID", "ID-JK", "city", "Jakarta"), counts(killed=4, attackers_killed=4), actors(target="civilians"), "reported", "police"),
   ev("attack", "opened fire", on(pub, "thursday"), pl("Jakarta", "ID", "ID-JK", "city", "Jakarta"), None, actors(target="civilians"), "reported", "police")],
  "Real event 2016-01-14. Tolls attached to the first trigger.")

pub = "2014-05-23"
P(BR, OT, pub, "Attackers drove two vehicles into a crowded morning market in Urumqi on Thursday and hurled explosives, killing 31 people, Chinese state media said.",
  [ev("attack", "drove two vehicles into", on(pub, "thursday"), pl("Urumqi", "CN", "CN-XJ", "city", "Urumqi"), counts(killed=31), actors(target="civilians"), "reported", "Chinese state media"),
   ev("bombing", "hurled explosives", on(pub, "thursday"), pl("Urumqi", "CN", "CN-XJ", "city", "Urumqi"), None, actors(target="civilians"), "reported", "Chinese state media")],
  "Real event 2014-05-22. Vehicle ramming (attack) and thrown explosives (bombing) are two taxonomy types in one assault: both coded, the overall toll on the first trigger (as in Jakarta and Paris).")

pub = "2017-05-24"
P(W, OT, pub, "Philippine troops clashed with Maute group militants in Marawi on Tuesday, and President Duterte declared martial law across Mindanao.",
  [ev("armed_clash", "clashed", on(pub, "tuesday"), pl("Marawi", "PH", "PH-LAS", "city", "Marawi"), None, actors(perp="Armed Forces of the Philippines", target="Maute group")),
   ev("legislation", "declared martial law", None, pl("Mindanao", "PH", None, "country", "Mindanao"), None, actors(perp="Rodrigo Duterte"))],
  "Real event 2017-05-23. Martial law is a policy change -> legislation. Mindanao is an island group with no ISO code: coded country-level PH.")
