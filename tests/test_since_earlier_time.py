"""An earlier time after `since` starts a period that runs to now (casualties.claims._earlier_war): the sentence's
counts are of this war, not of the earlier one it names. 'the first such attack since the 1970s', 'the deadliest
since World War II', 'civil war since the early 1990s has left 200,000 dead'. Before, any decade, `Soviet` or `world
war` in a sentence dropped every count in it as a toll of an earlier war. Found on eval/real10 (1994 copy of an
uprising) after its blind measurement; invented sentences here, in wars in none of the eval sets."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, expected", [
    ("At least 23 people were killed in the raid, the first such attack on the island since the 1980s.",
     [("killed", 23)]),
    ("Nine soldiers died in the ambush near Varnok, the deadliest attack on the army since World War II.",
     [("killed", 9)]),
    ("A rebellion that has run since the early 1970s has left an estimated 40,000 people dead.",
     [("killed", 40000)]),
    ("Eleven villagers were wounded, the worst violence since the end of the 1998 war, officials said.",
     [("wounded", 11)]),
])
def test_counts_after_a_comparison_with_an_earlier_time_are_found(text, expected):
    assert [(cat, low) for cat, low, _high, _vague, _side in claims_in(text)] == expected


@pytest.mark.parametrize("text", [
    "In the 1990s, some 200,000 people were killed in the first civil war.",
    "During the 1984 war 35,000 soldiers died on both sides.",
    "The movement is the largest since a 2016 accord ended a war that killed some 70,000 people.",
])
def test_tolls_of_an_earlier_war_stay_out(text):
    assert claims_in(text) == []
