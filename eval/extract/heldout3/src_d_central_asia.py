"""Central Asian passages (Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan)."""

from _d import *  # noqa: F403

# ---------------------------------------------------------------- Kazakhstan
pub = "2019-03-12"
P(LP, CA, pub,
  "Two patrol officers were wounded on Sunday night when an unidentified man opened fire on their car on the "
  "outskirts of Taraz, the Zhambyl regional police department said.",
  [ev("attack", "opened fire", on(pub, "sunday"), c("Taraz", "KZ", "KZ-ZHA"), counts(injured=2),
      actors(target="police"), "reported", "Police Department of Zhambyl Region")],
  "One-sided shooting at police: attack. 'outskirts of Taraz' -> Taraz.")

pub = "2021-06-15"
P(TR, CA, pub,
  "On 12 June 2021, as a result of operational-search measures, employees of the National Security Committee of "
  "the Republic of Kazakhstan detained in the city of Aktobe a group of four persons who were preparing to commit "
  "a terrorist act at a place of mass gathering of people.",
  [ev("plot_disrupted", "preparing to commit a terrorist act", day("2021-06-12"), c("Aktobe", "KZ", "KZ-AKT"),
      counts(groups=1), actors(perp="National Security Committee of Kazakhstan")),
   ev("arrest", "detained", day("2021-06-12"), c("Aktobe", "KZ", "KZ-AKT"), counts(arrested=4),
      actors(perp="National Security Committee of Kazakhstan"))],
  "Agency's own release, no attribution verb: asserted. 'a group of four persons' -> groups 1, arrested 4.")

pub = "2022-01-06"
P(W, CA, pub,
  "Protesters stormed the mayor's office in Almaty and set it on fire on Wednesday, witnesses said, as unrest "
  "over a rise in fuel prices spread across Kazakhstan.",
  [ev("protest", "stormed", on(pub, "wednesday"), c("Almaty", "KZ", "KZ-ALA"), None,
      actors(perp="protesters", target="Akimat of Almaty"), "reported", "witnesses")],
  "A riot that grew out of protests is a protest. The nationwide 'unrest' is the same wave, not a second event.")

pub = "2022-01-07"
P(BR, CA, pub,
  "President Kassym-Jomart Tokayev said on Friday he had authorised security forces to fire without warning, as "
  "troops from the Russian-led Collective Security Treaty Organization arrived in Kazakhstan to help restore order.",
  [ev("statement", "authorised security forces to fire without warning", on(pub, "friday"), None, None,
      actors(perp="President of Kazakhstan", target="protesters")),
   ev("military_exercise", "arrived", None, country("Kazakhstan", "KZ"), None,
      actors(perp="Collective Security Treaty Organization"))],
  "An order to use force is a statement; official named without a country word -> no place. The deployment "
  "is a military_exercise; its arrival has no date of its own.")

pub = "2020-09-08"
P(LP, CA, pub,
  "A court in Karaganda has sentenced a 34-year-old local man to seven years in prison for propaganda of terrorism "
  "after he shared videos of Islamic State sermons in WhatsApp groups.",
  [ev("prosecution", "sentenced", None, c("Karaganda", "KZ", "KZ-KAR"), counts(convicted=1),
      actors(perp="court"))],
  "Age and sentence length are not counts. The sharing is the generic offence, not a propaganda event.")

pub = "2017-10-24"
P(SA, CA, pub,
  "The Ministry of Internal Affairs of the Republic of Kazakhstan reports that from 23 to 27 October, special "
  "anti-terrorist exercises 'Tosqauyl-2017' will be held in Atyrau region with the participation of the police, "
  "the National Guard and emergency services.",
  [ev("military_exercise", "anti-terrorist exercises", days("2017-10-23", "2017-10-27"),
      r("Atyrau Region", "KZ", "KZ-ATY", "Atyrau region"), None,
      actors(perp=["police", "National Guard of Kazakhstan"], reporter="Ministry of Internal Affairs of Kazakhstan"),
      "planned", "Ministry of Internal Affairs of Kazakhstan")],
  "Future drill with absolute dates: planned, dates kept. The exercise name is not a date.")

