"""Rule `toll_owner_before`'s session-23 reach (casualties.side_continuation): the owner of a toll's noun across an
adverbial before its verb ('the Finnish losses during the conflict amounted to', rule
`toll_owner_past_adverbial`), named by a kind of force rather than the registry ('the army casualties', rule
`toll_owner_role`), the singular 'loss', and a headline deck's sentence end inside one 'sentence'. Found in
winter-war-1939-1940, malayan-emergency and philippine-american-war. Invented sentences in the manner of the Aden
emergency (1963-1967) and of an invented war between two states, in none of the eval sets, with their own
registries."""
from __future__ import annotations

import pytest

from presslens.actors import Actors
from presslens.casualties.rules import claims_in

from war_registries import aden, two_states


def _sides(text: str, reg: Actors) -> list[tuple[str, object, str]]:
    return [(cat, low if low is not None else vague, side) for cat, low, _high, vague, side in claims_in(text, reg)]


@pytest.mark.parametrize("text, expected", [
    # a kind of force owns the toll (rule `toll_owner_role`), across an adverbial before the verb
    ("The army casualties since the troubles began were given as 14 killed and 60 wounded.",
     [("killed", 14, "uk"), ("wounded", 60, "uk")]),
    ("Rebel losses since the Radfan operation began were estimated at 40.", [("casualties", 40, "nlf")]),
    # a registry side owns the toll across an adverbial (rule `toll_owner_past_adverbial`)
    ("The High Commission said that the British losses during the Radfan campaign amounted to 23 men.",
     [("casualties", 23, "uk")]),
    # the singular noun, after a headline deck's sentence end
    ("Grenades Thrown at Crater Patrol. British Loss Was Three Wounded.", [("wounded", 3, "uk")]),
])
def test_the_owner_of_the_toll_noun_owns_the_count(text, expected):
    assert _sides(text, aden()) == expected


@pytest.mark.parametrize("text, reg, expected", [
    # two states at war: 'army' is either's
    ("The army casualties since the offensive began were given as 30 killed.", two_states(),
     [("killed", 30, "unknown")]),
    # civilians own the toll: no force's side
    ("Civilian casualties since the curfew began were put at 12.", aden(), [("casualties", 12, "civilian")]),
    # the adverbial names the other side, the owner is none: no side from the adverbial
    ("The losses during the NLF attack were put at nine.", aden(), [("casualties", 9, "unknown")]),
])
def test_no_owner_no_side(text, reg, expected):
    assert _sides(text, reg) == expected
