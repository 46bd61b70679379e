"""Negatives: passages with no codable event (metaphors, accidents, disasters, sport, film, meetings, releases,
website blocking, speculation, opinion, historical references, anniversaries, ambiguous names)."""

from _d import *  # noqa: F403

# ---------------------------------------------------------------- Central Asia, Russia, Caucasus, Afghanistan
P(LP, CA, "2021-11-18",
  "Kazakhstan's finance minister came under attack in the Majilis on Wednesday as deputies accused the government of "
  "letting spending on state holdings explode.",
  [], "Metaphors: 'came under attack', 'explode'.")

P(W, CA, "2022-08-29",
  "A gas cylinder exploded in a cafe in Shymkent on Saturday, killing two people and injuring seven, the emergency "
  "situations ministry said; investigators ruled out foul play.",
  [], "Accident with a toll: not a bombing.")

P(LP, CA, "2021-12-17",
  "On the tenth anniversary of the Zhanaozen tragedy, residents laid flowers on Thursday at the memorial in the "
  "town's central square.",
  [], "Commemoration of a past event named only by name; a wreath-laying is not a protest.")

P(BR, CA, "2021-08-31",
  "Kyrgyz President Sadyr Japarov pardoned 14 people convicted of extremism-related offences on the eve of "
  "Independence Day, his press office said.",
  [], "Pardons and releases are not coded; the old convictions are undetailed.")

P(LP, CA, "2019-04-02",
  "Internet users in Tajikistan reported on Monday that access to several opposition news websites and to YouTube "
  "had again been restricted.",
  [], "Website blocking.")

P(AN, CA, "2023-03-20",
  "Analysts at a Bishkek think tank warn that Islamic State Khorasan Province could try to recruit Central Asian "
  "labour migrants in Russia to carry out attacks there.",
  [], "Speculation by analysts; not an official warning.")

P(LP, CA, "2018-09-17",
  "Osh palov, lagman and samsa were on the menu at a festival of national cuisine in Tashkent on Sunday that drew "
  "thousands of visitors.",
  [], "Osh the dish. A crowd at a festival is not a protest.")

P(LP, CA, "2020-12-21",
  "Mary Ivanova, a 30-year-old teacher from Karaganda, won the national women's chess championship on Sunday after a "
  "tense clash with the defending champion in the final round.",
  [], "Mary the person; a chess 'clash'.")

P(BR, CA, "2023-05-08",
  "Kairat stormed to a 3-0 victory over Astana on Saturday, with their striker firing two goals in the first half "
  "before the visitors' defence collapsed.",
  [], "Sport: stormed, firing, collapsed. Astana is a football club here.")

P(LP, CA, "2016-08-09",
  "A new feature film about the 1916 uprising, with scenes of Tsarist troops shooting rebels in the Chui valley, "
  "premiered in Bishkek last week.",
  [], "Film. The 1916 uprising is historical.")

P(AN, CA, "2019-02-18",
  "Uzbek officials have long cited the February 1999 Tashkent bombings to justify tight controls over independent "
  "mosques and religious education.",
  [], "Historical reference by name with a month: not coded. Citing is not a statement.")

P(W, CA, "2022-10-14",
  "The heads of the security services of CIS member states met in Dushanbe on Thursday to discuss cooperation against "
  "terrorism and drug trafficking.",
  [], "Meeting.")

P(BR, CA, "2023-08-24",
  "Uzbekistan intends to strengthen cooperation with Afghanistan in countering terrorism, Foreign Minister Bakhtiyor "
  "Saidov said after talks with his Afghan counterpart in Termez.",
  [], "Vague intention and routine diplomacy.")

P(SA, CA, "2024-04-05",
  "The Ministry of Internal Affairs of the Republic of Kazakhstan states that there is no threat of terrorist acts in "
  "the country and calls on citizens not to spread unverified information.",
  [], "Denial/reassurance with no alleged event. Hmm: 'calls on citizens' is an appeal by an official body and "
  "could be a statement; treated as routine reassurance, not a security warning.")

P(BR, EU, "2022-11-26",
  "A methane explosion at the Listvyazhnaya coal mine in the Kemerovo region killed 51 miners and rescuers a year "
  "ago, and the mine's former director was convicted of safety violations in October.",
  [], "Mine blast is an accident; a safety conviction is not a terrorism-related prosecution. Hmm: prosecution "
  "could be read broadly; the taxonomy's prosecution is for political-violence cases.")

P(W, EU, "2023-05-31",
  "Russia's communications watchdog Roskomnadzor said on Wednesday it had blocked 120 Telegram channels that spread "
  "calls to terrorism.",
  [], "Website/channel blocking.")

