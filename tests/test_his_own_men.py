"""Rule `his_own_men` (casualties.side_rules): a claimant who reports the loss of 'his' men ('five of his bodyguards',
'several members of his squad', 'his forces lost only one man'): in reported speech the singular possessive is the
speaker's, so the victims are the claimant's side. Found in three wars of the dev copy (real13/tolls falklands-1982,
real18/tolls cambodia-1997, real19/tolls cuban-revolution), each left `unknown` or given the other side by the role
of `troops`/`bodyguards`. Invented sentences in an invented war (in none of the eval sets), with its own registry."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in


def _registry() -> Actors:
    spec = {"sides": {"orvan_gov": "the Orvanian state, its army and police",
                      "mlr": "the Movement for Lakeland Renewal, a rebel army"},
            "government_side": "orvan_gov", "rebel_side": "mlr", "articles": ["example.txt"],
            "keywords": {"mlr": ["MLR"], "orvan_gov": ["Orvanian army"]},
            "actors": [{"name": "Tomas Ekwe", "side": "mlr", "kind": "person", "aliases": ["Gen. Tomas Ekwe"]},
                       {"name": "Anna Rusk", "side": "orvan_gov", "kind": "person"}]}
    return Actors([_conflict("orvania", spec)])


def _sides(text: str) -> list[tuple[str, int, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, _registry())]


@pytest.mark.parametrize("text, expected", [
    # a rebel commander's interview: his bodyguards, whatever the state's `troops` word reads as
    ("In an interview on Friday, Gen. Tomas Ekwe said army units captured five of his bodyguards near the lake.",
     [("captured", 5, "mlr")]),
    # his own men as the losers, before a count with no words of its own
    ("Tomas Ekwe said that, despite three days of shelling, his forces lost only two men killed.",
     [("killed", 2, "mlr")]),
    # a state officer speaking of her unit
    ("Colonel Anna Rusk said nine members of her platoon were wounded in the ambush at Kessa.",
     [("wounded", 9, "orvan_gov")]),
])
def test_the_speaker_s_own_men_are_the_speaker_s_side(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the possessive of a conjunct: the rebel commander's bodyguards, not the state speaker's men
    ("Anna Rusk said an MLR commander and three of his bodyguards were killed in the raid.", [("killed", 4, "mlr")]),
    ("Anna Rusk said troops killed an MLR commander and three of his bodyguards.", [("killed", 4, "mlr")]),
    # the losers coordinated with another force: not the speaker's men alone
    ("Tomas Ekwe said that the army and his forces lost only two men killed.", [("killed", 2, "unknown")]),
    # kin are not the speaker's men
    ("Tomas Ekwe said two of his sons were killed when the house was shelled.", [("killed", 2, "unknown")]),
])
def test_not_the_speaker_s_men(text, expected):
    assert _sides(text) == expected
