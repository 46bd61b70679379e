"""Additional passages that broaden regions, count expressions, date forms and modalities."""
# ruff: noqa: E501
from _gold import *  # noqa: F403

IS = "Islamic State"

# ---------------------------------------------------------------- bombings
pub = "2018-06-14"
P(W, ME, pub, "A roadside bomb struck a police patrol in the Deir ez-Zor countryside on Wednesday, wounding three officers, the Syrian Observatory for Human Rights said.",
  [ev("bombing", "roadside bomb", on(pub, "wednesday"), pl("Deir ez-Zor Governorate", "SY", "SY-DY", "admin1", "Deir ez-Zor"), counts(injured=3), actors(target="police"), "reported", "Syrian Observatory for Human Rights")],
  "'countryside' of a city -> the governorate (admin1).")

pub = "2019-04-13"
P(LP, SAS, pub, "An explosive device planted on a motorcycle went off near a vegetable market in Quetta on Friday, killing two people and wounding a dozen others.",
  [ev("bombing", "went off", on(pub, "friday"), pl("Quetta", "PK", "PK-BA", "city", "Quetta"), counts(killed=2, injured=(12, "approximately")), actors(target="civilians"))],
  "'a dozen' -> 12 approximately.")

pub = "2019-09-02"
P(BR, AF, pub, "Four soldiers were killed on Sunday when their vehicle hit a landmine near Gao in northern Mali, the army said.",
  [ev("bombing", "hit a landmine", on(pub, "sunday"), pl("Gao", "ML", "ML-7", "city", "Gao"), counts(killed=4), actors(target="military"), "reported", "Armed Forces of Mali")])

pub = "2020-02-03"
P(LP, EU, pub, "A homemade bomb exploded outside a police station in the Exarchia district of Athens before dawn on Monday, damaging the entrance but causing no injuries.",
  [ev("bombing", "homemade bomb exploded", today(pub), pl("Athens", "GR", "GR-I", "city", "Athens"), counts(injured=0), actors(target="police"))],
  "Published the same Monday; 'no injuries' -> injured 0 exact.")

pub = "2017-08-22"
P(TR, CAU, pub, "Overnight, two explosive devices were activated on the railway track in Dagestan, as a result of which a freight train derailed; there were no casualties.",
  [ev("bombing", "explosive devices were activated", ago(pub, 1), pl("Dagestan", "RU", "RU-DA", "admin1", "Dagestan"), counts(killed=0, injured=0), None)],
  "'Overnight' -> the night starting the day before publication. 'no casualties' -> killed 0 and injured 0.")

pub = "2015-08-18"
P(W, OT, pub, "A bomb exploded at the Erawan shrine in central Bangkok on Monday evening, killing 20 people, many of them foreign tourists.",
  [ev("bombing", "bomb exploded", on(pub, "monday"), pl("Bangkok", "TH", "TH-10", "city", "Bangkok"), counts(killed=20), actors(target=["civilians", "foreigners"]))],
  "Real event 2015-08-17.")

pub = "2013-04-16"
P(BR, OT, pub, "Two bombs went off near the finish line of the Boston Marathon on Monday afternoon, killing three people and injuring more than 100.",
  [ev("bombing", "Two bombs went off", on(pub, "monday"), pl("Boston", "US", "US-MA", "city", "Boston"), counts(killed=3, injured=(100, "at_least")), actors(target="civilians"))],
  "Real event 2013-04-15. 'more than 100' -> at_least 100.")

pub = "2018-05-14"
P(W, OT, pub, "Members of one family carried out suicide bombings at three churches in Surabaya on Sunday morning, killing at least 10 people, Indonesian police said.",
  [ev("suicide_bombing", "suicide bombings", on(pub, "sunday"), pl("Surabaya", "ID", "ID-JI", "city", "Surabaya"), counts(killed=(10, "at_least")), actors(target="worshippers"), "reported", "police")],
  "Real event 2018-05-13. 'Indonesian police' is the generic class police, like 'Turkish/Dutch/German police' elsewhere.")

pub = "2019-03-16"
P(W, OT, pub, "A gunman killed at least 49 people at two mosques in Christchurch during Friday prayers, New Zealand's prime minister said.",
  [ev("attack", "killed at least 49 people", on(pub, "friday"), pl("Christchurch", "NZ", "NZ-CAN", "city", "Christchurch"), counts(killed=(49, "at_least")), actors(target="worshippers"), "reported", "Prime Minister of New Zealand")],
  "Real event 2019-03-15.")

