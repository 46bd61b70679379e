"""Held-out passages from outside Central Asia: Middle East, South Asia, Europe, Africa, Caucasus, other."""
# ruff: noqa: E501, F405
from _gold import *  # noqa: F403

IS = "Islamic State"
ISK = "Islamic State Khorasan Province"
TTP = "Tehrik-i-Taliban Pakistan"
AQ = "al-Qaeda"
SHB = "al-Shabaab"
BH = "Boko Haram"
ISWAP = "Islamic State West Africa Province"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
FSB = "Federal Security Service"
NAC = "National Anti-Terrorism Committee"
PKK = "Kurdistan Workers' Party"

# ================================================================ Middle East
pub = "2024-01-04"
P(W, ME, pub, "Two blasts tore through crowds marking the anniversary of Qassem Soleimani's death near his tomb in Kerman on Wednesday, killing at least 84 people. Islamic State said the next day that two of its members had detonated explosive belts.",
  [ev("suicide_bombing", "detonated explosive belts", on(pub, "wednesday"), pl("Kerman", "IR", "IR-08", "city", "Kerman"), counts(killed=(84, "at_least"), attackers_killed=2), actors(perp=IS, target="civilians"), "reported", IS)],
  "Real event 2024-01-03. One attack: the claim supplies the perpetrator, the suicide subtype and reported_by; it is not a propaganda event. The anniversary is the occasion, not an event. The toll goes on the single coded event, whose trigger is the subtype-bearing phrase.")

pub = "2016-12-12"
P(BR, AF, pub, "A bomb ripped through the St Peter and St Paul church adjoining Cairo's Coptic cathedral during Sunday mass, killing 25 worshippers, most of them women.",
  [ev("bombing", "A bomb ripped through", on(pub, "sunday"), pl("Cairo", "EG", "EG-C", "city", "Cairo"), counts(killed=25), actors(target="worshippers"))],
  "Real event 2016-12-11 (later identified as a suicide bombing, but this passage only says 'a bomb' -> bombing). 'during Sunday mass' dates the blast to the most recent Sunday. Egypt is North Africa -> region africa.")

pub = "2017-11-26"
P(W, AF, pub, "Gunmen set off a bomb and then fired on worshippers fleeing the al-Rawda mosque in Bir al-Abed, North Sinai, during Friday prayers, killing 305 people in the deadliest attack in Egypt's modern history.",
  [ev("bombing", "set off a bomb", on(pub, "friday"), pl("Bir al-Abed", "EG", "EG-SIN", "city", "Bir al-Abed"), counts(killed=305), actors(target="worshippers")),
   ev("attack", "fired on worshippers", on(pub, "friday"), pl("Bir al-Abed", "EG", "EG-SIN", "city", "Bir al-Abed"), None, actors(target="worshippers"))],
  "Real event 2017-11-24. Combined assault: bomb and gunfire coded as two events; the overall toll goes on the first trigger.")

pub = "2014-06-11"
P(W, ME, pub, "Islamic State of Iraq and the Levant fighters overran Mosul on Tuesday after Iraqi army units abandoned their positions, and the provincial governor urged residents to take up arms.",
  [ev("armed_clash", "overran Mosul", on(pub, "tuesday"), pl("Mosul", "IQ", "IQ-NI", "city", "Mosul"), None, actors(perp=IS, target="Iraqi Security Forces")),
   ev("statement", "urged residents to take up arms", None, pl("Mosul", "IQ", "IQ-NI", "city", "Mosul"), None, actors(perp="Governor of Nineveh"))],
  "Real event 2014-06-10. ISIL is the Islamic State (alias). An appeal by an official is a statement; it has no date of its own in the passage. ANNOTATOR DOUBT: the governor spoke from outside the city; the statement is placed at Mosul because the appeal concerns it and no other place is named.")

pub = "2019-01-22"
P(TR, ME, pub, "The Ministry of Interior of the Hashemite Kingdom announces that the security services have thwarted a plot by a group of 12 persons to carry out attacks on security installations and a shopping centre; the members of the cell were arrested.",
  [ev("plot_disrupted", "have thwarted a plot", None, None, counts(groups=1), actors(perp="Ministry of Interior of Jordan"), "reported", "Ministry of Interior of Jordan"),
   ev("arrest", "were arrested", None, None, counts(arrested=12), actors(perp="security forces"), "reported", "Ministry of Interior of Jordan")],
  "Realistic-generic. 'the Hashemite Kingdom' names Jordan. A group of 12 -> groups 1 (individuals counts lone actors only); the arrests get arrested 12. 'the Hashemite Kingdom' (Jordan) occurs only inside the ministry's name -> institution name, no place (README). ANNOTATOR DOUBT: a coder applying the country rule for a state's own institutions might code Jordan.")

pub = "2015-06-27"
P(BR, ME, pub, "A suicide bomber struck the Imam Sadiq mosque in Kuwait City during Friday prayers, killing 27 worshippers; the Saudi-born bomber had flown in that morning, officials later said.",
  [ev("suicide_bombing", "A suicide bomber struck", on(pub, "friday"), pl("Kuwait City", "KW", "KW-KU", "city", "Kuwait City"), counts(killed=27, attackers_killed=1), actors(target="worshippers"))],
  "Real event 2015-06-26. 'Saudi-born' is nationality. The bomber's flight is transit, not foreign-fighter travel. 'officials later said' attributes only the detail of the flight.")

pub = "2016-08-23"
P(W, ME, pub, "Turkish President Tayyip Erdogan said a child aged between 12 and 14 carried out the suicide bombing at a Kurdish wedding in Gaziantep on Saturday night that killed 54 people.",
  [ev("suicide_bombing", "suicide bombing", on(pub, "saturday"), pl("Gaziantep", "TR", "TR-27", "city", "Gaziantep"), counts(killed=54, attackers_killed=1), actors(target="civilians"), "reported", "Recep Tayyip Erdogan")],
  "Real event 2016-08-20. 'aged between 12 and 14' is an age range, not a count or date.")

pub = "2018-09-10"
P(TR, ME, pub, "The Islamic Revolutionary Guard Corps said in a statement that its forces had targeted the headquarters of Kurdish opposition groups in Koya, in northern Iraq, with seven missiles on Saturday.",
  [ev("armed_clash", "targeted the headquarters", on(pub, "saturday"), pl("Koy Sanjaq", "IQ", "IQ-AR", "city", "Koya"), None, actors(perp="Islamic Revolutionary Guard Corps", target="Kurdish opposition groups"), "reported", "Islamic Revolutionary Guard Corps")],
  "Real event 2018-09-08. A missile strike on an armed group's base -> armed_clash (strikes on armed groups). Missiles are weapons, not counted. Koya is in Erbil governorate (IQ-AR).")

pub = "2021-03-08"
P(BR, ME, pub, "Houthi drones and missiles struck a Saudi oil storage yard at Ras Tanura on Sunday, the Saudi energy ministry said, adding that there were no casualties.",
  [ev("bombing", "drones and missiles struck", on(pub, "sunday"), pl("Ras Tanura", "SA", "SA-04", "city", "Ras Tanura"), counts(killed=0, injured=0), actors(perp="Houthis", target="Saudi Aramco"), "reported", "Ministry of Energy of Saudi Arabia")],
  "Real event 2021-03-07. Drone strike on a civilian installation -> bombing. 'no casualties' -> killed 0 and injured 0.")

pub = "2013-05-13"
P(W, ME, pub, "Two car bombs exploded outside the town hall and post office of Reyhanli, a Turkish town near the Syrian border, on Saturday, killing 52 people.",
  [ev("bombing", "car bombs exploded", on(pub, "saturday"), pl("Reyhanli", "TR", "TR-31", "city", "Reyhanli"), counts(killed=52), actors(target="civilians"))],
  "Real event 2013-05-11. The Syrian border is not an event place.")

