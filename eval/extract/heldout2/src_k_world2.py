"""Held-out set 2, outside Central Asia part 2: arrests, plots, courts, law, statements, drills, protest,
propaganda and foreign-fighter travel."""
# ruff: noqa: E501  (passage data: long literal lines read better unbroken)

from __future__ import annotations

from _k import (
  AF,
  AN,
  BR,
  CA,
  CAU,
  CR,
  EU,
  LP,
  ME,
  OT,
  SAS,
  TR,
  P,
  W,
  c,
  country,
  day,
  days,
  in_month,
  last_week,
  last_weekend,
  on,
  r,
  today,
  year,
  yesterday,
)
from _k import actors as A
from _k import counts as C
from _k import ev as E

pub = "2016-06-15"
P(W, EU, pub,
  "French police arrested four people in dawn raids in Seine-Saint-Denis on Tuesday in connection with "
  "the killing of a police couple at their home, prosecutors said.",
  [E("arrest", "arrested", on(pub, "tuesday"), r("Ile-de-France", "FR", "FR-IDF", "Seine-Saint-Denis"),
     C(arrested=4), A(perp="police"), "reported", "prosecutors")],
  "A French department is placed at its region (admin1, text = the department). The killing is "
  "referred to without place or date of its own: background, not coded.")

pub = "2017-06-02"
P(BR, EU, pub,
  "German police detained a 19-year-old Syrian in Cottbus on Thursday on suspicion of preparing a bomb "
  "attack on a shopping centre in Berlin.",
  [E("arrest", "detained", on(pub, "thursday"), c("Cottbus", "DE", "DE-BB"), C(arrested=1), A(perp="police")),
   E("plot_disrupted", "preparing a bomb attack", on(pub, "thursday"), c("Cottbus", "DE", "DE-BB"),
     C(individuals=1), A(perp="police"))],
  "Detained 'while preparing' -> plot_disrupted (lone plotter: individuals 1) + arrest. Berlin is the "
  "target of the plotted attack, which is never coded. 'German police' -> police.")

pub = "2018-03-09"
P(W, ME, pub,
  "Turkish police detained 29 suspected Islamic State members in simultaneous dawn raids across "
  "Istanbul on Thursday, the state-run Anadolu news agency reported.",
  [E("arrest", "detained", on(pub, "thursday"), c("Istanbul", "TR", "TR-34"), C(arrested=29),
     A(perp="police", target="Islamic State"), "reported", "Anadolu Agency")])

pub = "2019-10-07"
P(TR, AF, pub,
  "The Central Bureau of Judicial Investigations dismantled a terrorist cell of four extremists active in "
  "Tangier and linked to the Daesh organisation, arresting its members, who were planning attacks on "
  "sensitive sites.",
  [E("plot_disrupted", "dismantled a terrorist cell", None, c("Tangier", "MA", "MA-01"), C(groups=1),
     A(perp="Central Bureau of Judicial Investigations", target="Islamic State")),
   E("arrest", "arresting", None, c("Tangier", "MA", "MA-01"), C(arrested=4),
     A(perp="Central Bureau of Judicial Investigations", target="Islamic State"))],
  "Cell dismantled while planning: plot_disrupted (groups 1) + arrest (the four members). Daesh -> "
  "Islamic State.")

pub = "2019-11-21"
P(LP, CAU, pub,
  "Officers of Georgia's State Security Service on Wednesday detained three men in the village of Duisi "
  "in the Pankisi Gorge on suspicion of helping fighters travel to Syria.",
  [E("arrest", "detained", on(pub, "wednesday"), c("Duisi", "GE", "GE-KA"), C(arrested=3),
     A(perp="State Security Service of Georgia"))],
  "The helping of travel is the generic offence; no travel event is described. Georgia is the country "
  "(agency name), not the US state.")

pub = "2021-01-07"
P(W, OT, pub,
  "Indonesia's counter-terrorism squad Densus 88 arrested 20 suspected members of Jamaah Ansharut Daulah "
  "in Makassar, South Sulawesi, on Wednesday, police said.",
  [E("arrest", "arrested", on(pub, "wednesday"), c("Makassar", "ID", "ID-SN"), C(arrested=20),
     A(perp="Densus 88", target="Jamaah Ansharut Daulah"), "reported", "police")])