# ---------------------------------------------------------------- statements
pub = "2017-10-16"
P(SA, AF, pub, "The UN Security Council condemned in the strongest terms the heinous truck bombing in Mogadishu on Saturday.",
  [ev("statement", "condemned", None, None, None, actors(perp="United Nations Security Council"))],
  "Real bombing 2017-10-14, but here it is only named as the object of the condemnation ('the ... truck bombing in Mogadishu on Saturday', like 'last week's attacks in Paris' or the condemned Paris attacks): not coded. 'on Saturday' modifies the bombing, not the condemnation.")

pub = "2018-03-24"
P(BR, EU, pub, "France's interior minister announced on Friday that the national threat level had been raised to \"urgence attentat\", its highest, for the Aude department.",
  [ev("statement", "threat level had been raised", on(pub, "friday"), pl("Aude", "FR", "FR-OCC", "admin1", "Aude"), None, actors(perp="Ministry of the Interior of France"))],
  "Aude is a department in Occitanie (FR-OCC); admin1 = region code.")

pub = "2019-06-22"
P(W, AF, pub, "The US embassy in Nairobi on Friday warned American citizens of possible attacks on hotels frequented by foreigners.",
  [ev("statement", "warned", on(pub, "friday"), pl("Nairobi", "KE", "KE-30", "city", "Nairobi"), None, actors(perp="Embassy of the United States in Kenya"))],
  "'possible attacks' is the content of the warning: no attack event.")

pub = "2019-02-22"
P(BR, SAS, pub, "Pakistan's military spokesman warned on Thursday that any Indian strike would be met with a \"befitting response\".",
  [ev("statement", "warned", on(pub, "thursday"), country("Pakistan", "PK"), None, actors(perp="Inter-Services Public Relations"))],
  "Conditional strike in the quote is not coded. The warning is located by the issuer's country (demonym rule).")

pub = "2023-08-18"
P(W, EU, pub, "Sweden's security police raised the terrorism threat level to four on a five-point scale on Thursday, citing Koran burnings that had made the country a priority target.",
  [ev("statement", "raised the terrorism threat level", on(pub, "thursday"), country("Sweden", "SE"), None, actors(perp="Swedish Security Service"))],
  "Real 2023-08-17. 'four on a five-point scale' is a level, not a count.")

pub = "2023-08-25"
P(BR, EU, pub, "Sweden could raise its threat level again if the Koran burnings continue, the head of the security police said.",
  [ev("statement", "raise its threat level", None, country("Sweden", "SE"), None, actors(perp="Swedish Security Service"), "hypothetical", "Swedish Security Service")],
  "Conditional future change of threat level -> hypothetical.")

# ---------------------------------------------------------------- propaganda
pub = "2016-06-14"
P(W, ME, pub, "Islamic State's Amaq news agency published a video of the gunman pledging allegiance to the group's leader, days after the shooting.",
  [ev("propaganda", "published a video", None, None, None, actors(perp=IS))],
  "The shooting is referenced without any detail -> not coded. 'days after' gives no date.")

pub = "2017-07-31"
P(BR, AF, pub, "Al-Shabaab's Radio Andalus broadcast a message on Sunday urging Kenyan Muslims to boycott next week's elections.",
  [ev("propaganda", "broadcast a message", on(pub, "sunday"), None, None, actors(perp="al-Shabaab"))])

pub = "2023-12-06"
P(SA, EU, pub, "The Federal Office for the Protection of the Constitution said Islamic State supporters had shared videos on TikTok in recent weeks calling for attacks on Christmas markets.",
  [ev("propaganda", "shared videos", None, None, None, actors(perp=IS), "reported", "Federal Office for the Protection of the Constitution")],
  "'in recent weeks' is unresolvable -> null. Place not stated in the passage -> null.")

pub = "2016-02-17"
P(AN, ME, pub, "A new Chechen-language recruitment video circulating on VKontakte shows fighters from the Pankisi Gorge training in northern Syria.",
  [ev("propaganda", "recruitment video", None, country("Syria", "SY"), None, None)],
  "Place of circulation unknown; Pankisi is the fighters' origin. As for the Kazakh children's camp video and the Raqqa execution video, the place the video shows (northern Syria) is the propaganda's place, and the region follows it.")

# ---------------------------------------------------------------- protests / arrests
pub = "2016-08-27"
P(W, SAS, pub, "Hundreds of students protested in Srinagar on Friday after a teenager was killed by security forces during a curfew.",
  [ev("protest", "protested", on(pub, "friday"), pl("Srinagar", "IN", "IN-JK", "city", "Srinagar"), None, actors(perp="protesters")),
   ev("attack", "was killed", None, pl("Srinagar", "IN", "IN-JK", "city", "Srinagar"), counts(killed=1), actors(perp="security forces", target="civilians"))],
  "'Hundreds' of protesters is not a CountKind. Killing undated.")

