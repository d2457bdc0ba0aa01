"""Casualty claims missed (or made up) across wars (issue 11, session 13; eval/RECALL_FAMILIES.md, "Session 13"):
one general change per family of constructions whose misses or false claims recur in three or more wars of the dev
sets.  The copy is invented, in the styles of wars in none of the eval sets (Cyprus 1974, Biafra, the Malayan
Emergency, the Aden Emergency, the Hungarian rising of 1956); every name is invented or generic.  Each family has
sentences that must not become claims."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims


def claims(text: str) -> list[tuple]:
    return _claims(text, "recall13.txt")


# (family, rule, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
    # -- F8: counts of different kinds before one cue, one record each (real_rules.coordinated_kinds) ------------
    ("F8", "list_head_after_adjuncts", "The ministry said in a statement 14 soldiers and 9 rebel fighters had been "
     "killed near Kyrenia.", [("killed", 14, 14, None), ("killed", 9, 9, None)]),
    ("F8", "list item tail", "One army corporal and three insurgent group members, including a local commander, "
     "were killed near Kuala Lipis.", [("killed", 1, 1, None), ("killed", 3, 3, None), ("killed", 1, 1, None)]),  # (the
    # commander too: a person inside a list item, real_rules.person_in_count)
    ("F8", "also were reported", "Four regular army soldiers and six villagers also were reported killed near "
     "Enugu.", [("killed", 4, 4, None), ("killed", 6, 6, None)]),
    # -- F18: 'Soviet' alone is no earlier war (lexicon earlier_war_patterns) ------------------------------------
    ("F18", "soviet is no war", "Rebels fired Soviet-era rockets into Crater, killing 12 civilians, police said.",
     [("killed", 12, 12, None)]),
    ("F18", "soviet is no war", "Soviet troops killed 40 students near the Kilian barracks, diplomats said.",
     [("killed", 40, 40, None)]),
    # -- F4: a headline toll with no link (recall13_rules.headline_toll) -----------------------------------------
    ("F4", "headline_toll", "Death Toll in Famagusta Fighting About 300", [("killed", 300, 300, None)]),
    ("F4", "headline_toll", "Civilian toll in Enugu 85, Red Cross says", [("killed", 85, 85, None)]),
    ("F4", "headline_toll", "Casualty toll in Onitsha fighting 'over 400'", [("casualties", 401, None, None)]),
    # -- F21: a counted part of the victims told after them (recall7_rules.part_told_after) ---------------------
    ("F21", "part_told_after", "Of the victims who could be named, 12 were women and 9 were children, the coroner "
     "said.", [("killed", 12, 12, None), ("killed", 9, 9, None)]),
    ("F21", "part_told_after", "Of the dead, only four are police officers.", [("killed", 4, 4, None)]),
    ("F21", "part_told_after", "One of those killed was the district officer of Kuala Lipis, the police said.",
     [("killed", 1, 1, None)]),
    # -- named victims: a name after a preposition is kept where it is the subject ---------------------------------
    ("N", "named_subjects", "A close aide to Makarios, the archbishop, Andreas Loizou, was reportedly wounded.",
     [("wounded", 1, 1, None)]),
    ("N", "named_subjects", "Mourners carried the coffin of Colonel Petros Vassos, who was killed in the ambush.",
     [("killed", 1, 1, None)]),
]

# (family, rule, text, records that must not be found: None = no record at all)
ABSENT = [
    ("F8", "ranks of one force", "Two officers and nine soldiers were killed near Kyrenia.",
     [("killed", 2, 2, None), ("killed", 9, 9, None)]),
    ("F8", "other is no adjunct", "Three of those killed are commanders, and seven other soldiers are critically "
     "wounded.", [("wounded", 3, 3, None)]),
    ("F18", "the Soviet war", "During the Soviet occupation some 1,000 villagers were killed in the valley.", None),
    ("F18", "the Soviet war", "His father fought the Soviets, and 300 of his men died.", None),
    ("F4", "headline_toll", "The toll in the town of 5,000 was not known.", None),
    ("F4", "headline_toll", "Toll road fees in Enugu 300, drivers complain", None),
    ("F21", "part_told_after", "One of the wounded was the first to speak to reporters in Aden.", None),
    ("N", "named_subjects", "Officers attached to the Cypriot National Guard, were killed.", None),
    ("N", "named_subjects", "According to Radio Budapest, 52 people aboard were killed.", [("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND)
def test_recall13_found(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


@pytest.mark.parametrize("family,rule,text,absent", ABSENT)
def test_recall13_not_found(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)