pub = "2017-06-08"
P(BR, ME, pub, "Gunmen and suicide bombers attacked Iran's parliament and the mausoleum of Ayatollah Khomeini in Tehran on Wednesday, killing 17 people, in the first attack claimed by Islamic State inside the country.",
  [ev("attack", "Gunmen and suicide bombers attacked", on(pub, "wednesday"), pl("Tehran", "IR", "IR-23", "city", "Tehran"), counts(killed=17), actors(perp=IS, target="Islamic Consultative Assembly"), "reported", IS),
   ev("suicide_bombing", "suicide bombers", on(pub, "wednesday"), pl("Tehran", "IR", "IR-23", "city", "Tehran"), None, actors(perp=IS, target="Islamic Consultative Assembly"), "reported", IS)],
  "Real event 2017-06-07. A coordinated assault mixing gunfire and suicide blasts -> both types; the overall toll goes on the first trigger. The number of bombers is not given -> no attackers_killed count. The claim sets perpetrator and reported_by. ANNOTATOR DOUBT: IR-23 is the current ISO code for Tehran province; the code in force in 2017 may have differed.")

pub = "2022-11-14"
P(W, ME, pub, "An explosion on Istanbul's busy Istiklal Avenue killed six people and wounded 81 on Sunday afternoon; police detained a Syrian woman they accused of leaving the bomb on a bench, and Ankara blamed the PKK, which denied involvement.",
  [ev("bombing", "explosion", on(pub, "sunday"), pl("Istanbul", "TR", "TR-34", "city", "Istanbul"), counts(killed=6, injured=81), actors(target="civilians")),
   ev("arrest", "detained", None, pl("Istanbul", "TR", "TR-34", "city", "Istanbul"), counts(arrested=1), actors(perp="police"))],
  "Real event 2022-11-13. The bombing itself is not denied (only the PKK's involvement), so it stays asserted with no perpetrator. The arrest has no date of its own in the passage ('Sunday afternoon' belongs to the explosion). ANNOTATOR DOUBT: a coder could carry Sunday over to the arrest; kept null per the no-own-date rule.")

pub = "2019-05-02"
P(AN, ME, pub, "Abu Bakr al-Baghdadi reappeared in an 18-minute video released by al-Furqan on Monday, his first since 2014, in which he acknowledged the loss of Baghouz.",
  [ev("propaganda", "video released by al-Furqan", on(pub, "monday"), None, None, actors(perp=IS))],
  "Real event 2019-04-29. al-Furqan is an IS media outlet -> perpetrator Islamic State. '18-minute' is a duration; 'since 2014' and 'the loss of Baghouz' are background references.")

pub = "2020-12-30"
P(SA, ME, pub, "The Presidency of State Security arrested a cell of three people who had been recruiting for the terrorist organisation ISIS via social media, in Riyadh and Dammam.",
  [ev("arrest", "arrested", None, pl("Riyadh", "SA", "SA-01", "city", "Riyadh"), counts(arrested=3), actors(perp="Presidency of State Security", target=IS))],
  "Realistic-generic. Recruiting is the generic offence -> not coded as propaganda. Two places: the first-named (Riyadh).")

pub = "2023-10-09"
P(W, ME, pub, "Israel's security cabinet formally declared war on Hamas on Sunday, a day after the group's gunmen stormed border communities and killed hundreds of people.",
  [ev("statement", "formally declared war", on(pub, "sunday"), country("Israel", "IL", "Israel's"), None, actors(perp="Security Cabinet of Israel", target="Hamas")),
   ev("attack", "stormed border communities", on(pub, "saturday"), None, counts(killed=(200, "vague")), actors(perp="Hamas", target="civilians"))],
  "Real events 2023-10-07/08. A formal declaration of war is a statement; a state's own act is placed at the country with the possessive demonym as text. 'a day after' Sunday -> Saturday. 'hundreds' -> 200 vague. The communities are not named -> no place.")

pub = "2015-08-07"
P(TR, ME, pub, "According to the Saudi Press Agency, a suicide bomber blew himself up in a mosque inside a special forces compound in Abha, Asir province, during noon prayers on Thursday, killing 15 people.",
  [ev("suicide_bombing", "blew himself up", on(pub, "thursday"), pl("Abha", "SA", "SA-14", "city", "Abha"), counts(killed=15, attackers_killed=1), actors(target="security forces"), "reported", "Saudi Press Agency")],
  "Real event 2015-08-06. The compound is a security forces site -> target security forces.")

# ================================================================ South Asia
pub = "2016-03-28"
P(W, SAS, pub, "A suicide bomber targeting Christians celebrating Easter killed at least 70 people, many of them children, in a crowded park in Lahore on Sunday evening; a Pakistani Taliban faction, Jamaat-ul-Ahrar, claimed responsibility.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "sunday"), pl("Lahore", "PK", "PK-PB", "city", "Lahore"), counts(killed=(70, "at_least"), attackers_killed=1), actors(perp="Jamaat-ul-Ahrar", target="civilians"), "reported", "Jamaat-ul-Ahrar")],
  "Real event 2016-03-27 (Gulshan-e-Iqbal park). The claim sets perpetrator and reported_by, not a propaganda event. 'many of them children' is an included sub-count.")

pub = "2017-02-17"
P(BR, SAS, pub, "At least 88 devotees were killed when a suicide attacker blew himself up among dancers at the shrine of Lal Shahbaz Qalandar in Sehwan, Sindh, on Thursday evening. Islamic State claimed the attack through its Amaq agency.",
  [ev("suicide_bombing", "blew himself up", on(pub, "thursday"), pl("Sehwan", "PK", "PK-SD", "city", "Sehwan"), counts(killed=(88, "at_least"), attackers_killed=1), actors(perp=IS, target="worshippers"), "reported", IS)],
  "Real event 2017-02-16. The Amaq claim is not a propaganda event. Toll as in the passage.")

pub = "2018-07-14"
P(W, SAS, pub, "A bomb blast tore through an election rally in Mastung in Balochistan province on Friday, killing at least 128 people including the candidate Siraj Raisani; Islamic State claimed responsibility.",
  [ev("bombing", "bomb blast", on(pub, "friday"), pl("Mastung", "PK", "PK-BA", "city", "Mastung"), counts(killed=(128, "at_least")), actors(perp=IS, target="civilians"), "reported", IS)],
  "Real event 2018-07-13 (reported later as a suicide bombing; this passage only says 'bomb blast' -> bombing). The named victim is included in the toll.")

pub = "2019-05-09"
P(W, SAS, pub, "A suicide bomber targeted a police van guarding the Data Darbar Sufi shrine in Lahore on Wednesday morning, killing at least 10 people including five policemen; the Pakistani Taliban splinter group Hizbul Ahrar claimed responsibility.",
  [ev("suicide_bombing", "A suicide bomber targeted a police van", on(pub, "wednesday"), pl("Lahore", "PK", "PK-PB", "city", "Lahore"), counts(killed=(10, "at_least"), attackers_killed=1), actors(perp="Hizbul Ahrar", target="police"), "reported", "Hizbul Ahrar")],
  "Real event 2019-05-08. 'including five policemen' is an included sub-count and not coded. The claim sets perpetrator and reported_by.")

pub = "2020-02-08"
P(BR, SAS, pub, "The Afghan army and Taliban fighters fought for several hours around Imam Sahib district in Kunduz on Friday night, with officials reporting 11 Taliban and three soldiers killed.",
  [ev("armed_clash", "fought for several hours", on(pub, "friday"), pl("Kunduz", "AF", "AF-KDZ", "admin1", "Kunduz"), counts(killed=3, attackers_killed=11), actors(perp="Afghan National Army", target="Taliban"), "reported", "officials")],
  "Realistic-generic. Kunduz here is the province ('Imam Sahib district in Kunduz') -> admin1. Soldiers are victims (killed); Taliban killed by state forces -> attackers_killed. 'several hours' is a duration.")