pub = "2019-07-03"
P(W, CA, pub,
  "Kazakhstan has repatriated 231 of its citizens, mostly children, from camps in Syria in its third such operation "
  "this year, the National Security Committee said on Wednesday.",
  [ev("foreign_fighter_travel", "repatriated", None, country("Kazakhstan", "KZ"), counts(individuals=231),
      actors(perp="Government of Kazakhstan", reporter="National Security Committee of Kazakhstan"),
      "reported", "National Security Committee of Kazakhstan")],
  "Repatriation named as 'Kazakhstan has repatriated' ... the home country is the place returned to. 'said on "
  "Wednesday' dates the report; the operation has no date of its own.")

pub = "2016-09-19"
P(LP, CA, pub,
  "Residents of Kostanay said leaflets calling on young people to 'join the caliphate' appeared on the doors of "
  "several apartment blocks in the city's northern microdistrict over the weekend.",
  [ev("propaganda", "leaflets", last_weekend(pub), c("Kostanay", "KZ", "KZ-KUS"), None,
      actors(reporter="residents"), "reported", "residents")],
  "Leaflets reported as appearing: propaganda at the place they appeared. No named publisher, and 'the "
  "caliphate' names no organisation, so no actor is added.")

pub = "2018-04-16"
P(CR, CA, pub,
  "The Specialised Inter-District Criminal Court of Almaty on Monday began hearing the case of five men accused of "
  "financing terrorism and of sending money to relatives fighting in Syria.",
  [ev("prosecution", "began hearing the case", on(pub, "monday"), c("Almaty", "KZ", "KZ-ALA"), None,
      actors(perp="Specialised Inter-District Criminal Court of Almaty"))],
  "Trial opening: no count. Relatives fighting in Syria are background to a generic financing charge; not coded.")

pub = "2023-02-02"
P(BR, CA, pub,
  "Kazakhstan's Senate passed a bill on Thursday that would strip citizenship from people convicted of terrorism "
  "offences, sending it to the president for signature.",
  [ev("legislation", "passed a bill", on(pub, "thursday"), country("Kazakhstan", "KZ", "Kazakhstan"), None,
      actors(perp="Senate of Kazakhstan"))],
  "Demonym/country word locates the law at country level.")

pub = "2020-11-05"
P(W, CA, pub,
  "About 300 people rallied in central Almaty on Saturday to demand the release of political prisoners, and police "
  "detained at least 30 of them as they tried to march to the akimat, the Oyan, Qazaqstan movement said.",
  [ev("protest", "rallied", on(pub, "saturday"), c("Almaty", "KZ", "KZ-ALA"), None,
      actors(perp="protesters", reporter="Oyan, Qazaqstan"), "reported", "Oyan, Qazaqstan"),
   ev("arrest", "detained", on(pub, "saturday"), c("Almaty", "KZ", "KZ-ALA"), counts(arrested=(30, "at_least")),
      actors(perp="police", target="protesters", reporter="Oyan, Qazaqstan"), "reported", "Oyan, Qazaqstan")],
  "Protester numbers are not counted. Saturday before a Thursday publication.")

pub = "2015-03-27"
P(AN, CA, pub,
  "According to the National Security Committee, around 300 Kazakhstanis, including some 150 women and children, "
  "are now in Syria and Iraq alongside terrorist groups.",
  [ev("foreign_fighter_travel", "are now in Syria", None, country("Syria", "SY"), counts(fighters=(300, "approximately")),
      actors(reporter="National Security Committee of Kazakhstan"), "reported", "National Security Committee of Kazakhstan")],
  "Stock figure -> fighters 300 approx; sub-count 'including some 150' not coded. Destination Syria, first named.")

