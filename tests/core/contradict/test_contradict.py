"""The contradiction finder, pair by pair, on real sentences.

The sentences come from the five samples in ``samples/`` (Fox News, Yahoo/Miami Herald and other outlets on
the US-Venezuela ultimatum of November 2025) or are news copy written for these tests. Each row is two
claims of two articles; the test states the kind that must be found, or that none may be.
"""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.contradict.finder import STRENGTH, compare_claims, find_contradictions
from viewer.core.contradict.text import pair, words
from viewer.core.contradict.values import agree, clock_times, dates, quantities
from viewer.core.model import Article, Claim


def _claims(a: str, b: str) -> tuple[Claim, Claim]:
    return Claim("A1.c1", "A1", 0, len(a), a), Claim("A2.c1", "A2", 0, len(b), b)


# (kind, claim of A1, claim of A2, words the detail must hold)
CONTRADICTIONS = [
    # number: digits, number words, vague amounts, money, ranges
    # a time of day an hour or more apart
    (
        "date",
        "The blaze started shortly after 2 a.m. in a storage hall.",
        "The blaze started shortly after 4 a.m. in a storage hall.",
        ["2 a.m. (A1)", "4 a.m. (A2)"],
    ),
    (
        "date",
        "The polls closed at 18:00 across the region.",
        "The polls closed at 20:00 across the region.",
        ["18:00", "20:00"],
    ),
    # a contracted negation in a short claim
    (
        "negation",
        "The vote didn’t go well.",
        "The vote went well.",
        ["didn’t go", "went"],
    ),  # an irregular past
    # opposites WordNet knows, beyond the project's short list: a kind of "decrease" against "increase"
    (
        "antonym",
        "The coast guard has increased patrols along the northern shore since the storm.",
        "The coast guard has reduced patrols along the northern shore since the storm.",
        ["increased", "reduced"],
    ),
    (
        "antonym",
        "Critics praised the new flood barrier on the river as a model for the region.",
        "Critics criticized the new flood barrier on the river as a model for the region.",
        ["praised", "criticized"],
    ),
    # a short quotation with one word changed, in claims that say the rest alike
    (
        "quote",
        "The union walked out on Monday, calling the offer “an insult.”",
        "The union walked out on Monday, calling the offer “a provocation.”",
        ["an insult", "a provocation"],
    ),
    # an open range of another thing ("more than 80 deaths") states no other value of the percentage
    (
        "number",
        "The navy sank more than 30 boats, with more than 80 deaths, saying it had cut “85%” of the trade.",
        "The navy sank more than 30 boats, with more than 80 deaths, saying it had cut “65%” of the trade.",
        ["85% (A1)", "65% (A2)"],
    ),
    (
        "number",
        "The epicentre lay 20 kilometres north of Linwood, the agency said.",
        "The epicentre lay eight kilometres north of Linwood, the agency said.",
        ["20 kilometres (A1)", "eight kilometres (A2)"],
    ),
    (
        "number",
        "You can't go after 30 people simultaneously, who are spread all around.",
        "You can't go after 50 people simultaneously, who are spread all around.",
        ["30 people (A1)", "50 people (A2)"],
    ),
    (
        "number",
        "The navy has moved five ships into the Caribbean, officials said.",
        "The navy has moved eight ships into the Caribbean, officials said.",
        ["five ships (A1)", "eight ships (A2)"],
    ),
    (
        "number",
        "and hundreds of soldiers are tortured by the counter-intelligence unit.",
        "and dozens of soldiers are tortured by the counter-intelligence unit.",
        ["hundreds of soldiers (A1)", "dozens of soldiers (A2)"],
    ),
    (
        "number",
        "The U.S. has placed a $50 million bounty on Maduro.",
        "The U.S. has placed a $5 million bounty on Maduro.",
        ["$50 million (A1)", "$5 million (A2)"],
    ),
    (
        "number",
        "The flooding left at least 40 people dead across the province.",
        "The flooding left at least 14 people dead across the province.",
        ["at least 40 people (A1)", "at least 14 people (A2)"],
    ),
    (
        "number",
        "The storm destroyed more than 40 homes in the coastal town.",
        "The storm destroyed fewer than 20 homes in the coastal town.",
        ["more than 40 homes (A1)", "fewer than 20 homes (A2)"],
    ),
    (
        "number",
        "The company was fined $3 million by regulators on Monday.",
        "The company was fined $30m by regulators on Monday.",
        ["$3 million (A1)", "$30m (A2)"],
    ),
    # date: month and day, month, year, short year, weekday, relative dates
    (
        "date",
        "The talks began on March 3 in Geneva, diplomats said.",
        "The talks began on March 13 in Geneva, diplomats said.",
        ["March 3 (A1)", "March 13 (A2)"],
    ),
    (
        "date",
        "In fact, in September, the European Parliament also voted in favor of the designation.",
        "In fact, in October, the European Parliament also voted in favor of the designation.",
        ["September (A1)", "October (A2)"],
    ),
    (
        "date",
        "The bridge was closed to traffic in 2019 after the inspection.",
        "The bridge was closed to traffic in 2021 after the inspection.",
        ["2019 (A1)", "2021 (A2)"],
    ),
    (
        "date",
        "similar to what happened in Nicaragua in ’91 with Violeta Chamorro.",
        "similar to what happened in Nicaragua in ’89 with Violeta Chamorro.",
        ["’91 (A1)", "’89 (A2)"],
    ),
    (
        "date",
        "Trump went on to announce Saturday that Venezuelan airspace would be considered closed.",
        "Trump went on to announce Friday that Venezuelan airspace would be considered closed.",
        ["Saturday (A1)", "Friday (A2)"],
    ),
    # role: two titles for one person, or a former office against a current one
    (
        "role",
        "The main targets would be Maduro himself, but also Vice President Delcy Rodríguez.",
        "The main targets would be Maduro himself, but also Foreign Minister Delcy Rodríguez.",
        ["Vice President (A1)", "Foreign Minister (A2)", "Delcy Rodríguez"],
    ),
    (
        "role",
        "President Donald Trump delivered a stern ultimatum to Nicolás Maduro.",
        "former US President Donald Trump reportedly issued a direct ultimatum to Nicolás Maduro.",
        ["President (A1)", "former US President (A2)", "Donald Trump"],
    ),
    # negation
    (
        "negation",
        "Much of its equipment, Neumann says, has never even been serviced.",
        "Much of its equipment, Neumann says, has been regularly serviced.",
        ["never even been serviced (A1)", "been regularly serviced (A2)"],
    ),
    (
        "negation",
        "The defence minister did not sign the agreement with the rebels on Tuesday.",
        "The defence minister signed the agreement with the rebels on Tuesday.",
        ["did not sign (A1)", "signed (A2)"],
    ),
    # antonym
    (
        "antonym",
        "Maduro asked for global amnesty for any crimes he had committed, and that was rejected.",
        "Maduro asked for global amnesty for any crimes he had committed, and that was accepted.",
        ["rejected (A1)", "accepted (A2)"],
    ),
    (
        "antonym",
        "Oil prices rose sharply on Monday after the announcement from Caracas.",
        "Oil prices fell sharply on Monday after the announcement from Caracas.",
        ["rose sharply (A1)", "fell sharply (A2)"],
    ),
    (
        "antonym",
        "Turnout in the capital was the highest in two decades, the election board said.",
        "Turnout in the capital was the lowest in two decades, the election board said.",
        ["the highest (A1)", "the lowest (A2)"],
    ),
    # entity in the same slot
    (
        "entity",
        "Because even Maduro's biggest backers, Russia and Iran, are both on the back foot.",
        "Because even Maduro's biggest backers, Russia and Cuba, are both on the back foot.",
        ["Iran (A1)", "Cuba (A2)"],
    ),
    (
        "entity",
        "Airlines rerouted services to nearby Aruba after the aviation alert.",
        "Airlines rerouted services to nearby Panama after the aviation alert.",
        ["Aruba (A1)", "Panama (A2)"],
    ),
    # attribution
    (
        "attribution",
        '"I think the operations will start imminently," diplomat Vanessa Neumann told Fox News Digital.',
        '"I think the operations will start imminently," diplomat Vanessa Neumann told CNN.',
        ["told Fox News Digital (A1)", "told CNN (A2)"],
    ),
    (
        "attribution",
        "The call took place last week and stalled over three issues, according to one paper.",
        "The call took place last week and stalled over three issues, per another outlet.",
        ["according to one paper (A1)", "per another outlet (A2)"],
    ),
    (
        "attribution",
        "According to a report by the Miami Herald, Trump told Maduro to leave the country.",
        "According to a report by the Washington Post, Trump told Maduro to leave the country.",
        ["the Miami Herald (A1)", "the Washington Post (A2)"],
    ),
    (
        "antonym",
        "Trump confirmed that he had spoken with Maduro but avoided specifics.",
        "Trump denied that he had spoken with Maduro but avoided specifics.",
        ["confirmed (A1)", "denied (A2)"],
    ),
    (
        "antonym",
        "The declaration came amid rising accusations that Venezuela is enabling drug trafficking.",
        "The declaration came amid falling accusations that Venezuela is enabling drug trafficking.",
        ["rising accusations (A1)", "falling accusations (A2)"],
    ),
    (
        "entity",
        "Airlines rerouted flights to Aruba, Curaçao, and other destinations, increasing travel times.",
        "Airlines rerouted flights to Aruba, Panama, and other destinations, increasing travel times.",
        ["Curaçao (A1)", "Panama (A2)"],
    ),
    (
        "role",
        "The strike near Trinidad, which Secretary of War Pete Hegseth has denied ordering, is under review.",
        "The strike near Trinidad, which Attorney General Pete Hegseth has denied ordering, is under review.",
        ["Secretary of War (A1)", "Attorney General (A2)", "Pete Hegseth"],
    ),
    (
        "negation",
        "Shortly after, Maduro's government sought a second call with Washington but received no response.",
        "Shortly after, Maduro's government sought a second call with Washington and received a response.",
        ["no response (A1)", "a response (A2)"],
    ),
    (
        "number",
        "At least 2,034 Palestinians and 737 Israelis have been killed since the revolt began.",
        "At least 2,036 Palestinians and 737 Israelis have been killed since the revolt began.",
        ["At least 2,034 Palestinians (A1)", "At least 2,036 Palestinians (A2)"],
    ),
    (
        "attribution",
        "The equipment is extremely old and has not been serviced in years, said Neumann.",
        "The equipment is extremely old and has not been serviced in years, said McCormick.",
        ["said Neumann (A1)", "said McCormick (A2)"],
    ),
    (
        "role",
        "The delay comes on the heels of the resignation of former chairman Phil Condit on Monday.",
        "The delay comes on the heels of the resignation of chairman Phil Condit on Monday.",
        ["former chairman (A1)", "chairman (A2)", "Phil Condit"],
    ),
    # quote worded differently
    (
        "quote",
        "McCormick said, “We have a war that’s coming through fentanyl, through opioids, through cocaine.”",
        "McCormick said, “We have a war that’s coming through fentanyl, opioids and cocaine.”",
        ["(A1) vs", "(A2)", "through opioids"],
    ),
    # "refused to", "failed to" deny the verb after them as plainly as "not"
    (
        "negation",
        "The firm's chief executive apologised to the families on Monday.",
        "The firm's chief executive refused to apologise to the families on Monday.",
        ["apologised (A1)", "refused to apologise (A2)"],
    ),
    (
        "negation",
        "The council approved the new budget at its meeting on Tuesday.",
        "The council failed to approve the new budget at its meeting on Tuesday.",
        ["failed to approve"],
    ),
    # a short claim whose only change is a name
    (
        "entity",
        "An inquiry has been opened by the Rail Accident Board.",
        "An inquiry has been opened by the Transport Ministry.",
        ["the Rail Accident Board (A1)", "the Transport Ministry (A2)"],
    ),
    # the start of a time running up to now: the claims' year in dispute, not two events
    (
        "date",
        "It was the country's worst rail accident since 2009.",
        "It was the country's worst rail accident since 2011.",
        ["2009 (A1)", "2011 (A2)"],
    ),
    # a firm's chief officers
    (
        "role",
        "Chief executive Lena Marsh said the company would raise its profit target.",
        "Chief financial officer Lena Marsh said the company would raise its profit target.",
        ["Chief executive (A1)", "Chief financial officer (A2)"],
    ),
    # a stretch of time told in other units, far apart
    (
        "number",
        "The results come a week after a rival reported a drop in quarterly profit.",
        "The results come a month after a rival reported a drop in quarterly profit.",
        ["a week (A1)", "a month (A2)"],
    ),
    # a figure restated in a short claim otherwise word for word: one plan, its year in dispute
    (
        "date",
        "Harlow will open a battery plant in Ohio in 2027.",
        "Harlow will open a battery plant in Ohio in 2028.",
        ["2027 (A1)", "2028 (A2)"],
    ),
    # a part of one whole, counted differently
    (
        "number",
        "The party also won 23 of the 45 seats on the city council.",
        "The party also won 21 of the 45 seats on the city council.",
        ["23 of the 45 seats (A1)", "21 of the 45 seats (A2)"],
    ),
    # one quotation, word for word, given to two speakers
    (
        "attribution",
        '"The people of this city have voted for change," Greve told supporters at her headquarters.',
        '"The people of this city have voted for change," Ostrand told supporters at his headquarters.',
        ["Greve told (A1)", "Ostrand told (A2)"],
    ),
    # an age, shown without the adjective after it
    (
        "number",
        "Greve, a 44-year-old former school principal, will take office in July.",
        "Greve, a 47-year-old former school principal, will take office in July.",
        ["44-year-old (A1)", "47-year-old (A2)"],
    ),
    # a rank of a title beyond government's ("chief negotiator" / "deputy negotiator")
    (
        "role",
        "Maldra's chief negotiator, Tomas Heyl, accused Corvenia of stalling the process.",
        "Maldra's deputy negotiator, Tomas Heyl, accused Corvenia of stalling the process.",
        ["chief negotiator (A1)", "deputy negotiator (A2)"],
    ),
    # a count of no named thing, in the same place of claims that say the rest alike
    (
        "number",
        "Of those, 87 have been confirmed by laboratory tests.",
        "Of those, 78 have been confirmed by laboratory tests.",
        ["87 (A1)", "78 (A2)"],
    ),
    # a rank written in digits counts as its number
    (
        "number",
        "Striker Leon Marek scored the winner in the 87th minute, heading in a corner.",
        "Striker Leon Marek scored the winner in the 78th minute, heading in a corner.",
        ["87th minute (A1)", "78th minute (A2)"],
    ),
    # reworded claims of one fact: a thing each counts once, told by the same act
    (
        "number",
        "Three people were killed when a passenger train derailed near Corrow on Sunday evening.",
        "A crowded passenger train came off the rails close to Corrow on Sunday night, killing five people.",
        ["Three people (A1)", "five people (A2)"],
    ),
    (
        "number",
        "The company plans to cut 2,000 jobs in Europe by the end of next year.",
        "About 5,000 jobs will go in Europe by late next year, the company confirmed.",
        ["2,000 jobs (A1)", "5,000 jobs (A2)"],
    ),
    # "a crowd of 31,000": the thing counted stands before "of"
    (
        "number",
        "The crowd of 31,000 was the largest at Riverside Stadium this season.",
        "A season-high crowd of 35,000 watched at Riverside Stadium.",
        ["31,000 (A1)", "35,000 (A2)"],
    ),
    # reworded claims each giving one day that cannot both be right
    (
        "date",
        "Talks between Corvenia and Maldra over their border ended on Friday without an agreement.",
        "Corvenia and Maldra failed to reach a deal on their border when talks ended on Sunday.",
        ["Friday (A1)", "Sunday (A2)"],
    ),
    # a title set off by commas after the name
    (
        "role",
        "Corvenian Foreign Minister Ilse Varro said her country would not withdraw its troops.",
        "Ilse Varro, Corvenia's defence minister, insisted that Corvenian troops would stay.",
        ["Foreign Minister (A1)", "defence minister (A2)"],
    ),
    # a figure of one name, changed
    (
        "number",
        "Hurricane Lorna made landfall near Bellport as a Category 4 storm, the hurricane centre said.",
        "Hurricane Lorna made landfall near Bellport as a Category 3 storm, the hurricane centre said.",
        ["Category 4 storm (A1)", "Category 3 storm (A2)"],
    ),
    # one maker's two models
    (
        "entity",
        "A Skyrow Airways Airbus A320 with 164 people on board made an emergency landing on Monday.",
        "A Skyrow Airways Airbus A321 with 164 people on board made an emergency landing on Monday.",
        ["A320 (A1)", "A321 (A2)"],
    ),
    # one quotation, two speakers named after a title ("said lead author Dr …")
    (
        "attribution",
        '"Even a short daily walk makes a measurable difference," said lead author Dr Petra Lund.',
        '"Even a short daily walk makes a measurable difference," said lead author Dr Jonas Berg.',
        ["Petra Lund", "Jonas Berg"],
    ),
    # a negator alone before the same words
    (
        "negation",
        "No bank details were accessed, according to the company.",
        "Bank details were accessed, according to the company.",
        ["No bank (A1)", "Bank (A2)"],
    ),
    # a rank in words
    (
        "number",
        "It is the second breach at the firm since 2021, the regulator said.",
        "It is the third breach at the firm since 2021, the regulator said.",
        ["second breach (A1)", "third breach (A2)"],
    ),
    # two names that share only what kind of thing they are
    (
        "entity",
        "The march began at Liberty Square at 11 a.m. and ended outside parliament.",
        "The march began at Unity Square at 11 a.m. and ended outside parliament.",
        ["Liberty Square (A1)", "Unity Square (A2)"],
    ),
    # a name after a preposition is who is acted on, unless a word of saying comes first ("according to")
    (
        "entity",
        "The union leader, Ines Calder, called on Moreau to resign over the strike.",
        "The union leader, Ines Calder, called on Vidal to resign over the strike.",
        ["Moreau (A1)", "Vidal (A2)"],
    ),
    (
        "entity",
        "The port authority sold the old ferry terminal to Halden Shipping last spring.",
        "The port authority sold the old ferry terminal to Norvik Shipping last spring.",
        ["Halden Shipping (A1)", "Norvik Shipping (A2)"],
    ),
    # reworded claims of one count: people counted by a noun of people, from either claim
    (
        "number",
        "The refugee agency says more than 20,000 residents have left the hill villages.",
        "More than 12,000 people have fled the hill villages, the refugee agency says.",
        ["20,000 residents (A1)", "12,000 people (A2)"],
    ),
    (
        "number",
        "More than 12,000 people have fled the hill villages, the refugee agency says.",
        "The refugee agency says more than 20,000 residents have left the hill villages.",
        ["12,000 people (A1)", "20,000 residents (A2)"],
    ),
    # a figure that names nothing is the other claim's one figure of a thing, whichever claim comes first
    (
        "number",
        "Blood tests have confirmed 61 of the infections.",
        "Of those, 46 have been confirmed by blood tests.",
        ["61 of the infections (A1)", "46 (A2)"],
    ),
    (
        "number",
        "Of those, 46 have been confirmed by blood tests.",
        "Blood tests have confirmed 61 of the infections.",
        ["46 (A1)", "61 of the infections (A2)"],
    ),
    # two magnitudes are two figures of one kind
    (
        "number",
        "A magnitude 6.1 earthquake hit the coast on Sunday.",
        "A magnitude 6.4 earthquake hit the coast on Sunday.",
        ["6.1 earthquake (A1)", "6.4 earthquake (A2)"],
    ),
    # a change is two figures, not a range
    (
        "number",
        "The reform would raise the retirement age from 62 to 64, the minister said.",
        "The reform would raise the retirement age from 62 to 65, the minister said.",
        ["64 (A1)", "65 (A2)"],
    ),
]

