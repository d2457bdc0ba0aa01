"""Casualty claims: the parts of a count, told before or after it (casualties/count_parts.py and rules.py's 'counted
subsets'). Moved from the session-named test files (tests/test_casualties_real*_families.py,
test_casualties_recall*.py) in session 16, cases and assertions unchanged; the copy is invented, in the styles of
wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, assert_found, case_ids, claims, rows


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- a count introduced by its group, and its parts ------------------------------------------------------------
    ("among the victims were N X, including ... (Chechnya)",
     "At least 31 civilians were killed in the shelling of Samashki. According to the Memorial centre, among the "
     "victims were 31 civilians, including four girls, nine women and 18 men.", None,
     "real2_families.txt",
     [("killed", 31, None, None, "civilian"), ("killed", 31, 31, None, "civilian"), ("killed", 4, 4, None, "civilian"),
      ("killed", 9, 9, None, "civilian"), ("killed", 18, 18, None, "civilian")]),
    ("victims without an earlier toll stay casualties (Colombia)",
     "The ombudsman's office said three women and five children were among the victims of the massacre.", None,
     "real2_families.txt",
     [("casualties", 3, 3, None, "civilian"), ("casualties", 5, 5, None, "civilian")]),
    ("of whom N men and M women were seriously injured (Balkans)",
     "In addition, 47 people were injured in Tuzla, of whom 30 men and nine women were seriously injured.", None,
     "real2_families.txt",
     [("wounded", 47, 47, None, "unknown"), ("wounded", 30, 30, None, "civilian"), ("wounded", 9, 9, None, "civilian")]),
    # -- 'N of them' after a count; 'as many' ----------------------------------------------------------------------
    ("N bodies, M of them in a ditch (Balkans)",
     "Investigators counted 41 bodies, 17 of them in a ditch near the road.", None,
     "real3_families.txt",
     [("killed", 41, 41, None, "unknown"), ("killed", 17, 17, None, "unknown")]),
    ("one of them in a critical condition describes one (Northern Ireland)",
     "The blast wounded two policemen, one of them in a critical condition.", None,
     "real3_families.txt",
     [("wounded", 2, 2, None, "unknown")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected


# (family, text, the (category, low, high, vague) records expected among the article's)
AMONG = [
    # -- the parts of a count listed after it ----------------------------------------------------------------------
    ("parts_of_a_count", "Some 30 people had been killed -- seven Bosniaks, seven Croats and 16 Serbs -- in the raid.",
     [("killed", 30, 30, None), ("killed", 7, 7, None), ("killed", 7, 7, None), ("killed", 16, 16, None)]),
    ("parts_of_a_count", "Eleven villagers, among them six little girls and a boy aged four, died in the shelling.",
     [("killed", 11, 11, None), ("killed", 6, 6, None), ("killed", 1, 1, None)]),
    ("parts_of_a_count", "Armed men killed five civilians, three women and two children, near Blida.",
     [("killed", 5, 5, None), ("killed", 3, 3, None), ("killed", 2, 2, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text, "recall.txt"), expected)


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    # -- a counted part of the victims told after them -------------------------------------------------------------
    ("part_told_after", "Of the dead, four were children, the prefect of Djibo said.", [("killed", 4, 4, None)]),
    ("part_told_after", "Two of the nine victims found were members of a local self-defence militia.",
     [("killed", 2, 2, None)]),
    ("part_told_after", "Eight of the wounded were under 18, a nurse at the hospital in Dori said.",
     [("wounded", 8, 8, None)]),
    ("part_told_after", "Of the 30 abducted, 12 were women, according to a local official in Kaya.",
     [("captured", 12, 12, None)]),
    # -- parts told as among a counted toll ------------------------------------------------------------------------
    ("parts_among_count", "Police said two children and four women were among the nine people gunned down near Kaya.",
     [("killed", 2, 2, None), ("killed", 4, 4, None), ("killed", 9, 9, None)]),
    # -- a toll broken down by unit --------------------------------------------------------------------------------
    ("toll_by_unit", "Out of the 19 fatalities, the gendarmerie lost nine men, while one officer is from the Republican "
     "Guard, four from the 3rd Commando Battalion and five from the police.",
     [("killed", 1, 1, None), ("killed", 4, 4, None), ("killed", 5, 5, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("part_told_after", "Two of the wounded later died in hospital in Ziguinchor.", [("wounded", 2, 2, None)]),
    ("parts_among_count", "Ten soldiers and five officers were among the guests at the wedding in Luanda.", None),
    ("toll_by_unit", "Of the 30 dead, most were from Bouaké, 40 km from the front.", [("killed", 40, 40, None)]),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)


# (family, rule, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND_BY_RULE = [
    # -- F21: a counted part of the victims told after them (count_parts.part_told_after) ------------------------
    ("F21", "part_told_after", "Of the victims who could be named, 12 were women and 9 were children, the coroner "
     "said.", [("killed", 12, 12, None), ("killed", 9, 9, None)]),
    ("F21", "part_told_after", "Of the dead, only four are police officers.", [("killed", 4, 4, None)]),
    ("F21", "part_told_after", "One of those killed was the district officer of Kuala Lipis, the police said.",
     [("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND_BY_RULE)
def test_found_by_rule(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


# (family, rule, text, records that must not be found: None = no record at all)
ABSENT_BY_RULE = [
    ("F21", "part_told_after", "One of the wounded was the first to speak to reporters in Aden.", None),
]


@pytest.mark.parametrize("family,rule,text,absent", ABSENT_BY_RULE)
def test_absent_by_rule(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)


def test_subset_keeps_a_possessive_companion_in_its_count():
    # 'three children and their mother' stays one count of four inside the subset (the dev sets' convention)
    got = claims("Five people were killed in Omagh, including three children and their mother.")
    assert ("killed", 4, 4, None) in got and ("killed", 3, 3, None) not in got