pub = "2022-09-01"
P(TR, SAS, pub, "The National Counter Terrorism Authority informs that on 30 August, personnel of the Counter Terrorism Department apprehended two terrorists of the proscribed outfit TTP near Dera Ismail Khan and recovered suicide jackets, thereby foiling a major act of terrorism.",
  [ev("arrest", "apprehended", day("2022-08-30"), pl("Dera Ismail Khan", "PK", "PK-KP", "city", "Dera Ismail Khan"), counts(arrested=2), actors(perp="Counter Terrorism Department", target=TTP), "reported", "National Counter Terrorism Authority"),
   ev("plot_disrupted", "foiling a major act of terrorism", day("2022-08-30"), pl("Dera Ismail Khan", "PK", "PK-KP", "city", "Dera Ismail Khan"), None, actors(perp="Counter Terrorism Department", target=TTP), "reported", "National Counter Terrorism Authority")],
  "Realistic-generic. TTP expanded to Tehrik-i-Taliban Pakistan. The suicide jackets are weapons (not counted); the plotted attack is not coded. The disruption shares the apprehension's date because the same clause dates both ('thereby').")

pub = "2021-10-09"
P(BR, SAS, pub, "Islamic State's Afghan affiliate, ISIS-K, said one of its members had carried out Friday's bombing at the Gozar-e-Sayed Abad Shi'ite mosque in Kunduz, where dozens of worshippers died during prayers.",
  [ev("bombing", "bombing", on(pub, "friday"), pl("Kunduz", "AF", "AF-KDZ", "city", "Kunduz"), counts(killed=(24, "vague")), actors(perp=ISK, target="worshippers"), "reported", ISK)],
  "Real event 2021-10-08 (a suicide bombing in fact, but this passage does not say so -> bombing). ISIS-K -> Islamic State Khorasan Province; the claim sets perpetrator and reported_by. 'dozens' -> 24 vague. Kunduz here is the city.")

pub = "2016-07-02"
P(LP, SAS, pub, "Hundreds of people marched through Dhaka's Shahbagh on Saturday evening to condemn the overnight siege at a Gulshan cafe, holding candles and banners reading \"No to militancy\".",
  [ev("protest", "marched", on(pub, "saturday"), pl("Dhaka", "BD", "BD-C", "city", "Dhaka"), None, actors(perp="protesters"))],
  "Marches against terrorism are protests. The cafe siege is referred to by name as the occasion ('the overnight siege at a Gulshan cafe') without details -> not coded. ANNOTATOR NOTE: the real march came later; the passage is realistic-generic.")

pub = "2019-04-28"
P(W, SAS, pub, "Sri Lanka banned face coverings on Sunday under emergency regulations, a week after suicide bombers killed more than 250 people at churches and hotels; security forces also raided a hideout in Sainthamaruthu on Friday night, where 15 people died, including six children, after militants detonated explosives.",
  [ev("legislation", "banned face coverings", on(pub, "sunday"), country("Sri Lanka", "LK"), None, actors(perp="Government of Sri Lanka")),
   ev("armed_clash", "raided a hideout", on(pub, "friday"), pl("Sainthamaruthu", "LK", "LK-5", "city", "Sainthamaruthu"), counts(killed=15), actors(perp="security forces"))],
  "Real events (ban 2019-04-29 in reality; the passage says Sunday, passage governs; raid 2019-04-26). The Easter bombings are referred to as background ('a week after ...') -> not coded. The raid with a gunfight is a clash; the toll of 15 as given (including family members) goes on killed. ANNOTATOR DOUBT: some of the dead were militants who blew themselves up; the passage does not separate them -> all as killed.")

pub = "2013-10-07"
P(SA, SAS, pub, "The Union Ministry of Home Affairs has declared the Indian Mujahideen an unlawful association and banned it for a further period, following the serial blasts in Hyderabad in February.",
  [ev("legislation", "declared the Indian Mujahideen an unlawful association", None, None, None, actors(perp="Ministry of Home Affairs of India", target="Indian Mujahideen"))],
  "Realistic-generic. A proscription is legislation. 'Union' is part of the ministry's name, not a place -> null. The Hyderabad blasts are a background reference (named with a month, no details) -> not coded.")

pub = "2017-09-05"
P(W, SAS, pub, "Bangladesh stepped up border patrols along the Naf river in Cox's Bazar district after more than 120,000 Rohingya fled fighting in Myanmar's Rakhine state since late August.",
  [ev("military_exercise", "stepped up border patrols", None, pl("Cox's Bazar", "BD", "BD-B", "city", "Cox's Bazar"), None, actors(perp="Border Guard Bangladesh"))],
  "Realistic-generic. A security surge -> military_exercise; undated. Refugee numbers are not counts of any kind. The fighting in Rakhine is a background reference without details ('fled fighting') -> not coded. Place: Cox's Bazar (district named after the town) in Chattogram division.")

pub = "2023-05-10"
P(LP, SAS, pub, "Supporters of former prime minister Imran Khan ransacked the corps commander's residence in Lahore on Tuesday evening, hours after paramilitary Rangers dragged him from the Islamabad High Court and arrested him.",
  [ev("protest", "ransacked the corps commander's residence", on(pub, "tuesday"), pl("Lahore", "PK", "PK-PB", "city", "Lahore"), None, actors(perp="protesters", target="military")),
   ev("arrest", "arrested him", None, pl("Islamabad", "PK", "PK-IS", "city", "Islamabad"), counts(arrested=1), actors(perp="Pakistan Rangers", target="Imran Khan"))],
  "Real events 2023-05-09. A riot that grows out of a protest -> protest. The arrest is dated only relatively ('hours after' the dated riot) -> null per the README. The court name places the arrest at Islamabad, as court names place trials in the project set. One named person -> arrested 1.")

pub = "2014-06-10"
P(W, SAS, pub, "Militants disguised as security personnel stormed Karachi's Jinnah International Airport on Sunday night, sparking a five-hour gun battle in which all ten attackers and 26 others were killed.",
  [ev("attack", "stormed", on(pub, "sunday"), pl("Karachi", "PK", "PK-SD", "city", "Karachi"), counts(killed=26, attackers_killed=10), actors(target="civilians")),
   ev("armed_clash", "gun battle", on(pub, "sunday"), pl("Karachi", "PK", "PK-SD", "city", "Karachi"), None, actors(perp="security forces", target="militants"))],
  "Real event 2014-06-08. The storming is the attack and the ensuing fight with security forces the clash; tolls go on the first trigger. 'five-hour' is a duration.")

pub = "2023-07-31"
P(BR, SAS, pub, "At least 54 people were killed when a suicide bomber struck a rally of the Jamiat Ulema-e-Islam party in Khar, the main town of Bajaur, on Sunday afternoon, police said.",
  [ev("suicide_bombing", "suicide bomber struck", on(pub, "sunday"), pl("Khar", "PK", "PK-KP", "city", "Khar"), counts(killed=(54, "at_least"), attackers_killed=1), actors(target="Jamiat Ulema-e-Islam"), "reported", "police")],
  "Real event 2023-07-30. The rally is the target, not a protest event.")

pub = "2016-09-20"
P(W, SAS, pub, "India said on Monday it had evidence that the militants who raided an army base in Uri on Sunday, killing 18 soldiers, had crossed from Pakistan; Islamabad rejected the accusation as baseless.",
  [ev("attack", "raided an army base", on(pub, "sunday"), pl("Uri", "IN", "IN-JK", "city", "Uri"), counts(killed=18), actors(target="military"), "reported", "Government of India")],
  "Real event 2016-09-18. Pakistan denies the cross-border origin, not the raid -> the attack stays reported (by India), not denied. 'said on Monday' dates India's claim; the raid has its own date. ANNOTATOR DOUBT: a raid on an army base is coded as an attack (like a raid on a National Guard unit in the project set); contrast the Inates passage, where a large assault on a camp with fighting and dozens of assailants killed is coded as a clash.")