P(W, OT, "2022-12-05",
  "Voters in Georgia head to the polls on Tuesday in a Senate runoff that could decide the balance of power in "
  "Washington.",
  [], "Georgia the US state; an election is not an event type.")

P(BR, CAU, "2023-03-20",
  "Georgia's rugby team clashed with Portugal in Tbilisi on Saturday, and the home side's forwards bulldozed their "
  "way to a 38-11 win.",
  [], "Sport clash; scores are not counts.")

P(BR, SAS, "2023-10-24",
  "Afghanistan blew away Pakistan by eight wickets in Chennai on Monday, chasing down 283 to record their first-ever "
  "one-day international win over their neighbours.",
  [], "Sport.")

P(W, SAS, "2023-10-08",
  "A magnitude 6.3 earthquake struck Herat province on Saturday, killing more than 1,000 people, Taliban officials "
  "said.",
  [], "Natural disaster.")

P(LP, CAU, "2020-06-10",
  "Heavy rain caused a river to burst its banks in Dagestan's Tsumadinsky district on Tuesday, washing away a bridge "
  "and cutting off four villages.",
  [], "Natural disaster.")

# ---------------------------------------------------------------- Middle East
P(W, ME, "2023-06-23",
  "Turkey's central bank fired the opening shot in its battle against inflation on Thursday, hiking its key rate by "
  "650 basis points.",
  [], "Metaphor.")

P(BR, ME, "2024-08-05",
  "Families of the victims of the 2020 Beirut port explosion marked its fourth anniversary on Sunday with a minute of "
  "silence at the port.",
  [], "Anniversary of an accident.")

P(W, ME, "2023-09-27",
  "A fire ripped through a packed wedding hall in Hamdaniya in Nineveh province on Tuesday night, killing more than "
  "100 guests; officials blamed fireworks set off indoors.",
  [], "Accident with a toll.")

P(LP, ME, "2022-12-12",
  "The fourth season of the Israeli series Fauda, in which an undercover unit hunts a bomb-maker across the West "
  "Bank, premiers on Netflix next month.",
  [], "Fiction.")

P(AN, ME, "2019-11-20",
  "Saudi officials still cite the 1979 seizure of the Grand Mosque in Mecca as the moment that set the kingdom on a "
  "path of religious conservatism.",
  [], "Historical reference by name with a year.")

P(W, ME, "2022-03-14",
  "Iran's foreign ministry spokesman said on Monday that Tehran remained committed to dialogue with its Gulf "
  "neighbours and to the security of the region.",
  [], "Routine diplomacy; attribution verb only.")

P(AN, ME, "2024-02-06",
  "Security experts in Baghdad say Islamic State cells in the Hamrin mountains may try to exploit the drawdown of US "
  "forces to launch attacks on isolated army posts.",
  [], "Speculation by analysts.")

# ---------------------------------------------------------------- Africa
P(W, AF, "2023-01-09",
  "Mali's military government on Saturday freed 46 Ivorian soldiers who had been detained in Bamako since July, "
  "after mediation by Togo.",
  [], "Release of prisoners. Hmm: the July detention is mentioned but undetailed beyond the month; treated as "
  "background of the release.")

P(W, AF, "2021-11-23",
  "An international conference on preventing violent extremism in West Africa opened in Abuja on Monday, bringing "
  "together officials from 15 countries.",
  [], "Conference.")

P(W, AF, "2024-10-17",
  "A fuel tanker overturned and exploded in Majiya in Jigawa state late on Tuesday, killing at least 147 people who "
  "had gathered to scoop up spilled petrol, police said.",
  [], "Accident with a toll; the crowd is not a protest.")

P(BR, AF, "2022-05-12",
  "Al Ahly and Zamalek clash in the Cairo derby on Friday, with both sides' ultras banned from the stadium.",
  [], "Sport fixture.")

P(W, AF, "2020-03-24",
  "Shares on the Lagos bourse crashed for a fifth straight day on Monday in what traders called a bloodbath, as "
  "oil prices collapsed.",
  [], "Market metaphors.")

P(AN, AF, "2024-06-28",
  "Analysts say al-Shabaab may attempt to exploit the drawdown of African Union troops to mount more ambitious "
  "attacks around Mogadishu later this year.",
  [], "Speculation by analysts.")

# ---------------------------------------------------------------- Europe
P(BR, EU, "2024-09-02",
  "Jordan Henderson fired a stunning strike into the top corner as Ajax blew away their rivals 4-0 on Sunday.",
  [], "Jordan the person; sport metaphors.")

P(W, EU, "2023-06-22",
  "A gas explosion destroyed a building housing an architecture school in Paris's 5th arrondissement on Wednesday, "
  "injuring more than 50 people, police said.",
  [], "Accident with a toll; '5th' is an ordinal.")

