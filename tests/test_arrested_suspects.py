"""Rule `arrested_suspects` (casualties.sides_generic): people the state arrests or detains, told by no words of their
own, are held as the armed group's (the registry's non-state side). Found on three dev sets of three wars (real7/troops,
real9/roles, real9/counts: 'two suspects were arrested', 'arrested four individuals', 'arrested 15 key ring leaders'),
each left `unknown`. Invented sentences in invented wars (in none of the eval sets)."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in


def _registry(**extra) -> Actors:
    spec = {"sides": {"varn_gov": "the Varnessan state, its police and army",
                      "kfl": "the Kessel Freedom League, an armed separatist group"},
            "government_side": "varn_gov", "rebel_side": "kfl", "articles": ["example.txt"],
            "keywords": {"kfl": ["KFL"], "varn_gov": ["Varnessan"]}}
    spec.update(extra)
    return Actors([_conflict("varnessa", spec)])


def _sides(text: str, reg: Actors | None = None) -> list[tuple[str, int, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, reg or _registry())]


@pytest.mark.parametrize("text, expected", [
    # wire style: a passive arrest, the claimant the police
    ("Police in Orsk said three suspects were arrested after the bombing of the rail depot.", [("captured", 3, "kfl")]),
    # state broadcaster style: the authorities as agent, 'people' with no words of their own
    ("Varnessan authorities have arrested 11 people over Sunday's ambush on a border convoy, state radio said.",
     [("captured", 11, "kfl")]),
    # a defence ministry communique: units detaining supporters of the armed group
    ("Army units detained six individuals suspected of supplying the insurgents near Tervola, the ministry said.",
     [("captured", 6, "kfl")]),
    # a police chief speaking: leaders in custody
    ('"We have so far arrested 20 leaders of the unrest," the regional police chief told reporters.',
     [("captured", 20, "kfl")]),
])
def test_the_state_s_arrests_are_the_armed_group_s(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text", [
    # the victims' own words decide: journalists, protesters are civilians
    "Police detained 14 journalists covering the protest in Orsk, their union said.",
    "Police arrested 40 protesters outside the governor's office in Tervola on Friday.",
])
def test_victims_with_words_of_their_own_keep_them(text):
    assert [side for _cat, _low, side in _sides(text)] == ["civilian"]


def test_an_arrest_by_the_armed_group_is_not_the_state_s():
    """'KFL fighters detained 9 people': hostages taken by the group, not its suspects."""
    assert [side for _c, _l, side in _sides("KFL fighters detained nine people at a roadblock near Orsk.")] != ["kfl"]


def test_abductions_are_not_arrests():
    """An armed group abducts, kidnaps, takes hostage: not the lawful verbs the rule reads."""
    assert [side for _c, _l, side in _sides("Gunmen abducted 12 people from a bus near Tervola, police said.")] != ["kfl"]


def test_without_a_registry_the_arrested_stay_unknown():
    assert [side for _c, _l, _h, _v, side in claims_in("Police said three suspects were arrested in Orsk.")] == ["unknown"]
