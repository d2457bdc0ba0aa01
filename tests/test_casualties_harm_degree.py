"""An adverb of a harm's degree between a named victim's auxiliary and the participle (session 24, s24-oldcopy;
docs/rules.md "Session 24: casualty claims missed in old and cabled copy"): rule `harm_degree_adverb`
(casualties/named.py, read by the named subjects and the surname grammar of casualties/named_victims.py), as the
counted grammar already reads 'Two soldiers were seriously wounded'. Sentences in the styles of wars in none of the
eval sets (the Crimean War, the Franco-Prussian War, the Greco-Turkish War of 1897); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.named import harm_degree_adverb
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each no claim at the base
    ("Colonel Dufresne was severely wounded before the Malakoff.", ("wounded", 1, 1)),
    ("General Vassilakis was slightly wounded in the left arm at Domokos.", ("wounded", 1, 1)),
    ("Captain Ostrowski and Lieutenant Brand were badly wounded at Gravelotte.", ("wounded", 2, 2)),
    ("Trooper Hallam and Sergeant Abel Kerr both seriously wounded.", ("wounded", 2, 2)),
    # a surname alone, told again
    ("The fort held until noon. Dufresne was critically injured in the sortie.", ("wounded", 1, 1)),
])
def test_a_degree_adverb_before_the_harm_keeps_the_named_victim(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text, claim", [
    # a death: the lexicon's own cue, not a wound
    ("Colonel Dufresne was mortally wounded before the Malakoff.", ("wounded", 1, 1)),
])
def test_a_mortal_wound_is_not_read_as_a_wound_by_the_rule(text, claim):
    assert claim not in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    # no harm: a degree adverb before another participle
    "General Vassilakis was badly beaten at the polls in Athens.",
    "Colonel Dufresne was seriously considered for the command.",
])
def test_no_harm_no_claim(text):
    assert claims_in(text) == []


def test_the_adverbs():
    assert harm_degree_adverb("Gravely") and harm_degree_adverb("badly")
    assert not harm_degree_adverb("reportedly") and not harm_degree_adverb("mortally")
