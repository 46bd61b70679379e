"""Held-out passages added for type and modality balance: propaganda, statements, plots, hypothetical and denied events."""
# ruff: noqa: E501, F405
from _gold import *  # noqa: F403

IS = "Islamic State"
ISK = "Islamic State Khorasan Province"
HT = "Hizb ut-Tahrir"
BH = "Boko Haram"

# ---------------------------------------------------------------- propaganda
pub = "2014-07-07"
P(AN, ME, pub, "Islamic State released a video on Saturday of its leader Abu Bakr al-Baghdadi preaching from the pulpit of the Great Mosque of al-Nuri in Mosul, his first public appearance.",
  [ev("propaganda", "released a video", on(pub, "saturday"), None, None, actors(perp=IS))],
  "Real event (sermon 2014-07-04, video released 2014-07-05). The place shown in the video (Mosul) is not the place of the release -> null, consistent with other video passages.")

pub = "2018-04-23"
P(TR, CA, pub, "Employees of the State Committee for National Security found leaflets of the banned religious extremist organisation Hizb ut-Tahrir scattered in the courtyard of a mosque in Kara-Suu district, Osh region, on Friday.",
  [ev("propaganda", "leaflets", on(pub, "friday"), pl("Kara Suu", "KG", "KG-O", "city", "Kara-Suu"), None, actors(perp=HT))],
  "Realistic-generic. Leaflet distribution reported as occurring (found on Friday) -> propaganda, publisher Hizb ut-Tahrir. The finding is not an arrest. Place: the district is named after its town Kara-Suu.")

pub = "2014-05-06"
P(W, AF, pub, "In a 57-minute video obtained on Monday, Boko Haram leader Abubakar Shekau claimed the abduction of more than 200 schoolgirls from Chibok and threatened to sell them \"in the market\".",
  [ev("propaganda", "57-minute video", on(pub, "monday"), None, None, actors(perp=BH)),
   ev("attack", "abduction of more than 200 schoolgirls", None, pl("Chibok", "NG", "NG-BO", "city", "Chibok"), None, actors(perp=BH, target="civilians"), "reported", BH)],
  "Real event (video 2014-05-05). The video is propaganda (a threat, not only a claim). The abduction is a specific incident with place and number -> coded undated; the claim sets perpetrator and reported_by. Abductees are not counted. ANNOTATOR DOUBT: the video date is when it was obtained.")

pub = "2016-11-14"
P(AN, ME, pub, "The latest issue of Rumiyah, Islamic State's multilingual online magazine, published on Friday, gives readers detailed instructions on renting trucks for ramming attacks.",
  [ev("propaganda", "published", on(pub, "friday"), None, None, actors(perp=IS))],
  "Real magazine (Rumiyah issue 3, November 2016). The attacks described are content, not events.")

pub = "2019-11-26"
P(LP, CA, pub, "Handwritten posters calling on young men to wage jihad appeared overnight on the fence of a school in the 19th microdistrict of Khujand; police have removed them and are checking CCTV footage.",
  [ev("propaganda", "posters calling on young men to wage jihad", ago(pub, 1), pl("Khujand", "TJ", "TJ-SU", "city", "Khujand"), None, None)],
  "Realistic-generic. 'overnight' -> publication minus one. '19th microdistrict' is a name, not a count. Publisher unknown -> no perpetrator.")

pub = "2022-04-11"
P(AN, CA, pub, "Islamic State Khorasan Province's English-language magazine Voice of Khorasan published a new issue last week with an article urging Tajiks to rise up against President Emomali Rahmon.",
  [ev("propaganda", "published a new issue", last_week(pub), None, None, actors(perp=ISK, target="Emomali Rahmon"))],
  "Realistic-generic. Propaganda aimed at Tajikistan, no release place -> null. 'last week' -> previous calendar week.")

pub = "2015-06-24"
P(BR, CAU, pub, "In an audio statement released on Tuesday, Islamic State spokesman Abu Muhammad al-Adnani accepted pledges of allegiance from militants in Dagestan, Chechnya, Ingushetia and Kabardino-Balkaria and proclaimed a new \"Caucasus province\".",
  [ev("propaganda", "audio statement released", on(pub, "tuesday"), None, None, actors(perp=IS))],
  "Real event 2015-06-23. The named republics are the subject of the statement, not the place of the release -> null. The pledges themselves are not coded (no separate event type).")

