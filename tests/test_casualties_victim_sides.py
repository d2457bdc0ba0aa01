"""Casualty claims: victims' sides: the `people` convention, a side named by `their`, `enemy`, `both ... and`
(casualties/people.py, side_rules.py, victims.py). Moved from the session-named test files
(tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions unchanged;
the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import rows
from war_registries import BALKANS, CHECHNYA, GENERAL, SRI_LANKA


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # the `people` rule (docs/annotation.md): civilian only where the article makes plain who was hit
    ("people: a civilian place in the sentence (Sudan)",
     "An RSF shell hit the cattle market in Kadugli on Sunday, killing nine people, medics said.",
     GENERAL, "real_families.txt",
     [("killed", 9, 9, None, "civilian")]),
    ("people: a civilian place in the sentence before (Sahel)",
     "A drone struck a wedding in the village of Douentza on Friday. Eleven people were killed, a local official said.",
     GENERAL, "real_families.txt",
     [("killed", 11, 11, None, "civilian")]),
    ("people: a weapon alone does not tell (Tigray)",
     "Ethiopian drone strikes killed 17 people in central Tigray, the TDF said.",
     GENERAL, "real_families.txt",
     [("killed", 17, 17, None, "unknown")]),
    ("people: a civilian subset does not make the count civilian (DRC)",
     "Shelling in Goma killed 23 people, including five children, a hospital official said.",
     GENERAL, "real_families.txt",
     [("killed", 23, 23, None, "unknown"), ("killed", 5, 5, None, "civilian")]),
    ("people: a war's toll (Sudan)",
     "The war has killed more than 20,000 people since April 2023, the United Nations says.",
     GENERAL, "real_families.txt",
     [("killed", 20001, None, None, "unknown")]),
    ("people: a running total after a strike on a market (Sahel)",
     "A shell hit the market in Gao, killing eight people. Doctors said they had treated 140 wounded since March.",
     GENERAL, "real_families.txt",
     [("killed", 8, 8, None, "civilian"), ("wounded", 140, 140, None, "unknown")]),
    ("people: a headline restating the civilians of the body (Colombia)",
     "At least 6 dead in Cauca bombing\nAt least six civilians, including two children, were killed when a bomb "
     "went off in Cauca.",
     GENERAL, "real_families.txt",
     [("killed", 6, None, None, "civilian"), ("killed", 6, None, None, "civilian"), ("killed", 2, 2, None, "civilian")]),
    ("people: the same day's strike as an earlier civilian count (Sudan)",
     "At least 14 people were killed in Monday's shelling of Abu Shouk camp. Volunteers later found the bodies of "
     "five more people killed in Monday's shelling, the emergency room said.",
     GENERAL, "real_families.txt",
     [("killed", 14, None, None, "civilian"), ("killed", 5, 5, None, "civilian")]),
    ("people: 'the camp' alone is no displacement camp (Nigeria)",
     "Nearly two dozen people were killed in the attack on the camp near Monguno.",
     GENERAL, "real_families.txt",
     [("killed", 24, 24, None, "unknown")]),
    ("people: a toll does not take the side of its civilian part (DRC)",
     "The death toll in Goma has risen to 61, including 12 children, the health ministry said.",
     GENERAL, "real_families.txt",
     [("killed", 61, 61, None, "unknown"), ("killed", 12, 12, None, "civilian")]),
    ("people: a crackdown's toll (Sudan)",
     "The crackdown on protests in Khartoum has killed more than 120 people, a doctors committee says.",
     GENERAL, "real_families.txt",
     [("killed", 121, None, None, "unknown")]),
    ("people: homes the displaced fled are no place of harm (DRC)",
     "More than 200 were wounded and 15,000 people were forced to flee their homes in Ituri.",
     GENERAL, "real_families.txt",
     [("wounded", 201, None, None, "unknown"), ("displaced", 15000, 15000, None, "civilian")]),
    # a victim side stated in the claim's own words
    ("an acronym as written, where the lower-case word is a function word (Mindanao)",
     "The Philippine army said troops killed 12 senior IS leaders near Marawi.",
     GENERAL, "real_families.txt",
     [("killed", 12, 12, None, "isp")]),
    ("a force named by a word of one side's description, several non-state sides (Sahel)",
     "Mali's army said it had killed 31 Tuareg rebels near Kidal, while JNIM fighters attacked a post near Gao.",
     GENERAL, "real_families.txt",
     [("killed", 31, 31, None, "fla")]),
    ("a nationality before 'people' is a population (Karabakh)",
     "The fighting has killed more than 3,000 Armenian people since 2020, Yerevan says.",
     GENERAL, "real_families.txt",
     [("killed", 3001, None, None, "unknown")]),
    ("medical workers are civilians; 'others' beside them too (Tigray)",
     "Three ambulance staff were killed and 12 others were injured when their convoy was hit near Mekelle.",
     GENERAL, "real_families.txt",
     [("killed", 3, 3, None, "civilian"), ("wounded", 12, 12, None, "civilian")]),
    # a subset inheriting its group's side; 'others' are not the force's unless harmed at its base
    ("N of those killed (Kenya/Somalia)",
     "Twelve Kenyan soldiers were killed in Lamu. Four of those killed were officers, the KDF said.",
     GENERAL, "real_families.txt",
     [("killed", 12, 12, None, "kenya"), ("killed", 4, 4, None, "kenya")]),
    ("'others' beside a force's dead are not said to be its men (Kenya/Somalia)",
     "Five Kenyan policemen were killed and seven others were injured in the blast in Mandera, police said.",
     GENERAL, "real_families.txt",
     [("killed", 5, 5, None, "kenya"), ("wounded", 7, 7, None, "unknown")]),
    ("'others' harmed at the force's own base are its men (Nigeria)",
     "A Nigerian captain and nine soldiers were killed and 14 others wounded when ISWAP overran a military base "
     "in Borno.",
     GENERAL, "real_families.txt",
     [("killed", 10, 10, None, "nigeria"), ("wounded", 14, 14, None, "nigeria")]),
    ("'others' wounded in a clash between forces are the force's (Kenya/Somalia)",
     "Twelve al-Shabaab fighters were killed and 20 others were wounded when they clashed with Kenyan troops near "
     "Kismayo.",
     GENERAL, "real_families.txt",
     [("killed", 12, 12, None, "shabaab"), ("wounded", 20, 20, None, "shabaab")]),
    ("'others' beside a force's dead in an attack it repelled are its men (Nigeria)",
     "The Nigerian army said it repelled an assault by ISWAP insurgents near Monguno, killing 23 militants "
     "and injuring 17 others.",
     GENERAL, "real_families.txt",
     [("killed", 23, 23, None, "iswap"), ("wounded", 17, 17, None, "iswap")]),
    ("injuries beside civilian deaths in one sentence (Tigray)",
     "The raids in Tigray caused at least 60 civilian deaths and 140 injuries, a rights group said.",
     GENERAL, "real_families.txt",
     [("killed", 60, None, None, "civilian"), ("wounded", 140, 140, None, "civilian")]),
    # a side's report of unnamed enemy losses; a claimant named by a registry keyword
    ("a side's report of attackers killed, the side named by its acronym (Kenya/Somalia)",
     "The KDF said the attack on its camp near Lamu, Kenya, was repelled and that nine attackers were killed.",
     GENERAL, "real_families.txt",
     [("killed", 9, 9, None, "shabaab")]),
    # a named officer in a war of two states
    ("a named officer, two states at war: no side from his rank (Karabakh)",
     "Colonel Davit Harutyunyan was killed near Lachin, Baku said.",
     GENERAL, "real_families.txt",
     [("killed", 1, 1, None, "unknown")]),
    ("a named officer with his bodyguards: one each (DRC style, Tigray registry)",
     "A senior TDF commander and his two bodyguards were killed in a drone strike near Adigrat, Ethiopia said.",
     GENERAL, "real_families.txt",
     [("killed", 3, 3, None, "tdf")]),
    # -- sides -----------------------------------------------------------------------------------------------------
    ("their servicemen, said by their side (Chechnya)",
     "Russian military officials said on Monday that 12 more of their servicemen had been killed near Grozny.",
     CHECHNYA, "real2_families.txt",
               [("killed", 12, 12, None, "russia")]),
    ("a toll after the count takes its side, not the side named after it (Chechnya)",
     "Russian military officials said that 12 more of their servicemen had been killed near Grozny, bringing the "
     "total number of dead to 310, while Chechen rebels have not disclosed their losses.", CHECHNYA,
     "real2_families.txt",
     [("killed", 12, 12, None, "russia"), ("killed", 310, 310, None, "russia")]),
    ("a toll of clashes between two sides' forces (Balkans)",
     "The death toll in clashes between Serb and Bosniak forces near Gorazde has reached about 300.", BALKANS,
     "real2_families.txt",
     [("killed", 300, 300, None, "both")]),
    ("a war between two sides does not make its people both (Balkans)",
     "The war between Serb and Bosniak forces has killed tens of thousands of people.", BALKANS,
     "real2_families.txt",
     [("killed", None, None, "tens of thousands", "unknown")]),
    ("attacked but defeated with N dead (Sri Lanka)",
     "The Tigers attacked the base at Elephant Pass, but were defeated with 40 dead and dozens wounded.", SRI_LANKA,
     "real2_families.txt",
     [("killed", 40, 40, None, "ltte"), ("wounded", None, None, "dozens", "ltte")]),
    ("enemy casualties estimated at N, in a side's statement (Sri Lanka)",
     "\"Several rebel camps have been overrun, with enemy casualties estimated at 85,\" the Sri Lankan army said.",
     SRI_LANKA, "real2_families.txt",
                [("casualties", 85, 85, None, "ltte")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected
