"""Lexicon `singular_persons` (session 28, s28-recall): the singulars of victims' heads the list lacked, people nouns
of one sense only (`One infiltrator was captured`, `An intruder was shot dead`). A singular missing from the list loses
the single-person claim that its plural would give. Sentences in the styles of wars in none of the eval sets (the
Rhodesian border war's cross-border raids, the Cyprus Emergency's EOKA, the Aden Emergency); names and places are
invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    ("One infiltrator was captured near the Chirundu bridge.", ("captured", 1, 1)),
    ("An intruder was killed when the patrol opened fire at Kyrenia.", ("killed", 1, 1)),
    ("A smuggler was wounded in the exchange of fire on the Aden road.", ("wounded", 1, 1)),
    ("A pilgrim was killed when the grenade was thrown.", ("killed", 1, 1)),
    ("One raider was captured and three escaped across the river.", ("captured", 1, 1)),
])
def test_one_person_by_a_singular_head(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    "The intruder alarm was sounded at the depot in Famagusta.",
    "One passenger train was delayed by the strike in Crater.",
    "The smuggler's route runs along the border.",
])
def test_no_person_harmed(text):
    assert claims_in(text) == []