# ---------------------------------------------------------------- Kyrgyzstan
pub = "2018-11-20"
P(SA, CA, pub,
  "The Ministry of Internal Affairs of the Kyrgyz Republic informs that on November 17, in the Kara-Suu district of "
  "Osh region, officers of the 10th Main Department detained a resident who stored extremist materials of the "
  "banned organisation Hizb ut-Tahrir al-Islami.",
  [ev("arrest", "detained", day("2018-11-17"), r("Osh Region", "KG", "KG-O", "Osh region"), counts(arrested=1),
      actors(perp="Ministry of Internal Affairs of Kyrgyzstan", target="Hizb ut-Tahrir"))],
  "District inside a named province is the province. '10th Main Department' is a name, not a count.")

pub = "2021-05-03"
P(W, CA, pub,
  "Kyrgyzstan and Tajikistan agreed a fresh ceasefire on Saturday after border fighting near the Kyrgyz village of "
  "Kok-Tash left at least 41 people dead last week, health officials in Bishkek said.",
  [ev("statement", "agreed a fresh ceasefire", on(pub, "saturday"), country("Kyrgyzstan", "KG"), None,
      actors(perp=["Government of Kyrgyzstan", "Government of Tajikistan"], reporter="Kyrgyz officials"),
      "reported", "Kyrgyz officials"),
   ev("armed_clash", "border fighting", last_week(pub), c("Kok-Tash", "KG", "KG-B"), counts(killed=(41, "at_least")),
      actors(perp=["Armed Forces of Kyrgyzstan", "Armed Forces of Tajikistan"], reporter="Kyrgyz officials"),
      "reported", "Kyrgyz officials")],
  "Interstate border fire: armed_clash. Ceasefire declaration: statement, placed at the first-named country. "
  "Bishkek is where the claim was made, not an event place. Whole sentence credited to the officials.")

pub = "2023-08-29"
P(LP, CA, pub,
  "In Bishkek, some 200 people picketed the Chinese embassy on Monday, demanding the release of ethnic Kyrgyz held "
  "in detention camps in Xinjiang.",
  [ev("protest", "picketed", on(pub, "monday"), c("Bishkek", "KG", "KG-GB"), None,
      actors(perp="protesters", target="Embassy of China"))],
  "Protester counts are not coded.")

pub = "2022-10-04"
P(TR, CA, pub,
  "The State Committee for National Security of the Kyrgyz Republic informs that in the period from 26 to 30 "
  "September, in Jalal-Abad and Batken regions, four members of a clandestine cell of the international terrorist "
  "organisation Jamaat Ansarullah were detained, who were recruiting citizens for departure to Afghanistan.",
  [ev("arrest", "detained", days("2022-09-26", "2022-09-30"), r("Jalal-Abad Region", "KG", "KG-J", "Jalal-Abad"),
      counts(arrested=4), actors(perp="State Committee for National Security of Kyrgyzstan", target="Jamaat Ansarullah"))],
  "Recruiting is the generic offence; no plot, no travel event. First-named region: Jalal-Abad (admin1, regions).")

pub = "2024-01-26"
P(BR, CA, pub,
  "Kyrgyz President Sadyr Japarov signed a law on Friday designating the Islamic State Khorasan Province as a "
  "terrorist organisation and banning its activities on the territory of the republic.",
  [ev("legislation", "signed a law", on(pub, "friday"), country("Kyrgyzstan", "KG", "Kyrgyz"), None,
      actors(perp="President of Kyrgyzstan", target="Islamic State Khorasan Province"))],
  "Designation law by a state; 'Kyrgyz' demonym gives country precision.")

pub = "2020-10-07"
P(W, CA, pub,
  "Protesters seized government buildings in Bishkek overnight and freed former president Almazbek Atambayev from "
  "jail, after clashes with police that left one man dead and about 590 injured, the health ministry said on "
  "Tuesday.",
  [ev("protest", "seized government buildings", ago(pub, 1), c("Bishkek", "KG", "KG-GB"),
      counts(killed=1, injured=(590, "approximately")),
      actors(perp="protesters", target="Government of Kyrgyzstan", reporter="Ministry of Health of Kyrgyzstan"),
      "reported", "Ministry of Health of Kyrgyzstan")],
  "Hmm: 'overnight' in a Wednesday report -> Tuesday. The clashes between police and protesters are the riot "
  "itself (no live fire stated), so one protest event carries the toll. Freeing a prisoner is not coded.")