# ---------------------------------------------------------------- statements
pub = "2015-01-08"
P(W, EU, pub, "France raised its Vigipirate alert to the highest level across the Ile-de-France region on Wednesday after two gunmen stormed the Paris offices of the satirical weekly Charlie Hebdo, killing 12 people.",
  [ev("statement", "raised its Vigipirate alert to the highest level", on(pub, "wednesday"), pl("Ile-de-France", "FR", "FR-IDF", "admin1", "Ile-de-France"), None, actors(perp="Government of France")),
   ev("attack", "stormed the Paris offices", on(pub, "wednesday"), pl("Paris", "FR", "FR-IDF", "city", "Paris"), counts(killed=12), actors(target="journalists"))],
  "Real events 2015-01-07. Threat-level change -> statement, placed at the region named (Ile-de-France, admin1). The attack is placed at Paris ('the Paris offices').")

pub = "2024-03-23"
P(SA, CA, pub, "Uzbekistan's foreign ministry denounced the shooting at the Crocus City Hall concert venue near Moscow as a heinous terrorist act and conveyed its condolences to the bereaved families.",
  [ev("statement", "denounced", None, None, None, actors(perp="Ministry of Foreign Affairs of Uzbekistan"))],
  "A formal condemnation by an official body is a statement; no date of its own (as in the project set). The attack is referenced by name only -> not coded; 'near Moscow' is the attack's place, not the statement's. 'Uzbekistan's' qualifies the ministry (an institution), not a place of the act.")

pub = "2015-07-05"
P(BR, AF, pub, "Tunisia's president declared a state of emergency on Saturday, eight days after a gunman killed 38 foreign tourists at a beach hotel near Sousse.",
  [ev("statement", "declared a state of emergency", on(pub, "saturday"), country("Tunisia", "TN", "Tunisia"), None, actors(perp="President of Tunisia")),
   ev("attack", "killed 38 foreign tourists", day("2015-06-26"), pl("Sousse", "TN", "TN-51", "city", "Sousse"), counts(killed=38), actors(target="foreigners"))],
  "Real events: emergency 2015-07-04, beach attack 2015-06-26. The attack is recounted with a toll and place, so it is coded; 'eight days after' Saturday resolves to 26 June. ANNOTATOR DOUBT: the README nulls 'days after'; here the offset is exact and anchored ('eight days after' a dated event), resolved like 'a day after' in the project set.")

pub = "2015-11-24"
P(W, OT, pub, "The US State Department on Monday issued a worldwide travel alert warning Americans of increased terrorist threats from Islamic State, al-Qaeda and Boko Haram during the holiday season.",
  [ev("statement", "issued a worldwide travel alert", on(pub, "monday"), None, None, actors(perp="United States Department of State"))],
  "Real event 2015-11-23. Official warning -> statement. The groups named are the content of the warning.")

pub = "2014-12-08"
P(TR, CAU, pub, "The Head of the Chechen Republic, Ramzan Kadyrov, instructed the law enforcement agencies to destroy on the spot any militant who raises a weapon against a police officer, and to expel the families of militants from the republic.",
  [ev("statement", "instructed the law enforcement agencies", None, None, None, actors(perp="Ramzan Kadyrov"))],
  "Real statement (December 2014, after the Grozny attack). An order to use force is a statement. 'the Chechen Republic' is part of the official's title (like an institution name) -> no place. Undated.")

# ---------------------------------------------------------------- plots
pub = "2016-10-10"
P(W, EU, pub, "German police said they had foiled a bomb attack on a Berlin airport after finding 1.5 kilograms of explosives in a flat in Chemnitz on Saturday; the Syrian suspect, Jaber al-Bakr, was arrested in Leipzig early on Monday.",
  [ev("plot_disrupted", "foiled a bomb attack", on(pub, "saturday"), pl("Chemnitz", "DE", "DE-SN", "city", "Chemnitz"), counts(individuals=1), actors(perp="police"), "reported", "police"),
   ev("arrest", "arrested", today(pub), pl("Leipzig", "DE", "DE-SN", "city", "Leipzig"), counts(arrested=1), actors(perp="police"))],
  "Real events: flat raided 2016-10-08, arrest 2016-10-10. The plotted airport attack is never coded; Berlin is its intended target, not an event place. The disruption is placed and dated where the explosives were found. '1.5 kilograms' is a quantity, not a count.")

