"""Passages from Africa, Europe, the Americas and Southeast Asia."""

from _d import *  # noqa: F403

# ---------------------------------------------------------------- Africa
pub = "2024-08-03"
P(W, AF, pub,
  "A suicide bomber blew himself up and gunmen opened fire on diners at Lido beach in Mogadishu on Friday evening, "
  "killing at least 32 people, police said. Al-Shabaab said it carried out the attack.",
  [ev("suicide_bombing", "blew himself up", on(pub, "friday"), c("Mogadishu", "SO", "SO-BN"),
      counts(killed=(32, "at_least"), attackers_killed=1),
      actors(perp="al-Shabaab", target="civilians", reporter=["police", "al-Shabaab"]), "reported", "police"),
   ev("attack", "opened fire", on(pub, "friday"), c("Mogadishu", "SO", "SO-BN"), None,
      actors(perp="al-Shabaab", target="civilians", reporter=["police", "al-Shabaab"]), "reported", "police")],
  "Coordinated assault: both types, overall toll on the first trigger. The sentence is credited to police; the "
  "claim sets the perpetrator.")

pub = "2022-10-30"
P(BR, AF, pub,
  "Two car bombs exploded minutes apart at the education ministry at a busy Mogadishu junction on Saturday, killing "
  "at least 100 people, President Hassan Sheikh Mohamud said on Sunday, blaming al-Shabaab.",
  [ev("bombing", "car bombs", on(pub, "saturday"), c("Mogadishu", "SO", "SO-BN"), counts(killed=(100, "at_least")),
      actors(perp="al-Shabaab", target="Ministry of Education of Somalia", reporter="President of Somalia"),
      "reported", "President of Somalia")],
  "Two blasts of one attack -> one bombing. 'said on Sunday' dates the statement; the bombing has its own day.")

pub = "2021-06-15"
P(LP, AF, pub,
  "A roadside bomb hit a minibus carrying wedding guests near Afgoye in the Lower Shabelle region on Monday, killing "
  "seven people, a district commissioner told reporters.",
  [ev("bombing", "roadside bomb", on(pub, "monday"), c("Afgoye", "SO", "SO-SH"), counts(killed=7),
      actors(target="civilians", reporter="district commissioner"), "reported", "district commissioner")],
  "'near Afgoye' -> Afgoye, the most specific place.")

pub = "2023-12-05"
P(W, AF, pub,
  "A military drone strike mistakenly hit villagers celebrating a Muslim festival in Tudun Biri, Kaduna state, on "
  "Sunday night, killing at least 85 civilians, the National Emergency Management Agency said.",
  [ev("bombing", "drone strike", on(pub, "sunday"), c("Tudun Biri", "NG", "NG-KD"), counts(killed=(85, "at_least")),
      actors(perp="Nigerian Armed Forces", target="civilians", reporter="National Emergency Management Agency"),
      "reported", "National Emergency Management Agency")],
  "Hmm: the strike was deliberate though its target was mistaken; drone strikes on civilians are bombings. "
  "Not an accident in the guideline's sense.")

pub = "2024-03-09"
P(W, AF, pub,
  "Gunmen on motorcycles abducted more than 280 pupils from a school in Kuriga, in Nigeria's Kaduna state, on "
  "Thursday morning, a teacher who escaped said.",
  [ev("attack", "abducted", on(pub, "thursday"), c("Kuriga", "NG", "NG-KD"), None,
      actors(target="students", reporter="teacher"), "reported", "teacher")],
  "Abduction of civilians -> attack. Abductees are not a count kind.")

pub = "2024-07-01"
P(BR, AF, pub,
  "Female suicide bombers struck a wedding, a funeral and a hospital in Gwoza, Borno state, on Saturday, killing at "
  "least 18 people, the state emergency agency said.",
  [ev("suicide_bombing", "suicide bombers", on(pub, "saturday"), c("Gwoza", "NG", "NG-BO"),
      counts(killed=(18, "at_least")),
      actors(target="civilians", reporter="Borno State Emergency Management Agency"),
      "reported", "Borno State Emergency Management Agency")],
  "Plural bombers without a number -> no attackers_killed. Hmm: three sites, coded as one coordinated bombing.")