pub = "2019-08-09"
P(LP, CA, pub,
  "A special forces officer was shot dead and dozens more were injured when supporters of ex-president Atambayev "
  "opened fire during the failed raid on his compound in Koi-Tash on Wednesday evening.",
  [ev("armed_clash", "opened fire", on(pub, "wednesday"), c("Koi-Tash", "KG", "KG-C"),
      counts(killed=1, injured=(24, "vague")), actors(perp="supporters of Almazbek Atambayev", target="security forces"))],
  "Armed supporters firing on a special-forces raid: two armed sides -> armed_clash. Koi-Tash is in Chuy Region.")

pub = "2017-09-01"
P(W, CA, pub,
  "A Bishkek court sentenced five men to prison terms of between 10 years and life on Friday for their role in last "
  "year's suicide car bombing of the Chinese embassy.",
  [ev("prosecution", "sentenced", on(pub, "friday"), c("Bishkek", "KG", "KG-GB"), counts(convicted=5),
      actors(perp="court")),
   ev("suicide_bombing", "suicide car bombing", last_year(pub), None, None, actors(target="Embassy of China"))],
  "The sentencing and the attack it punishes: both coded. Hmm: the embassy's city is not named for the bombing "
  "(only the court's), so the bombing is unplaced; no bomber count since 'suicide car bombing' names no bomber. "
  "Sentence lengths are not counts.")

pub = "2016-03-18"
P(SA, CA, pub,
  "In accordance with the plan of the Ministry of Defence, units of the Armed Forces of the Kyrgyz Republic are "
  "conducting tactical exercises in the Batken region from 14 to 18 March to practise the destruction of illegal "
  "armed formations in mountainous terrain.",
  [ev("military_exercise", "tactical exercises", days("2016-03-14", "2016-03-18"),
      r("Batken Region", "KG", "KG-B", "Batken region"), None, actors(perp="Armed Forces of Kyrgyzstan"))],
  "Ongoing exercise with an absolute range: asserted.")

# ---------------------------------------------------------------- Tajikistan
pub = "2024-06-20"
P(BR, CA, pub,
  "Tajikistan's upper house of parliament on Wednesday approved amendments banning \"clothing alien to the "
  "national culture\", a measure widely seen as targeting the hijab.",
  [ev("legislation", "approved amendments", on(pub, "wednesday"), country("Tajikistan", "TJ"), None,
      actors(perp="Majlisi Milli of Tajikistan"))],
  "The date sits between the subject and the verb; it dates the approval.")

pub = "2019-02-14"
P(TR, CA, pub,
  "The State Committee for National Security of the Republic of Tajikistan reports that in January of this year, "
  "27 members of the terrorist organisation Islamic State who were planning to carry out attacks on the territory "
  "of the republic were detained.",
  [ev("plot_disrupted", "planning to carry out attacks", month(2019, 1), country("Tajikistan", "TJ"), None,
      actors(perp="State Committee for National Security of Tajikistan", target="Islamic State",
             reporter="State Committee for National Security of Tajikistan"),
      "reported", "State Committee for National Security of Tajikistan"),
   ev("arrest", "detained", month(2019, 1), country("Tajikistan", "TJ"), counts(arrested=27),
      actors(perp="State Committee for National Security of Tajikistan", target="Islamic State",
             reporter="State Committee for National Security of Tajikistan"),
      "reported", "State Committee for National Security of Tajikistan")],
  "'reports that' is an attribution verb -> reported. The country word inside the agency name gives country "
  "precision for a ministry's disruption claim.")