pub = "2017-06-24"
P(BR, ME, pub, "Saudi security forces foiled a suicide attack on the Grand Mosque in Mecca on Friday; the bomber blew himself up after being surrounded in a nearby house, injuring 11 people, the interior ministry said.",
  [ev("plot_disrupted", "foiled a suicide attack", on(pub, "friday"), pl("Mecca", "SA", "SA-02", "city", "Mecca"), None, actors(perp="security forces"), "reported", "Ministry of Interior of Saudi Arabia"),
   ev("suicide_bombing", "blew himself up", on(pub, "friday"), pl("Mecca", "SA", "SA-02", "city", "Mecca"), counts(injured=11, attackers_killed=1), None, "reported", "Ministry of Interior of Saudi Arabia")],
  "Real event 2017-06-23. The planned attack on the mosque is foiled (plot_disrupted) but the bomber's self-detonation in the house did happen -> suicide_bombing with the injuries. A foiled plot is not an attack, but a blast that occurs is.")

pub = "2018-12-27"
P(W, SAS, pub, "India's National Investigation Agency said it had busted an Islamic State-inspired module that was planning serial blasts in Delhi, arresting 10 people in raids in the capital and in Uttar Pradesh on Wednesday.",
  [ev("plot_disrupted", "busted an Islamic State-inspired module", on(pub, "wednesday"), pl("Delhi", "IN", "IN-DL", "city", "Delhi"), counts(groups=1), actors(perp="National Investigation Agency"), "reported", "National Investigation Agency"),
   ev("arrest", "arresting 10 people", on(pub, "wednesday"), pl("Delhi", "IN", "IN-DL", "city", "Delhi"), counts(arrested=10), actors(perp="National Investigation Agency"), "reported", "National Investigation Agency")],
  "Real event 2018-12-26. A 'module' is one cell -> groups 1. The arrests' place: 'the capital' (Delhi) is named before Uttar Pradesh; the place text is the first 'Delhi'. The plotted blasts are not coded.")

# ---------------------------------------------------------------- Middle East balance
pub = "2016-07-05"
P(W, ME, pub, "A suicide bomber blew himself up near the Prophet's Mosque in Medina at dusk on Monday, killing four security officers, one of three attacks across Saudi Arabia that day.",
  [ev("suicide_bombing", "blew himself up", on(pub, "monday"), pl("Medina", "SA", "SA-03", "city", "Medina"), counts(killed=4, attackers_killed=1), actors(target="security forces"))],
  "Real event 2016-07-04. 'one of three attacks' mentions the others without details -> not coded separately.")

pub = "2018-02-26"
P(CR, ME, pub, "A Baghdad criminal court on Sunday sentenced 16 Turkish women to death for belonging to Islamic State.",
  [ev("prosecution", "sentenced 16 Turkish women to death", on(pub, "sunday"), pl("Baghdad", "IQ", "IQ-BG", "city", "Baghdad"), counts(convicted=16), actors(perp="court", target=IS))],
  "Real event 2018-02-25. Membership is the generic offence. 'Turkish' is nationality. ANNOTATOR DOUBT: the women travelled from Turkey to Iraq, but the passage reports only membership, not travel -> no foreign_fighter_travel event.")

pub = "2018-09-08"
P(LP, ME, pub, "Protesters angry at polluted water and power cuts set fire to the Iranian consulate in Basra on Friday night, the fourth day of unrest in the southern city.",
  [ev("protest", "Protesters", on(pub, "friday"), pl("Basra", "IQ", "IQ-BA", "city", "Basra"), None, actors(perp="protesters", target="Consulate of Iran in Basra"))],
  "Real event 2018-09-07. A riot that started as a protest -> protest; the arson is part of it. 'the fourth day' is not a date expression.")

pub = "2022-04-18"
P(TR, ME, pub, "The Ministry of National Defence announces that Operation Claw-Lock was launched overnight against terrorist targets of the PKK in the Metina, Zap and Avasin-Basyan regions of northern Iraq, with the support of aircraft, attack helicopters and drones.",
  [ev("armed_clash", "Operation Claw-Lock was launched", yesterday(pub), country("Iraq", "IQ", "Iraq"), None, actors(perp="Turkish Armed Forces", target="Kurdistan Workers' Party"), "reported", "Ministry of National Defence of Turkey")],
  "Real event (night of 17-18 April 2022). Operations and air strikes on an armed group -> armed_clash. 'announces that' -> reported. The small regions have no gazetteer entries -> country (Iraq). 'overnight' in a release -> publication minus one. 'Claw-Lock' is a name.")