pub = "2020-04-14"
P(TR, EU, pub,
  "The FSB of Russia has detained in the Moscow region a native of a Central Asian republic who was "
  "preparing a terrorist act with an improvised explosive device on public transport.",
  [E("arrest", "detained", None, r("Moscow Oblast", "RU", "RU-MOS", "Moscow region"), C(arrested=1),
     A(perp="Federal Security Service")),
   E("plot_disrupted", "preparing a terrorist act", None, r("Moscow Oblast", "RU", "RU-MOS", "Moscow region"),
     C(individuals=1), A(perp="Federal Security Service"))],
  "'a native of a Central Asian republic' is origin, not a place. Region follows the event (europe).")

pub = "2017-12-06"
P(W, EU, pub,
  "British police and MI5 thwarted a plot to kill Prime Minister Theresa May last week, arresting two men "
  "in London and Birmingham, a court heard on Wednesday.",
  [E("plot_disrupted", "thwarted a plot", last_week(pub), c("London", "GB", "GB-ENG"), {},
     A(perp=["police", "Security Service"], target="Theresa May"), "reported", "court"),
   E("arrest", "arresting", last_week(pub), c("London", "GB", "GB-ENG"), C(arrested=2),
     A(perp=["police", "Security Service"]), "reported", "court")],
  "Two plotters acting together, neither a cell nor lone actors -> no groups/individuals count. "
  "'a court heard' -> reported by the court. First-named city: London.")

pub = "2016-11-21"
P(BR, EU, pub,
  "French security services foiled a planned attack in Strasbourg over the weekend, arresting seven men "
  "in Strasbourg and Marseille, the interior minister said on Monday.",
  [E("plot_disrupted", "foiled a planned attack", last_weekend(pub), c("Strasbourg", "FR", "FR-GES"), {},
     A(perp="security forces"), "reported", "Minister of the Interior of France"),
   E("arrest", "arresting", last_weekend(pub), c("Strasbourg", "FR", "FR-GES"), C(arrested=7),
     A(perp="security forces"), "reported", "Minister of the Interior of France")],
  "Plot + arrests; 'over the weekend' -> Saturday-Sunday just completed. The statement date is not the "
  "event date.")

pub = "2018-12-27"
P(W, SAS, pub,
  "The National Investigation Agency said on Wednesday it had busted a module inspired by Islamic State "
  "that was planning serial blasts in Delhi, arresting ten people.",
  [E("plot_disrupted", "busted a module", None, c("New Delhi", "IN", "IN-DL", "Delhi"), C(groups=1),
     A(perp="National Investigation Agency", other="Islamic State"), "reported", "National Investigation Agency"),
   E("arrest", "arresting", None, c("New Delhi", "IN", "IN-DL", "Delhi"), C(arrested=10),
     A(perp="National Investigation Agency"), "reported", "National Investigation Agency")],
  "'a module' = a cell -> groups 1. Islamic State only inspired it -> other. 'said on Wednesday' dates "
  "the statement only.")

pub = "2016-03-02"
P(W, ME, pub,
  "Jordanian security forces killed seven militants in a raid on a hideout in Irbid on Tuesday night, "
  "foiling a plot to attack civilian and military targets, the General Intelligence Directorate said; "
  "one officer died in the gun battle.",
  [E("armed_clash", "raid", on(pub, "tuesday"), c("Irbid", "JO", "JO-IR"), C(attackers_killed=7, killed=1),
     A(perp="security forces", target="militants"), "reported", "General Intelligence Directorate"),
   E("plot_disrupted", "foiling a plot", on(pub, "tuesday"), c("Irbid", "JO", "JO-IR"), {},
     A(perp="security forces"), "reported", "General Intelligence Directorate")],
  "The raid turned into a gun battle with armed militants: armed_clash. The foiled plot is a separate "
  "plot_disrupted event; the plotted attack is never coded.")

pub = "2019-04-16"
P(TR, AF, pub,
  "National Guard units in Sousse governorate have dismantled a five-member terrorist cell that was "
  "planning attacks on tourist facilities, and arrested its members, the Ministry of the Interior "
  "announced.",
  [E("plot_disrupted", "dismantled a five-member terrorist cell", None, r("Sousse Governorate", "TN", "TN-51", "Sousse governorate"),
     C(groups=1), A(perp="National Guard of Tunisia"), "reported", "Ministry of the Interior of Tunisia"),
   E("arrest", "arrested", None, r("Sousse Governorate", "TN", "TN-51", "Sousse governorate"), C(arrested=5),
     A(perp="National Guard of Tunisia"), "reported", "Ministry of the Interior of Tunisia")],
  "Governorate -> admin1. 'a five-member cell ... its members' -> groups 1, arrested 5.")