pub = "2018-12-03"
P(CR, CA, pub,
  "The Supreme Court of Tajikistan on Thursday sentenced Hussein Abdusamadov to life imprisonment for the July "
  "attack in Danghara district in which four foreign cyclists were killed, and jailed 15 co-defendants.",
  [ev("prosecution", "sentenced", on(pub, "thursday"), country("Tajikistan", "TJ"), counts(convicted=16),
      actors(perp="Supreme Court of Tajikistan", target="Hussein Abdusamadov")),
   ev("attack", "attack", month(2018, 7), c("Danghara", "TJ", "TJ-KT"), counts(killed=4))],
  "Hmm: 1 + 15 co-defendants -> convicted 16 (total of a life sentence and 15 jailed). The July attack is "
  "recounted with place, month and toll, so it is coded; 'Danghara district' named after the town -> city.")

pub = "2022-05-19"
P(W, CA, pub,
  "Tajik security forces said on Wednesday they had killed eight members of an 'organised criminal group' and "
  "detained 11 others during an operation in the Rushan district of Gorno-Badakhshan, where residents had "
  "blocked a highway in protest.",
  [ev("armed_clash", "operation", None, r("Gorno-Badakhshan Autonomous Region", "TJ", "TJ-GB", "Gorno-Badakhshan"),
      counts(attackers_killed=8), actors(perp="security forces", target="organised criminal group", reporter="security forces"),
      "reported", "security forces"),
   ev("arrest", "detained", None, r("Gorno-Badakhshan Autonomous Region", "TJ", "TJ-GB", "Gorno-Badakhshan"),
      counts(arrested=11), actors(perp="security forces", reporter="security forces"), "reported", "security forces"),
   ev("protest", "blocked a highway in protest", None,
      r("Gorno-Badakhshan Autonomous Region", "TJ", "TJ-GB", "Gorno-Badakhshan"), None,
      actors(perp="protesters", reporter="security forces"), "reported", "security forces")],
  "Security operation against an armed group: armed_clash, group members killed -> attackers_killed. 'said on "
  "Wednesday' dates the report only. District within a named region -> the region.")

pub = "2015-05-29"
P(BR, CA, pub,
  "Colonel Gulmurod Khalimov, the commander of Tajikistan's OMON special police, has appeared in an online video "
  "announcing that he has joined Islamic State in Syria and threatening to bring jihad to Russia and America.",
  [ev("foreign_fighter_travel", "joined Islamic State in Syria", None, country("Syria", "SY"), counts(fighters=1),
      actors(perp="Gulmurod Khalimov", other="Islamic State")),
   ev("propaganda", "online video", None, country("Syria", "SY"), None,
      actors(perp="Gulmurod Khalimov", other="Islamic State"))],
  "The video is propaganda reported as occurring; place is what it shows/where he is (Syria). A single named "
  "person -> fighters 1.")

pub = "2021-03-02"
P(LP, CA, pub,
  "In Khodzhent, the Sughd regional court has handed sentences of between five and twelve years to six residents "
  "of Isfara who had returned from Syria last spring.",
  [ev("prosecution", "handed sentences", None, c("Khujand", "TJ", "TJ-SU", "Khodzhent"), counts(convicted=6),
      actors(perp="Sughd Regional Court")),
   ev("foreign_fighter_travel", "returned from Syria", season(2020, "spring"), country("Syria", "SY"),
      counts(fighters=6))],
  "Khodzhent -> Khujand. 'residents of Isfara' is a home town, not the place returned to, so the return's place "
  "is the origin Syria. 'last spring' in March 2021 -> spring 2020. Sentence lengths are not counts.")

pub = "2018-11-08"
P(W, CA, pub,
  "A riot at a high-security prison in the northern Tajik city of Khujand on Wednesday night left 21 inmates and "
  "two guards dead, the justice ministry said, blaming Islamic State members among the prisoners.",
  [ev("attack", "riot", on(pub, "wednesday"), c("Khujand", "TJ", "TJ-SU"), counts(killed=2, attackers_killed=21),
      actors(perp="Islamic State", target="prison guards", reporter="Ministry of Justice of Tajikistan"),
      "reported", "Ministry of Justice of Tajikistan")],
  "Hmm: a prison riot by armed inmates; guards killed, inmates killed by forces. Coded as an attack (the attack "
  "on guards) with the inmates as attackers_killed; it is not a protest. Attribution sets the perpetrator.")