pub = "2020-01-11"
P(BR, AF, pub, "Demonstrators in Bamako burned French flags on Friday, demanding the withdrawal of French troops from Mali.",
  [ev("protest", "Demonstrators", on(pub, "friday"), pl("Bamako", "ML", "ML-BKO", "city", "Bamako"), None, actors(perp="protesters"))])

pub = "2019-09-23"
P(W, AF, pub, "Egyptian police arrested hundreds of people in Cairo on Friday and Saturday after rare street protests against President Abdel Fattah el-Sisi.",
  [ev("arrest", "arrested", days("2019-09-20", "2019-09-21"), pl("Cairo", "EG", "EG-C", "city", "Cairo"), counts(arrested=(200, "vague")), actors(perp="police", target="protesters")),
   ev("protest", "street protests", None, pl("Cairo", "EG", "EG-C", "city", "Cairo"), None, actors(perp="protesters"))],
  "'hundreds' -> 200 vague. 'Friday and Saturday' -> a two-day range, precision day.")

pub = "2017-03-02"
P(LP, EU, pub, "Raids carried out across Bavaria in the winter of 2017 led to the arrest of 14 suspected Islamist extremists, the state interior ministry said.",
  [ev("arrest", "arrest", season(2017, "winter"), pl("Bavaria", "DE", "DE-BY", "admin1", "Bavaria"), counts(arrested=14), actors(perp="police"), "reported", "Bavarian State Ministry of the Interior")],
  "'winter of 2017' -> 1 Dec 2016 to 28 Feb 2017, precision season.")

# ---------------------------------------------------------------- denials / hypotheticals
pub = "2019-10-14"
P(W, ME, pub, "Turkey's defence ministry denied that its drones had struck a market in the northern Syrian town of Tal Abyad, saying only militant positions had been targeted.",
  [ev("bombing", "struck a market", None, pl("Tal Abyad", "SY", "SY-RA", "city", "Tal Abyad"), None, actors(perp="Turkish Armed Forces", target="civilians"), "denied", "Ministry of National Defence of Turkey")],
  "Drone strike = remote explosive violence (bombing). Denied by the alleged perpetrator -> modality denied; reported_by = the denying party.")

pub = "2021-11-17"
P(BR, CAU, pub, "Armenia's defence ministry denied Azerbaijani claims that its forces had shelled Azerbaijani positions near Lachin on Tuesday.",
  [ev("armed_clash", "shelled", on(pub, "tuesday"), pl("Lachin", "AZ", "AZ-LAC", "city", "Lachin"), None, actors(perp="Armed Forces of Armenia", target="Armed Forces of Azerbaijan"), "denied", "Ministry of Defence of Armenia")],
  "Claim and denial: denial outranks the claim; reported_by = the denying party.")

pub = "2018-07-09"
P(W, SAS, pub, "Pakistan rejected Indian accusations that its troops had opened fire across the Line of Control in Poonch on Sunday, calling them \"baseless\".",
  [ev("armed_clash", "opened fire", on(pub, "sunday"), pl("Poonch", "IN", "IN-JK", "city", "Poonch"), None, actors(perp="Pakistan Army", target="Indian Armed Forces"), "denied", "Government of Pakistan")],
  "'rejected accusations' = denial. Cross-border firing between armies -> armed_clash.")

pub = "2023-07-25"
P(W, AF, pub, "Kenya would send 1,000 police officers to Haiti to lead a multinational force if the UN Security Council authorises the mission, the foreign minister said.",
  [ev("military_exercise", "send 1,000 police officers", None, country("Haiti", "HT"), None, actors(perp="National Police Service of Kenya"), "hypothetical", "Minister of Foreign Affairs of Kenya")],
  "Conditional deployment -> hypothetical; officers deployed are not a CountKind.")

# ---------------------------------------------------------------- counts and dates
pub = "2015-08-25"
P(AN, SAS, pub, "In the summer of 2015, dozens of Pakistani militants crossed into Afghanistan's Nangarhar province and pledged allegiance to Islamic State.",
  [ev("foreign_fighter_travel", "crossed into Afghanistan", season(2015, "summer"), pl("Nangarhar", "AF", "AF-NAN", "admin1", "Nangarhar"), counts(fighters=(24, "vague")), actors(other=IS))],
  "Season spanning the publication date: the guideline interval (Jun 1-Aug 31) is kept. 'dozens' -> 24 vague.")