HARMLESS = [
    # detokenised wire copy: "4. 5" is 4.5, "4 1 / 2" is 4½, "AMD ’ s" is "AMD’s"
    (
        "The jury came back after 4. 5 hours of debate late on Monday.",
        "The jury came back after 4 1 / 2 hours of debate late on Monday.",
    ),
    (
        "“ We are speeding up Northwind ’ s move into cloud storage for small firms across the region, ” "
        "said the chief executive.",
        "The chief executive said the deal would speed up \"Northwind's move into cloud storage for small "
        'firms across the region."',
    ),
    # the words after a lone closing quotation mark are not quoted: who said it may be named otherwise
    (
        'We will rebuild every school in the valley before winter, " he said at the briefing.',
        'We will rebuild every school in the valley before winter, " Okafor said at the briefing.',
    ),
    (
        "The floodwater stood 1.8 metres deep in the market square.",
        "The floodwater stood two metres deep in the market square.",
    ),
    # straight quotation marks pair in order: what follows a closing one is not quoted
    (
        'The army hits only "militants", it says, a claim undercut by a shell striking a school used as '
        "a shelter.",
        'The army hits only "militants", it says, a claim undercut by its own shells striking a school used '
        "as a shelter.",
    ),
    # "twelfth" is "12th"; a site's address names the site
    (
        '"We are thrilled that she takes over as the twelfth head coach in its history," the chair said.',
        '"We are thrilled that she takes over as the 12th head coach in its history," the chair said.',
    ),
    (
        '"Fans can follow every match on Twitch, YouTube.com and Kick, from any phone," the league said.',
        '"Fans can follow every match on Twitch, YouTube and Kick, from any phone," the league said.',
    ),
    # times of day less than an hour apart, or written two ways
    (
        "The blaze started shortly after 2 a.m. in a storage hall.",
        "The blaze started at about 2:30 a.m. in a storage hall.",
    ),
    ("The ferry left at 2 p.m. from the north pier.", "The ferry left at 14:00 from the north pier."),
    # one number written two ways inside a quotation
    (
        "“We will not hand out a thousand permits to anyone in this town, whatever they offer,” she said.",
        "“We will not hand out 1,000 permits to anyone in this town, whatever they offer,” she said.",
    ),
    # a short quotation may be cut differently; words that only WordNet relates are not opposites
    (
        "The mayor called the plan “very bold” at the council meeting on Tuesday.",
        "The mayor called the plan “bold” at the council meeting on Tuesday.",
    ),
    (
        "The river rose quickly after the dam opened upstream on Sunday.",
        "The river rose rapidly after the dam opened upstream on Sunday.",
    ),
    # another verb beside the "not" is another statement (a plea, then a verdict), not one denied
    (
        "A Tulsa driver was convicted on Friday of three counts of reckless homicide.",
        "A Tulsa driver has pleaded not guilty to three counts of reckless homicide.",
    ),
    (
        "A Tulsa driver was found guilty on Friday of three counts of reckless homicide.",
        "A Tulsa driver has pleaded not guilty to three counts of reckless homicide.",
    ),
    # distances from two places are two measures, not one told twice
    (
        "The first tremor was centred three kilometres from Lake Ida and 20 kilometres north of Linwood.",
        "An hour later a smaller tremor hit three kilometres north of Lake Ida and eight kilometres west of "
        "Oakvale, the agency said.",
    ),
    # aliases, number formats, comparisons, date formats, short years
    ("The U.S. has also ramped up its campaign.", "The United States has also ramped up its campaign."),
    ("The company was fined $4m by regulators.", "The company was fined $4 million by regulators."),
    ("The storm destroyed over 40 homes in the town.", "The storm destroyed more than 40 homes in the town."),
    ("The talks began on Oct. 3 in Geneva.", "The talks began on October 3 in Geneva."),
    (
        "what happened in Nicaragua in ’91 with Violeta Chamorro.",
        "what happened in Nicaragua in 1991 with Chamorro.",
    ),
    ("The fleet has half a dozen ships in the area.", "The fleet has six ships in the area."),
    ("The storm destroyed more than 40 homes in the town.", "The storm destroyed 45 homes in the town."),
    # a dropped adjective, hyphenation, a dropped preposition, a paraphrase
    ("Jet pilots were making a lot of money off that.", "Jet pilots were making lots of money off that."),
    (
        "The stuff they had from the Americans is decades old.",
        "The stuff they had from the Americans is decades-old.",
    ),
    (
        "On Sunday, Trump told reporters aboard Air Force One.",
        "Sunday, Trump told reporters aboard Air Force One.",
    ),
    ("Officials said the bitter dispute lasted hours.", "Officials said the dispute lasted hours."),
    (
        "Washington demanded that Maduro resign immediately, and Caracas refused.",
        "The United States demanded that Maduro resign immediately, and Caracas refused.",
    ),
    # both negated, in other words
    (
        "Neumann said their equipment is “extremely old, decayed, and has not been serviced.”",
        "Much of its equipment, Neumann says, has never even been serviced.",
    ),
    # the same quote, one source quoting less of it
    (
        "Neumann said their equipment is “extremely old, decayed, and has not been serviced.”",
        '"Their material is extremely old, decayed, and has not been serviced," Neumann explained.',
    ),
    # the same quote from a pronoun and a name, from two outlets
    (
        "“I think the operations will start imminently,” she said.",
        '"I think the operations will start imminently," diplomat Vanessa Neumann told Fox News Digital.',
    ),
    # a clause only one side adds is not a negation of the other
    (
        "First, Maduro wanted complete forgiveness for all crimes he and his group committed, but the U.S. "
        "said no.",
        "“First, Maduro asked for global amnesty for any crimes he and his group had committed",
    ),
    # two numbers of different things
    (
        "The U.S. has placed a $50 million bounty on Maduro and $25 million for Diosdado Cabello.",
        "The U.S. has placed a $25 million bounty on Diosdado Cabello, and $50 million on Maduro.",
    ),
    # different events of one group on different days
    (
        "Trump went on to announce Saturday that Venezuelan airspace would be considered closed.",
        "On Sunday, Trump told reporters aboard Air Force One not to read anything into it.",
    ),
    # refusing is not agreeing, said twice
    (
        "The third sticking point was timing: Washington insisted Maduro resign immediately, and Caracas "
        "refused.",
        "The final issue was timing, as Washington demanded that Maduro resign immediately – but Caracas "
        "refused.",
    ),
    # a leader and a president; a CEO and a chief executive
    (
        "a stark ultimatum delivered to Venezuelan leader Nicolás Maduro by the White House.",
        "a stark ultimatum delivered to Venezuelan President Nicolás Maduro by the White House.",
    ),
    (
        "SeaMicro CEO Andrew Feldman will become general manager of a new division at AMD.",
        "SeaMicro chief executive Andrew Feldman will become general manager of a new division at AMD.",
    ),
    # an agency and its initials; British and American spelling or spacing inside a quotation
    (
        '"Many houses were damaged and their roofs fell onto people," a resident told AP.',
        '"Many houses were damaged and their roofs fell onto people," a resident told the Associated Press.',
    ),
    (
        '"I have always taken the position that it is a valid offence in law," Oppal said.',
        '"I have always taken the position that it is a valid offense in law," Oppal said.',
    ),
    (
        '"Acquiring the firm boosts our ability to help customers transform their data centers," he said.',
        '"Acquiring the firm boosts our ability to help customers transform their datacenters," he said.',
    ),
    # a country and its adjective or its people; one name spelt two ways; initials and the full name
    (
        "The attack killed two U.S. soldiers near the border town on Sunday, the army said.",
        "The attack killed two American soldiers near the border town on Sunday, the army said.",
    ),
    (
        "Police said several arrests of al-Qaida members took place in the port city last year.",
        "Police said several arrests of Al Qaeda members took place in the port city last year.",
    ),
    (
        "Employers may be sued under the ADA for refusing to hire people in recovery, the court ruled.",
        "Employers may be sued under the Americans with Disabilities Act for refusing to hire people in "
        "recovery, the court ruled.",
    ),
    # one negation said two ways, or cancelled by a word that negates ("declined", "neither … nor")
    (
        "The firms neither admit nor deny the regulator's charges under the settlement.",
        "The firms did not admit or deny the regulator's charges under the settlement.",
    ),
    (
        "A spokesman said the search goes on but would not comment on its status.",
        "A spokesman said the search goes on but declined to comment on its status.",
    ),
    ("The governor said a not-too-subtle warning was sent.", "The governor said a subtle warning was sent."),
    (
        "The film opened at No. 6 with $11 million in ticket sales.",
        "The film opened with $11 million in ticket sales.",
    ),
    # two offices held at once; a figure of a different thing said in the same words
    (
        "The company's chairman and CEO Larry Ellison did not rule out a higher offer for the rival.",
        "The company's chairman Larry Ellison did not rule out a higher offer for the rival.",
    ),
    (
        "Shares of Northwind were down 15 cents at $32.43 on the New York Stock Exchange.",
        "Shares of Contoso were up 6 cents at $18.51 on the New York Stock Exchange.",
    ),
    # what was said is not who said it
    (
        "Legal scholars said the Denver ruling is at least plausible, the paper wrote.",
        "Legal scholars said Judge Nottingham's decision is at least plausible, the paper wrote.",
    ),
    # a country and its adjective
    (
        "Rising fears of conflict across the Venezuelan coast.",
        "Rising fears of conflict across the Venezuela coast.",
    ),
    # both refuse, in other words
    (
        "The minister refused to comment on the report.",
        "The minister declined to comment on the report.",
    ),
    (
        "The council failed to approve the budget on Tuesday.",
        "The council did not approve the budget on Tuesday.",
    ),
    # two people, each told of: a changed subject is no name swapped
    ("Blackmore was arrested on Wednesday morning.", "Oler was arrested on Wednesday morning."),
    # a short claim that differs in more than its name is not one name swapped
    (
        "An inquiry was opened by the Rail Accident Board.",
        "A review was ordered by the Transport Ministry.",
    ),
    # one stretch of time in two units, or close
    (
        "The line will stay closed for two weeks, the operator said.",
        "The line will stay closed for 14 days, the operator said.",
    ),
    ("The strike lasted about a year, the union said.", "The strike lasted 11 months, the union said."),
    ("CFO Jo Kerr said sales rose.", "Chief financial officer Jo Kerr said sales rose."),
    ("Turnout rose to 58 percent, officials said.", "Turnout rose to 58%, officials said."),
    ("Turnout rose to 58 per cent, officials said.", "Turnout rose to 58%, officials said."),
    # two bare counts in claims that say other things
    ("Of those, 87 were confirmed.", "Police said 78 were later released without charge."),
    ("City equalised early in the second half.", "City equalised early in the 2nd half."),
    # reworded claims: other acts, other things, the counts of two moments, a rounded figure, a bound
    (
        "Some 30 people were killed when shells landed at the school, officials said.",
        "Officials said 350 people were taking shelter at the school when shells landed.",
    ),
    (
        "The new model has three USB ports and a FireWire 800 port for fast transfers.",
        "For fast transfers the model offers USB 2.0 ports and FireWire 800.",
    ),
    (
        "Apple will ask $1,099 for the base 13-inch version of its laptop.",
        "The 15-inch version of its laptop will cost more, Apple said.",
    ),
    (
        "The toll rose to more than 640 Palestinians killed since the assault began.",
        "More than 600 Palestinians have been killed since the assault began.",
    ),
    (
        "Analysts welcomed the $13.9 billion acquisition of the services firm.",
        "The $13 billion acquisition of the services firm was welcomed by analysts.",
    ),
    (
        "One rocket landed within 20 miles of Tel Aviv at Gadera, police said.",
        "A rocket hit the town of Gadera, 17 miles from Tel Aviv, police said.",
    ),
    (
        "Norlink's chief executive, Mara Quist, apologised to the families.",
        "Mara Quist, Norlink's chief executive, offered an apology to the families.",
    ),
    ("Paul Ostrand, who had been mayor for twelve years, said nothing.", "Mayor Paul Ostrand said nothing."),
    # one measure in two units
    (
        "Lorna made landfall near Bellport with winds of 130 mph (210 km/h), the centre said.",
        "Lorna came ashore near Bellport packing 210 km/h winds, according to the centre.",
    ),
    # a clause one claim adds at its start is no negation
    ("No, the minister said, talks would continue.", "The minister said talks would continue."),
    # a share, not a rank
    (
        "The new chip takes one sixth the space of the old one.",
        "The new chip takes a sixth of the space of the old one.",
    ),
    (
        "Protesters gathered in Liberty Square on Saturday.",
        "Protesters gathered in Liberty Square Park on Saturday.",
    ),
    ("Seven children aged from one to 12, three women and two men died.", "The dead included three women."),
    # two kinds of people are two counts; a vague count bounds nothing; two bounds of one side close
    # together are one count told at two moments
    (
        "At least 12 members of the family have been held since the raid on the farm.",
        "Seven young children of the family have been held since the raid on the farm.",
    ),
    (
        "Thousands of people have fled the hill villages, the refugee agency says.",
        "The refugee agency says over 24,000 refugees have left the hill villages.",
    ),
    (
        "The refugee agency says more than 640 residents have left the hill villages.",
        "More than 600 people have fled the hill villages, the refugee agency says.",
    ),
    # a quake's magnitude names which quake: it is no count of quakes
    (
        "West Papua was hit by a magnitude 6.1 earthquake today, the latest tremor to shake the region.",
        "Residents fled after two powerful earthquakes hit West Papua today.",
    ),
    # a rank, or a name with a figure in it, counts nothing
    (
        "He was the 12th actor to play the part on the stage.",
        "Three Musketeers star cast to play the part on the stage.",
    ),
]