pub = "2019-10-10"
P(BR, ME, pub, "Turkish troops and allied rebel fighters crossed into northeastern Syria on Wednesday, launching a ground offensive against the Kurdish-led Syrian Democratic Forces after a day of air strikes and shelling.",
  [ev("armed_clash", "launching a ground offensive", on(pub, "wednesday"), country("Syria", "SY", "Syria"), None, actors(perp=["Turkish Armed Forces", "Syrian National Army"], target="Syrian Democratic Forces"))],
  "Real event 2019-10-09 (the ground phase began that evening). ANNOTATOR DOUBT: 'after a day of air strikes' could be a second clash; folded into one offensive. 'northeastern Syria' -> country Syria. The allied fighters (Syrian National Army) are named only generically; the canonical name is entered as a coder would.")

pub = "2020-01-08"
P(W, ME, pub, "Iran fired more than a dozen ballistic missiles early on Wednesday at the Ain al-Asad air base in Anbar province and at a base in Erbil housing US troops; the Pentagon said no Americans were killed.",
  [ev("armed_clash", "fired more than a dozen ballistic missiles", today(pub), pl("Anbar", "IQ", "IQ-AN", "admin1", "Anbar"), counts(killed=0), actors(perp="Government of Iran", target="United States Armed Forces"))],
  "Real event 2020-01-08 (published the same Wednesday). Interstate fire on military bases -> armed_clash. Missiles are weapons (not counted). 'no Americans were killed' -> killed 0. Two places: the first-named (Anbar province, admin1). The perpetrator is named only as 'Iran' -> Government of Iran.")

# ---------------------------------------------------------------- hypothetical, denied, planned
pub = "2022-06-08"
P(W, EU, pub, "Germany could station a full combat brigade in Lithuania permanently if Vilnius provides the barracks and training areas, the German defence minister said on Tuesday.",
  [ev("military_exercise", "station a full combat brigade", None, country("Lithuania", "LT"), None, actors(perp="Bundeswehr"), "hypothetical", "Minister of Defence of Germany")],
  "Realistic. Conditional deployment by a state actor -> hypothetical (not analyst speculation). 'said on Tuesday' dates the statement. Vilnius is the government (not the deployment place).")

pub = "2021-07-06"
P(BR, CA, pub, "Tajikistan would send 20,000 reservists to reinforce its border with Afghanistan if the situation in the northern Afghan provinces deteriorated further, President Emomali Rahmon said.",
  [ev("military_exercise", "send 20,000 reservists to reinforce its border", None, country("Tajikistan", "TJ", "Tajikistan"), None, actors(perp="Armed Forces of Tajikistan"), "hypothetical", "Emomali Rahmon")],
  "Realistic (modelled on Rahmon's July 2021 mobilisation order, written as a conditional). Troops are not counted. Place: the deploying country (the border has no single place).")

pub = "2019-07-23"
P(W, ME, pub, "Russia's defence ministry denied on Tuesday that its aircraft had bombed a crowded market in Maarat al-Numan in Idlib province on Monday, where local activists said about 40 people were killed.",
  [ev("bombing", "bombed a crowded market", on(pub, "monday"), pl("Maarat al-Numan", "SY", "SY-ID", "city", "Maarat al-Numan"), counts(killed=(40, "approximately")), actors(perp="Russian Aerospace Forces", target="civilians", reporter=["local activists"]), "denied", "Ministry of Defence of Russia")],
  "Real event 2019-07-22. Air strike on civilians -> bombing; the alleged perpetrator denies it -> denied, reported_by the denying party; the activists are a second reporter.")

pub = "2020-08-24"
P(LP, CA, pub, "Kyrgyz border officials denied Tajik media reports that their guards had fired on farmers near the Tajik exclave of Vorukh on Saturday.",
  [ev("attack", "fired on farmers", on(pub, "saturday"), pl("Vorukh", "TJ", "TJ-SU", "city", "Vorukh"), None, actors(perp="border guards", target="civilians", reporter=["Tajik media"]), "denied", "Border Service of Kyrgyzstan")],
  "Realistic-generic. Alleged shooting of civilians, denied by the alleged perpetrator's side -> denied. Vorukh is a Tajik exclave (Isfara district, Sughd).")

