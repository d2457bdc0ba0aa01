"""Casualty claims missed across wars (issue 11, session 14; eval/RECALL_FAMILIES.md, "Session 14: claim recall"):
F19, a harm noun + 'of' + one person, widened in `recall_rules.harm_of_one_by_role` (a possessive before a violent
noun, a title and a name with no determiner, 'fatal stabbing', a time before 'of').  The copy is invented, in the
styles of wars in none of the eval sets (Biafra, Cyprus 1974, the Malayan Emergency, the Aden Emergency, the
Dhofar rebellion); every name is invented.  Each shape has sentences that must not become claims."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims


def claims(text: str) -> list[tuple]:
    return _claims(text, "recall14.txt")


# (shape, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
    ("possessive", "The planter said the recent murder of his son by terrorists had driven him from Pahang.",
     [("killed", 1, 1, None)]),
    ("possessive", "Villagers blamed the federal troops for the abduction of their headman near Owerri.",
     [("captured", 1, 1, None)]),
    ("title and name", "Riots followed the assassination of trade unionist leader Ahmed Saleh Farouk in Crater.",
     [("killed", 1, 1, None)]),
    ("title and name", "The front claimed the kidnapping of former deputy minister Stelios Andreou in Larnaca.",
     [("captured", 1, 1, None)]),
    ("title and name, another phrase after 'and'", "The raid came a year after the assassination of opposition "
     "leader Emeka Okafor and the burning of the market.", [("killed", 1, 1, None)]),
    ("a time before 'of'", "Police blamed the arrest two weeks ago of a village chief near Salalah on the rebels.",
     [("captured", 1, 1, None)]),
    ("fatal noun", "Troops killed three insurgents days after the fatal stabbing of a British corporal in Aden.",
     [("killed", 3, 3, None), ("killed", 1, 1, None)]),
    ("fatal noun", "Soldiers were arrested over the fatal shooting of a young farmer near Kyrenia.",
     [("killed", 1, 1, None)]),
]

# (shape, text, records that must not be found: None = no record at all)
ABSENT = [
    # a natural death told by a possessive: 'death' and 'body' take no possessive
    ("possessive", "Since the death of his father in 1960 the clan has been led by an uncle.", None),
    # a possessive before a word of no person
    ("possessive", "Critics said the murder of his career was complete after the ambush.", None),
    # no 'fatal': a stabbing or a shooting may wound or kill
    ("fatal noun", "The stabbing of a British corporal in Aden was condemned by the governor.", None),
    # the victim is another: a name in the possessive
    ("title and name", "The arrest of opposition leader Emeka Okafor's brother was condemned.", None),
    # a place named after a title-like noun is no person
    ("title and name", "The army announced the capture of rebel stronghold Jebel Akhdar.", None),
    # a preposition or a plural before the title: the title starts another phrase
    ("title and name", "The killing of rebels near village chief Emeka Okafor's house was reported.",
     [("killed", 1, 1, None)]),
    # a title with no name is no people-role ('the death of a president' in a history)
    ("title", "He recalled the assassination of a president in 1963.", None),
]


@pytest.mark.parametrize("shape,text,expected", FOUND)
def test_recall14_found(shape, text, expected):
    assert_found(f"F19 {shape}", claims(text), expected)


@pytest.mark.parametrize("shape,text,absent", ABSENT)
def test_recall14_not_found(shape, text, absent):
    assert_absent(f"F19 {shape}", claims(text), absent)