pub = "2017-07-30"
P(BR, OT, pub,
  "Australian police said they had disrupted a plot to bring down an aircraft with an improvised device, "
  "arresting four men in raids across Sydney on Saturday.",
  [E("plot_disrupted", "disrupted a plot", on(pub, "saturday"), c("Sydney", "AU", "AU-NSW"), {},
     A(perp="police"), "reported", "police"),
   E("arrest", "arresting", on(pub, "saturday"), c("Sydney", "AU", "AU-NSW"), C(arrested=4), A(perp="police"),
     "reported", "police")])

pub = "2022-06-30"
P(CR, EU, pub,
  "A Paris court on Wednesday found all 20 defendants guilty in the trial over the November 2015 attacks, "
  "sentencing the sole surviving member of the attack squad to whole-life imprisonment.",
  [E("prosecution", "found all 20 defendants guilty", on(pub, "wednesday"), c("Paris", "FR", "FR-IDF"),
     C(convicted=20), A(perp="court"))],
  "The November 2015 attacks are named only: not coded. Unnamed court -> court.")

pub = "2021-03-11"
P(CR, EU, pub,
  "The Higher Regional Court in Dusseldorf on Wednesday sentenced a 28-year-old woman who lived with "
  "Islamic State in Raqqa to four and a half years for membership of a terrorist organisation.",
  [E("prosecution", "sentenced", on(pub, "wednesday"), c("Dusseldorf", "DE", "DE-NW"), C(convicted=1),
     A(perp="Higher Regional Court of Dusseldorf", target="Islamic State"))],
  "Her stay in Raqqa is the generic offence (membership), not recounted as a travel with date: not "
  "coded. Age and term are not counts.")

pub = "2020-02-13"
P(W, SAS, pub,
  "An anti-terrorism court in Lahore on Wednesday sentenced Hafiz Saeed, the founder of Lashkar-e-Taiba, "
  "to five and a half years in prison on each of two terror-financing charges.",
  [E("prosecution", "sentenced", on(pub, "wednesday"), c("Lahore", "PK", "PK-PB"), C(convicted=1),
     A(perp="court", target="Hafiz Saeed"))],
  "Unnamed court -> court; one person convicted.")

pub = "2018-10-04"
P(BR, AF, pub,
  "An Egyptian military court on Wednesday sentenced 17 people to death over bombings of churches in "
  "Cairo, Alexandria and Tanta that killed more than 70 people.",
  [E("prosecution", "sentenced", on(pub, "wednesday"), country("Egypt", "EG", "Egyptian"), C(convicted=17),
     A(perp="court")),
   E("bombing", "bombings", None, c("Cairo", "EG", "EG-C"), C(killed=(70, "at_least")), A(target="worshippers"))],
  "Demonym locates the state institution at country precision. Sentencing plus the bombings it punishes, "
  "recounted with cities and toll: coded undated, first-named city. The passage does not say the "
  "bombers died -> bombing. Several bombings in one toll -> one event.")

pub = "2015-04-09"
P(W, OT, pub,
  "A federal jury in Boston on Wednesday convicted Dzhokhar Tsarnaev on all 30 counts over the 2013 "
  "marathon bombing.",
  [E("prosecution", "convicted", on(pub, "wednesday"), c("Boston", "US", "US-MA"), C(convicted=1),
     A(perp="court", target="Dzhokhar Tsarnaev"))],
  "'30 counts' are charges, not a count; the 2013 bombing is name-only background.")

pub = "2023-09-07"
P(W, EU, pub,
  "Britain on Wednesday laid an order before parliament proscribing the Wagner Group as a terrorist "
  "organisation, making membership of or support for the group a criminal offence.",
  [E("legislation", "proscribing", on(pub, "wednesday"), country("United Kingdom", "GB", "Britain"), {},
     A(perp="Government of the United Kingdom", target="Wagner Group"))],
  "Proscription: legislation. Country name -> country precision.")

pub = "2021-07-08"
P(BR, EU, pub,
  "Austria's parliament on Wednesday passed an anti-terror package that allows convicted extremists to be "
  "held after their sentences and creates a new offence of religiously motivated extremism.",
  [E("legislation", "passed", on(pub, "wednesday"), country("Austria", "AT"), {}, A(perp="Parliament of Austria"))])

