"""Casualty claims missed entirely, counted by war (issue 11, session 12; eval/RECALL_FAMILIES.md, "Session 12"):
one general change per family of constructions whose misses recur in three or more wars of the dev sets.  The copy
is invented, in the styles of wars in none of the eval sets (Guatemala's civil war, El Salvador's civil war, the
Dhofar rebellion, the Falklands war, Bangladesh 1971); every name is invented or generic.  Each family has sentences
that must not become claims."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims


def claims(text: str) -> list[tuple]:
    return _claims(text, "recall12.txt")


# (family, rule, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
    # -- F10: one person by 'the' and a singular role before their own passive cue (rule one_by_definite_role) ----
    ("F10", "one_by_definite_role", "The village headman was seriously wounded when soldiers opened fire near "
     "Nebaj, the parish priest said.", [("wounded", 1, 1, None)]),
    ("F10", "one_by_definite_role", "The mother of the young lieutenant had died in the shelling, a neighbour said.",
     [("killed", 1, 1, None)]),
    ("F10", "one_by_definite_role", "Witnesses said the driver of the ambulance has died of his wounds in San "
     "Miguel.", [("killed", 1, 1, None)]),
    ("F10", "one_by_definite_role", "The commander was killed.", [("killed", 1, 1, None)]),  # a retelling: a record
    ("F10", "one_by_definite_role", "The pilot was captured after his Pucara came down near Goose Green.",
     [("captured", 1, 1, None)]),
    ("F10", "one_by_definite_role", "The wife of the colonel was killed when the mortar hit the house in Salalah.",
     [("killed", 1, 1, None)]),   # one record: the wife, not the colonel too
    # -- F23: a people named by ethnicity or race as the victims' head (lexicon modifiers, phrases) ---------------
    ("F23", "people by ethnicity", "Army patrols killed 12 ethnic Ixils near Nebaj, the bishop's office said.",
     [("killed", 12, 12, None)]),
    ("F23", "people by ethnicity", "Over 5,000 minority Hindus fled across the border into India last week.",
     [("displaced", 5001, None, None)]),
    ("F23", "people by ethnicity", "Police detained more than 200 black Namibians in Windhoek on Sunday.",
     [("captured", 201, None, None)]),
]

# (family, rule, text, records that must not be found: None = no record at all)
ABSENT = [
    ("F10", "one_by_definite_role", "The commander was evacuated by helicopter to Salalah.", None),
    ("F10", "one_by_definite_role", "It was not clear whether the pilot was killed over the islands.", None),
    ("F10", "one_by_definite_role", "The headman was questioned by the army in Nebaj for two hours.", None),
    ("F10", "one_by_definite_role", "Officers said the death of the colonel was being investigated in Dhaka.",
     [("killed", 2, 2, None)]),
    ("F23", "people by ethnicity", "Some 400 ethnic Ixils voted in Nebaj on Sunday.", None),
    ("F23", "people by ethnicity", "Students burned 2,000 black flags in Dhaka.", None),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND)
def test_recall12_found(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


@pytest.mark.parametrize("family,rule,text,absent", ABSENT)
def test_recall12_not_found(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)