@pytest.mark.parametrize(("kind", "a", "b", "expected"), CONTRADICTIONS)
def test_contradiction_is_found_and_explained(kind: str, a: str, b: str, expected: list[str]) -> None:
    x, y = _claims(a, b)
    found = compare_claims(x, y)
    assert found is not None, f"no {kind} found"
    assert found[0] == kind
    for part in expected:
        assert part in found[1], found[1]


@pytest.mark.parametrize(("a", "b"), HARMLESS)
def test_harmless_variation_is_not_flagged(a: str, b: str) -> None:
    x, y = _claims(a, b)
    assert compare_claims(x, y) is None


# -- relative dates, resolved against each article's publication date ------------------------------

CALL = "The call between the two leaders took place {}, the paper reported."
# (when in A1, when in A2, published, the detail expected or None when the two agree)
RELATIVE = [
    ("last week", "on November 3", "2025-11-30", "last week, Nov 17–30, 2025 (A1) vs November 3 (A2)"),
    ("last week", "on November 20", "2025-11-30", None),
    ("in mid-November", "on November 16", "2025-11-30", None),
    ("in mid-November", "on November 28", "2025-11-30", "mid-November (A1) vs November 28 (A2)"),
    ("on Thursday", "on November 27", "2025-11-30", None),
    ("on Thursday", "on November 20", "2025-11-30", "Thursday, Nov 27, 2025 (A1) vs November 20 (A2)"),
    ("yesterday", "on Saturday", "2025-11-30", None),
    (
        "yesterday",
        "last month",
        "2025-11-30",
        "yesterday, Nov 29, 2025 (A1) vs last month, Oct 1–31, 2025 (A2)",
    ),
    # without a publication date a weekday cannot be set against a day of the month
    ("on Thursday", "on November 20", None, None),
]


