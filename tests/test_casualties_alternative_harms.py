"""Rule `alternative_harm_verbs` (casualties/phrases.py, session 25, s25-recall; docs/rules.md "Session 25: casualty
claims missed and false on the newest copy"): two active harm verbs of different categories joined by `or` before one
count are one count of `casualties`, exact or vague, the captured among them; `and` keeps the older reading
(`verbs_counted_together`: an exact count of the killed and the wounded is casualties, a vague amount keeps the last
verb's category). Sentences in the styles of wars in none of the eval sets (the Russo-Turkish War of 1877-78, the War
of the Pacific, the Third Carlist War); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each read with the last verb's category at the base
    ("The Russian batteries opened on the redoubt, killing or wounding hundreds of Turks.",
     ("casualties", None, None, "hundreds")),
    ("The Chilean cavalry charged the flank, killing or capturing many of the enemy.",
     ("casualties", None, None, "many")),
    ("The Carlist bands fell on the convoy, killing or capturing 140 soldiers of the line.",
     ("casualties", 140, 140, None)),
    ("Peruvian gunners swept the beach, wounding or capturing dozens of marines.",
     ("casualties", None, None, "dozens")),
    # exact counts of the killed or wounded were casualties already: unchanged
    ("The Turks claimed to have killed or wounded 800 Russians before Plevna.",
     ("casualties", 800, 800, None)),
])
def test_verbs_joined_by_or_share_one_count(text, claim):
    assert claim in [r[:4] for r in claims_in(text)]


@pytest.mark.parametrize("text, claim", [
    # `and`: a vague amount is said of each verb, the last verb's category (the older reading)
    ("The Carlists raided Estella, killing and wounding dozens of townsmen.", ("wounded", None, None, "dozens")),
    # one verb, or two verbs of one category: no casualties
    ("The Chilean cavalry charged, capturing 300 soldiers.", ("captured", 300, 300, None)),
    ("The bashi-bazouks fell on the village, killing or massacring 60 villagers.", ("killed", 60, 60, None)),
])
def test_what_the_rule_does_not_take(text, claim):
    rows = [r[:4] for r in claims_in(text)]
    assert claim in rows
    assert not any(r[0] == "casualties" for r in rows)
