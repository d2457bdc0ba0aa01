"""Rule `noun_after_participle` (casualties.participle_head): a count's phrase that stopped at a participle of harm
('85 dead' of '85 dead Peshmerga fighters') gets its victims from the noun phrase right after the participle. Found
in kirkuk-2017, new-caledonia-ouvea-1988 and lahad-datu-2013 of the dev copy. Invented sentences in the manner of
the Aden emergency (1963-1967) and of an invented war between two states, in none of the eval sets."""
from __future__ import annotations

import pytest

from presslens.actors import Actors
from presslens.casualties.rules import claims_in

from war_registries import aden, two_states


def _sides(text: str, reg: Actors) -> list[tuple[str, object, str]]:
    return [(cat, low if low is not None else vague, side) for cat, low, _high, vague, side in claims_in(text, reg)]


@pytest.mark.parametrize("text, reg, expected", [
    ("A military spokesman said 14 dead NLF gunmen were carried down from the Radfan.", aden(),
     [("killed", 14, "nlf")]),
    ("The photographs showed the six dead British soldiers at Sheikh Othman.", aden(), [("killed", 6, "uk")]),
    ("Medics treated nine wounded rebel fighters after the raid on Crater, the army said.", aden(),
     [("wounded", 9, "nlf")]),
    ("Bremian television showed 40 captured Astorian soldiers near the river.", two_states(),
     [("captured", 40, "astoria")]),
])
def test_the_noun_after_the_participle_names_the_victims(text, reg, expected):
    assert _sides(text, reg) == expected


@pytest.mark.parametrize("text, reg, expected", [
    # a time word after the participle: no noun
    ("The army said 12 dead yesterday were buried at Dhala.", aden(), [("killed", 12, "unknown")]),
    # a kind of force in a war of two states: either state's
    ("Television showed 30 dead army officers near the river.", two_states(), [("killed", 30, "unknown")]),
    # a verb after the participle, not a noun
    ("Nurses said 31 wounded come through the doors each night.", aden(), [("wounded", 31, "unknown")]),
])
def test_no_noun_no_side(text, reg, expected):
    assert _sides(text, reg) == expected