pub = "2024-02-27"
P(W, CAU, pub, "Armenian opposition groups plan to rally in Yerevan's Republic Square on 1 March to mark the anniversary of the 2008 post-election crackdown and demand the prime minister's resignation.",
  [ev("protest", "plan to rally", day("2024-03-01"), pl("Yerevan", "AM", "AM-ER", "city", "Yerevan"), None, actors(perp="Armenian opposition"), "planned")],
  "Realistic. Planned rally with an absolute future date -> planned, date kept. The 2008 crackdown is a historical reference by name and year.")

pub = "2017-04-25"
P(CR, EU, pub, "A Paris court on Saturday placed under formal investigation two men arrested in Marseille last week on suspicion of preparing an imminent attack before the presidential election.",
  [ev("prosecution", "placed under formal investigation", on(pub, "saturday"), pl("Paris", "FR", "FR-IDF", "city", "Paris"), None, actors(perp="court")),
   ev("arrest", "arrested", last_week(pub), pl("Marseille", "FR", "FR-PAC", "city", "Marseille"), counts(arrested=2), actors(perp="police")),
   ev("plot_disrupted", "preparing an imminent attack", last_week(pub), pl("Marseille", "FR", "FR-PAC", "city", "Marseille"), None, actors(perp="police"))],
  "Real events: arrests in Marseille 2017-04-18 (last week), formal investigation 2017-04-22 (Saturday). Formal investigation is a charge step -> prosecution without convicted count. Detention while preparing an attack -> arrest + plot_disrupted; two men are neither a stated cell nor lone actors -> no groups/individuals count.")

# ---------------------------------------------------------------- date forms, number forms, court reports
pub = "2019-05-20"
P(CR, CA, pub, "In early May, the Andijan regional criminal court sentenced eleven members of an underground Hizb ut-Tahrir cell to terms of between six and nine years.",
  [ev("prosecution", "sentenced", part(2019, 5, "early"), pl("Andijan", "UZ", "UZ-AN", "city", "Andijan"), counts(convicted=11), actors(perp="Andijan Regional Criminal Court", target=HT))],
  "Realistic-generic. 'In early May' -> 1-10 May, precision month. 'eleven' in words -> 11 exact. The court is placed at its seat, as in the project set. Membership is the generic offence.")

pub = "2015-03-12"
P(AN, CA, pub, "In the summer of 2014, about forty young men from Panjakent left for Syria, local officials estimate.",
  [ev("foreign_fighter_travel", "left for Syria", season(2014, "summer"), country("Syria", "SY"), counts(fighters=(40, "approximately")), None, "reported", "local officials")],
  "Realistic-generic. Season -> 1 June-31 August 2014. 'about forty' -> 40 approximately. Panjakent is the home town; the destination Syria is the place.")

pub = "2017-02-08"
P(BR, CA, pub, "Last year, courts in Kazakhstan convicted more than 300 people of terrorism and extremism offences, the Prosecutor General's Office said.",
  [ev("prosecution", "convicted", last_year(pub), country("Kazakhstan", "KZ", "Kazakhstan"), counts(convicted=(300, "at_least")), actors(perp="court"), "reported", "Prosecutor General's Office of Kazakhstan")],
  "Realistic-generic aggregate. 'Last year' -> 2016, precision year. 'more than 300' -> at_least 300.")

pub = "2016-06-20"
P(W, EU, pub, "Belgian police detained twelve people in raids in Brussels, Wallonia and Flanders over the weekend on suspicion of planning attacks on fans watching Euro 2016 matches, federal prosecutors said.",
  [ev("arrest", "detained", last_weekend(pub), pl("Brussels", "BE", "BE-BRU", "city", "Brussels"), counts(arrested=12), actors(perp="police"), "reported", "federal prosecutors"),
   ev("plot_disrupted", "planning attacks", last_weekend(pub), pl("Brussels", "BE", "BE-BRU", "city", "Brussels"), None, actors(perp="police"), "reported", "federal prosecutors")],
  "Real event (raids 17-18 June 2016; 'over the weekend' from Monday 20 June -> 18-19 June, precision week). 'Euro 2016' is a name, not a date. Several places: the first-named. No cell or lone-actor count is stated -> no groups/individuals.")