pub = "2023-05-06"
P(TR, SAS, pub, "The Ministry of Home Affairs informs that additional companies of the Central Armed Police Forces have been airlifted to Manipur and deployed in the affected districts to restore normalcy following the violence of 3 May.",
  [ev("military_exercise", "deployed in the affected districts", None, pl("Manipur", "IN", "IN-MN", "admin1", "Manipur"), None, actors(perp="Central Armed Police Forces"), "reported", "Ministry of Home Affairs of India")],
  "Real deployment (May 2023). Deployment is undated (no own date). 'the violence of 3 May' is an ethnic clash named by date without details -> not coded. 'informs that' is an attribution -> reported.")

pub = "2024-03-28"
P(W, SAS, pub, "Five Chinese engineers and their Pakistani driver were killed on Tuesday when a suicide bomber rammed an explosives-laden car into their convoy near Besham in Shangla district.",
  [ev("suicide_bombing", "suicide bomber rammed an explosives-laden car", on(pub, "tuesday"), pl("Besham", "PK", "PK-KP", "city", "Besham"), counts(killed=6, attackers_killed=1), actors(target="foreigners"))],
  "Real event 2024-03-26. 'Five ... and their Pakistani driver' -> killed 6 (the victims are enumerated, not given as a total).")

# ================================================================ Europe
pub = "2017-03-23"
P(W, EU, pub, "A man drove a car into pedestrians on Westminster Bridge and then stabbed a police officer to death at the gates of Parliament on Wednesday afternoon, killing four people before he was shot dead.",
  [ev("attack", "drove a car into pedestrians", on(pub, "wednesday"), pl("London", "GB", "GB-ENG", "city", "Westminster Bridge"), counts(killed=4, attackers_killed=1), actors(target=["civilians", "police"]))],
  "Real event 2017-03-22. Ramming and stabbing are one continuous attack -> coded once. The attacker shot dead by police -> attackers_killed 1. Place: Westminster Bridge is in London (text = the bridge).")

pub = "2018-12-13"
P(BR, EU, pub, "French police were on Thursday still hunting the gunman who opened fire near Strasbourg's Christmas market on Tuesday evening, killing three people and wounding 12.",
  [ev("attack", "opened fire", on(pub, "tuesday"), pl("Strasbourg", "FR", "FR-GES", "city", "Strasbourg"), counts(killed=3, injured=12), actors(target="civilians"))],
  "Real event 2018-12-11 (the toll later rose; passage governs). The manhunt is not an arrest.")

pub = "2020-10-17"
P(W, EU, pub, "A history teacher who had shown his class caricatures of the Prophet Mohammed was beheaded on Friday in Conflans-Sainte-Honorine, a suburb north-west of Paris; police shot the 18-year-old assailant dead.",
  [ev("attack", "was beheaded", on(pub, "friday"), pl("Conflans-Sainte-Honorine", "FR", "FR-IDF", "city", "Conflans-Sainte-Honorine"), counts(killed=1, attackers_killed=1), actors(target="civilians"))],
  "Real event 2020-10-16. '18-year-old' is an age. Place: the town, not Paris (used only as a reference point).")

pub = "2017-08-19"
P(TR, EU, pub, "The Mossos d'Esquadra report that, in the early hours of Friday, officers in Cambrils neutralised five terrorists wearing fake explosive belts who had run over pedestrians on the promenade, one of whom later died.",
  [ev("armed_clash", "neutralised five terrorists", on(pub, "friday"), pl("Cambrils", "ES", "ES-CT", "city", "Cambrils"), counts(attackers_killed=5), actors(perp="Mossos d'Esquadra"), "reported", "Mossos d'Esquadra"),
   ev("attack", "run over pedestrians", on(pub, "friday"), pl("Cambrils", "ES", "ES-CT", "city", "Cambrils"), counts(killed=1), actors(target="civilians"), "reported", "Mossos d'Esquadra")],
  "Real event 2017-08-18. Fake belts -> no explosion, no bombing. 'neutralised' = killed (the five attackers were shot dead). ANNOTATOR DOUBT: police shooting attackers in the middle of an attack is coded as a clash with attackers_killed, following the gold convention for police killing attackers; the attack keeps the victim's death.")

pub = "2016-03-19"
P(W, EU, pub, "Belgian police captured Salah Abdeslam, the prime surviving suspect in the Paris attacks, in a raid in the Molenbeek district of Brussels on Friday after four months on the run.",
  [ev("arrest", "captured", on(pub, "friday"), pl("Brussels", "BE", "BE-BRU", "city", "Molenbeek"), counts(arrested=1), actors(perp="police"))],
  "Real event 2016-03-18. 'the Paris attacks' is a name-only reference. 'four months' is a duration. Molenbeek is a municipality in the Brussels-Capital Region -> Brussels.")

pub = "2022-06-30"
P(CR, EU, pub, "After a nine-month trial, the special assize court in Paris on Wednesday found Salah Abdeslam guilty over the November 2015 attacks and sentenced him to whole-life imprisonment, alongside 19 co-defendants who received various terms.",
  [ev("prosecution", "found Salah Abdeslam guilty", on(pub, "wednesday"), pl("Paris", "FR", "FR-IDF", "city", "Paris"), counts(convicted=20), actors(perp="Special Assize Court of Paris"))],
  "Real event 2022-06-29. Abdeslam plus 19 co-defendants convicted -> 20 (one of the 20 was in fact acquitted of terrorism but convicted of a lesser charge; the passage governs). 'the November 2015 attacks' is a name-only reference. 'nine-month' is a duration.")

pub = "2019-12-02"
P(BR, EU, pub, "A convicted terrorist on day release stabbed two people to death at a prisoner rehabilitation conference at Fishmongers' Hall near London Bridge on Friday before being tackled by members of the public and shot dead by officers.",
  [ev("attack", "stabbed two people to death", on(pub, "friday"), pl("London", "GB", "GB-ENG", "city", "London"), counts(killed=2, attackers_killed=1), actors(target="civilians"))],
  "Real event 2019-11-29. The conference is the scene, not a 'meeting' negative. 'convicted terrorist' describes the attacker, no prosecution event. Place: London (text 'London' inside 'London Bridge').")

pub = "2015-01-10"
P(W, EU, pub, "French police commandos on Friday stormed a printing works in Dammartin-en-Goele, where the Kouachi brothers were holed up, and a kosher supermarket in eastern Paris, killing all three gunmen; four hostages died at the supermarket.",
  [ev("armed_clash", "stormed a printing works", on(pub, "friday"), pl("Dammartin-en-Goele", "FR", "FR-IDF", "city", "Dammartin-en-Goele"), counts(attackers_killed=3), actors(perp="police")),
   ev("attack", "four hostages died", on(pub, "friday"), pl("Paris", "FR", "FR-IDF", "city", "Paris"), counts(killed=4), actors(target="civilians"))],
  "Real events 2015-01-09. Police assaults on the two sites are one clash, placed at the first-named site; the three gunmen killed -> attackers_killed 3. The hostage killings at the supermarket are the attack (hostage-taking and killing of civilians).")

pub = "2020-11-04"
P(LP, EU, pub, "Around a thousand residents of Vienna laid flowers and lit candles in the Bermuda Triangle nightlife district on Tuesday evening, a day after the shooting, in a silent vigil against terror.",
  [ev("protest", "silent vigil against terror", on(pub, "tuesday"), pl("Vienna", "AT", "AT-9", "city", "Vienna"), None, actors(perp="residents"))],
  "A vigil against terror is a march-against-terrorism type protest. Protester numbers not counted. 'the shooting' is a reference without details.")