pub = "2022-09-29"
P(W, SAS, pub,
  "India's home ministry on Wednesday declared the Popular Front of India and its affiliates unlawful "
  "associations and banned them for five years.",
  [E("legislation", "banned", on(pub, "wednesday"), country("India", "IN"), {},
     A(perp="Ministry of Home Affairs of India", target="Popular Front of India"))],
  "Ban of an organisation: legislation; trigger the ban verb ('declared' is the same act). 'five years' "
  "is a duration.")

pub = "2015-08-17"
P(W, AF, pub,
  "Egyptian President Abdel Fattah al-Sisi on Sunday ratified a sweeping anti-terrorism law that sets up "
  "special courts and shields security forces from prosecution for the use of force.",
  [E("legislation", "ratified", on(pub, "sunday"), country("Egypt", "EG", "Egyptian"), {},
     A(perp="Abdel Fattah al-Sisi"))])

pub = "2017-09-21"
P(LP, AF, pub,
  "A Federal High Court in Abuja on Wednesday proscribed the Indigenous People of Biafra and designated "
  "it a terrorist organisation, granting an application by the federal government.",
  [E("legislation", "proscribed", on(pub, "wednesday"), c("Abuja", "NG", "NG-FC"), {},
     A(perp="Federal High Court of Nigeria", target="Indigenous People of Biafra"))],
  "Proscription and designation are legislation even when a court orders them (not prosecution: no "
  "defendant tried).")

pub = "2024-01-18"
P(W, OT, pub,
  "The United States on Wednesday designated Yemen's Houthi movement a Specially Designated Global "
  "Terrorist group, citing its attacks on shipping in the Red Sea.",
  [E("legislation", "designated", on(pub, "wednesday"), country("United States", "US"), {},
     A(perp="Government of the United States", target="Houthis"))],
  "Designation: legislation, placed at the designating country. The shipping attacks are cited without "
  "place/date details: background. Region other (the act takes place in the US).")

pub = "2024-05-15"
P(BR, CAU, pub,
  "Georgia's parliament adopted the so-called foreign influence law in its third reading on Tuesday, as "
  "tens of thousands of protesters rallied outside the building in Tbilisi.",
  [E("legislation", "adopted", on(pub, "tuesday"), country("Georgia", "GE"), {}, A(perp="Parliament of Georgia")),
   E("protest", "rallied", on(pub, "tuesday"), c("Tbilisi", "GE", "GE-TB"), {}, A(perp="protesters"))],
  "Country Georgia (the parliament), not the US state.")

pub = "2023-11-30"
P(LP, EU, pub,
  "Denmark's parliament will hold its final vote on 7 December on a bill that would make the burning of "
  "the Koran and other holy texts in public a criminal offence.",
  [E("legislation", "final vote", day("2023-12-07"), country("Denmark", "DK"), {}, A(perp="Parliament of Denmark"),
     "planned")],
  "Scheduled vote: planned; the absolute future date is kept.")

pub = "2017-05-24"
P(BR, EU, pub,
  "Britain raised its national terrorism threat level to critical, its highest, on Tuesday night, "
  "meaning a further attack may be imminent.",
  [E("statement", "raised its national terrorism threat level", on(pub, "tuesday"),
     country("United Kingdom", "GB", "Britain"), {}, A(perp="Government of the United Kingdom"))],
  "Change of threat level: statement. 'may be imminent' is part of the warning, not a hypothetical event.")

pub = "2015-11-15"
P(W, EU, pub,
  "France declared a nationwide state of emergency on Saturday and tightened border controls after the "
  "Paris attacks.",
  [E("statement", "declared a nationwide state of emergency", on(pub, "saturday"), country("France", "FR"), {},
     A(perp="Government of France"))],
  "Declaration of a state of emergency: statement (README). 'the Paris attacks' is name-only "
  "background. Tightened border controls are part of the same security response (not a deployment "
  "described with forces).")

pub = "2021-05-21"
P(W, ME, pub,
  "Israel's security cabinet on Thursday approved a unilateral ceasefire in Gaza, ending 11 days of "
  "fighting with Hamas.",
  [E("statement", "approved a unilateral ceasefire", on(pub, "thursday"), country("Israel", "IL"), {},
     A(perp="Security Cabinet of Israel"))],
  "Ceasefire declaration: statement at the country in the body's name. 'ending 11 days of fighting' "
  "names the conflict the ceasefire ends, with a duration only (no place or date of its own): "
  "background, not coded.")