pub = "2023-04-12"
P(SA, CA, pub,
  "On the instructions of the Government of the Republic of Tajikistan, additional units of the border troops have "
  "been deployed to the Tajik-Afghan border in Khatlon region to strengthen its protection.",
  [ev("military_exercise", "deployed", None, r("Khatlon Region", "TJ", "TJ-KT", "Khatlon region"), None,
      actors(perp="Border Troops of Tajikistan"))],
  "Deployment/reinforcement -> military_exercise, undated.")

# ---------------------------------------------------------------- Uzbekistan
pub = "2017-11-03"
P(BR, OT, pub,
  "Sayfullo Saipov, the 29-year-old Uzbek-born man accused of killing eight people by driving a rented pickup "
  "truck down a Manhattan bike path on Tuesday, was charged with terrorism offences on Wednesday.",
  [ev("attack", "driving a rented pickup truck down a Manhattan bike path", on(pub, "tuesday"),
      c("New York City", "US", "US-NY", "Manhattan"), counts(killed=8), actors(perp="Sayfullo Saipov")),
   ev("prosecution", "charged", on(pub, "wednesday"), c("New York City", "US", "US-NY", "Manhattan"), None,
      actors(perp="court", target="Sayfullo Saipov"))],
  "Real event (31 Oct 2017). 'Uzbek-born' is a birthplace, not the place; the region follows the event place (US). "
  "Charges: no convicted count.")

pub = "2019-05-31"
P(TR, CA, pub,
  "With the assistance of the Republic of Uzbekistan, 156 citizens, including 148 women and children, were "
  "returned to the homeland from the zone of armed conflict in Syria on 30 May within the framework of the "
  "humanitarian action 'Mehr'.",
  [ev("foreign_fighter_travel", "returned to the homeland", day("2019-05-30"), country("Uzbekistan", "UZ"),
      counts(individuals=156), actors(perp="Government of Uzbekistan"))],
  "Repatriated families -> individuals; 'returned to the homeland' with the republic named -> Uzbekistan. "
  "'Mehr' is an operation name. Sub-count not coded.")

pub = "2020-07-22"
P(LP, CA, pub,
  "Officers of the State Security Service detained a 19-year-old resident of Tashkent's Chilanzar district who, "
  "according to investigators, had been preparing to blow himself up at a crowded market on the instructions of "
  "an Islamic State recruiter in Syria.",
  [ev("plot_disrupted", "preparing to blow himself up", None, c("Tashkent", "UZ", "UZ-TK"), counts(individuals=1),
      actors(perp="State Security Service of Uzbekistan", target="Islamic State", reporter="investigators"),
      "reported", "investigators"),
   ev("arrest", "detained", None, c("Tashkent", "UZ", "UZ-TK"), counts(arrested=1),
      actors(perp="State Security Service of Uzbekistan"))],
  "Lone plotter -> individuals 1. The arrest itself is stated; the plot is credited to investigators.")

pub = "2016-05-11"
P(CR, CA, pub,
  "The Fergana regional criminal court found 12 men guilty of membership of the banned Akromiya movement and "
  "sentenced them to terms of up to nine years, human rights defenders in Fergana reported.",
  [ev("prosecution", "found 12 men guilty", None, c("Fergana", "UZ", "UZ-FA"), counts(convicted=12),
      actors(perp="Fergana Regional Criminal Court", target="Akromiya", reporter="human rights defenders"),
      "reported", "human rights defenders")],
  "Membership is a generic offence. 'up to nine years' is a sentence length, not a count.")

