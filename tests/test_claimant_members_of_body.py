"""Rule `members_of_body` (casualties.claimant_names; docs/rules.md "Session 19: claimants"): a claimant phrase that
names a registry body's members or one of its units ('Fighters of the Popular Front ...', 'doctors of the ... Relief
Society', a unit ('11 Mechanised Battalion of')) is the body, as the golds write it (3 wars: dev2,
niger-delta, ghana-bawku). Sentences invented in the styles of the Dhofar rebellion and the Aden emergency (wars in
none of the eval sets); every name invented. Left alone: a singular person of the body ('a spokesman of'), the
body's people who only speak for it ('officials of', 'residents of'), a tail that is no registry body (a place)."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, assert_among, case_ids, columns
from presslens.actors import Actors, _conflict
from presslens.casualties.claimant_names import members_body
from presslens.casualties.sides import SideWords

DHOFAR = Actors([_conflict("dhofar", {
    "sides": {"oman_gov": "the Omani state: the sultan, the Sultan's Armed Forces",
              "front": "the Popular Front for the Liberation of the Gulf, leftist guerrillas",
              "aid": "relief agencies"},
    "government_side": "oman_gov", "rebel_side": "front",
    "actors": [
        {"name": "Popular Front for the Liberation of the Gulf", "aliases": ["PFLG"], "side": "front", "kind": "org"},
        {"name": "Sultan's Armed Forces", "aliases": ["SAF"], "side": "oman_gov", "kind": "org"},
        {"name": "Gulf Relief Society", "side": "aid", "kind": "org"},
        {"name": "Salim Harthy", "side": "oman_gov", "kind": "person", "role": "army spokesman"}]})])


def claimants(text: str) -> list[tuple]:
    """(category, low, claimant) of each claim of `text` with the Dhofar registry and the quote rows it gives."""
    return columns(text, CLAIMANT, actors=DHOFAR, article="members.txt", quotes=True)


# (family, text, [(category, low, claimant)] that must be among the claims)
CASES = [
    ("fighters_of_the_front", "Fighters of the Popular Front for the Liberation of the Gulf said they killed 12 "
     "soldiers near Salalah on Sunday.", [("killed", 12, "Popular Front for the Liberation of the Gulf")]),
    ("doctors_of_the_society", "Doctors of the Gulf Relief Society said 9 villagers were wounded in the shelling of "
     "Mirbat.", [("wounded", 9, "Gulf Relief Society")]),
    ("according_to_the_members", "At least 20 soldiers were killed in the ambush at Rakhyut, according to guerrillas "
     "of the Popular Front for the Liberation of the Gulf.", [("killed", 20, "Popular Front for the Liberation of the Gulf")]),
    # left alone: a singular person of the body, the body's officials, a place after 'of'
    ("a_spokesman_of", "A spokesman of the Gulf Relief Society said 9 villagers were wounded in Mirbat.",
     [("wounded", 9, "a spokesman of the Gulf Relief Society")]),
    ("residents_of_a_place", "Residents of Taqah said 7 people were killed when the market was shelled.",
     [("killed", 7, "residents of Taqah")]),
]


@pytest.mark.parametrize("family, text, expected", CASES, ids=case_ids(CASES))
def test_members_of_body(family, text, expected):
    assert_among(family, claimants(text), expected)


@pytest.mark.parametrize("head, tail, expected", [
    ("Fighters of", "the Popular Front for the Liberation of the Gulf", "Popular Front for the Liberation of the Gulf"),
    ("11 Mechanised Battalion of", "the Sultan's Armed Forces", "Sultan's Armed Forces"),
    ("officials of", "the Sultan's Armed Forces", None),       # the body's people who speak for it: kept as written
    ("a member of", "the Popular Front for the Liberation of the Gulf", None),    # a singular person
    ("sources in", "the Sultan's Armed Forces", None),          # not 'of'
    ("troops of", "Salim Harthy", None),                        # a person is no body
    ("soldiers of", "the Aden garrison", None),                 # no registry name
])
def test_members_body_function(head, tail, expected):
    actor = members_body(head.split(), tail, SideWords(view=DHOFAR))
    assert (actor.name if actor is not None else None) == expected
