"""Held-out set 2, negatives: passages a careful coder codes with no event at all."""


from __future__ import annotations

from _k import AF, AN, BR, CA, CAU, EU, LP, ME, OT, SA, SAS, TR, P, W

# Central Asia
P(LP, CA, "2021-06-07",
  "Residents of Aktobe laid flowers on Saturday at the memorial to the servicemen who died in the June "
  "2016 attacks on the city's gun shops and military unit.",
  [], "Commemoration of a named past event: no event (laying flowers is not a protest).")
P(AN, CA, "2015-05-13",
  "Ten years on, the Andijan events of May 2005 remain a subject that Uzbek media avoid, and no "
  "independent inquiry has ever been allowed.",
  [], "Historical reference by name with month and year: not coded.")
P(AN, CA, "2019-03-20",
  "Analysts in Almaty warn that fighters returning from Syria could attempt attacks on soft targets such "
  "as shopping centres and concert halls.",
  [], "Speculation by analysts ('could attempt'): not coded.")
P(W, CA, "2020-02-11",
  "The Kyrgyz interior ministry dismissed as fake a social media post claiming that the Osh bazaar had "
  "been evacuated because of a bomb threat.",
  [], "Denial of a rumour with no taxonomy event alleged (an evacuation for a threat is not an event type).")
P(BR, CA, "2018-11-29",
  "The government's budget plan came under sustained attack in the Mazhilis on Wednesday, with deputies "
  "accusing ministers of blowing up the deficit.",
  [], "Metaphors: 'came under attack', 'blowing up the deficit'.")
P(LP, CA, "2022-10-03",
  "Astana stormed to a 3-0 victory over Kairat at the Central Stadium in Almaty on Saturday, with the "
  "visitors' striker firing twice past the goalkeeper.",
  [], "Sport: 'stormed', 'firing'.")
P(LP, CA, "2019-01-15",
  "A gas cylinder exploded in a flat on the fifth floor of an apartment block in Karaganda on Monday "
  "evening, killing two residents and injuring four.",
  [], "Accident with a toll: not a bombing.")
P(W, CA, "2023-10-30",
  "A methane explosion and fire at the Kostenko coal mine in Karaganda region on Saturday killed at least "
  "45 miners, the worst disaster in the history of independent Kazakhstan.",
  [], "Mine disaster: accident, not a bombing.")
P(SA, CA, "2018-09-14",
  "The heads of the security services of the CIS member states met in Dushanbe on Thursday to discuss "
  "joint measures against international terrorism and the movement of foreign terrorist fighters.",
  [], "Meeting; 'movement of foreign terrorist fighters' is a topic, not a travel event.")
P(TR, CA, "2019-12-09",
  "On the occasion of Constitution Day, the President of the Republic of Uzbekistan signed a decree "
  "pardoning 25 persons convicted of participating in extremist organisations who had sincerely repented.",
  [], "Release of prisoners (pardon): negative, even though signed as a decree.")
P(SA, CA, "2021-02-03",
  "In January, at the request of the Ministry of Information, access was restricted to 312 internet "
  "resources containing materials promoting terrorism and extremism.",
  [], "Website blocking: negative.")
P(BR, CA, "2011-06-10",
  "A new Kyrgyz feature film about two friends separated by the June 2010 violence in Osh premiered in "
  "Bishkek on Thursday to a packed audience.",
  [], "Film; the 2010 violence is a named background reference.")
P(W, CA, "2017-04-18",
  "Officials in Tashkent said on Monday they were studying the report and would respond in due course.",
  [], "Attribution verb only: no event.")
P(AN, CA, "2021-09-01",
  "Instability in northern Afghanistan may spill over into Tajikistan's Khatlon region in the coming "
  "months, a think-tank report argued.",
  [], "Prediction by an analysis body: not a statement.")
P(LP, CA, "2022-08-15",
  "A bus carrying pilgrims overturned on the highway in Samarkand region on Sunday, killing eight "
  "passengers and injuring 19.",
  [], "Traffic crash: accident.")
P(BR, CA, "2016-04-14",
  "Deputies of the Jogorku Kenesh shot down a proposal to return to the presidential form of government, "
  "in a vote that one member called a bombshell.",
  [], "Metaphors: 'shot down a proposal', 'bombshell'.")
P(W, CA, "2018-05-21",
  "Turkmenistan's President Gurbanguly Berdimuhamedov attended a horse-racing festival in Ashgabat on "
  "Sunday, where his grandson rode to victory.",
  [], "Sport/ceremony.")
P(LP, CA, "2020-07-02",
  "The Mary regional administration said on Wednesday that melon growers had shipped a record harvest "
  "to Russia despite the pandemic.",
  [], "Mary here is the Turkmen region, but nothing is coded: an economic statement, not an official "
  "warning.")

# Europe
P(BR, EU, "2017-02-22",
  "The opposition launched a fierce offensive against the government's pension reform in the National "
  "Assembly on Tuesday, accusing the minister of torpedoing social dialogue.",
  [], "Metaphors: 'offensive', 'torpedoing'.")
P(W, EU, "2020-11-13",
  "France on Friday marked five years since the November 2015 attacks with ceremonies outside the "
  "Bataclan concert hall and the Stade de France.",
  [], "Anniversary commemoration of a named past event.")
P(LP, EU, "2019-01-14",
  "A gas explosion wrecked a bakery in the ninth arrondissement of Paris on Saturday morning, killing "
  "four people and injuring dozens, investigators said.",
  [], "Accidental gas explosion (Rue de Trevise): not a bombing.")
P(TR, EU, "2015-10-09",
  "Ministers of the interior of the European Union met in Luxembourg on Thursday to discuss the return "
  "of foreign terrorist fighters and the strengthening of external border checks.",
  [], "Meeting; returns are a topic, no travel event.")