pub = "2019-02-26"
P(W, SAS, pub,
  "Pakistan's Foreign Office on Tuesday strongly condemned what it called Indian aggression near Balakot "
  "and said Pakistan would respond at a time and place of its choosing.",
  [E("statement", "condemned", on(pub, "tuesday"), country("Pakistan", "PK"), {},
     A(perp="Ministry of Foreign Affairs of Pakistan", target="Government of India"))],
  "Condemnation plus vow: one statement. The Indian strike near Balakot is only the object of the "
  "condemnation: not coded (adjudication rule).")

pub = "2017-12-10"
P(BR, ME, pub,
  "Iraqi Prime Minister Haider al-Abadi on Saturday declared final victory over Islamic State, saying "
  "Iraqi forces had regained full control of the border with Syria.",
  [E("statement", "declared final victory", on(pub, "saturday"), country("Iraq", "IQ", "Iraqi"), {},
     A(perp="Haider al-Abadi", target="Islamic State"))],
  "Formal declaration by an official identified by a demonym -> country precision.")

pub = "2022-11-29"
P(BR, OT, pub,
  "Australia's national terrorism threat level was lowered on Monday from 'probable' to 'possible' for "
  "the first time since 2014.",
  [E("statement", "lowered", on(pub, "monday"), country("Australia", "AU"), {}, {})],
  "Change of threat level: statement; no issuer named. 'since 2014' is background, not a date.")

pub = "2018-10-24"
P(W, EU, pub,
  "Some 50,000 troops from NATO member and partner states will take part in the Trident Juncture 2018 "
  "exercise in Norway from 25 October to 7 November.",
  [E("military_exercise", "exercise", days("2018-10-25", "2018-11-07"), country("Norway", "NO"), {},
     A(perp="NATO"), "planned")],
  "Announced exercise with absolute future dates: planned, dates kept. Troops not counted; '2018' in the "
  "name is not a date.")

pub = "2018-01-21"
P(W, ME, pub,
  "Turkey sent tanks and commando units to the Syrian border in Kilis province on Saturday as "
  "reinforcements ahead of an expected cross-border operation.",
  [E("military_exercise", "reinforcements", on(pub, "saturday"), r("Kilis Province", "TR", "TR-79", "Kilis province"),
     {}, A(perp="Turkish Armed Forces"))],
  "Deployment to a province -> admin1. The expected operation is not coded.")

pub = "2021-07-12"
P(W, AF, pub,
  "Rwanda has begun deploying 1,000 soldiers and police officers to Mozambique's Cabo Delgado province to "
  "help fight insurgents, the Rwandan government said on Friday.",
  [E("military_exercise", "deploying", None, r("Cabo Delgado Province", "MZ", "MZ-P", "Cabo Delgado"), {},
     A(perp="Government of Rwanda"), "reported", "Government of Rwanda")],
  "Deployment; troops are never counted; 'said on Friday' dates the statement only.")

pub = "2019-10-09"
P(LP, CAU, pub,
  "Police, emergency workers and the Rosgvardia staged a joint anti-terrorist exercise at a secondary "
  "school in Nalchik on Tuesday, practising the evacuation of pupils.",
  [E("military_exercise", "anti-terrorist exercise", on(pub, "tuesday"), c("Nalchik", "RU", "RU-KB"), {},
     A(perp=["police", "National Guard of Russia"]))])

pub = "2023-04-11"
P(W, OT, pub,
  "More than 17,000 Filipino and American troops launched their largest-ever Balikatan exercises on "
  "Tuesday, including live-fire drills near the South China Sea.",
  [E("military_exercise", "Balikatan exercises", today(pub), country("Philippines", "PH", "Filipino"), {},
     A(perp=["Armed Forces of the Philippines", "United States Armed Forces"]))],
  "Troops never counted. The South China Sea is not a country/admin place; the exercise is placed by the "
  "demonym of the host.")

pub = "2019-07-27"
P(BR, SAS, pub,
  "India on Friday ordered an additional 10,000 paramilitary troops to Jammu and Kashmir to strengthen "
  "counter-insurgency operations.",
  [E("military_exercise", "ordered an additional 10,000 paramilitary troops", on(pub, "friday"),
     r("Jammu and Kashmir", "IN", "IN-JK"), {}, A(perp="Government of India"))],
  "Reinforcement: military_exercise; troops not counted.")

pub = "2015-01-12"
P(BR, EU, pub,
  "More than a million people marched through Paris on Sunday in a show of unity after the attacks on "
  "Charlie Hebdo and a kosher supermarket.",
  [E("protest", "marched", on(pub, "sunday"), c("Paris", "FR", "FR-IDF"), {}, A(perp="protesters"))],
  "March against terrorism: protest; marchers are never counted. The attacks are named only.")