pub = "2018-04-24"
P(SA, EU, pub, "The Federal Prosecutor's Office has brought charges before the State Protection Senate of the Higher Regional Court of Dusseldorf against a Syrian national accused of membership in the foreign terrorist organisation Jabhat al-Nusra.",
  [ev("prosecution", "has brought charges", None, pl("Dusseldorf", "DE", "DE-NW", "city", "Dusseldorf"), None, actors(perp="Federal Prosecutor General of Germany", target="Jabhat al-Nusra"))],
  "Realistic-generic. Charges only -> no convicted count. Membership is the generic offence. The charge is placed at the court's city. 'Syrian national' is nationality.")

pub = "2023-10-17"
P(W, EU, pub, "Two Swedish football supporters were shot dead in central Brussels on Monday evening by a Tunisian man who claimed allegiance to Islamic State in a video; Belgium raised its terror alert to its highest level in the capital.",
  [ev("attack", "were shot dead", on(pub, "monday"), pl("Brussels", "BE", "BE-BRU", "city", "Brussels"), counts(killed=2), actors(target="civilians")),
   ev("statement", "raised its terror alert to its highest level", None, pl("Brussels", "BE", "BE-BRU", "city", "Brussels"), None, actors(perp="Government of Belgium"))],
  "Real event 2023-10-16. The pledge video is part of the attack, not coded separately (the perpetrator's allegiance is not a named organisation attack claim). ANNOTATOR DOUBT: the video could be read as propaganda; not coded because the passage treats it as the attacker's statement. The alert change is undated (no own date) and placed at 'the capital' = Brussels.")

pub = "2016-11-22"
P(TR, EU, pub, "In the course of a joint operation with the FSB, the Ministry of Internal Affairs in St Petersburg and Moscow detained ten natives of Central Asian republics who were preparing a series of explosions in crowded places.",
  [ev("arrest", "detained", None, pl("Saint Petersburg", "RU", "RU-SPE", "city", "St Petersburg"), counts(arrested=10), actors(perp=[FSB, "Ministry of Internal Affairs of Russia"])),
   ev("plot_disrupted", "were preparing a series of explosions", None, pl("Saint Petersburg", "RU", "RU-SPE", "city", "St Petersburg"), None, actors(perp=[FSB, "Ministry of Internal Affairs of Russia"]))],
  "Realistic-generic. 'natives of Central Asian republics' is an origin, not a place. Detention while preparing -> plot_disrupted plus arrest. The number of cells is not stated and the ten are not lone actors -> no groups/individuals count.")

pub = "2019-08-12"
P(W, EU, pub, "Norwegian police said on Sunday they were treating Saturday's shooting at the al-Noor Islamic Centre in Baerum, near Oslo, as an attempted act of terrorism; a worshipper overpowered the gunman before anyone was hurt.",
  [ev("attack", "shooting", on(pub, "saturday"), pl("Baerum", "NO", "NO-02", "city", "Baerum"), counts(injured=0), actors(target="worshippers"), "reported", "police")],
  "Real event 2019-08-10. 'before anyone was hurt' -> injured 0. Baerum was in Akershus county (NO-02) at the publication date (Viken, NO-30, only from 2020). Oslo is a reference point, not the place. ANNOTATOR DOUBT: the admin1 code across the 2020 county reform.")

pub = "2021-06-25"
P(SA, EU, pub, "The Federal Ministry of the Interior has banned the association \"Ansaar International\" and its sub-organisations with immediate effect for financing terrorism; police searched premises in ten federal states on Wednesday morning.",
  [ev("legislation", "has banned the association", None, None, None, actors(perp="Federal Ministry of the Interior of Germany", target="Ansaar International"))],
  "Real ban 2021-05-05 (realistic placement). Ban of an organisation -> legislation; no place (institution name only). Searches are not arrests and are not coded. ANNOTATOR NOTE: the ban and searches share 'Wednesday' only for the searches.")

pub = "2024-03-25"
P(BR, EU, pub, "Russia observed a national day of mourning on Sunday after gunmen burst into Crocus City Hall outside Moscow on Friday night, spraying concertgoers with automatic fire and setting the building alight; the death toll stood at 137.",
  [ev("attack", "burst into Crocus City Hall", on(pub, "friday"), pl("Krasnogorsk", "RU", "RU-MOS", "city", "Crocus City Hall"), counts(killed=137), actors(target="civilians"))],
  "Real event 2024-03-22. The day of mourning is a commemoration, not coded. Crocus City Hall is in Krasnogorsk, Moscow Oblast ('outside Moscow'). ANNOTATOR DOUBT: the venue name as place text.")

pub = "2015-11-20"
P(W, EU, pub, "The French National Assembly voted overwhelmingly on Thursday to extend the state of emergency declared after last week's attacks for three months.",
  [ev("legislation", "voted overwhelmingly", on(pub, "thursday"), country("France", "FR", "French"), None, actors(perp="National Assembly of France"))],
  "Real event 2015-11-19. 'last week's attacks' is a name-only reference -> not coded. 'three months' is a duration.")

pub = "2017-06-05"
P(BR, EU, pub, "Britain's prime minister said on Sunday that \"enough is enough\" and announced a review of the country's counter-terrorism strategy, after three men killed eight people around London Bridge and Borough Market the night before.",
  [ev("statement", "\"enough is enough\"", on(pub, "sunday"), country("United Kingdom", "GB", "Britain"), None, actors(perp="Prime Minister of the United Kingdom")),
   ev("attack", "killed eight people", on(pub, "saturday"), pl("London", "GB", "GB-ENG", "city", "London"), counts(killed=8), actors(target="civilians"))],
  "Real events 2017-06-03/04. A formal statement by a head of government after an attack is a statement; here 'said' is the event itself. 'the night before' Sunday -> Saturday. ANNOTATOR DOUBT: a review announcement is close to a vague intention; coded because the formal statement is the event.")

pub = "2017-12-19"
P(LP, EU, pub, "Police in Hamburg detained a 22-year-old man at the central station on Saturday after he boasted in a chat group of plans to drive a lorry into the Christmas market on Mönckebergstrasse.",
  [ev("arrest", "detained", on(pub, "saturday"), pl("Hamburg", "DE", "DE-HH", "city", "Hamburg"), counts(arrested=1), actors(perp="police")),
   ev("plot_disrupted", "plans to drive a lorry into the Christmas market", on(pub, "saturday"), pl("Hamburg", "DE", "DE-HH", "city", "Hamburg"), counts(individuals=1), actors(perp="police"))],
  "Realistic-generic. The plotted ramming is never coded; the plot is disrupted by the detention. A lone actor -> individuals 1.")

pub = "2018-10-04"
P(W, EU, pub, "Polish troops and NATO allies will begin Anakonda-18, a drill involving 17,500 troops across Poland and the Baltic states, on 7 November.",
  [ev("military_exercise", "will begin Anakonda-18", day("2018-11-07"), country("Poland", "PL"), None, actors(perp=["Armed Forces of Poland", "NATO"]), "planned")],
  "Real exercise (Anakonda-18, November 2018). Future absolute date -> planned, date kept. 'Anakonda-18' is a name; troops are not counted. Several countries: the first-named (Poland).")

pub = "2013-05-23"
P(W, EU, pub, "Two men hacked a British soldier to death with knives and a cleaver on a street in Woolwich, south-east London, on Wednesday afternoon; armed police shot and wounded both.",
  [ev("attack", "hacked a British soldier to death", on(pub, "wednesday"), pl("London", "GB", "GB-ENG", "city", "Woolwich"), counts(killed=1), actors(target="military"))],
  "Real event 2013-05-22. Wounded attackers are neither injured victims nor attackers_killed. Woolwich is a district of London.")