P(AN, EU, "2018-06-18",
  "Security experts say a drone attack on a football stadium during the World Cup cannot be ruled out, "
  "though no specific threat has been identified.",
  [], "Speculation ('cannot be ruled out'): not coded.")
P(BR, EU, "2016-02-15",
  "Germany's biathletes fired their way to gold in the relay on Sunday, with the anchor hitting all ten "
  "targets.",
  [], "Sport: 'fired', 'targets'.")
P(AN, EU, "2019-03-11",
  "Fifteen years after the Madrid train bombings, Spain's counter-terrorism apparatus bears little "
  "resemblance to the one that failed to detect the cell.",
  [], "Historical reference by name; 'the cell' is part of it.")
# Middle East
P(W, ME, "2023-02-07",
  "The death toll from the earthquakes that struck southern Turkey and northern Syria on Monday rose "
  "above 5,000, with rescuers digging through rubble in Gaziantep and Hatay.",
  [], "Natural disaster with a toll.")
P(AN, ME, "2021-08-04",
  "A year after the explosion of ammonium nitrate stored at Beirut port killed more than 200 people, no "
  "official has been held to account.",
  [], "Accident (negligence) and an anniversary: not a bombing.")
P(AN, ME, "2012-02-02",
  "The regime's crackdown recalls the 1982 Hama massacre, in which thousands were killed when the army "
  "shelled the city.",
  [], "Historical reference as background.")
P(BR, ME, "2019-10-30",
  "The prime minister's resignation came as a bombshell to Lebanese politicians, who had expected him to "
  "ride out the storm.",
  [], "Metaphor.")
P(W, ME, "2018-03-01",
  "Turkey intends to strengthen cooperation with Iraq against the PKK, the foreign minister said after "
  "talks in Baghdad.",
  [], "Vague intention and routine diplomacy: not a statement.")
P(LP, ME, "2022-12-19",
  "Fans poured into the streets of Amman to celebrate Morocco's run to the World Cup semi-finals, "
  "setting off fireworks until dawn.",
  [], "Sport celebration; fireworks are not explosions in the taxonomy sense.")

# South Asia
P(BR, SAS, "2022-10-24",
  "Pakistan's fast bowlers blew away India's top order in Melbourne on Sunday before a late fightback "
  "snatched victory for the visitors.",
  [], "Cricket metaphors.")
P(LP, SAS, "2019-01-21",
  "A war film about the Indian army's 2016 cross-border strikes has become the year's first box-office "
  "hit.",
  [], "Film; historical reference.")
P(W, SAS, "2024-02-22",
  "Pakistani authorities blocked access to the social media platform X on the day of the general "
  "election, citing national security.",
  [], "Website blocking.")
P(AN, SAS, "2018-07-11",
  "A human rights group said Pakistan's anti-terrorism laws were being used to silence journalists and "
  "called for them to be reviewed.",
  [], "Opinion and appeal of an NGO: not a statement.")
P(BR, SAS, "2023-06-06",
  "The foreign ministers of India and Pakistan exchanged barbs on the sidelines of the regional summit, "
  "but held no bilateral meeting.",
  [], "Routine diplomacy.")
P(LP, SAS, "2020-08-06",
  "Fire crews in Dhaka battled a blaze at a chemical warehouse for six hours on Wednesday; three workers "
  "were taken to hospital with burns.",
  [], "Accidental fire; 'battled' is a metaphor.")

# Africa
P(AN, AF, "2022-08-01",
  "Analysts warn that al-Shabaab could try to strike targets in Kenya during the election period, as it "
  "did at Westgate in 2013.",
  [], "Speculation plus a name-only historical reference.")
P(W, AF, "2019-07-29",
  "The Nigerian army rejected as unfounded a report by a rights group criticising its counter-insurgency "
  "strategy in the north-east.",
  [], "Denial of criticism, no event alleged.")
P(BR, AF, "2021-11-09",
  "A fuel tanker exploded after colliding with a lorry near Freetown on Friday night, killing more than "
  "90 people who had gathered to collect leaking fuel.",
  [], "Accident; 'gathered' is not a protest.")
P(W, AF, "2023-04-25",
  "The junta in Niger released 35 political prisoners on Monday under an amnesty announced on "
  "Independence Day.",
  [], "Release of prisoners.")
P(LP, AF, "2018-12-10",
  "The Super Eagles launched wave after wave of attacks but could not break down the visitors' defence in "
  "Uyo on Saturday.",
  [], "Football.")

# Caucasus
P(W, CAU, "2019-09-02",
  "Residents of Beslan gathered at the ruins of School Number One on Sunday to mark the 15th anniversary "
  "of the hostage siege in which more than 330 people died.",
  [], "Commemoration of a named past event; the gathering is a memorial, not a protest.")
P(BR, CAU, "2022-06-28",
  "Georgia's prime minister said on Monday that the economy had grown by more than ten percent in the "
  "first five months of the year.",
  [], "Attribution verb plus economic figure.")
P(LP, CAU, "2021-05-17",
  "Prices of building materials exploded in Baku this spring, developers complained at a conference on "
  "Friday.",
  [], "Metaphor ('exploded') and a conference.")

# Other
P(W, OT, "2020-03-13",
  "Tech stocks were hammered on Wall Street on Thursday as investors fled, in the worst session since the "
  "1987 crash.",
  [], "Metaphors; 1987 is background.")
P(BR, OT, "2019-04-29",
  "The latest superhero film, in which an alien army attacks New York, broke box-office records over the "
  "weekend.",
  [], "Fiction/film.")
P(LP, OT, "2021-07-19",
  "Magnus Carlsen launched a crushing kingside attack to win the final game of the tournament in "
  "Jakarta.",
  [], "Chess.")
