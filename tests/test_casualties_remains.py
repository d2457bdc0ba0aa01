"""The dead's remains as their bodies (session 22, s22-recall; docs/rules.md "Session 22: casualty claims missed on
fresh copy"): `remains` beside `bodies` and `corpses` in the lexicon's `noun_of` killed. Sentences in the styles of
wars in none of the eval sets (the Second Boer War, Zanzibar 1964, the Laotian civil war); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, low", [
    ("The remains of 14 Boer prisoners were exhumed near the blockhouse at Vryburg.", 14),
    ("Officials said the remains of the three missing soldiers had been identified in Vientiane.", 3),
    ("The remains of about 200 Arab villagers have been found in a pit outside Stone Town.", 200),
])
def test_remains_of_a_count_are_the_dead(text, low):
    assert ("killed", low) in [(r[0], r[1]) for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    "The remains of two villages were still smouldering on the veld.",
    "The situation remains of concern to 40 governments.",
    "It remains to be seen whether 30 soldiers will return to the garrison.",
])
def test_remains_of_things_or_the_verb_are_no_claim(text):
    assert claims_in(text) == []