pub = "2022-06-13"
P(BR, AF, pub, "Gunmen on motorbikes attacked a village in Niger's Tillaberi region on Saturday, killing up to 15 civilians, local officials said.",
  [ev("attack", "attacked a village", on(pub, "saturday"), pl("Tillaberi", "NE", "NE-6", "admin1", "Tillaberi"), counts(killed=(15, "at_most")), actors(target="civilians"), "reported", "local officials")],
  "'up to 15' -> at_most.")

pub = "2021-01-18"
P(W, AF, pub, "Boko Haram fighters killed more than 100 people in attacks on three villages in Borno state last week, residents said.",
  [ev("attack", "killed more than 100 people", last_week(pub), pl("Borno", "NG", "NG-BO", "admin1", "Borno"), counts(killed=(100, "at_least")), actors(perp="Boko Haram", target="civilians"), "reported", "residents")],
  "'three villages' are not a CountKind.")

pub = "2022-03-29"
P(LP, ME, pub, "Israeli police said they had arrested two Palestinians suspected of planning a shooting attack in Jerusalem's Old City.",
  [ev("arrest", "arrested", None, pl("Jerusalem", "IL", "IL-JM", "city", "Jerusalem"), counts(arrested=2), actors(perp="police"), "reported", "police"),
   ev("plot_disrupted", "planning a shooting attack", None, pl("Jerusalem", "IL", "IL-JM", "city", "Jerusalem"), None, actors(perp="police"), "reported", "police")],
  "Place coded as in the source's own framing; country code follows the reporting authority. 'Israeli police' is the generic class police, like 'Turkish/Dutch/German police' elsewhere.")

pub = "2015-04-21"
P(BR, AF, pub, "Algerian troops killed three armed militants in an ambush in the mountains of Tizi Ouzou province on Sunday, the defence ministry said.",
  [ev("armed_clash", "ambush", on(pub, "sunday"), pl("Tizi Ouzou", "DZ", "DZ-15", "admin1", "Tizi Ouzou"), counts(attackers_killed=3), actors(perp="Algerian People's National Army", target="militants"), "reported", "Ministry of National Defence of Algeria")])

pub = "2018-09-20"
P(W, SAS, pub, "Bangladesh's parliament passed the Digital Security Act on Wednesday despite warnings from journalists that it would curb free speech.",
  [ev("legislation", "passed", on(pub, "wednesday"), country("Bangladesh", "BD"), None, actors(perp="Parliament of Bangladesh"))],
  "Real 2018-09-19. The journalists' warnings are not official statements.")

pub = "2021-07-08"
P(BR, EU, pub, "Austria's parliament voted on Wednesday to expand the ban on extremist symbols to include those of Hezbollah and the Grey Wolves.",
  [ev("legislation", "voted", on(pub, "wednesday"), country("Austria", "AT"), None, actors(perp="National Council of Austria", target=["Hezbollah", "Grey Wolves"]))])

pub = "2021-03-09"
P(AN, CA, pub, "Two dozen foreign fighters, most of them from Central Asia, were handed over by the Syrian Democratic Forces to their home countries last month.",
  [ev("foreign_fighter_travel", "were handed over", last_month(pub), None, counts(fighters=(24, "approximately")), actors(perp="Syrian Democratic Forces"))],
  "'Two dozen' -> 24 approximately. Destination countries not named (and no origin named) -> place null. A repatriation story takes the region its actors come from: central-asia.")

# ---------------------------------------------------------------- Central Asia: historical exonyms
pub = "2019-04-23"
P(CR, CA, pub, "Born in Alma-Ata in 1979, the defendant was convicted on Monday by the Taldykorgan city court of financing terrorism and sentenced to six years.",
  [ev("prosecution", "was convicted", on(pub, "monday"), TALDYKORGAN(), counts(convicted=1), actors(perp="Taldykorgan City Court"))],
  "Alma-Ata (old name of Almaty) is the birthplace, not the event place; '1979' is a birth year.")

pub = "1986-12-19"
P(W, CA, pub, "Troops and police broke up a rally by several thousand Kazakh students in Alma-Ata's central square on Wednesday, and hundreds were detained, according to Soviet media.",
  [ev("protest", "rally", on(pub, "wednesday"), ALMATY("Alma-Ata"), None, actors(perp="protesters"), "reported", "Soviet media"),
   ev("arrest", "were detained", on(pub, "wednesday"), ALMATY("Alma-Ata"), counts(arrested=(200, "vague")), actors(perp=["military", "police"], target="protesters"), "reported", "Soviet media")],
  "Contemporary (1986) report: Alma-Ata resolves to Almaty. 'several thousand' is not a CountKind; 'hundreds' -> 200 vague.")
