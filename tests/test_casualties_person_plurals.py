"""The plural of every singular person of the lexicon is a victims' head (session 23, s23-recall; docs/rules.md
"Session 23: casualty claims missed and false on fresh copy"): rule `plural_of_person` (casualties/inflections.py,
read by casualties/lexicon.py). Sentences in the styles of wars in none of the eval sets (the Nigerian civil war, the
Second Boer War, the Laotian civil war); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.inflections import noun_plural, person_plurals
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    ("Federal MiGs strafed the airstrip at Uli, killing four Red Cross pilots.", ("killed", 4, 4)),
    ("The gunboat was sunk near Calabar, killing at least 20 Nigerian crewmen.", ("killed", 20, None)),
    ("Three Biafran captains were captured at the bridge.", ("captured", 3, 3)),
    ("Two island mayors were abducted from Attapeu by the Pathet Lao.", ("captured", 2, 2)),
    ("Three Bonny Islanders lost their lives when the transport went down.", ("killed", 3, 3)),
])
def test_a_plural_of_a_singular_person_heads_the_victims(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    "Four Red Cross pilots flew the night run into Uli.",           # no harm
    "The commando brought back two captains' reports from the front.",  # no harm, a possessive
])
def test_no_harm_no_claim(text):
    assert claims_in(text) == []


def test_the_left_plurals_and_the_spelling():
    lex = load_lexicon()
    assert {"pilots", "crewmen", "mayors", "nephews", "deputies"} <= lex.heads
    assert not {"reporters", "correspondents", "cameramen", "photographers", "majors"} & lex.heads
    assert noun_plural("herdsman") == "herdsmen" and noun_plural("attorney") == "attorneys"
    assert person_plurals(["pilot"], leave=frozenset(["pilots"])) == frozenset()
