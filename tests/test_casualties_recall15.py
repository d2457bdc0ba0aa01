"""Casualty claims missed across wars (issue 11, session 15; eval/RECALL_FAMILIES.md, "Session 15: claim recall"):
companions told after the harm ('259 guerrillas were killed as well as 24 policemen and two soldiers', '12 gunmen
were killed in the operation, besides two commandos', 'the soldier had been wounded, along with a police officer and
a civilian technician', 'soldiers were killed, as was a U.S. military adviser'), widened in
`recall_rules.companions_after_harm`.  The copy is invented, in the styles of wars in none of the eval sets (Katanga
1961, Laos in the 1960s, Abkhazia 1993, Suez 1956, the Dhofar rebellion); every name is invented.  Each shape has
sentences that must not become claims."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims


def claims(text: str) -> list[tuple]:
    return _claims(text, "recall15.txt")


# (shape, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
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

# (shape, text, records that must not be found: None = no record at all)
ABSENT = [
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


@pytest.mark.parametrize("shape,text,expected", FOUND)
def test_recall15_found(shape, text, expected):
    assert_found(f"companions {shape}", claims(text), expected)


@pytest.mark.parametrize("shape,text,absent", ABSENT)
def test_recall15_not_found(shape, text, absent):
    assert_absent(f"companions {shape}", claims(text), absent)


# --------------------------------------------------------------------------------------------------------------
# One person by a bare role in a headline's later part (`recall15_rules.role_in_headline_list`)
# --------------------------------------------------------------------------------------------------------------

HEADLINE_FOUND = [
    ("after 'and'", "Villagers and army sergeant killed in Kandy clash", [("killed", 1, 1, None)]),
    ("after a comma, its own cue", "Reporter killed, freelance cameraman hurt in Vientiane blast",
     [("killed", 1, 1, None), ("wounded", 1, 1, None)]),
    ("lower-case object of 'kill'", "Guerrillas kill police superintendent near Sukhumi", [("killed", 1, 1, None)]),
    ("after a comma, no verb of its own", "Police, army sergeant killed", [("killed", 1, 1, None)]),
]

HEADLINE_ABSENT = [
    # a sentence, not a headline: the cue is an active verb with its object
    ("a sentence", "Villagers and army sergeant killed two rebels near Kandy.", [("killed", 1, 1, None)]),
    # no harm cue after the role
    ("no cue", "Rebels and government sign deal, soldier freed in Sukhumi", None),
    ("unhurt", "Minister, aide unhurt as convoy ambushed near Kandy", None),
    # 'kill' with no person after it
    ("no person", "Militants kill hopes of peace in Kandy", None),
    # an active verb with an object in a headline-like line
    ("an object after the cue", "Army and police officer killed hundreds of cattle, villagers say", None),
    ("an idiom", "Voters and election officer killed time at the polling station", None),
]


@pytest.mark.parametrize("shape,text,expected", HEADLINE_FOUND)
def test_recall15_headline_role_found(shape, text, expected):
    assert_found(f"headline role {shape}", claims(text), expected)


@pytest.mark.parametrize("shape,text,absent", HEADLINE_ABSENT)
def test_recall15_headline_role_not_found(shape, text, absent):
    assert_absent(f"headline role {shape}", claims(text), absent)


# --------------------------------------------------------------------------------------------------------------
# False claims: a name before an active harm verb is its agent (`named._named_subjects`, `agent_before_active_verb`)
# --------------------------------------------------------------------------------------------------------------

AGENT_ABSENT = [
    ("a perfect verb and its object", "The rebels said Colonel Dorje Tsering had captured the pass.", None),
    ("a bare verb after 'and' and its object", "Pathet Lao units overran Nam Bac, and captured arms and rice.", None),
    ("a bare verb and a capitalised object", "In May, the Tamil Tigers captured Kilinochchi after a long siege.",
     [("captured", 1, 1, None)]),
]

AGENT_FOUND = [   # the passive and the headline still give their named victims
    ("passive", "Colonel Dorje Tsering was captured in May.", [("captured", 1, 1, None)]),
    ("pluperfect passive", "Colonel Dorje Tsering had been captured by the rebels.", [("captured", 1, 1, None)]),
    ("headline, a place after", "Colonel Dorje Tsering killed in Kandy ambush", [("killed", 1, 1, None)]),
    ("headline, a day after", "Colonel Dorje Tsering killed Monday near Kandy", [("killed", 1, 1, None)]),
    ("two names", "Colonel Dorje Tsering and Major Ram Thapa were killed, the army said.", [("killed", 2, 2, None)]),
]


@pytest.mark.parametrize("shape,text,absent", AGENT_ABSENT)
def test_recall15_agent_not_victim(shape, text, absent):
    assert_absent(f"agent {shape}", claims(text), absent)


@pytest.mark.parametrize("shape,text,expected", AGENT_FOUND)
def test_recall15_named_victim_kept(shape, text, expected):
    assert_found(f"named victim {shape}", claims(text), expected)