# ================================================================ Caucasus
pub = "2010-03-31"
P(W, CAU, pub, "Two suicide bombers blew themselves up in the Dagestani town of Kizlyar on Wednesday, the second killing several police officers who had rushed to the scene of the first blast, two days after the Moscow metro attacks.",
  [ev("suicide_bombing", "blew themselves up", today(pub), pl("Kizlyar", "RU", "RU-DA", "city", "Kizlyar"), counts(attackers_killed=2), actors(target="police"))],
  "Real event 2010-03-31 (published the same Wednesday). 'several' is not a count. The Moscow metro attacks are a name-only reference.")

pub = "2014-10-06"
P(BR, CAU, pub, "A suicide bomber killed five police officers and wounded 12 at the entrance to a concert hall in Grozny on Sunday, Kadyrov's birthday, the National Anti-Terrorism Committee said.",
  [ev("suicide_bombing", "suicide bomber", on(pub, "sunday"), pl("Grozny", "RU", "RU-CE", "city", "Grozny"), counts(killed=5, injured=12, attackers_killed=1), actors(target="police"), "reported", NAC)],
  "Real event 2014-10-05. 'Kadyrov's birthday' is an occasion, not a date expression.")

pub = "2017-11-23"
P(SA, CAU, pub, "Members of a gang who planned to attack a police post were blocked in a private house in the village of Gubden, Karabudakhkent district; having refused to surrender, they opened fire and were neutralised. Two militants were killed.",
  [ev("armed_clash", "opened fire and were neutralised", None, pl("Gubden", "RU", "RU-DA", "city", "Gubden"), counts(attackers_killed=2), actors(perp="security forces", target="militants")),
   ev("plot_disrupted", "planned to attack a police post", None, pl("Gubden", "RU", "RU-DA", "city", "Gubden"), None, actors(perp="security forces"))],
  "Realistic-generic (NAC-style). ANNOTATOR DOUBT: a plot that ends in a shootout -- the plan to attack the post is disrupted (plot_disrupted) and the siege is a clash; the plotted attack is not coded.")

pub = "2015-12-31"
P(W, CAU, pub, "Gunmen attacked a fortress tourist site in Derbent in southern Dagestan on Tuesday night, killing one visitor and wounding 11; Islamic State's Caucasus branch said it was behind the attack.",
  [ev("attack", "attacked a fortress tourist site", on(pub, "tuesday"), pl("Derbent", "RU", "RU-DA", "city", "Derbent"), counts(killed=1, injured=11), actors(perp="Islamic State Caucasus Province", target="civilians"), "reported", "Islamic State Caucasus Province")],
  "Real event 2015-12-29 (a Tuesday). The claim sets perpetrator and reported_by.")

pub = "2020-10-12"
P(W, CAU, pub, "A missile strike on a residential block in Ganja before dawn on Sunday killed nine civilians, Azerbaijan's prosecutor general said, hours after Moscow brokered a humanitarian ceasefire; Armenia denied firing at the city.",
  [ev("bombing", "missile strike", on(pub, "sunday"), pl("Ganja", "AZ", "AZ-GA", "city", "Ganja"), counts(killed=9), actors(perp="Armed Forces of Armenia", target="civilians", reporter=["Prosecutor General of Azerbaijan"]), "denied", "Government of Armenia")],
  "Real event 2020-10-11. The passage's key party (Armenia, the alleged perpetrator) denies firing: denied outranks reported; reported_by is the denying party; the accuser (Azerbaijan's prosecutor general) is a second reporter. Strike on civilians -> bombing. The ceasefire is referred to without an issuer -> not coded as a statement ('Moscow brokered' is mediation). ANNOTATOR DOUBT: ceasefire could be coded as a statement by Russia.")

pub = "2023-09-20"
P(BR, CAU, pub, "Azerbaijan launched what it called \"local anti-terrorist measures\" in Nagorno-Karabakh on Tuesday, shelling Armenian-held positions around Stepanakert; the separatist authorities agreed to lay down their arms within 24 hours.",
  [ev("armed_clash", "shelling Armenian-held positions", on(pub, "tuesday"), country("Nagorno-Karabakh", "AZ", "Nagorno-Karabakh"), None, actors(perp="Armed Forces of Azerbaijan", target="Nagorno-Karabakh Defence Army"))],
  "Real event 2023-09-19. Nagorno-Karabakh has no ISO subdivision -> country-level (AZ). '24 hours' is a duration. The agreement to disarm is a consequence, not coded. ANNOTATOR DOUBT: Stepanakert (Khankendi) could be the more specific place; it is only the area around which shelling happened.")