@pytest.mark.parametrize(("when_a", "when_b", "published", "detail"), RELATIVE)
def test_relative_dates_are_read_against_the_publication_date(
    when_a: str, when_b: str, published: str | None, detail: str | None
) -> None:
    a, b = CALL.format(when_a), CALL.format(when_b)
    articles = [Article("A1", None, "a", None, published, a), Article("A2", None, "b", None, published, b)]
    found = find_contradictions("G1", list(_claims(a, b)), articles)
    assert [k.detail for k in found] == ([detail] if detail else [])
    assert all(k.kind == "date" for k in found)


# -- the contract of find_contradictions -------------------------------------------------------------


def test_pairs_of_one_article_are_never_compared() -> None:
    a = Claim("A1.c1", "A1", 0, 10, "The navy has moved five ships into the Caribbean, officials said.")
    b = Claim("A1.c2", "A1", 20, 30, "The navy has moved eight ships into the Caribbean, officials said.")
    assert find_contradictions("G1", [a, b], []) == []


def test_each_contradiction_carries_group_claims_kind_and_strength() -> None:
    a, b = _claims(
        "Maduro asked for global amnesty for any crimes he had committed, and that was rejected.",
        "Maduro asked for global amnesty for any crimes he had committed, and that was accepted.",
    )
    quoted = _claims(
        "McCormick said, “We have a war that’s coming through fentanyl, through opioids, through cocaine.”",
        "McCormick said, “We have a war that’s coming through fentanyl, opioids and cocaine.”",
    )
    (hard,) = find_contradictions("G7", [a, b], [])
    (soft,) = find_contradictions("G8", list(quoted), [])
    assert (hard.group, hard.claims, hard.kind) == ("G7", ("A1.c1", "A2.c1"), "antonym")
    assert (soft.group, soft.kind) == ("G8", "quote")
    assert hard.strength >= 0.8 > 0.5 > soft.strength == STRENGTH["quote"]


