"""More Central Asian and Afghan passages: bombings, propaganda, statements, and the rarer modalities
(planned, hypothetical, denied)."""

from _d import *  # noqa: F403

pub = "2011-11-01"
P(LP, CA, pub,
  "Two bombs went off in Atyrau on Monday, one near the regional akimat and one in a rubbish bin near the "
  "prosecutor's office; the man carrying the second device was killed when it exploded prematurely, investigators "
  "said.",
  [ev("bombing", "bombs went off", on(pub, "monday"), c("Atyrau", "KZ", "KZ-ATY"), counts(attackers_killed=1),
      actors(reporter="investigators"), "reported", "investigators")],
  "A premature detonation is not a suicide bombing (not by design); the dead bomber is an attacker killed. "
  "Two blasts of one episode -> one bombing.")

pub = "2010-09-03"
P(W, CA, pub,
  "A suicide bomber drove a car packed with explosives into the compound of the regional police department in "
  "Khujand on Friday morning, killing two officers, Tajik officials said.",
  [ev("suicide_bombing", "suicide bomber", today(pub), c("Khujand", "TJ", "TJ-SU"),
      counts(killed=2, attackers_killed=1), actors(target="police", reporter="Tajik officials"),
      "reported", "Tajik officials")])

pub = "2021-05-17"
P(LP, CA, pub,
  "Banners bearing the slogans of a banned religious organisation appeared overnight on a pedestrian bridge in "
  "Jalal-Abad; police removed them on Monday morning and have opened a criminal case.",
  [ev("propaganda", "Banners", yesterday(pub), c("Jalal-Abad", "KG", "KG-J"), None, None)],
  "'overnight' in a Monday report -> Sunday. Opening a criminal case is not a prosecution of anyone.")

pub = "2022-08-15"
P(AN, CA, pub,
  "The latest issue of Voice of Khurasan, an English-language magazine produced by Islamic State's Afghan branch, "
  "appeared online last week with a long article urging Central Asian migrants in Russia to take up arms.",
  [ev("propaganda", "appeared online", last_week(pub), None, None, actors(perp="Islamic State Khorasan Province"))],
  "No place where it appeared; Russia is the audience's location, not the place. Region follows the audience "
  "for want of an event place (hmm).")

pub = "2024-03-23"
P(SA, CA, pub,
  "The Ministry of Foreign Affairs of the Republic of Uzbekistan strongly condemns the terrorist act committed on 22 "
  "March at Crocus City Hall in the Moscow region and expresses deep condolences to the families of the victims.",
  [ev("statement", "strongly condemns", None, country("Uzbekistan", "UZ"), None,
      actors(perp="Ministry of Foreign Affairs of Uzbekistan"))],
  "Formal condemnation -> statement at country level (country word in the ministry's name); no date of its own. "
  "The attack is only the object of the condemnation: not coded, despite its day and place.")

pub = "2023-11-07"
P(BR, CA, pub,
  "Tajikistan's State Committee for National Security warned on Tuesday that recruiters for terrorist groups were "
  "posing as employers on social media, and urged young people heading to Russia for work to ignore unsolicited job "
  "offers.",
  [ev("statement", "warned", today(pub), country("Tajikistan", "TJ"), None,
      actors(perp="State Committee for National Security of Tajikistan"))],
  "Official warning and appeal -> one statement. Recruitment described generically is not a propaganda event.")

pub = "2022-09-19"
P(W, CA, pub,
  "Kazakhstan's defence minister said the country could reinforce its southern border with additional units if the "
  "fighting between Kyrgyzstan and Tajikistan spread.",
  [ev("military_exercise", "reinforce its southern border", None, country("Kazakhstan", "KZ"), None,
      actors(perp="Armed Forces of Kazakhstan", reporter="Minister of Defence of Kazakhstan"),
      "hypothetical", "Minister of Defence of Kazakhstan")],
  "Conditional deployment -> hypothetical. The Kyrgyz-Tajik fighting is a background reference without details.")

pub = "2023-05-16"
P(LP, CA, pub,
  "Relatives of the activists detained over their opposition to the Kempir-Abad border deal plan to picket the "
  "building of the State Committee for National Security in Bishkek on Thursday to demand their release.",
  [ev("protest", "picket", None, c("Bishkek", "KG", "KG-GB"), None,
      actors(perp="protesters", target="State Committee for National Security of Kyrgyzstan"), "planned")],
  "Future relative date -> null; planned. The detentions are background without details.")

pub = "2023-06-07"
P(BR, CA, pub,
  "Kazakhstan's Majilis is scheduled to vote on 14 June on amendments that would allow courts to confiscate "
  "property used to finance terrorism.",
  [ev("legislation", "scheduled to vote", day("2023-06-14"), country("Kazakhstan", "KZ"), None,
      actors(perp="Majilis of Kazakhstan"), "planned")],
  "Absolute future date kept for a planned vote.")

pub = "2016-02-10"
P(LP, CA, pub,
  "Border guards at Almaty airport stopped a 26-year-old woman and her three children as they tried to board a "
  "flight to Istanbul, from where, investigators say, she planned to cross into Syria to join her husband.",
  [ev("foreign_fighter_travel", "planned to cross into Syria", None, country("Syria", "SY"), counts(fighters=4),
      actors(reporter="investigators"), "planned", "investigators")],
  "Intercepted travel -> planned; destination Syria; Istanbul is a transit point and Almaty the interception "
  "place. Family members travelling to a conflict are fighters: woman + three children -> 4 (hmm, summed). The "
  "travellers are unnamed, so no perpetrator.")

