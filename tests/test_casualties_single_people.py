"""Single people listed together inside a count (docs/rules.md, "Session 18: claim recall, second pass"): 'N officers
including a colonel and a captain' is ONE subset record of 2 (casualties/single_people.py, rules `single people listed
in a count` and `single people in a count found later`), as every dev gold holds such a list; a list that holds a
counted group ('a district officer and his two bodyguards', '12 soldiers and 3 police') keeps one record per item.
The copy is invented, in the styles of wars in none of the eval sets (Katanga 1961, Dhofar, the Greek civil war,
Biafra 1968, Aden 1967, Cyprus 1956, the Chaco War, Indochina 1954)."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, case_ids, claims

# (family, text, [(category, low, high, vague)]): records that must be among the sentence's
AMONG = [
    ("two ranks after 'including' (Katanga 1961)",
     "Eleven gendarmes including a major and a lieutenant were killed at Jadotville, the UN command said.",
     [("killed", 11, 11, None), ("killed", 2, 2, None)]),
    ("two ranks after ', including', wounded (Dhofar)",
     "Two soldiers were killed and four others, including a captain and a sergeant, were wounded near Salalah.",
     [("wounded", 4, 4, None), ("wounded", 2, 2, None)]),
    ("three people listed with commas (Greek civil war)",
     "Partisans killed nine villagers near Kozani, including a priest, a teacher and the village headman.",
     [("killed", 9, 9, None), ("killed", 3, 3, None)]),
    ("kin by a possessive, the second bare (Biafra 1968)",
     "One trader lost six members of his family, including his wife and daughter, in the air raid on Aba.",
     [("killed", 2, 2, None)]),
    ("'among them' (Aden 1967)",
     "Seven British servicemen died in the Crater ambush, among them a corporal and a private.",
     [("killed", 7, 7, None), ("killed", 2, 2, None)]),
]

# (family, text, [records the sentence must not give] or None for no record at all)
ABSENT = [
    ("no record per person of a two-person list (Katanga 1961)",
     "Eleven gendarmes including a major and a lieutenant were killed at Jadotville, the UN command said.",
     [("killed", 1, 1, None)]),
    ("a counted group in the list keeps its items: no sum (Cyprus 1956)",
     "Nine people died in Nicosia, including a police sergeant and his two sons.",
     [("killed", 3, 3, None)]),
    ("a list of counted groups stays apart: no sum (Chaco War)",
     "The fighting at Boqueron killed 40 men, including 12 soldiers and 3 police.",
     [("killed", 15, 15, None), ("killed", 2, 2, None)]),
    ("no count before the list: no record (Indochina 1954)",
     "The delegation, including a colonel and a major, reached Hanoi on Tuesday.",
     None),
    ("things, not people, after 'including' (Aden 1967)",
     "Rebels shelled nine buildings, including a school and a clinic, in Sheikh Othman.",
     None),
    ("a longer list with a group at its end: no sum of the first two (Cyprus 1956)",
     "Twelve people were killed, including a priest and a teacher and their pupils.",
     [("killed", 2, 2, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text), expected)


@pytest.mark.parametrize("family,text,absent", ABSENT, ids=case_ids(ABSENT))
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)
