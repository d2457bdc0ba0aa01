"""Casualty claims: a denial that is no denial (casualties/denials.py). Moved from the session-named test files
(tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions unchanged;
the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import records
from war_registries import GENERAL


@pytest.mark.parametrize("text, hedged", [
    ("At least 40 people were killed in the blasts in Stepanakert. Azerbaijan has neither confirmed nor denied "
     "responsibility.", False),
    ("At least 40 people were killed in the blasts in Stepanakert. Azerbaijan did not deny responsibility.", False),
    ("At least 40 people were killed in the blasts in Stepanakert. Azerbaijan denied responsibility.", True),
])
def test_a_non_denial_hedges_nothing(text, hedged):
    recs = records(text, GENERAL, "real_families.txt")
    assert [r["hedged"] for r in recs] == [hedged]