pub = "2015-11-02"
P(W, ME, pub, "Iraqi forces and allied Shi'ite militias retook the refinery town of Baiji from Islamic State in mid-October after months of fighting, the Joint Operations Command said.",
  [ev("armed_clash", "retook the refinery town of Baiji", part(2015, 10, "mid"), pl("Bayji", "IQ", "IQ-SD", "city", "Baiji"), None, actors(perp=["Iraqi Security Forces", "Popular Mobilization Forces"], target=IS), "reported", "Joint Operations Command")],
  "Real event (Baiji retaken around 20 October 2015). 'in mid-October' -> 11-20 October, precision month. Baiji is in Salah al-Din (IQ-SD). 'months of fighting' is a duration.")

pub = "2020-07-15"
P(BR, AF, pub, "In late June, jihadists killed at least ten soldiers in an ambush near Bourzanga in Burkina Faso's Centre-Nord region, the army said.",
  [ev("armed_clash", "ambush", part(2020, 6, "late"), pl("Bourzanga", "BF", "BF-05", "city", "Bourzanga"), counts(killed=(10, "at_least")), actors(target="military"), "reported", "military")],
  "Realistic-generic. Militants ambushing soldiers -> armed_clash. 'In late June' -> 21-30 June, precision month. 'at least ten' -> at_least 10.")

pub = "2015-12-10"
P(TR, CAU, pub, "In late November, police conducted an operation in the Baku settlement of Nardaran, where members of the \"Muslim Unity\" movement had stockpiled weapons; two police officers and four members of the group were killed in the exchange of fire.",
  [ev("armed_clash", "exchange of fire", part(2015, 11, "late"), pl("Nardaran", "AZ", "AZ-BA", "city", "Nardaran"), counts(killed=2, attackers_killed=4), actors(perp="police", target="Muslim Unity"))],
  "Real event (Nardaran, 26 November 2015; tolls as in the passage). Police are victims (killed), armed group members killed by the state -> attackers_killed.")

pub = "2017-06-30"
P(W, SAS, pub, "Since the start of the year, counter-terrorism police in Punjab have arrested 212 suspected militants in intelligence-based operations, officials said.",
  [ev("arrest", "arrested", earlier_this_year(pub), pl("Punjab", "PK", "PK-PB", "admin1", "Punjab"), counts(arrested=212), actors(perp="Counter Terrorism Department"), "reported", "officials")],
  "Realistic-generic aggregate. 'Since the start of the year' -> 1 January to publication minus one, precision year.")

pub = "2018-03-05"
P(TR, CA, pub, "Last month, on the territory of Karaganda region, the Department of the National Security Committee, jointly with the police, conducted a counter-terrorist exercise code-named \"Mezhdurechye\" at the metallurgical plant in Temirtau.",
  [ev("military_exercise", "conducted a counter-terrorist exercise", last_month(pub), pl("Temirtau", "KZ", "KZ-KAR", "city", "Temirtau"), None, actors(perp=["National Security Committee of Kazakhstan", "police"]))],
  "Realistic-generic. 'Last month' -> February 2018. The code name is not a place. The plant in Temirtau is more specific than the region.")

pub = "2018-02-26"
P(W, EU, pub, "British police and MI5 disrupted ten plots in 2017, a senior counter-terrorism officer said on Monday.",
  [ev("plot_disrupted", "disrupted ten plots", year(2017), country("United Kingdom", "GB", "British"), None, actors(perp=["police", "Security Service"]), "reported", "senior counter-terrorism officer")],
  "Realistic aggregate. Plots are neither groups nor lone individuals -> no count. 'in 2017' -> year. A national agency's claim is placed at the country via the demonym.")

pub = "2016-09-14"
P(LP, EU, pub, "Two years ago, at least 22 young people from Aarhus travelled to Syria, according to the city's police, who then set up their much-copied exit programme.",
  [ev("foreign_fighter_travel", "travelled to Syria", year(2014), country("Syria", "SY"), counts(fighters=(22, "at_least")), None, "reported", "police")],
  "Realistic-generic. 'Two years ago' -> 2014, precision year. Aarhus is the home town. The exit programme is a policy of a police force, not legislation.")