# -- reading numbers and dates -----------------------------------------------------------------------

# (text, (low, high, unit) of each quantity found)
QUANTITIES = [
    ("At least 40 people died.", [(40, float("inf"), "peopl")]),
    ("more than a dozen officials", [(12, float("inf"), "offici")]),
    ("over 40 homes and more than 40 homes", [(40, float("inf"), "home"), (40, float("inf"), "home")]),
    ("$4m and $4 million", [(4e6, 4e6, "$"), (4e6, 4e6, "$")]),
    ("half a dozen ships", [(6, 6, "ship")]),
    ("twenty-five ships", [(25, 25, "ship")]),
    ("between 30 and 40 soldiers", [(30, 40, "soldier")]),
    ("dozens of soldiers", [(24, 99, "soldier")]),
    ("a 27-year-old man", [(27, 27, "age man")]),
    ("in 2019 at 10:30 on March 3", []),
    # detokenised wire copy: a decimal written with a space, a mixed fraction
    ("a magnitude 6. 1 quake", [(6.1, 6.1, "quak")]),
    ("after 4 1 / 2 hours and 3 1/2 hours", [(4.5, 4.5, "hour"), (3.5, 3.5, "hour")]),
    ("in 2004. 5 people died", [(5, 5, "peopl")]),  # a year ends its sentence
    # a share and then an amount, not a range; a range runs up
    ("profit rose 18% to $2.4 billion", [(18, 18, "%"), (2.4e9, 2.4e9, "$")]),
    ("sales fell 5% to 3% of the total", [(5, 5, "%"), (3, 3, "%")]),
    ("30 to 40% of voters", [(30, 40, "voter")]),
    # a part of a whole counts what the whole counts
    ("it won 23 of the 45 seats", [(23, 23, "seat"), (45, 45, "seat")]),
    ("it won 23 of 45 seats", [(23, 23, "seat"), (45, 45, "seat")]),
    # an adjective WordNet knows before the counted noun
    ("and four minor candidates shared the rest", [(4, 4, "candid")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantities_are_read_with_ranges_and_units(
    text: str, expected: list[tuple[float, float, str]]
) -> None:
    got = [(q.low, q.high, q.unit) for q in quantities(text, words(text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("shortly after 2 a.m. in a hall", [120]),
        ("at 11:30 pm", [1410]),
        ("at 2: 53 p. m. local time", [893]),  # detokenised copy
        ("at 14:30 GMT", [870]),
        ("at noon and at midnight", [720, 0]),
        ("won 3-1 at home, 3:1 away, in 2013.", []),  # scores and years are no times
    ],
)
def test_times_of_day_are_read(text: str, minutes: list[int]) -> None:
    assert [m for m, _ in clock_times(text)] == minutes


def test_equal_amounts_agree_however_written() -> None:
    (x,) = quantities("over 40 homes", words("over 40 homes"))
    (y,) = quantities("45 homes", words("45 homes"))
    (z,) = quantities("at least 14 homes", words("at least 14 homes"))
    assert agree(x, y) and not agree(x, z)


@pytest.mark.parametrize(
    ("a", "b", "agreed"),
    [
        ("6.2 miles", "six miles", True),  # a whole number is the fraction told roughly
        ("6.2 miles", "seven miles", False),
        ("6.1 magnitude", "6.4 magnitude", False),  # two fractions are compared as stated
        ("4.4 hours", "4 hours", True),
        ("4.5 hours", "5 hours", False),  # half way: no rounding told it
        ("40 homes", "41 homes", False),
    ],
)
def test_a_whole_number_agrees_with_the_fraction_it_rounds(a: str, b: str, agreed: bool) -> None:
    (x,) = quantities(a, words(a))
    (y,) = quantities(b, words(b))
    assert agree(x, y) is agreed and agree(y, x) is agreed


def test_dates_are_read_in_every_form() -> None:
    text = "In ’91, on Oct. 3, last week, on Saturday and in mid-November"
    got = dates(text, words(text), date(2025, 11, 30))
    assert [(d.kind, d.year, d.month, d.days, d.weekday) for d in got] == [
        ("year", 1991, None, None, None),
        ("date", None, 10, (3, 3), None),
        ("relative", None, None, None, None),
        ("day", None, None, None, 5),
        ("date", None, 11, (10, 20), None),
    ]
    assert got[2].span == (date(2025, 11, 17), date(2025, 11, 30))
    assert got[3].span == (date(2025, 11, 29), date(2025, 11, 29))


def test_word_alignment_treats_aliases_as_equal() -> None:
    p = pair("The U.S. paid $4 million in ’91.", "The United States paid $4 million in 1991.")
    assert p.slots == [] and p.similarity == 1.0


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The flood began on January 0.", (date(2025, 1, 1), date(2025, 1, 31))),
        ("The flood began on 0 January.", (date(2025, 1, 1), date(2025, 1, 31))),
        ("It opens on May 45.", (date(2024, 5, 1), date(2024, 5, 31))),
    ],
)
def test_a_number_no_month_has_is_not_read_as_its_day(text: str, month: tuple[date, date]) -> None:
    # found by the property test: "January 0" made a date of day 0 and raised
    assert [d.span for d in dates(text, words(text), date(2025, 3, 1)) if d.kind == "date"] == [month]