pub = "2019-10-26"
P(W, ME, pub,
  "Security forces fired live ammunition at protesters in Baghdad's Tahrir Square on Friday, killing at "
  "least 40 people across the country as anti-government demonstrations resumed.",
  [E("attack", "fired live ammunition", on(pub, "friday"), c("Baghdad", "IQ", "IQ-BG"), C(killed=(40, "at_least")),
     A(perp="security forces", target="protesters")),
   E("protest", "demonstrations", on(pub, "friday"), c("Baghdad", "IQ", "IQ-BG"), {}, A(perp="protesters"))],
  "Live fire on protesters: a separate attack (first trigger, overall toll). Protest coded beside it.")

pub = "2017-11-22"
P(LP, SAS, pub,
  "Supporters of Tehreek-e-Labbaik Pakistan continued their sit-in at the Faizabad interchange between "
  "Islamabad and Rawalpindi for a third week, blocking the main route into the capital.",
  [E("protest", "sit-in", None, c("Islamabad", "PK", "PK-IS"), {}, A(perp="Tehreek-e-Labbaik Pakistan"))],
  "Ongoing sit-in with no date of its own ('for a third week' is a duration) -> null. First-named city.")

pub = "2019-01-18"
P(W, AF, pub,
  "Thousands of demonstrators marched towards the presidential palace in Khartoum on Thursday, chanting "
  "for President Omar al-Bashir to step down, witnesses said.",
  [E("protest", "marched", on(pub, "thursday"), c("Khartoum", "SD", "SD-KH"), {}, A(perp="protesters",
     target="Omar al-Bashir"), "reported", "witnesses")])

pub = "2016-03-25"
P(AN, ME, pub,
  "The latest edition of Islamic State's weekly al-Naba newsletter, released on Thursday, devotes two pages "
  "to the Brussels bombings and urges supporters in Europe to follow suit.",
  [E("propaganda", "al-Naba newsletter", on(pub, "thursday"), None, {}, A(perp="Islamic State"))],
  "Newsletter released: propaganda, placed nowhere (Europe is the audience). The Brussels bombings are "
  "named only. Region by the publisher's base (middle-east).")

pub = "2018-06-04"
P(BR, AF, pub,
  "Al-Shabaab's Radio Andalus on Sunday broadcast a speech by the group's leader calling on Somalis to "
  "attack African Union troops.",
  [E("propaganda", "broadcast a speech", on(pub, "sunday"), None, {}, A(perp="al-Shabaab"))],
  "Broadcast: propaganda. The called-for attack is not coded.")

pub = "2021-10-19"
P(LP, SAS, pub,
  "Posters warning non-local labourers to leave the valley appeared on the walls of several shops in "
  "Shopian town on Monday morning, police said.",
  [E("propaganda", "Posters", on(pub, "monday"), c("Shopian", "IN", "IN-JK"), {}, {}, "reported", "police")])

pub = "2016-04-05"
P(LP, EU, pub,
  "Graffiti praising the Brussels bombers was sprayed on a wall near the metro station in Molenbeek, the "
  "municipality said on Tuesday.",
  [E("propaganda", "Graffiti", None, c("Molenbeek-Saint-Jean", "BE", "BE-BRU", "Molenbeek"),
     {}, {}, "reported", "municipality of Molenbeek")],
  "Graffiti as propaganda at the place it appeared; 'said on Tuesday' dates the statement only -> null. "
  "The Brussels bombers are named only.")

pub = "2020-06-29"
P(AN, SAS, pub,
  "A video released by Tehrik-i-Taliban Pakistan shows new recruits training at a camp in Afghanistan's "
  "Kunar province, researchers said.",
  [E("propaganda", "video", None, r("Kunar Province", "AF", "AF-KNR", "Kunar province"), {},
     A(perp="Tehrik-i-Taliban Pakistan"), "reported", "researchers")],
  "A video with no appearance place is placed where it shows (Kunar). Region by the event place "
  "(Afghanistan: south-asia).")

pub = "2015-08-19"
P(BR, ME, pub,
  "Islamic State's Amaq agency on Tuesday posted a video showing boys as young as ten training with "
  "weapons at a camp near Raqqa.",
  [E("propaganda", "posted a video", on(pub, "tuesday"), c("Raqqa", "SY", "SY-RA"), {}, A(perp="Islamic State"))],
  "Video placed where it shows ('near Raqqa' -> Raqqa). Ages are not counts.")