pub = "2022-09-27"
P(W, CA, pub,
  "Kazakhstan's National Security Committee on Tuesday denied media reports that its officers had detained Russian "
  "men fleeing mobilisation at a border crossing in West Kazakhstan region and handed them back to Russia.",
  [ev("arrest", "detained", None, r("West Kazakhstan Region", "KZ", "KZ-ZAP", "West Kazakhstan region"), None,
      actors(perp="National Security Committee of Kazakhstan", reporter="National Security Committee of Kazakhstan"),
      "denied", "National Security Committee of Kazakhstan")],
  "Denied event: the denial outranks the media claim.")

pub = "2021-09-07"
P(W, SAS, pub,
  "The Taliban on Monday denied that their fighters had executed 20 civilians in Panjshir province, as alleged by the "
  "National Resistance Front, saying only armed men had been killed in combat.",
  [ev("attack", "executed", None, r("Panjshir", "AF", "AF-PAN", "Panjshir province"), counts(killed=20),
      actors(perp="Taliban", target="civilians", reporter="Taliban"), "denied", "Taliban")],
  "Denied executions -> attack with modality denied. The combat the Taliban describe is undetailed.")

pub = "2019-05-08"
P(SA, CA, pub,
  "From 14 to 20 May, joint counter-terrorism exercises of the National Guard of the Republic of Uzbekistan and the "
  "People's Armed Police of the People's Republic of China will be held in the Tashkent region.",
  [ev("military_exercise", "joint counter-terrorism exercises", days("2019-05-14", "2019-05-20"),
      r("Tashkent Region", "UZ", "UZ-TO", "Tashkent region"), None,
      actors(perp=["National Guard of Uzbekistan", "People's Armed Police"]), "planned")],
  "Tashkent region is UZ-TO (the city is UZ-TK).")

pub = "2021-02-03"
P(TR, CA, pub,
  "Within the framework of the humanitarian operation 'Zhusan-5', 33 citizens of Kazakhstan, including 25 children, "
  "were returned to the homeland on 2 February by a special flight that landed in Aktau.",
  [ev("foreign_fighter_travel", "returned to the homeland", day("2021-02-02"), c("Aktau", "KZ", "KZ-MAN"),
      counts(individuals=33), actors(perp="Government of Kazakhstan"))],
  "The landing town is the place returned to. Operation name is not a count.")

pub = "2020-03-10"
P(TR, CA, pub,
  "The State Committee for National Security of Tajikistan prevented a terrorist act in Dushanbe that was being "
  "prepared by a 27-year-old resident of Vahdat on the instructions of Islamic State, who intended to blow up a car "
  "at a market on 8 March.",
  [ev("plot_disrupted", "prevented a terrorist act", None, c("Dushanbe", "TJ", "TJ-DU"), counts(individuals=1),
      actors(perp="State Committee for National Security of Tajikistan", target="Islamic State"))],
  "The plotted date (8 March) is not the disruption date -> null. Vahdat is the plotter's home. Lone plotter.")

pub = "2023-10-04"
P(BR, CA, pub,
  "Around 800 servicemen of the CSTO's Collective Rapid Reaction Forces are taking part in the Rubezh-2023 "
  "exercises, which began on Monday at the Edelweiss training ground in Issyk-Kul region.",
  [ev("military_exercise", "exercises", on(pub, "monday"), r("Issyk-Kul Region", "KG", "KG-Y", "Issyk-Kul region"),
      None, actors(perp="Collective Security Treaty Organization"))],
  "Troop numbers and the exercise name are not counts/dates.")

pub = "2024-02-26"
P(W, CA, pub,
  "A video in which Kyrgyz-speaking fighters in Syria's Idlib call on compatriots to join them was circulated in "
  "WhatsApp groups in the Osh region last week, Kyrgyzstan's State Committee for National Security said.",
  [ev("propaganda", "video", last_week(pub), r("Osh Region", "KG", "KG-O", "Osh region"), None,
      actors(reporter="State Committee for National Security of Kyrgyzstan"), "reported",
      "State Committee for National Security of Kyrgyzstan")],
  "Propaganda place = where it circulated (Osh region), not where it was filmed. The fighters shown in a video "
  "are not coded as travel.")

pub = "2019-07-23"
P(SA, CA, pub,
  "The Mejlis of Turkmenistan adopted a new edition of the Law 'On Countering Extremist Activity', which introduces "
  "the concept of 'extremist materials' and a procedure for banning their distribution.",
  [ev("legislation", "adopted a new edition of the Law", None, country("Turkmenistan", "TM"), None,
      actors(perp="Mejlis of Turkmenistan"))],
  "Country word in the institution's name; no date given.")

pub = "2018-10-16"
P(W, CA, pub,
  "Dozens of residents of the Kazakh town of Zhanaozen gathered outside the local akimat on Monday to demand jobs, "
  "and police detained four men who refused to disperse.",
  [ev("protest", "gathered", on(pub, "monday"), c("Zhanaozen", "KZ", "KZ-MAN"), None, actors(perp="protesters")),
   ev("arrest", "detained", on(pub, "monday"), c("Zhanaozen", "KZ", "KZ-MAN"), counts(arrested=4),
      actors(perp="police", target="protesters"))],
  "Protesters are not counted.")

pub = "2017-01-31"
P(AN, CA, pub,
  "In the winter of 2016, according to the Kyrgyz interior ministry, at least 60 citizens left for Syria via Turkey, "
  "most of them from the Osh and Jalal-Abad regions.",
  [ev("foreign_fighter_travel", "left for Syria", season(2016, "winter"), country("Syria", "SY"),
      counts(fighters=(60, "at_least")),
      actors(reporter="Ministry of Internal Affairs of Kyrgyzstan"), "reported", "Ministry of Internal Affairs of Kyrgyzstan")],
  "'winter of 2016' = Dec 2015 - Feb 2016. Turkey is a transit point; the regions are origins, not the place "
  "(destination named).")
