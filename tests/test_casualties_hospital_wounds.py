"""Casualty claims: people taken to hospital with wounds (casualties/hospital_wounds.py). Moved from the session-named
test files (tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions
unchanged; the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found, claims


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    # -- taken to hospital with wounds -----------------------------------------------------------------------------
    ("hospital_with_wounds", "A passer-by was also sent to the hospital with a wound, police in Bouaké said.",
     [("wounded", 1, 1, None)]),
    ("hospital_with_wounds", "Four gendarmes were evacuated to hospital with shrapnel wounds after the ambush near Man.",
     [("wounded", 4, 4, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("hospital_with_wounds", "The minister was sent to hospital with a fever.", None),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)