pub = "2013-09-02"
P(LP, CAU, pub,
  "Leaflets calling on young men to join 'the mujahideen in the forest' were scattered overnight in "
  "several districts of Nazran, residents told our newspaper on Monday morning.",
  [E("propaganda", "Leaflets", yesterday(pub), c("Nazran", "RU", "RU-IN"), {}, {}, "reported", "residents")],
  "'overnight' in a Monday-morning report -> Sunday.")

pub = "2016-05-16"
P(BR, AF, pub,
  "Boko Haram released a new video on Sunday showing what it said were some of the schoolgirls abducted "
  "from Chibok two years ago.",
  [E("propaganda", "video", on(pub, "sunday"), None, {}, A(perp="Boko Haram")),
   E("attack", "abducted", year(2014), c("Chibok", "NG", "NG-BO"), {}, A(target="civilians"))],
  "Hostages shown in videos are not counted. The abduction is recounted with what, where and when "
  "('two years ago' -> 2014): coded as an attack (abduction of civilians), no count (kidnapped is not "
  "a kind).")

pub = "2015-02-21"
P(BR, EU, pub,
  "Three schoolgirls from east London flew to Istanbul on Tuesday, and police believe they intend to "
  "cross the border into Syria to join Islamic State.",
  [E("foreign_fighter_travel", "flew to Istanbul", on(pub, "tuesday"), country("Syria", "SY"),
     C(individuals=3), A(other="Islamic State"), "reported", "police")],
  "The schoolgirls case: individuals. Istanbul is a transit point; the destination is Syria. Region by "
  "origin (europe). Police belief -> reported.")

pub = "2016-02-09"
P(AN, CAU, pub,
  "Georgian officials estimate that around 50 men from the Pankisi Gorge are fighting in Syria and Iraq.",
  [E("foreign_fighter_travel", "are fighting in Syria", None, country("Syria", "SY"), C(fighters=(50, "approximately")),
     A(reporter="Georgian officials"), "reported", "Georgian officials")],
  "Stock figure: presence in a foreign conflict.")

pub = "2021-10-08"
P(W, EU, pub,
  "Germany has flown 31 women and children from camps in north-east Syria home to Frankfurt, the foreign "
  "ministry said on Thursday.",
  [E("foreign_fighter_travel", "has flown", None, c("Frankfurt am Main", "DE", "DE-HE", "Frankfurt"), C(individuals=31),
     A(perp="Government of Germany"), "reported", "Federal Foreign Office")],
  "Repatriation to a named home city; 'said on Thursday' dates the statement only -> null.")

pub = "2021-05-25"
P(BR, ME, pub,
  "About 100 Iraqi families were brought back from Syria's al-Hol camp to the Jeddah-1 camp south of "
  "Mosul on Monday, the migration ministry said.",
  [E("foreign_fighter_travel", "brought back", on(pub, "monday"), c("Mosul", "IQ", "IQ-NI"), {}, {}, "reported",
     "Ministry of Migration and Displacement of Iraq")],
  "Families are not people counts ('about 100 families' -> no individuals count). 'south of Mosul' -> "
  "Mosul, named as the place returned to.")

pub = "2017-02-27"
P(AN, SAS, pub,
  "Twenty-one people from Kerala left India in mid-2016 to join Islamic State in Afghanistan's "
  "Nangarhar province, investigators believe.",
  [E("foreign_fighter_travel", "left India", year(2016), r("Nangarhar Province", "AF", "AF-NAN", "Nangarhar province"),
     C(fighters=21), A(other="Islamic State"), "reported", "investigators")],
  "'mid-2016' is not in the month table (no month named) -> the year. Destination province -> admin1. "
  "Region by origin (south-asia).")

pub = "2015-06-03"
P(W, AF, pub,
  "Some 3,000 Tunisians have gone to fight in Syria, Iraq and Libya, Tunisia's interior ministry said.",
  [E("foreign_fighter_travel", "have gone to fight", None, country("Syria", "SY"), C(fighters=(3000, "approximately")),
     {}, "reported", "Ministry of the Interior of Tunisia")])

pub = "2017-02-08"
P(BR, OT, pub,
  "Seven Indonesians, including three children, who were caught trying to cross from Turkey into Syria "
  "in January have been deported to Jakarta, police said.",
  [E("foreign_fighter_travel", "trying to cross", in_month(pub, 1), country("Syria", "SY"), C(fighters=7), {},
     "planned", "police")],
  "Intercepted travel: planned (never reached Syria), reported_by kept. Family members travelling to a "
  "conflict are fighters (whole group, 7). The deportation to Jakarta is not a return from the conflict.")