pub = "2024-08-26"
P(W, AF, pub,
  "Fighters from the al-Qaeda-linked JNIM killed hundreds of people, many of them civilians digging defensive "
  "trenches, around the town of Barsalogho in Burkina Faso's Centre-Nord region on Saturday, according to security "
  "sources.",
  [ev("attack", "killed", on(pub, "saturday"), c("Barsalogho", "BF", "BF-05"), counts(killed=(200, "vague")),
      actors(perp="Jama'at Nasr al-Islam wal Muslimin", target="civilians", reporter="security sources"),
      "reported", "security sources")],
  "'hundreds' -> 200 vague. Massacre of civilians -> attack.")

pub = "2024-09-17"
P(W, AF, pub,
  "Gunmen attacked a gendarmerie training school and the military section of Bamako's airport before dawn on "
  "Tuesday, the army said. JNIM, al-Qaeda's affiliate in the Sahel, claimed responsibility.",
  [ev("attack", "attacked", today(pub), c("Bamako", "ML", "ML-BKO"), None,
      actors(perp="Jama'at Nasr al-Islam wal Muslimin", target="gendarmerie",
             reporter=["Malian Armed Forces", "Jama'at Nasr al-Islam wal Muslimin"]),
      "reported", "Malian Armed Forces")])

pub = "2020-05-31"
P(LP, AF, pub,
  "Insurgents linked to Islamic State raided Macomia in Cabo Delgado province on Thursday, beheading two villagers "
  "and burning the district administration building, local sources said.",
  [ev("attack", "raided", on(pub, "thursday"), c("Macomia", "MZ", "MZ-P"), counts(killed=2),
      actors(perp="Islamic State", target="civilians", reporter="local sources"), "reported", "local sources")],
  "'linked to Islamic State' sets the perpetrator.")

pub = "2021-11-16"
P(W, AF, pub,
  "Two suicide bombers blew themselves up near the central police station and parliament in Kampala on Tuesday "
  "morning, killing three civilians, police said.",
  [ev("suicide_bombing", "blew themselves up", today(pub), c("Kampala", "UG", "UG-C"),
      counts(killed=3, attackers_killed=2), actors(target=["police", "civilians"], reporter="police"),
      "reported", "police")],
  "Uganda's first-level ISO division is the region: Kampala -> UG-C.")

pub = "2022-08-10"
P(SA, AF, pub,
  "On the instructions of the Cabinet Secretary for the Interior, the security alert in Lamu County has been raised "
  "and a dusk-to-dawn curfew imposed in Mpeketoni and Witu with effect from Tuesday.",
  [ev("statement", "security alert", on(pub, "tuesday"), r("Lamu", "KE", "KE-21", "Lamu County"), None,
      actors(perp="Ministry of Interior of Kenya"))],
  "Raised alert and curfew are one declaration -> statement. Hmm: 'with effect from Tuesday' in a Wednesday "
  "release -> the past Tuesday.")

pub = "2022-07-25"
P(CR, AF, pub,
  "A special court at the Kainji military facility in Niger State convicted 125 Boko Haram suspects last week on "
  "charges including terrorism financing, and freed 80 others for lack of evidence, the justice ministry said.",
  [ev("prosecution", "convicted", last_week(pub), r("Niger", "NG", "NG-NI", "Niger State"), counts(convicted=125),
      actors(perp="court", target="Boko Haram", reporter="Ministry of Justice of Nigeria"),
      "reported", "Ministry of Justice of Nigeria")],
  "Niger State (Nigeria), not Niger the country. Freed prisoners are not counted or coded.")

pub = "2017-07-05"
P(AN, AF, pub,
  "Tunisia's interior minister told parliament that about 800 Tunisian fighters have returned home from conflict "
  "zones in Syria, Iraq and Libya, and that most of them are in prison or under surveillance.",
  [ev("foreign_fighter_travel", "returned home", None, country("Syria", "SY"),
      counts(fighters=(800, "approximately")),
      actors(reporter="Minister of Interior of Tunisia"), "reported", "Minister of Interior of Tunisia")],
  "'returned home' does not name the home country as a place; origin Syria first named. Region follows origin.")