pub = "2023-09-05"
P(W, CA, pub,
  "Uzbekistan's senate approved on Tuesday a law allowing authorities to strip the citizenship of people who "
  "have joined terrorist organisations abroad, the upper house's press service said.",
  [ev("legislation", "approved", on(pub, "tuesday"), country("Uzbekistan", "UZ", "Uzbekistan"), None,
      actors(perp="Senate of Uzbekistan", reporter="Senate of Uzbekistan"), "reported", "Senate of Uzbekistan")],
  "Country name locates the law. Joining organisations abroad is the law's subject, not a travel event.")

pub = "2021-08-06"
P(BR, CA, pub,
  "Russian, Uzbek and Tajik troops began joint exercises on Thursday at the Harb-Maidon training ground, some 20 "
  "kilometres from the Afghan border, as Taliban forces swept through northern Afghanistan.",
  [ev("military_exercise", "joint exercises", on(pub, "thursday"), c("Harb-Maidon", "TJ", "TJ-KT"), None,
      actors(perp=["Armed Forces of Russia", "Armed Forces of Uzbekistan", "Armed Forces of Tajikistan"]))],
  "The training ground is the only named place (Khatlon region, not named). The Taliban advance is background "
  "without its own details; not coded.")

pub = "2022-12-28"
P(SA, CA, pub,
  "By decision of the Supreme Court of the Republic of Uzbekistan, the international movement 'Tablighi Jamaat' "
  "has been recognised as extremist and its activities on the territory of Uzbekistan are prohibited.",
  [ev("legislation", "recognised as extremist", None, country("Uzbekistan", "UZ"), None,
      actors(perp="Supreme Court of Uzbekistan", target="Tablighi Jamaat"))],
  "A court's designation of an organisation is a ban -> legislation.")

# ---------------------------------------------------------------- Turkmenistan and regional
pub = "2015-06-02"
P(AN, CA, pub,
  "Turkmenistan, which borders Afghanistan's Faryab and Jowzjan provinces, has quietly moved additional troops and "
  "armour towards the frontier near Serhetabat in recent weeks, according to diplomats in Ashgabat.",
  [ev("military_exercise", "moved additional troops", None, c("Serhetabat", "TM", "TM-M"), None,
      actors(perp="Armed Forces of Turkmenistan", reporter="diplomats"), "reported", "diplomats")],
  "Reinforcement -> military_exercise; 'in recent weeks' is a rolling window -> null. Ashgabat is where the claim "
  "was made. Afghan provinces are background.")

pub = "2024-03-28"
P(W, EU, pub,
  "Central Asian governments warned their citizens working in Russia to carry identity documents at all times after "
  "police in Moscow and several other cities detained hundreds of migrants from Tajikistan in raids following "
  "the concert hall attack.",
  [ev("arrest", "detained", None, c("Moscow", "RU", "RU-MOW"), counts(arrested=(200, "vague")),
      actors(perp="police", target="migrants"))],
  "The attack is named only as background ('the concert hall attack'). The governments' advice to migrants is "
  "routine consular guidance, not coded as a statement. Hmm: arguably a warning by official bodies; left out "
  "because it is a travel advisory rather than a security warning.")

pub = "2018-06-21"
P(LP, CA, pub,
  "Police in Oral said a 41-year-old man stabbed a traffic officer in the neck on Tuesday morning and shouted "
  "religious slogans before he was overpowered by passers-by; the officer is in a stable condition.",
  [ev("attack", "stabbed", on(pub, "tuesday"), c("Oral", "KZ", "KZ-ZAP"), counts(injured=1),
      actors(target="police", reporter="police"), "reported", "police")],
  "Oral (Uralsk) in West Kazakhstan. The single wounded officer -> injured 1; the assailant is not named.")

pub = "2019-10-15"
P(W, CA, pub,
  "Tajik border guards said five gunmen who had crossed from Afghanistan were killed in a shootout at the "
  "Ishkashim post on Sunday; one serviceman was wounded.",
  [ev("armed_clash", "shootout", on(pub, "sunday"), c("Ishkashim", "TJ", "TJ-GB"),
      counts(attackers_killed=5, injured=1), actors(perp="Border Troops of Tajikistan", reporter="border guards"),
      "reported", "border guards")],
  "Two armed sides -> armed_clash. The post named after the town -> city.")