P(AN, EU, "2024-09-05",
  "Germany's knife-crime debate has become a weapon in the hands of populists, argues a columnist, who calls the "
  "government's proposed ban on blades at festivals 'a shot in the dark'.",
  [], "Opinion and metaphors. Hmm: a 'proposed ban' by the government could be legislation if drafted; here it is "
  "only mentioned in opinion.")

P(BR, EU, "2025-01-07",
  "Ten years after the attack on its offices, Charlie Hebdo published a special issue on Tuesday with cartoons "
  "mocking religion and its own critics.",
  [], "Anniversary; a magazine issue by the former target is not propaganda.")

P(LP, EU, "2022-06-01",
  "An exhibition on the night of 13 November 2015 opened at the Carnavalet museum on Wednesday, featuring objects "
  "left by mourners outside the Bataclan.",
  [], "Historical reference; exhibition.")

P(W, EU, "2021-06-16",
  "The leaders of NATO's 30 member states met in Brussels on Monday and agreed to update the alliance's strategy on "
  "terrorism and cyber threats.",
  [], "Summit meeting; vague intention.")

# ---------------------------------------------------------------- Americas, Southeast and South Asia
P(W, OT, "2024-09-30",
  "Hurricane Helene has killed at least 30 people in Georgia and more than 100 across the southeastern United "
  "States, officials said on Sunday.",
  [], "Natural disaster; Georgia the US state.")

P(LP, OT, "2025-02-24",
  "In the new Netflix thriller Zero Day, a cyber attack shuts down the power grid and a former president is called "
  "back to hunt the perpetrators.",
  [], "Fiction.")

P(AN, OT, "2023-07-12",
  "A Colombian senator described the government's peace talks with the ELN guerrillas as 'a slow surrender', "
  "saying the rebels would only use the ceasefire to rearm.",
  [], "Opinion by a politician.")

P(W, OT, "2024-02-08",
  "A landslide buried a gold-mining village in Davao de Oro on Tuesday night, killing at least 35 people, disaster "
  "officials said.",
  [], "Natural disaster.")

P(LP, OT, "2023-10-14",
  "Malaysia's opposition launched a fresh assault on the budget in parliament on Friday, saying the government's "
  "subsidy cuts would hit the poor hardest.",
  [], "Metaphor.")

P(BR, SAS, "2023-10-13",
  "India's captain said his bowlers would attack from the first ball when they face Pakistan in Ahmedabad on "
  "Saturday.",
  [], "Sport.")

P(LP, SAS, "2018-11-26",
  "Mumbai commemorated the victims of the November 2008 attacks on Monday with a wreath-laying at the police "
  "memorial in Marine Drive.",
  [], "Commemoration; historical reference.")

P(BR, SAS, "2018-11-26",
  "Mary Kom knocked out her Ukrainian opponent in the final in New Delhi on Saturday to win a record sixth world "
  "boxing title.",
  [], "Mary the person; sport.")

P(AN, SAS, "2022-11-30",
  "If talks with the Tehrik-i-Taliban Pakistan collapse, militants could step up attacks in Khyber Pakhtunkhwa, "
  "analysts in Islamabad warn.",
  [], "Speculation by analysts (not an actor's conditional action).")

# ---------------------------------------------------------------- more negatives
P(LP, CA, "2019-04-12",
  "A photo exhibition about everyday life in Frunze in the 1970s opened at the State History Museum on Friday.",
  [], "Frunze is the Soviet name of Bishkek; an exhibition.")

P(W, EU, "2024-08-30",
  "A minibus carrying migrant workers from Tajikistan overturned on a highway in the Samara region on Thursday, "
  "killing nine passengers, regional officials said.",
  [], "Traffic accident. 'from Tajikistan' is origin.")

P(AN, CA, "2022-07-01",
  "Writing in a Kazakh newspaper, a former security officer argued that the country's deradicalisation programmes "
  "were a battle lost before it had begun.",
  [], "Opinion and metaphor.")

P(AN, CA, "2021-09-13",
  "Should the Taliban fail to contain Islamic State's local branch, Tajikistan may face incursions along its "
  "1,300-kilometre border with Afghanistan, a Russian expert told RIA Novosti.",
  [], "Speculation by an analyst; a length is not a count.")

P(LP, CAU, "2015-10-16",
  "Residents of Nalchik marked the tenth anniversary of the October 2005 militant raid on the city with a memorial "
  "service on Tuesday.",
  [], "Anniversary; a historical reference by name with a month and year.")

P(BR, CA, "2024-02-19",
  "A new Tajik pop song exploded across social media last month, racking up millions of views and triggering a "
  "wave of dance videos.",
  [], "Metaphors: exploded, triggering.")