pub = "2022-02-12"
P(BR, AF, pub,
  "Hundreds of people gathered in Martyrs' Square in the Libyan capital Tripoli on Friday evening to demand "
  "elections and the departure of all interim bodies.",
  [ev("protest", "gathered", on(pub, "friday"), c("Tripoli", "LY", "LY-TB"), None, actors(perp="protesters"))],
  "Tripoli, Libya ('Libyan capital').")

pub = "2019-10-03"
P(W, AF, pub,
  "Morocco's Central Bureau of Judicial Investigations said on Wednesday it had dismantled a four-member cell loyal "
  "to Islamic State in Tetouan that was preparing attacks on sensitive sites, arresting all its members.",
  [ev("plot_disrupted", "dismantled a four-member cell", None, c("Tetouan", "MA", "MA-01"), counts(groups=1),
      actors(perp="Central Bureau of Judicial Investigations", target="Islamic State",
             reporter="Central Bureau of Judicial Investigations"), "reported", "Central Bureau of Judicial Investigations"),
   ev("arrest", "arresting", None, c("Tetouan", "MA", "MA-01"), counts(arrested=4),
      actors(perp="Central Bureau of Judicial Investigations", target="Islamic State",
             reporter="Central Bureau of Judicial Investigations"), "reported", "Central Bureau of Judicial Investigations")],
  "Hmm: 'arresting all its members' of a four-member cell -> arrested 4 by inference.")

pub = "2021-09-20"
P(W, AF, pub,
  "Suspected Allied Democratic Forces rebels killed at least 30 villagers with machetes and guns in an overnight "
  "raid in Ituri province's Irumu territory, a local civil society leader said on Monday.",
  [ev("attack", "raid", yesterday(pub), r("Ituri", "CD", "CD-IT", "Ituri province"), counts(killed=(30, "at_least")),
      actors(perp="Allied Democratic Forces", target="civilians", reporter="civil society leader"),
      "reported", "civil society leader")],
  "'overnight' in a Monday report -> Sunday. Territory inside a named province -> the province.")

pub = "2018-06-25"
P(SA, AF, pub,
  "The Ministry of National Defence announces that on 24 June, a detachment of the People's National Army "
  "discovered and destroyed a terrorist hideout in the Sidi Ali Bounab forest in Tizi Ouzou, where it seized two "
  "home-made bombs and a quantity of propaganda documents.",
  [],
  "Hmm: destroying an empty hideout and seizing materials is neither a clash nor a plot disruption (no plot, no "
  "suspects). Negative by design; seized documents are not propaganda reported as occurring.")

pub = "2023-05-22"
P(BR, AF, pub,
  "Al-Shabaab's Radio Andalus broadcast an audio message on Sunday in which the group's spokesman urged young "
  "Kenyans to join the fight against foreign troops in Somalia.",
  [ev("propaganda", "broadcast an audio message", on(pub, "sunday"), None, None, actors(perp="al-Shabaab"))],
  "Broadcast with no place it appeared or shows -> null. The urged travel is not an event.")

pub = "2021-04-05"
P(W, AF, pub,
  "Islamic State's Amaq news agency released photographs on Monday that it said showed its fighters inside the "
  "captured town of Palma in northern Mozambique.",
  [ev("propaganda", "released photographs", today(pub), c("Palma", "MZ", "MZ-P"), None,
      actors(perp="Islamic State"))],
  "Propaganda place = what it shows. The capture is named only as background.")

# ---------------------------------------------------------------- Europe
pub = "2024-08-25"
P(W, EU, pub,
  "A man armed with a knife attacked people at a festival marking the 650th anniversary of Solingen on Friday "
  "evening, killing three and wounding eight. Islamic State claimed the attack on Saturday.",
  [ev("attack", "attacked", on(pub, "friday"), c("Solingen", "DE", "DE-NW"), counts(killed=3, injured=8),
      actors(perp="Islamic State", target="civilians", reporter="Islamic State"), "asserted", "Islamic State")],
  "'650th' is an ordinal, not a count; the festival is not an event.")

