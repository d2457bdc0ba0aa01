"""Lexicon `victim_heads`: people nouns of general English missing until session 27 (s27-recall; docs/rules.md
"Session 27"): the members of a plot (`plotters`, `conspirators`, `putschists`, `ringleaders`), a state's or a
movement's `agents`, and the `holdouts` of a force. A head missing from the list loses the whole claim where the
grammar needs the victims' head (an active verb's object, a companion after `along with`, a noun's `of` phrase).
Sentences in the styles of wars in none of the eval sets (the Second World War's Eastern Front, the Decembrist
revolt, the Indian Rebellion of 1857, the Greek War of Independence); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each no claim at the base
    ("Partisans killed three enemy agents near Smolensk.", ("killed", 3, 3)),
    ("Police arrested five ringleaders of the mutiny at Meerut.", ("captured", 5, 5)),
    ("The general reported the surrender of 200 holdouts in the hills above Missolonghi.", ("surrendered", 200, 200)),
    ("Troops killed 14 putschists in the square, the ministry said.", ("killed", 14, 14)),
    ("Nine guards were killed at the fortress, along with 12 of the conspirators.", ("killed", 12, 12)),
])
def test_a_people_noun_heads_the_victims(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    # agents that are no people, and people not harmed
    "The army said nerve agents were used in the attack on the village.",
    "Four agents of the insurance company were in the town.",
    "The plotters met 12 times in the barracks at St Petersburg.",
])
def test_no_harm_no_claim(text):
    assert claims_in(text) == []
