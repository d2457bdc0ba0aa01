"""Casualty claims: one person told without a count or a role of their own: 'another', an elliptical clause, a death as
an event, an age in a toll (casualties/one_person.py). Moved from the session-named test files
(tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions unchanged;
the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, assert_found, assert_no_claim, case_ids, claims


# (family, text, the (category, low, high, vague) records expected among the article's)
AMONG = [
    # -- one person: died without an auxiliary, an age in apposition, a titled name before a count -----------------
    ("another_harmed", "One gendarme was killed and another wounded near Faya-Largeau.",
     [("killed", 1, 1, None), ("wounded", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text, "recall.txt"), expected)


# (family, text, a vague word no record may have; None: no record at all)
NO_CLAIM = [
    ("another_harmed", "Another convoy was attacked, and another was ambushed near Faya.", None),
]


@pytest.mark.parametrize("family,text,vague", NO_CLAIM, ids=case_ids(NO_CLAIM))
def test_no_claim(family, text, vague):
    assert_no_claim(family, claims(text, "recall.txt"), vague)


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    # -- one death told as an event --------------------------------------------------------------------------------
    ("one_death_event", "There's been a fatality, a police spokesman in Belfast said.", [("killed", 1, 1, None)]),
    ("one_death_event", "One fatality was reported after the blast in Banda Aceh.", [("killed", 1, 1, None)]),
    ("one_death_event", "There was a further death overnight in Popayan, the hospital said.", [("killed", 1, 1, None)]),
    # -- one person by age in a toll -------------------------------------------------------------------------------
    ("one_by_age", "Eight civilians were killed in the shelling of Dori, including a 15-year-old.",
     [("killed", 8, 8, None), ("killed", 1, 1, None)]),
    ("one_by_age", "Among the dead is a 15-year old girl, the prefect of Kaya said.", [("killed", 1, 1, None)]),
    ("one_by_age", "Twelve people were wounded, among them an 80-year-old, in the blast in Lhokseumawe.",
     [("wounded", 12, 12, None), ("wounded", 1, 1, None)]),
    # -- one more person in an elliptical clause -------------------------------------------------------------------
    ("one_more_elliptical", "Two gendarmes were killed and another gendarme seriously wounded near Man, officials "
     "said.", [("killed", 2, 2, None), ("wounded", 1, 1, None)]),
    ("one_more_elliptical", "Three herders were shot dead and a boy badly hurt in the raid near Kaya, the mayor said.",
     [("killed", 3, 3, None), ("wounded", 1, 1, None)]),
    # -- session 24: the elliptical clause takes the lexicon's harm phrases (`elliptical_harm_phrase`) -------------
    ("elliptical_harm_phrase", "A Dutch sergeant was killed and a guerrilla gunned down near Bandung, the command said.",
     [("killed", 1, 1, None), ("killed", 1, 1, None)]),
    ("elliptical_harm_phrase", "Two constables were shot dead and a policeman fatally wounded at the Aden post "
     "office.", [("killed", 2, 2, None), ("killed", 1, 1, None)]),
    ("elliptical_harm_phrase", "A guard was killed and a soldier mortally wounded in the Peking legation quarter.",
     [("killed", 1, 1, None), ("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("one_by_age", "Two were killed near Buea, including a 12-year-old and his mother.", [("killed", 1, 1, None)]),
    ("one_death_event", "A death in the family kept the mayor of Kumba away.", None),
    ("one_death_event", "There has been a death toll of five in Dori.", [("killed", 1, 1, None)]),
    ("one_more_elliptical", "Two rebels were killed and a soldier wounded the commander.", [("wounded", 1, 1, None)]),
    ("one_more_elliptical", "A soldier and a nurse were on the bus.", None),
    # the phrase with an object after it is an active verb; no claim before it, no ellipsis
    ("elliptical_harm_phrase", "Two guerrillas were killed and a sergeant gunned down the third near Bandung.",
     [("killed", 1, 1, None)]),
    ("elliptical_harm_phrase", "The patrol moved on and a sergeant gunned down near the bridge was left behind.",
     None),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)