pub = "2023-10-17"
P(BR, EU, pub,
  "A gunman shot dead two Swedish football fans in central Brussels on Monday evening before fleeing on a scooter. "
  "Belgium raised its terrorism threat level for the capital to the maximum.",
  [ev("attack", "shot dead", on(pub, "monday"), c("Brussels", "BE", "BE-BRU"), counts(killed=2),
      actors(target="civilians")),
   ev("statement", "raised its terrorism threat level", None, country("Belgium", "BE"), None,
      actors(perp="Government of Belgium"))],
  "The threat-level change is not dated in its own sentence -> null. Country name locates a national threat level.")

pub = "2022-04-11"
P(CR, EU, pub,
  "An Islamic State sympathiser who stabbed MP David Amess to death at a constituency surgery in Leigh-on-Sea in "
  "October was found guilty of murder at the Old Bailey on Monday.",
  [ev("prosecution", "found guilty", today(pub), None, counts(convicted=1), actors(perp="Central Criminal Court")),
   ev("attack", "stabbed", in_month(pub, 10), c("Leigh-on-Sea", "GB", "GB-ENG"), counts(killed=1),
      actors(target="David Amess"))],
  "'in October' past tense -> October 2021. The court named by its building gives no place word. Hmm: the "
  "sympathiser's affiliation does not make Islamic State the perpetrator.")

pub = "2024-08-08"
P(W, EU, pub,
  "Austrian police arrested a 19-year-old man in Ternitz on Wednesday who was planning an attack on one of Taylor "
  "Swift's concerts in Vienna, and organisers cancelled all three shows.",
  [ev("plot_disrupted", "planning an attack", on(pub, "wednesday"), c("Ternitz", "AT", "AT-3"),
      counts(individuals=1), actors(perp="police")),
   ev("arrest", "arrested", on(pub, "wednesday"), c("Ternitz", "AT", "AT-3"), counts(arrested=1),
      actors(perp="police"))],
  "The plotted attack is not coded; Vienna is its target, not the disruption place. Cancelled concerts are not "
  "events.")

pub = "2023-01-26"
P(W, EU, pub,
  "A man armed with a machete attacked two churches in the southern Spanish port of Algeciras on Wednesday evening, "
  "killing a sacristan and wounding a priest, before police arrested him.",
  [ev("attack", "attacked", on(pub, "wednesday"), c("Algeciras", "ES", "ES-AN"), counts(killed=1, injured=1),
      actors(target="worshippers")),
   ev("arrest", "arrested", on(pub, "wednesday"), c("Algeciras", "ES", "ES-AN"), counts(arrested=1),
      actors(perp="police"))],
  "Arrest in the same sentence shares the day.")

pub = "2023-08-18"
P(W, EU, pub,
  "Sweden raised its terrorism threat level to four on a five-point scale on Thursday, the Security Service said, "
  "citing a deteriorating situation after a series of Koran burnings.",
  [ev("statement", "raised its terrorism threat level", on(pub, "thursday"), country("Sweden", "SE"), None,
      actors(perp="Swedish Security Service", reporter="Swedish Security Service"), "reported", "Swedish Security Service")],
  "Threat levels are not counts. The Koran burnings are background.")

pub = "2019-11-18"
P(LP, EU, pub,
  "Several hundred police officers, firefighters and medics took part in an anti-terror drill simulating a "
  "hostage-taking at a metro station in Lille early on Sunday.",
  [ev("military_exercise", "anti-terror drill", on(pub, "sunday"), c("Lille", "FR", "FR-HDF"), None,
      actors(perp=["police", "firefighters"]))],
  "Police anti-terror drills count as military_exercise. 'Several hundred' -> no count anyway.")

