"""Bare counts whose victims and harm are elided after a count already told (docs/rules.md, "Session 19: claim
recall"): '30 rebels were killed in the first raid and 20 in the second' gives killed 20 too
(casualties/elided_counts.py, rule `a bare count with its harm elided`), as the dev golds of three wars hold; a clause
of its own, a range or a date, a fraction, another category's state or a list not closed by 'and' is not one.
The copy is invented, in the styles of wars in none of the eval sets (Biafra 1968, the Chaco War, Dhofar, Katanga
1961, Aden 1967, the Sri Lankan civil war, Indochina 1954, Cyprus 1956)."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, case_ids, claims

# (family, text, [(category, low, high, vague)]): records that must be among the sentence's
AMONG = [
    ("a passive toll, then a bare count 'in the second' (Biafra 1968)",
     "At least 40 federal troops were killed in the first assault on Onitsha and 25 in the second, Radio Biafra said.",
     [("killed", 40, None, None), ("killed", 25, 25, None)]),
    ("a list of places after 'left N dead', closed by ', and' (Sri Lankan civil war)",
     "The shelling left 12 dead in Jaffna, 9 in Point Pedro, and 17 in Chavakachcheri, the bishop said.",
     [("killed", 12, 12, None), ("killed", 9, 9, None), ("killed", 17, 17, None)]),
    ("wounded, the group named after 'among' (Katanga 1961)",
     "There were 14 wounded among the Irish troops and 6 among the Swedish contingent.",
     [("wounded", 14, 14, None), ("wounded", 6, 6, None)]),
    ("an active harm and a bare count 'at' a place (Chaco War)",
     "Paraguayan patrols captured 60 Bolivian soldiers near Boqueron and 35 at Nanawa.",
     [("captured", 60, 60, None), ("captured", 35, 35, None)]),
    ("a spelled bare count with a bound (Dhofar)",
     "Eleven rebels were killed at Mirbat and about thirty on the Jebel, an officer said.",
     [("killed", 11, 11, None), ("killed", 30, 30, None)]),
]

# (family, text, [records the sentence must not give] or None for no record at all)
ABSENT = [
    ("a clause of its own after the bare count: the grammar's, not a second killed (Aden 1967)",
     "Four soldiers were killed in Crater and 12 in the convoy were wounded.",
     [("killed", 12, 12, None)]),
    ("a date, not a count (Indochina 1954)",
     "Nine legionnaires were killed on May 5 and 6 in the hills above Dien Bien Phu.",
     [("killed", 6, 6, None)]),
    ("a year, not a count (Cyprus 1956)",
     "Twenty soldiers were killed in 1955 and 1956 in the Troodos mountains.",
     [("killed", 1956, 1956, None)]),
    ("another category's state: '30 in hospital' are not killed (Biafra 1968)",
     "Eight villagers were killed and 30 in hospital at Aba.",
     [("killed", 30, 30, None)]),
    ("a fraction, not a count (Katanga 1961)",
     "Fifteen gendarmes were killed at Elisabethville, and 3 in 10 residents fled the city.",
     [("killed", 3, 3, None)]),
    ("a list not closed by 'and' (Dhofar)",
     "Seven rebels were killed at Mirbat, 4 in the wadi.",
     [("killed", 4, 4, None)]),
    ("a vague amount after 'and' is no bare count (Chaco War)",
     "Twelve soldiers died at Boqueron and dozens in the Chaco.",
     [("killed", None, None, "dozens")]),
    ("no count before: a bare number after 'and' alone (Aden 1967)",
     "The patrol reached Crater at dawn and 20 in the column went on to Maala.",
     None),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text), expected)


@pytest.mark.parametrize("family,text,absent", ABSENT, ids=case_ids(ABSENT))
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)