pub = "2023-09-19"
P(W, CAU, pub,
  "Azerbaijan launched what it called local anti-terrorist measures in Nagorno-Karabakh on Tuesday, "
  "shelling positions of ethnic Armenian forces.",
  [E("armed_clash", "shelling positions", today(pub), country("Nagorno-Karabakh", "AZ"), {},
     A(perp="Armed Forces of Azerbaijan", target="Nagorno-Karabakh Defence Army"))],
  "Shelling of armed forces: armed_clash. Nagorno-Karabakh -> country-level AZ.")

pub = "2021-04-30"
P(W, CA, pub,
  "Kyrgyzstan's border service denied that its guards had opened fire on Tajik villagers near Vorukh, as "
  "Dushanbe claimed on Thursday.",
  [E("attack", "opened fire", None, c("Vorukh", "TJ", "TJ-SU"), {}, A(perp="border guards", target="civilians",
     reporter="Border Service of Kyrgyzstan"), "denied", "Border Service of Kyrgyzstan")],
  "Alleged attack denied by the key party: modality denied, reported_by the denier. 'claimed on Thursday' "
  "dates the claim only. Dushanbe stands for the Tajik government, not a place.")

pub = "2020-09-02"
P(BR, AF, pub,
  "The Nigerian army dismissed as false reports that Boko Haram fighters had overrun its base in Monguno "
  "on Monday, saying the base had not been attacked.",
  [E("armed_clash", "overrun its base", on(pub, "monday"), c("Monguno", "NG", "NG-BO"), {},
     A(perp="Boko Haram", target="military", reporter="Nigerian Army"), "denied", "Nigerian Army")],
  "Alleged assault on an army base denied by the army: coded with modality denied. Type: overrunning a "
  "defended base is a fight between two armed sides (armed_clash).")

pub = "2023-02-06"
P(BR, CA, pub,
  "Kyrgyzstan could send additional troops to reinforce its southern border if tensions with Tajikistan "
  "rise again, the defence minister said on Monday.",
  [E("military_exercise", "send additional troops", None, country("Kyrgyzstan", "KG"), {},
     A(perp="Ministry of Defence of Kyrgyzstan"), "hypothetical", "Ministry of Defence of Kyrgyzstan")],
  "Conditional deployment: hypothetical; country-level by the state's own deployment at home.")

pub = "2020-08-22"
P(TR, AF, pub,
  "The Peace and Security Council of the African Union on Friday called on the military in Mali to "
  "release the detained officials and to restore constitutional order without delay.",
  [E("statement", "called on the military in Mali", on(pub, "friday"), None, {},
     A(perp="African Union", target="Armed Forces of Mali"))],
  "Formal appeal by an official body: statement. Mali is the addressee, not where the statement was "
  "made -> null. The detentions are only referred to: not coded.")

pub = "2010-11-29"
P(W, OT, pub,
  "The FBI said it had foiled a plot by a 19-year-old man to bomb a Christmas-tree lighting ceremony in "
  "Portland, Oregon, arresting him on Friday after he tried to detonate what he believed was a car bomb.",
  [E("plot_disrupted", "foiled a plot", on(pub, "friday"), c("Portland", "US", "US-OR"), C(individuals=1),
     A(perp="Federal Bureau of Investigation"), "reported", "Federal Bureau of Investigation"),
   E("arrest", "arresting him", on(pub, "friday"), c("Portland", "US", "US-OR"), C(arrested=1),
     A(perp="Federal Bureau of Investigation"), "reported", "Federal Bureau of Investigation")],
  "Sting: the device was fake, so no bombing. Lone plotter -> individuals 1. Portland, Oregon (not "
  "Maine).")

pub = "2021-07-15"
P(W, EU, pub,
  "The trial of 20 men accused over the attacks of 13 November 2015 will open in Paris on 8 September in "
  "a purpose-built courtroom, the justice ministry said.",
  [E("prosecution", "trial", day("2021-09-08"), c("Paris", "FR", "FR-IDF"), {}, A(perp="court"), "planned",
     "Ministry of Justice of France")],
  "Scheduled trial: prosecution, planned, absolute future date kept; no convicted count. The attacks are "
  "named only (a date is attached, but nothing is recounted).")