pub = "2020-10-19"
P(BR, EU, pub,
  "Thousands of people rallied in Paris's Place de la Republique on Sunday to pay tribute to teacher Samuel Paty and "
  "defend freedom of expression.",
  [ev("protest", "rallied", on(pub, "sunday"), c("Paris", "FR", "FR-IDF"), None, actors(perp="protesters"))],
  "A rally against terrorism is a protest; the murder it honours is name-only background.")

pub = "2024-07-23"
P(AN, EU, pub,
  "Pro-Islamic State channels on Telegram circulated a poster on Monday showing the Paris skyline and the Eiffel Tower in flames and "
  "calling on supporters to strike during the Olympic Games.",
  [ev("propaganda", "circulated a poster", on(pub, "monday"), c("Paris", "FR", "FR-IDF"), None,
      actors(other="Islamic State"))],
  "An online poster has no place where it appeared; the place it shows is Paris. Pro-IS channels are not Islamic State itself -> other.")

pub = "2023-04-04"
P(W, EU, pub,
  "Germany has brought home 11 women and children from camps in north-eastern Syria, the foreign ministry said on "
  "Tuesday; several of the women were detained on arrival.",
  [ev("foreign_fighter_travel", "brought home", None, country("Germany", "DE"), counts(individuals=11),
      actors(perp="Government of Germany", reporter="Federal Foreign Office"), "reported", "Federal Foreign Office"),
   ev("arrest", "detained on arrival", None, country("Germany", "DE"), None,
      actors(perp="police", reporter="Federal Foreign Office"), "reported", "Federal Foreign Office")],
  "Returned-to country named ('Germany has brought home'). 'several' gives no count. Hmm: arresting body not named; "
  "'police' assumed.")

pub = "2019-05-23"
P(CR, EU, pub,
  "The Basic Court in Pristina sentenced a 31-year-old Kosovo man to five years in prison on Wednesday for "
  "fighting with Islamic State in Syria between 2014 and 2016.",
  [ev("prosecution", "sentenced", on(pub, "wednesday"), country("Kosovo", "XK", "Pristina"), counts(convicted=1),
      actors(perp="Basic Court of Pristina")),
   ev("foreign_fighter_travel", "fighting with Islamic State in Syria", {"start": "2014-01-01", "end": "2016-12-31",
      "precision": "year"}, country("Syria", "SY"), counts(fighters=1), actors(other="Islamic State"))],
  "Kosovo is coded at country level (XK), so Pristina is kept as the text. 'Kosovo man' is nationality. The "
  "recounted fighting has a year range.")

pub = "2023-09-13"
P(BR, EU, pub,
  "Britain's parliament approved an order proscribing the Wagner Group as a terrorist organisation, making "
  "membership of or support for the mercenary force a criminal offence from Friday.",
  [ev("legislation", "proscribing", None, country("United Kingdom", "GB", "Britain"), None,
      actors(perp="Parliament of the United Kingdom", target="Wagner Group"))],
  "Future relative date ('from Friday') -> null; the approval itself is undated.")

pub = "2024-04-12"
P(LP, EU, pub,
  "Police in North Rhine-Westphalia detained three teenagers, aged 15 and 16, on suspicion of plotting an "
  "Islamist-motivated knife and firebomb attack over the Easter holidays.",
  [ev("plot_disrupted", "plotting", None, r("North Rhine-Westphalia", "DE", "DE-NW"), None, actors(perp="police")),
   ev("arrest", "detained", None, r("North Rhine-Westphalia", "DE", "DE-NW"), counts(arrested=3),
      actors(perp="police"))],
  "Ages are not counts. Three plotters with no cell/group wording -> no groups/individuals count.")

# ---------------------------------------------------------------- Americas
pub = "2025-01-02"
P(W, OT, pub,
  "A US Army veteran who had pledged allegiance to Islamic State drove a pickup truck into New Year's revellers on "
  "Bourbon Street in New Orleans early on Wednesday, killing 14 people, before he was shot dead by police, the FBI "
  "said.",
  [ev("attack", "drove a pickup truck into", on(pub, "wednesday"), c("New Orleans", "US", "US-LA"),
      counts(killed=14, attackers_killed=1),
      actors(perp="Islamic State", target="civilians", reporter="Federal Bureau of Investigation"),
      "reported", "Federal Bureau of Investigation")],
  "Official attribution of affiliation sets the perpetrator.")