pub = "2017-07-11"
P(TR, CA, pub,
  "In the Jizzakh region, on 8-9 July, the bodies of internal affairs together with the National Guard held "
  "command-staff exercises on the localisation of mass riots and the neutralisation of an armed group.",
  [ev("military_exercise", "command-staff exercises", days("2017-07-08", "2017-07-09"),
      r("Jizzakh Region", "UZ", "UZ-JI", "Jizzakh region"), None,
      actors(perp=["Ministry of Internal Affairs of Uzbekistan", "National Guard of Uzbekistan"]))],
  "Both days -> range.")

pub = "2020-02-27"
P(BR, CA, pub,
  "Dozens of women gathered outside the Kazakh foreign ministry in Nur-Sultan on Thursday demanding information "
  "about relatives believed to be held in camps in north-eastern Syria.",
  [ev("protest", "gathered", on(pub, "thursday"), c("Astana", "KZ", "KZ-AST", "Nur-Sultan"), None,
      actors(perp="protesters", target="Ministry of Foreign Affairs of Kazakhstan"))],
  "Nur-Sultan -> Astana. Protester numbers are not counted; relatives in Syria are background.")

pub = "2021-11-30"
P(LP, CA, pub,
  "The Pavlodar city court has sentenced a 27-year-old woman who administered a Telegram channel that posted "
  "Islamic State recruitment material to three years and four months in a general-regime colony.",
  [ev("prosecution", "sentenced", None, c("Pavlodar", "KZ", "KZ-PAV"), counts(convicted=1),
      actors(perp="Pavlodar City Court"))],
  "Running the channel is the generic offence. The woman is singular -> convicted 1.")

pub = "2022-09-17"
P(W, CA, pub,
  "Kyrgyzstan accused Tajik forces on Friday of using tanks, mortars and drones to attack several of its villages "
  "in the Batken region, in the worst fighting between the neighbours in more than a year; Tajikistan said "
  "Kyrgyz troops had fired first.",
  [ev("armed_clash", "fighting", None, r("Batken Region", "KG", "KG-B", "Batken region"), None,
      actors(perp=["Armed Forces of Tajikistan", "Armed Forces of Kyrgyzstan"], reporter="Government of Kyrgyzstan"),
      "reported", "Government of Kyrgyzstan")],
  "Interstate fighting, both sides firing -> one armed_clash. 'accused ... on Friday' dates the accusation, not "
  "the fighting -> null.")

pub = "2024-11-12"
P(TR, CA, pub,
  "The press service of the National Guard of the Republic of Kazakhstan reports that on 11 November, servicemen "
  "of the Almaty garrison took part in a comprehensive exercise to repel an attack by a terrorist group on a "
  "guarded facility.",
  [ev("military_exercise", "comprehensive exercise", day("2024-11-11"), c("Almaty", "KZ", "KZ-ALA"), None,
      actors(perp="National Guard of Kazakhstan", reporter="National Guard of Kazakhstan"),
      "reported", "National Guard of Kazakhstan")],
  "The scenario's 'attack' is not an event. 'Almaty garrison' locates the drill in Almaty.")

pub = "2016-11-09"
P(AN, CA, pub,
  "Officials in Dushanbe estimate that about 1,100 Tajik nationals have travelled to Syria and Iraq since 2013, "
  "and that some 300 of them have been killed there.",
  [ev("foreign_fighter_travel", "travelled to Syria", None, country("Syria", "SY"),
      counts(fighters=(1100, "approximately")), actors(reporter="Tajik officials"), "reported", "Tajik officials")],
  "Stock figure: fighters ~1100. 'since 2013' is not 'since January': no year interval given for a multi-year "
  "stock; left undated. Deaths abroad are part of the stock story, not a separate event.")