pub = "2017-10-30"
P(SA, CA, pub, "From 23 to 27 October, at the Momirak training ground in Khatlon region, units of the Armed Forces of Tajikistan and the 201st Russian military base held a joint command-staff exercise on the destruction of illegal armed groups.",
  [ev("military_exercise", "held a joint command-staff exercise", days("2017-10-23", "2017-10-27"), pl("Khatlon Region", "TJ", "TJ-KT", "admin1", "Khatlon region"), None, actors(perp=["Armed Forces of Tajikistan", "201st Military Base"]))],
  "Realistic-generic. Range of days. '201st' is a unit name, not a count. The illegal armed groups are the scenario.")

pub = "2016-05-19"
P(BR, SAS, pub, "Up to twenty Taliban fighters were killed in overnight air strikes in Nad Ali district of Helmand, the provincial governor's spokesman said.",
  [ev("armed_clash", "air strikes", ago(pub, 1), pl("Helmand", "AF", "AF-HEL", "admin1", "Helmand"), counts(attackers_killed=(20, "at_most")), actors(target="Taliban"), "reported", "provincial governor's spokesman")],
  "Realistic-generic. Air strikes on an armed group -> armed_clash. 'Up to twenty' -> at_most 20. 'overnight' -> publication minus one. The district is not a gazetteer place; the province is named -> admin1.")

pub = "2018-07-12"
P(BR, AF, pub, "About a dozen people were wounded when a bomb hidden in a rubbish bin exploded at a bus stop in Maroua, in Cameroon's Far North region, on Wednesday.",
  [ev("bombing", "a bomb hidden in a rubbish bin exploded", on(pub, "wednesday"), pl("Maroua", "CM", "CM-EN", "city", "Maroua"), counts(injured=(12, "approximately")), actors(target="civilians"))],
  "Realistic-generic. 'About a dozen' -> 12 approximately.")

pub = "2017-10-18"
P(CR, EU, pub, "The North Caucasus District Military Court in Rostov-on-Don on Tuesday sentenced five natives of Dagestan to between 12 and 19 years in a strict-regime colony for taking part in an illegal armed formation in Syria.",
  [ev("prosecution", "sentenced", on(pub, "tuesday"), pl("Rostov-on-Don", "RU", "RU-ROS", "city", "Rostov-on-Don"), counts(convicted=5), actors(perp="North Caucasus District Military Court"))],
  "Realistic-generic. Dagestan is the defendants' origin. Participation in an armed group abroad is the generic offence here (no date or details of travel) -> no foreign_fighter_travel. ANNOTATOR DOUBT: a coder could add an undated travel event with fighters 5. Region europe: the trial (the event) is in Rostov-on-Don.")

pub = "2020-02-13"
P(CR, SAS, pub, "An anti-terrorism court in Lahore on Wednesday sentenced Hafiz Saeed, the founder of Lashkar-e-Taiba, to eleven years in prison in two terror-financing cases.",
  [ev("prosecution", "sentenced", on(pub, "wednesday"), pl("Lahore", "PK", "PK-PB", "city", "Lahore"), counts(convicted=1), actors(perp="Anti-Terrorism Court", target="Hafiz Saeed"))],
  "Real event 2020-02-12. 'eleven years' is a sentence length, not a count.")

pub = "2020-10-08"
P(CR, AF, pub, "A Nairobi court on Wednesday convicted two men of aiding the al-Shabaab gunmen who attacked the Westgate mall in 2013, and acquitted a third.",
  [ev("prosecution", "convicted", on(pub, "wednesday"), pl("Nairobi", "KE", "KE-30", "city", "Nairobi"), counts(convicted=2), actors(perp="court", target="al-Shabaab"))],
  "Real event 2020-10-07. The Westgate attack is a named background reference with a year -> not coded. The acquittal is not a conviction.")

pub = "2013-08-06"
P(TR, CA, pub, "On the night of 3 to 4 August, unknown persons threw bottles with an incendiary mixture at the building of the district prosecutor's office in Uzgen; the fire was extinguished and nobody was hurt.",
  [ev("attack", "threw bottles with an incendiary mixture", days("2013-08-03", "2013-08-04"), pl("Uzgen", "KG", "KG-O", "city", "Uzgen"), counts(injured=0), actors(target="government"))],
  "Realistic-generic. Incendiary bottles burn rather than explode -> attack, not bombing. 'On the night of 3 to 4 August' -> both days. 'nobody was hurt' -> injured 0.")