pub = "2024-01-10"
P(BR, OT, pub,
  "Masked gunmen stormed the studio of TC Television in Guayaquil during a live broadcast on Tuesday and held staff "
  "at gunpoint before police arrested 13 of them. Hours later President Daniel Noboa declared that Ecuador was in "
  "an 'internal armed conflict'.",
  [ev("attack", "stormed", on(pub, "tuesday"), c("Guayaquil", "EC", "EC-G"), None, actors(target="journalists")),
   ev("arrest", "arrested", on(pub, "tuesday"), c("Guayaquil", "EC", "EC-G"), counts(arrested=13),
      actors(perp="police")),
   ev("statement", "declared", None, country("Ecuador", "EC"), None, actors(perp="President of Ecuador"))],
  "'Hours later' -> null. Hmm: the country appears inside the declaration, not as the president's title; "
  "placed at country level as a declaration about Ecuador.")

pub = "2023-11-17"
P(CR, OT, pub,
  "A jury in London, Ontario, on Thursday found Nathaniel Veltman guilty of murder for deliberately running down a "
  "Muslim family with his pickup truck in 2021, killing four of them.",
  [ev("prosecution", "found Nathaniel Veltman guilty", on(pub, "thursday"), c("London", "CA", "CA-ON"),
      counts(convicted=1), actors(perp="court", target="Nathaniel Veltman")),
   ev("attack", "running down", year(2021), c("London", "CA", "CA-ON"), counts(killed=4),
      actors(perp="Nathaniel Veltman", target="civilians"))],
  "London, Ontario, not the UK. Hmm: the attack's place is implied by the court's city and the real event; the "
  "passage names only the court's city. Kept there.")

pub = "2024-10-09"
P(W, OT, pub,
  "The Justice Department said on Tuesday that the FBI had arrested an Afghan man in Oklahoma City who was planning "
  "an Election Day attack in the name of Islamic State.",
  [ev("plot_disrupted", "planning an Election Day attack", None, c("Oklahoma City", "US", "US-OK"),
      counts(individuals=1),
      actors(perp="Federal Bureau of Investigation", target="Islamic State", reporter="Department of Justice"),
      "reported", "Department of Justice"),
   ev("arrest", "arrested", None, c("Oklahoma City", "US", "US-OK"), counts(arrested=1),
      actors(perp="Federal Bureau of Investigation", reporter="Department of Justice"), "reported",
      "Department of Justice")],
  "'Afghan' is nationality. Election Day is the plotted date, not an event date.")

pub = "2025-02-20"
P(W, OT, pub,
  "The United States on Wednesday formally designated eight Latin American criminal groups, including the Sinaloa "
  "cartel and Tren de Aragua, as foreign terrorist organisations.",
  [ev("legislation", "designated", on(pub, "wednesday"), country("United States", "US"), None,
      actors(perp="Department of State", target=["Sinaloa Cartel", "Tren de Aragua"]))],
  "Designations -> legislation; the number of groups designated is not a count kind.")

pub = "2024-06-26"
P(LP, OT, pub,
  "A car bomb exploded outside a police station in Jamundi, in Valle del Cauca, on Tuesday, wounding five people; "
  "authorities blamed dissidents of the former FARC guerrilla group.",
  [ev("bombing", "car bomb", on(pub, "tuesday"), c("Jamundi", "CO", "CO-VAC"), counts(injured=5),
      actors(perp="FARC dissidents", target="police", reporter="Colombian authorities"),
      "asserted", "Colombian authorities")],
  "Official attribution sets perpetrator; the bombing itself is stated -> asserted.")