pub = "2012-05-29"
P(LP, CAU, pub, "Several thousand people rallied on Rustaveli Avenue in Tbilisi on Sunday to demand that the government release opposition activists jailed after last year's protest.",
  [ev("protest", "rallied", on(pub, "sunday"), pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi"), None, actors(perp="protesters"))],
  "Realistic-generic. 'last year's protest' is a background reference -> not coded. 'Several thousand' is not counted (protesters anyway).")

pub = "2017-11-23"
P(W, CAU, pub, "A Georgian special operation against an Islamic State cell in the Isani district of Tbilisi ended on Wednesday after 20 hours; three militants, among them the Chechen commander Akhmed Chatayev, died, and a special forces officer was killed.",
  [ev("armed_clash", "special operation", on(pub, "wednesday"), pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi"), counts(killed=1, attackers_killed=3), actors(perp="State Security Service of Georgia", target=IS))],
  "Real event 2017-11-22 (ended that day). Three militants -> attackers_killed 3; the officer -> killed 1. '20 hours' is a duration. 'Chechen' is nationality. ANNOTATOR DOUBT: the operation started the day before; coded with the day the passage gives.")

pub = "2016-06-22"
P(TR, CAU, pub, "The State Security Service of Georgia announces that on 20 June, in Kakheti region, three citizens who were preparing to leave for Syria to join the terrorist organisation ISIS were detained at Tbilisi airport.",
  [ev("arrest", "were detained", day("2016-06-20"), pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi airport"), counts(arrested=3), actors(perp="State Security Service of Georgia"), "reported", "State Security Service of Georgia"),
   ev("foreign_fighter_travel", "preparing to leave for Syria", day("2016-06-20"), country("Syria", "SY"), counts(fighters=3), actors(other=IS), "planned", "State Security Service of Georgia")],
  "Realistic-generic. Contradictory-looking places: 'in Kakheti region' qualifies the citizens' residence in this translated phrasing, the detention happened at Tbilisi airport -> Tbilisi. Intercepted travel -> planned, destination Syria. ANNOTATOR DOUBT: the date of the travel event is the interception date.")

pub = "2019-06-21"
P(BR, CAU, pub, "Thousands of protesters tried to storm Georgia's parliament in Tbilisi overnight after a Russian lawmaker addressed the assembly from the speaker's chair; police fired rubber bullets, injuring 240 people.",
  [ev("protest", "tried to storm Georgia's parliament", ago(pub, 1), pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi"), None, actors(perp="protesters")),
   ev("attack", "fired rubber bullets", ago(pub, 1), pl("Tbilisi", "GE", "GE-TB", "city", "Tbilisi"), counts(injured=240), actors(perp="police", target="protesters"))],
  "Real event night of 20-21 June 2019. 'overnight' in a report of the next day -> publication minus one. ANNOTATOR DOUBT: the guideline codes live rounds and killings as attacks and leaves tear gas uncoded; rubber bullets causing 240 injuries are coded as an attack. Georgia here is the country.")

pub = "2013-04-23"
P(W, CAU, pub, "Russia's FSB said on Monday that the elder Boston bombing suspect, Tamerlan Tsarnaev, had spent six months in Dagestan in 2012, but denied that he had met militants there.",
  [],
  "Negative. The Boston bombing is a name-only reference; a visit to Dagestan is not a foreign conflict travel as described (no fighting joined, and the FSB denies militant contact). ANNOTATOR DOUBT: a coder could code foreign_fighter_travel (denied); not coded because the passage only reports a stay.")

# ================================================================ Africa
pub = "2014-04-15"
P(W, AF, pub, "Gunmen abducted more than 100 schoolgirls from a government secondary school in Chibok, Borno state, overnight, after a bomb blast at a Nyanya bus station on the edge of Abuja killed at least 71 people on Monday morning.",
  [ev("attack", "abducted more than 100 schoolgirls", ago(pub, 1), pl("Chibok", "NG", "NG-BO", "city", "Chibok"), None, actors(target="civilians")),
   ev("bombing", "bomb blast", on(pub, "monday"), pl("Nyanya", "NG", "NG-FC", "city", "Nyanya"), counts(killed=(71, "at_least")), actors(target="civilians"))],
  "Real events: Nyanya 2014-04-14 (Monday), Chibok night of 14-15 April. Abduction of civilians -> attack; the abducted are not a killed/injured count. Nyanya is a suburb in the Federal Capital Territory (NG-FC).")

pub = "2013-09-30"
P(BR, AF, pub, "Suspected Boko Haram gunmen stormed a college dormitory in Gujba, Yobe state, before dawn on Sunday and shot dead some 40 students as they slept.",
  [ev("attack", "shot dead some 40 students", on(pub, "sunday"), pl("Gujba", "NG", "NG-YO", "city", "Gujba"), counts(killed=(40, "approximately")), actors(perp=BH, target="civilians"))],
  "Real event 2013-09-29. 'Suspected' qualifies only the perpetrator. 'some 40' -> approximately 40.")

pub = "2022-08-21"
P(W, AF, pub, "Somali forces ended a 30-hour siege of the Hayat Hotel in Mogadishu on Saturday night. Al-Shabaab gunmen had stormed the building on Friday evening after a car bomb blast at its gate, and 21 people were killed, the health minister said.",
  [ev("armed_clash", "ended a 30-hour siege", on(pub, "saturday"), pl("Mogadishu", "SO", "SO-BN", "city", "Mogadishu"), None, actors(perp="security forces", target="al-Shabaab"), "reported", "Minister of Health of Somalia"),
   ev("attack", "stormed the building", on(pub, "friday"), pl("Mogadishu", "SO", "SO-BN", "city", "Mogadishu"), counts(killed=21), actors(perp="al-Shabaab", target="civilians"), "reported", "Minister of Health of Somalia"),
   ev("bombing", "car bomb blast", on(pub, "friday"), pl("Mogadishu", "SO", "SO-BN", "city", "Mogadishu"), None, actors(perp="al-Shabaab", target="civilians"), "reported", "Minister of Health of Somalia")],
  "Real event 19-20 August 2022. Three events: the security forces' fight to end the siege (clash, Saturday), the storming (attack, Friday) and the gate blast (bombing, Friday; not stated as a suicide blast). The overall toll goes on the attack, the overall event, not on the siege's end. '30-hour' is a duration. ANNOTATOR DOUBT: the minister's attribution is read as covering the whole passage.")

pub = "2020-12-21"
P(TR, AF, pub, "The Nigerian Army informs that troops of Operation Lafiya Dole, in conjunction with the Air Task Force, on Saturday neutralised scores of ISWAP terrorists who attempted to infiltrate Damboa, Borno State.",
  [ev("armed_clash", "neutralised scores of ISWAP terrorists", on(pub, "saturday"), pl("Damboa", "NG", "NG-BO", "city", "Damboa"), None, actors(perp="Nigerian Army", target=ISWAP))],
  "Realistic-generic. 'scores of' is vague but not in the qualifier table (not 'dozens'/'hundreds') -> omitted. ISWAP expanded. 'Operation Lafiya Dole' is a name.")

pub = "2018-06-07"
P(BR, AF, pub, "Insurgents beheaded ten people, some of them children, in the village of Monjane in Palma district of Cabo Delgado province late last month, local officials said.",
  [ev("attack", "beheaded ten people", part(2018, 5, "late"), pl("Cabo Delgado", "MZ", "MZ-P", "admin1", "Cabo Delgado"), counts(killed=10), actors(target="civilians"), "reported", "local officials")],
  "Real event (Monjane, 27 May 2018). 'late last month' -> 21-31 May 2018, precision month (README: 'in late October' = 21-end). The village is not confidently in a gazetteer and the district is named after the town Palma -> coded at admin1 (Cabo Delgado). 'some of them children' is an included sub-count.")

pub = "2015-11-21"
P(W, AF, pub, "Gunmen shouting \"Allahu Akbar\" took about 170 guests and staff hostage at the Radisson Blu hotel in the Malian capital Bamako on Friday; Malian and French special forces stormed the building, and at least 20 hostages were killed.",
  [ev("attack", "took about 170 guests and staff hostage", on(pub, "friday"), pl("Bamako", "ML", "ML-BKO", "city", "Bamako"), counts(killed=(20, "at_least")), actors(target="civilians")),
   ev("armed_clash", "stormed the building", on(pub, "friday"), pl("Bamako", "ML", "ML-BKO", "city", "Bamako"), None, actors(perp=["Armed Forces of Mali", "French Armed Forces"]))],
  "Real event 2015-11-20. Hostages are not counted; the hostages killed are the attack's killed count.")

pub = "2022-02-08"
P(SA, AF, pub, "By decree, the transitional authorities have extended the state of alert across the national territory of Burkina Faso for six months owing to the security situation.",
  [ev("statement", "extended the state of alert", None, country("Burkina Faso", "BF"), None, actors(perp="Government of Burkina Faso"))],
  "Realistic-generic. Extending a state of alert is a declaration -> statement. 'six months' is a duration.")

pub = "2018-03-03"
P(W, AF, pub, "Jihadists attacked the French embassy and the army headquarters in Ouagadougou on Friday morning with car bombs and gunfire, killing eight soldiers; eight attackers were also killed, the government said.",
  [ev("attack", "attacked the French embassy and the army headquarters", on(pub, "friday"), pl("Ouagadougou", "BF", "BF-03", "city", "Ouagadougou"), counts(killed=8, attackers_killed=8), actors(target=["Embassy of France in Ouagadougou", "military"]), "reported", "Government of Burkina Faso"),
   ev("bombing", "car bombs", on(pub, "friday"), pl("Ouagadougou", "BF", "BF-03", "city", "Ouagadougou"), None, actors(target="military"), "reported", "Government of Burkina Faso")],
  "Real event 2018-03-02. Combined assault with car bombs -> attack + bombing (not stated as suicide). Toll on the first trigger.")

pub = "2022-10-30"
P(BR, AF, pub, "Two car bombs went off minutes apart outside the education ministry at the busy Zobe junction in Mogadishu on Saturday, killing at least 100 people, President Hassan Sheikh Mohamud said.",
  [ev("bombing", "car bombs went off", on(pub, "saturday"), pl("Mogadishu", "SO", "SO-BN", "city", "Mogadishu"), counts(killed=(100, "at_least")), actors(target="civilians"), "reported", "Hassan Sheikh Mohamud")],
  "Real event 2022-10-29. Two blasts, one attack -> one bombing event with the overall toll.")

pub = "2016-07-16"
P(W, AF, pub, "Tunisian authorities said the man who drove a lorry into crowds in Nice was from Msaken.",
  [],
  "Negative: the attack in Nice is a reference without date or toll, given only to identify the man; Msaken is a home town. (Real event 2016-07-14.) ANNOTATOR DOUBT: 'drove a lorry into crowds in Nice' has a little detail (how, where); judged a name-like reference two days after the event.")

pub = "2019-07-15"
P(TR, AF, pub, "Acting on intelligence from the DGST, the Central Bureau of Judicial Investigation on Thursday neutralised a four-member cell loyal to Daesh that was active in Tangier, Tetouan and Chefchaouen and had been preparing bomb attacks on vital installations, the Moroccan interior ministry said.",
  [ev("plot_disrupted", "neutralised a four-member cell", on(pub, "thursday"), pl("Tangier", "MA", "MA-01", "city", "Tangier"), counts(groups=1), actors(perp="Central Bureau of Judicial Investigation", target=IS), "reported", "Ministry of Interior of Morocco")],
  "Realistic-generic. 'neutralised' a cell preparing attacks -> plot_disrupted (no killing is described). Daesh -> Islamic State. A four-member cell -> groups 1 (its members are not lone individuals). No detention verb -> no arrest event. Three cities: first-named (Tangier, MA-01). DGST is the source of intelligence, not the reporter.")

pub = "2021-11-17"
P(W, AF, pub, "Two suicide bombers struck near parliament and the central police station in Kampala on Tuesday morning, killing three civilians; Uganda's police blamed the Allied Democratic Forces.",
  [ev("suicide_bombing", "suicide bombers struck", on(pub, "tuesday"), pl("Kampala", "UG", "UG-C", "city", "Kampala"), counts(killed=3, attackers_killed=2), actors(perp="Allied Democratic Forces", target="civilians"), "reported", "police")],
  "Real event 2021-11-16. Police attribution -> reported, perpetrator ADF. Kampala is in the Central Region (UG-C, the first-level ISO division; UG-102 is the district).")

pub = "2023-06-19"
P(BR, AF, pub, "Militants linked to the Islamic State-allied Allied Democratic Forces attacked Lhubiriha secondary school in Mpondwe, near the Congolese border, late on Friday, killing 42 people, most of them pupils burned or hacked to death in their dormitories.",
  [ev("attack", "attacked Lhubiriha secondary school", on(pub, "friday"), pl("Mpondwe", "UG", "UG-W", "city", "Mpondwe"), counts(killed=42), actors(perp="Allied Democratic Forces", target="civilians"))],
  "Real event 2023-06-16. Place: Mpondwe, Kasese district, Western Region (UG-W). The border is not an event place. 'most of them pupils' is a sub-description.")

pub = "2014-07-08"
P(CR, AF, pub, "An Algiers criminal court on Monday sentenced in absentia the jihadist commander Mokhtar Belmokhtar to death for the 2013 hostage-taking at the In Amenas gas plant.",
  [ev("prosecution", "sentenced in absentia", on(pub, "monday"), pl("Algiers", "DZ", "DZ-16", "city", "Algiers"), counts(convicted=1), actors(perp="Algiers Criminal Court"))],
  "Realistic-generic. The 2013 In Amenas hostage-taking is a name-only reference with a year -> not coded.")

pub = "2019-12-11"
P(W, AF, pub, "Hundreds of jihadists attacked an army camp in Inates in the Tillaberi region on Tuesday, killing 71 soldiers in the deadliest attack on Niger's military in years; the army said 'dozens' of assailants were killed.",
  [ev("armed_clash", "attacked an army camp", on(pub, "tuesday"), pl("Inates", "NE", "NE-6", "city", "Inates"), counts(killed=71, attackers_killed=(24, "vague")), actors(target="military"))],
  "Real event 2019-12-10. A large assault on an army camp in which the defenders fight back and dozens of assailants die -> armed_clash (as for a repelled attack on a base in the project set). 'dozens' -> 24 vague on attackers_killed. Attacker numbers ('Hundreds of jihadists') are not a count kind. ANNOTATOR DOUBT: 'attacked' could be coded as an attack.")

pub = "2015-02-10"
P(SA, AF, pub, "The National Assembly of Chad voted on Monday to authorise the deployment of Chadian troops to Niger and Nigeria to fight Boko Haram.",
  [ev("legislation", "voted", on(pub, "monday"), None, None, actors(perp="National Assembly of Chad")),
   ev("military_exercise", "deployment of Chadian troops", None, country("Niger", "NE"), None, actors(perp="Armed Forces of Chad", target=BH), "planned")],
  "Real event (vote 2015-02-09, realistic). Chad appears inside an institution name -> no place for the vote (institution alone). The authorised deployment is planned, destination Niger (first-named). ANNOTATOR DOUBT: the vote could take Chad at country precision via 'Chadian'.")

# ================================================================ Other
pub = "2017-05-25"
P(BR, OT, pub, "Philippine President Rodrigo Duterte declared martial law across Mindanao on Tuesday night after Maute group fighters laid siege to the city of Marawi, torching a church and a school.",
  [ev("legislation", "declared martial law", on(pub, "tuesday"), country("Mindanao", "PH", "Mindanao"), None, actors(perp="Rodrigo Duterte")),
   ev("armed_clash", "laid siege to the city of Marawi", None, pl("Marawi", "PH", "PH-LAS", "city", "Marawi"), None, actors(perp="Maute group"))],
  "Real events 2017-05-23. Martial law is legislation (README). Mindanao has no ISO subdivision -> country-level. The siege (fighting with troops) has no date of its own ('after'). ANNOTATOR DOUBT: the burning of a church could be an attack on civilians; folded into the siege.")

pub = "2021-03-29"
P(W, OT, pub, "A married couple blew themselves up at the gates of the Sacred Heart of Jesus cathedral in Makassar on Sunday as Palm Sunday mass was ending, wounding at least 20 people, Indonesian police said.",
  [ev("suicide_bombing", "blew themselves up", on(pub, "sunday"), pl("Makassar", "ID", "ID-SN", "city", "Makassar"), counts(injured=(20, "at_least"), attackers_killed=2), actors(target="worshippers"), "reported", "police")],
  "Real event 2021-03-28. A couple -> attackers_killed 2 (implied by 'blew themselves up'). 'Palm Sunday' is a name of the occasion; the date comes from 'on Sunday'. Makassar is in South Sulawesi (ID-SN).")

pub = "2020-04-07"
P(SA, OT, pub, "The U.S. Department of State yesterday designated the Russian Imperial Movement, a group that has trained neo-Nazis in St Petersburg, as a Specially Designated Global Terrorist entity.",
  [ev("legislation", "designated", yesterday(pub), None, None, actors(perp="United States Department of State", target="Russian Imperial Movement"))],
  "Real event 2020-04-06. A designation -> legislation. St Petersburg is where the group trains, not the place of the designation -> null. Region other (a US act).")

pub = "2022-05-27"
P(BR, OT, pub, "An 18-year-old gunman killed 19 children and two teachers at Robb Elementary School in Uvalde, Texas, on Tuesday before he was shot dead by a Border Patrol agent.",
  [ev("attack", "killed 19 children and two teachers", on(pub, "tuesday"), pl("Uvalde", "US", "US-TX", "city", "Uvalde"), counts(killed=21, attackers_killed=1), actors(target="civilians"))],
  "Real event 2022-05-24. A mass shooting of civilians is an attack (shootings) whatever the motive. '19 children and two teachers' -> killed 21. '18-year-old' is an age.")

pub = "2021-01-07"
P(W, OT, pub, "Supporters of President Donald Trump stormed the US Capitol on Wednesday, forcing lawmakers to evacuate as they met to certify the election result.",
  [ev("protest", "stormed the US Capitol", on(pub, "wednesday"), pl("Washington", "US", "US-DC", "city", "US Capitol"), None, actors(perp="protesters"))],
  "Real event 2021-01-06. A riot that started as a rally -> protest (README). ANNOTATOR DOUBT: the place text is the building; Washington, D.C.")

pub = "2019-03-19"
P(W, OT, pub, "New Zealand's prime minister Jacinda Ardern said on Monday her cabinet had agreed in principle to tighten gun laws, three days after the mosque shootings in Christchurch.",
  [ev("legislation", "agreed in principle to tighten gun laws", None, country("New Zealand", "NZ"), None, actors(perp="Government of New Zealand"), "reported", "Jacinda Ardern")],
  "Real event 2019-03-18. A cabinet decision to change a law is a policy change (drafting by an official body). 'said on Monday' dates the statement -> null. The mosque shootings are a name-only reference here. ANNOTATOR DOUBT: could be planned (bill not yet drafted).")
