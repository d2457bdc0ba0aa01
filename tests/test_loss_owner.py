"""Rule `loss_owner` (casualties.loss_verbs): a bare toll whose loser a verb of loss names where the sufferer rules'
lists lacked the verb: `incur` in any form, `suffer`/`sustain` as infinitive or present, the first object of
`cost`, an advance 'halted with' its losses. Found in four wars of the dev copy (suez-1956 'incurred', nathu-la-1967
'had to suffer the loss of 300 lives', vietnam-war 'cost the government 235 casualties', cuban-revolution 'were
halted with heavy casualties'). Invented sentences in an invented war between two states (in none of the eval
sets), with its own registry."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in


def _registry() -> Actors:
    spec = {"sides": {"astoria": "the Astorian state and its army", "bremia": "the Bremian state and its army"},
            "countries": {"astoria": ["Astoria"], "bremia": ["Bremia"]}, "articles": ["example.txt"],
            "keywords": {"astoria": ["Astorian troops", "Astorian army", "Astorian"],
                         "bremia": ["Bremian troops", "Bremian army", "Bremian"]}}
    return Actors([_conflict("astoria-bremia", spec)])


def _sides(text: str) -> list[tuple[str, object, str]]:
    return [(cat, low if low is not None else vague, side)
            for cat, low, _high, vague, side in claims_in(text, _registry())]


@pytest.mark.parametrize("text, expected", [
    ("Bremian marines on the Kell estuary incurred some 60 casualties before dawn, the communique said.",
     [("casualties", 60, "bremia")]),
    ("The Astorian army had to suffer the loss of 120 lives in the crossing of the Vell.",
     [("killed", 120, "astoria")]),
    ("Two night raids on the ridge cost the Bremian army an estimated 90 casualties.",
     [("casualties", 90, "bremia")]),
    ("Astorian troops advanced toward Kell but were halted with heavy casualties.",
     [("casualties", "heavy", "astoria")]),
])
def test_the_loser_of_a_verb_of_loss_owns_the_toll(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text", [
    # the toll has words of its own: not this rule's (the role of the victims decides)
    "The shelling of Kell cost the lives of 40 civilians.",
    # 'cost' with no loser before the toll
    "The raid on the Kell bridge cost 30 lives.",
    # a clause boundary between the subject and the toll: 'Astorian' is no subject of the loss
    "Astorian guns pounded the port, and the crossing incurred, officials said, about 70 casualties.",
])
def test_no_loser_named_by_the_verb_leaves_the_toll_to_other_rules(text):
    assert all(side != "astoria" and side != "bremia" for _c, _n, side in _sides(text))