# ---------------------------------------------------------------- Southeast Asia
pub = "2019-03-04"
P(LP, OT, pub,
  "A motorcycle bomb exploded outside a convenience store in Pattani's Mueang district on Saturday night, wounding "
  "six people, including two paramilitary rangers.",
  [ev("bombing", "motorcycle bomb", on(pub, "saturday"), r("Pattani", "TH", "TH-94"), counts(injured=6),
      actors(target="civilians"))],
  "District in a named province -> the province (Pattani is also the town; 'Mueang' is the capital district, but "
  "the rule says province).")

pub = "2020-02-11"
P(W, OT, pub,
  "Suspected separatist insurgents shot dead a village headman and his wife as they rode a motorcycle home in "
  "Narathiwat province on Monday evening, police said.",
  [ev("attack", "shot dead", on(pub, "monday"), r("Narathiwat", "TH", "TH-96", "Narathiwat province"),
      counts(killed=2), actors(perp="separatist insurgents", target="civilians", reporter="police"),
      "reported", "police")])

pub = "2021-03-29"
P(W, OT, pub,
  "Two suicide bombers, believed to be a newly married couple, blew themselves up at the gate of the Sacred Heart "
  "Cathedral in Makassar on Sunday morning as Palm Sunday mass ended, wounding about 20 people, police said.",
  [ev("suicide_bombing", "blew themselves up", on(pub, "sunday"), c("Makassar", "ID", "ID-SN"),
      counts(attackers_killed=2, injured=(20, "approximately")), actors(target="worshippers", reporter="police"),
      "reported", "police")],
  "Indonesia coded at province level (ID-SN, South Sulawesi). 'Palm Sunday' repeats the day.")

pub = "2023-12-04"
P(W, OT, pub,
  "A bomb exploded during a Catholic mass in a gymnasium at Mindanao State University in Marawi on Sunday morning, "
  "killing four worshippers. Islamic State claimed responsibility.",
  [ev("bombing", "bomb", on(pub, "sunday"), c("Marawi", "PH", "PH-14"), counts(killed=4),
      actors(perp="Islamic State", target="worshippers", reporter="Islamic State"), "asserted", "Islamic State")],
  "Philippines at ISO region level (PH-14). 'Mindanao' inside the university's name is not a place mention.")

pub = "2017-05-24"
P(BR, OT, pub,
  "President Rodrigo Duterte declared martial law across Mindanao on Tuesday after militants linked to Islamic State "
  "stormed the city of Marawi and fought government troops in its streets.",
  [ev("legislation", "declared martial law", on(pub, "tuesday"), country("Philippines", "PH", "Mindanao"), None,
      actors(perp="President of the Philippines")),
   ev("armed_clash", "fought", None, c("Marawi", "PH", "PH-14"), None,
      actors(perp=["Islamic State", "Armed Forces of the Philippines"]))],
  "Martial law is legislation. Mindanao has no ISO subdivision -> country-level. The fighting has no date of its "
  "own ('after').")

pub = "2024-05-18"
P(W, OT, pub,
  "A man armed with a machete attacked a police station in Ulu Tiram, Johor, before dawn on Friday, killing two "
  "officers before he was shot dead. Police later detained five members of his family, whose father is a known "
  "Jemaah Islamiyah member.",
  [ev("attack", "attacked", on(pub, "friday"), c("Ulu Tiram", "MY", "MY-01"), counts(killed=2, attackers_killed=1),
      actors(target="police")),
   ev("arrest", "detained", None, c("Ulu Tiram", "MY", "MY-01"), counts(arrested=5), actors(perp="police"))],
  "'later' -> null. Hmm: the arrest place is not restated; the only place in the passage is used.")

pub = "2018-05-25"
P(W, OT, pub,
  "Indonesia's parliament on Friday passed tougher anti-terrorism legislation that lets police detain suspects for "
  "longer without charge, two weeks after a wave of suicide bombings in Surabaya.",
  [ev("legislation", "passed tougher anti-terrorism legislation", today(pub), country("Indonesia", "ID"), None,
      actors(perp="House of Representatives of Indonesia"))],
  "The Surabaya bombings are a name-only background reference ('two weeks after').")
