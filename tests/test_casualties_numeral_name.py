"""Rule `numeral_opens_no_name` (casualties/named.py, read by phrases.py `_np`; session 25, s25-recall): a capitalised
run opened by a numeral word or `no` ('Two Kanaks', 'No Pakistani') is a count or a zero of a people, never a
person's name: the named grammar counted it as one person; the counted grammar now reads the count before a cue of
several words ('shot dead', 'gunned down'), as it read it before a one-word cue ('Three Basques killed'). Sentences in
the styles of wars in none of the eval sets (the Anglo-Zulu War, the Russo-Turkish War of 1877-78, the Cretan revolt of
1897); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each read as one named person at the base
    ("Two Zulus shot dead by Natal police at Greytown", ("killed", 2, 2)),
    ("Three Bulgarians gunned down near Tirnovo", ("killed", 3, 3)),
    ("Twelve Cretans stabbed to death in Canea riot", ("killed", 12, 12)),
])
def test_a_numeral_opens_a_count_not_a_name(text, claim):
    assert [r[:3] for r in claims_in(text)] == [claim]


@pytest.mark.parametrize("text", [
    "No Cretan died in the bombardment of Canea.",
    "No Russian was wounded at the crossing.",
])
def test_no_opens_no_named_victim(text):
    assert not any(r[1] == 1 for r in claims_in(text))


@pytest.mark.parametrize("text, claim", [
    # names stay names; a one-word cue after a people's plural was read before the rule
    ("Cetshwayo Kampande was wounded at Ulundi.", ("wounded", 1, 1)),
    ("Osman Nuri and Ahmed Muhtar were killed at Plevna.", ("killed", 2, 2)),
    ("Three Bulgarians killed near Tirnovo", ("killed", 3, 3)),
])
def test_what_the_rule_leaves(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]
