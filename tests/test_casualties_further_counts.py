"""Casualty claims: further counts harmed by one verb already told: 'lost', a list after one harm verb, companions after
the harm, 'them', a second object (casualties/further_counts.py). Moved from the session-named test files
(tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions unchanged;
the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, assert_found, case_ids, claims, rows
from war_registries import ACEH, KURDISTAN
from presslens.casualties import extract_article


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- a side's own dead said with `lost` ------------------------------------------------------------------------
    ("we lost N soldiers and M of an allied force (Aceh)",
     "“We lost 11 soldiers and three TNI guides in the ambush near Bireuen,” an officer said.", ACEH,
     "real3_families.txt",
     [("killed", 11, 11, None, "unknown"), ("killed", 3, 3, None, "unknown")]),
    ("the rebels lost N of their men: the loser's side, not the claimant's (Aceh)",
     "The Free Aceh Movement lost 25 of their men in the hills above Pidie, the army said.", ACEH,
     "real3_families.txt",
     [("killed", 25, 25, None, "gam")]),
    ("has lost more than N men (Chechnya)",
     "The commander conceded that he had lost more than 300 men in the battle for the city.", None,
     "real3_families.txt",
     [("killed", 301, None, None, "unknown")]),
    ("lost things, not people (Balkans)",
     "The brigade lost four tanks and two villages near Brcko.", None, "real3_families.txt",
                                                                       []),
    # -- further counts of a list after one harm verb --------------------------------------------------------------
    ("killed N soldiers and M village guards (Kurdistan)",
     "PKK guerrillas killed nine Turkish soldiers and four village guards in an attack near Hakkari.", KURDISTAN,
     "real3_families.txt",
     [("killed", 9, 9, None, "turkey"), ("killed", 4, 4, None, "turkey")]),
    ("a headline's comma list after the verb (Aceh)",
     "Free Aceh Movement rebels kill six soldiers, two policemen in Pidie ambush", ACEH,
     "real3_families.txt",
     [("killed", 6, 6, None, "indonesia"), ("killed", 2, 2, None, "indonesia")]),
    ("a list stops at a count of no victims (Northern Ireland)",
     "The bomb killed three soldiers, 20 minutes after the warning call.", None,
     "real3_families.txt",
     [("killed", 3, 3, None, "unknown")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected


# (family, text, the (category, low, high, vague) records expected among the article's)
AMONG = [
    # -- companions counted after the harm -------------------------------------------------------------------------
    ("companions_after_harm", "The UNITA commander was killed together with 22 other fighters near Kuito.",
     [("killed", 22, 22, None)]),
    ("companions_after_harm", "Four children died along with three adults when the shell hit the house in Gorazde.",
     [("killed", 4, 4, None), ("killed", 3, 3, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text, "recall.txt"), expected)


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    # -- people counted, then harmed as 'them' ---------------------------------------------------------------------
    ("counted_then_harmed", "Guerrillas stopped the truck near Puerto Asís, forced seven passengers out and then "
     "killed them.", [("killed", 7, 7, None)]),
    ("counted_then_harmed", "Separatists marched 12 teachers into the forest near Kumba and shot them dead, residents "
     "said.", [("killed", 12, 12, None)]),
    ("counted_then_harmed", "The death squad dragged four catechists from the chapel in Chalatenango and executed them.",
     [("killed", 4, 4, None)]),
    ("as well as, two kinds", "Officials in Elisabethville said 40 gendarmes were killed as well as six policemen "
     "and two Swedish soldiers.", [("killed", 40, 40, None), ("killed", 6, 6, None), ("killed", 2, 2, None)]),
    ("besides, a place between", "A Pathet Lao radio said 31 royalist troops were killed in the attack, besides two "
     "American soldiers.", [("killed", 31, 31, None), ("killed", 2, 2, None)]),
    ("as was, one person", "Three Georgian soldiers were killed near Sukhumi, as was a Russian military adviser.",
     [("killed", 3, 3, None), ("killed", 1, 1, None)]),
    ("as did", "Eleven Egyptian commandos died at Port Said, as did a British corporal.",
     [("killed", 11, 11, None), ("killed", 1, 1, None)]),
    ("a comma before along with, two people of two kinds", "A British sergeant was wounded at Port Said, along with a "
     "police constable and a civilian technician.", [("wounded", 1, 1, None), ("wounded", 1, 1, None),
                                                     ("wounded", 1, 1, None)]),
    ("captured", "Two engineers were abducted near Salalah, along with a local driver.",
     [("captured", 2, 2, None), ("captured", 1, 1, None)]),
    ("ranks of one force: one sum", "The commander was killed together with two officers and nine soldiers near "
     "Sukhumi.", [("killed", 1, 1, None), ("killed", 11, 11, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("counted_then_harmed", "The army moved 300 villagers to the camp and fed them.", None),
    ("counted_then_harmed", "If the rebels seized 20 hostages and killed them, the talks would end.", None),
    # things, not people, after the link
    ("no people", "Twelve soldiers were killed, along with three tanks and a jeep, near Sukhumi.",
     [("killed", 3, 3, None), ("killed", 1, 1, None), ("killed", 4, 4, None)]),
    ("no people", "He said 20 rebels were captured in the raid, as well as 300 rifles.", [("captured", 300, 300, None)]),
    # 'as was' before no person
    ("no person", "Nine gendarmes were killed, as was the case in the raid on Kolwezi.", [("killed", 1, 1, None)]),
    # a count of another time, not of people
    ("a date", "Four soldiers were killed in May, as well as 30 in April.", [("killed", 30, 30, None)]),
    # no harm before the link: a troop strength
    ("troop strength", "The garrison at Mirbat numbered 300 soldiers, as well as 40 police officers.", None),
    # the harm denied
    ("were not hurt", "None of the crew was hurt, along with three passengers.", [("wounded", 3, 3, None)]),
    ("were not hurt", "The pilots were not hurt, nor were two mechanics, besides a guard.", [("wounded", 1, 1, None)]),
    # the companions' own clause tells another harm
    ("own clause", "Fourteen villagers were killed near Sukhumi, besides 2,000 residents who fled.",
     [("killed", 2000, 2000, None)]),
    # a possessive companion is no count the rule reads ('his wife')
    ("possessive", "The colonel was killed along with his wife near Sukhumi.", [("killed", 2, 2, None)]),
    # an age is no count
    ("an age", "A farmer aged 60 was killed, as well as his 12-year-old son.", [("killed", 12, 12, None)]),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)


# (family, rule, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND_BY_RULE = [
    # -- F7: the second object of one harm verb or harm noun, after 'and' (rule second_object) ---------------------
    ("F7", "second_object", "The shelling killed 19 people in Kilinochchi and another 23 people in Mullaitivu, the "
     "bishop said.", [("killed", 19, 19, None), ("killed", 23, 23, None)]),
    ("F7", "second_object", "Guerrillas are still holding 11 foreigners and four Peruvians in the jungle.",
     [("captured", 11, 11, None), ("captured", 4, 4, None)]),
    ("F7", "second_object", "The blast led to the deaths of a number of villagers and one police officer.",
     [("killed", 1, 1, None)]),
    ("F7", "second_object", "Militiamen abducted 12 farmers near Popayan and dozens of villagers in El Tambo.",
     [("captured", 12, 12, None), ("captured", None, None, "dozens")]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND_BY_RULE)
def test_found_by_rule(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


# (family, rule, text, records that must not be found: None = no record at all)
ABSENT_BY_RULE = [
    ("F7", "second_object", "The mine killed 19 people on a road that 23 engineers had cleared near Tuzla.",
     [("killed", 23, 23, None)]),
    ("F7", "second_object", "The shelling killed 19 people and 40 houses and two schools were destroyed.",
     [("killed", 40, 40, None), ("killed", 2, 2, None)]),
    ("F7", "second_object", "Police arrested 12 protesters, who said that 30 students and 40 teachers marched in "
     "Colombo.", [("captured", 30, 30, None), ("captured", 40, 40, None)]),
]


@pytest.mark.parametrize("family,rule,text,absent", ABSENT_BY_RULE)
def test_absent_by_rule(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)


def test_lost_gives_the_loser_side_by_we():
    """'We lost N' said by a side's officer: the officer's side (the loser grammar)."""
    text = ("Colonel Adi Prakoso of the Indonesian army spoke to reporters. “We lost seven soldiers in the attack,” "
            "Prakoso said.")
    recs = extract_article("a.txt", text, actors=ACEH)
    assert [(r["category"], r["low"]) for r in recs] == [("killed", 7)]
