"""Victim sides stated by words the earlier rules did not read (issue 11, "Sides"; session 5's families, counted in
eval/real/CASUALTY_ERRORS.md "Victim-side errors (session 5)"): the group after the victims' head
(`member_of_group`), an allied force's word that one side's registry description uses (`auxiliary_described`), a
named victim given by surname only (`surname_side`), peacekeepers with a nationality and a UN mission's troops
(`peacekeepers_un`). Sentences are written in the styles of wars in none of the eval sets (Bosnia in the 1990s,
Northern Ireland, Peru, Nepal, Angola, Western Sahara, Chad, Algeria); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import VICTIM_SIDE, columns
from presslens.actors import Actors, _conflict


def _sides(text: str, reg: Actors, article: str = "s5.txt") -> list[tuple]:
    return columns(text, VICTIM_SIDE, actors=reg, article=article)


BOSNIA = Actors([_conflict("bosnia", {"articles": ["s5.txt"],
    "sides": {"arbih": "the Army of the Republic of Bosnia and Herzegovina (ARBiH) and the Bosnian police",
              "vrs": "the Bosnian Serb Army (VRS), Serb paramilitary volunteers and the Serb police",
              "hvo": "the Croatian Defence Council (HVO) and its militia"},
    "government_side": "arbih",
    "keywords": {"arbih": ["ARBiH", "Bosnian army"], "vrs": ["VRS", "Bosnian Serb"], "hvo": ["HVO", "Bosnian Croat"]},
    "actors": [{"name": "Zoran Vukadinovic", "side": "vrs", "kind": "person", "role": "VRS brigade commander"},
               {"name": "Edin Hadzic", "side": "arbih", "kind": "person", "role": "ARBiH corps spokesman"}]})])
ULSTER = Actors([_conflict("ulster", {"articles": ["s5.txt"],
    "sides": {"crown": "the British state in Northern Ireland: army, RUC police and the Ulster Defence Regiment",
              "pira": "the Provisional IRA: its volunteers, units and brigades"},
    "government_side": "crown", "rebel_side": "pira",
    "keywords": {"crown": ["RUC", "British army", "UDR"], "pira": ["IRA", "Provisional IRA", "Provos"]}})])
CHAD = Actors([_conflict("chad", {"articles": ["s5.txt"],
    "sides": {"chad_gov": "the Chadian state: the army (ANT), gendarmerie and allied nomad guards",
              "fact": "the Front for Change and Concord in Chad (FACT): rebel columns and fighters"},
    "government_side": "chad_gov", "rebel_side": "fact",
    "keywords": {"chad_gov": ["ANT", "Chadian army", "N'Djamena"], "fact": ["FACT"]},
    "actors": [{"name": "MINURCAT", "aliases": ["UN mission in Chad"], "side": "un", "kind": "org"},
               {"name": "Sudanese Armed Forces", "aliases": ["Sudanese troops"], "side": "chad_gov", "kind": "org"}]})])
ALGERIA = Actors([_conflict("algeria", {"articles": ["s5.txt"],
    "sides": {"alg_gov": "the Algerian state: army, gendarmerie, police and the armed self-defence groups "
                         "(patriots, communal guards, militia)",
              "gia": "the Armed Islamic Group (GIA) and its emirs and militants"},
    "government_side": "alg_gov", "rebel_side": "gia",
    "keywords": {"alg_gov": ["Algerian army", "gendarmerie", "patriots"], "gia": ["GIA", "Armed Islamic Group"]}})])


@pytest.mark.parametrize("text, reg, expected", [
    # the second of two listed counts: its group is told after 'of', past the head the parse stops at
    ("Six gendarmes and four members of the village patriots unit also died in the attack.", ALGERIA,
     [("killed", 6, "alg_gov"), ("killed", 4, "alg_gov")]),
    ("Two RUC officers and three members of the Provisional IRA's Armagh brigade also died.", ULSTER,
     [("killed", 2, "crown"), ("killed", 3, "pira")]),
    # a vague count whose group is a registry name
    ("Gendarmes said several members of the Armed Islamic Group had been arrested near Medea.", ALGERIA,
     [("captured", None, "gia")]),
    # already told by the registry name inside the parse: unchanged
    ("Bosnian radio said six members of the HVO were killed near Vitez.", BOSNIA, [("killed", 6, "hvo")]),
])
def test_member_of_group(text, reg, expected):
    assert _sides(text, reg) == expected


def test_member_of_group_leaves_a_family_civilian_and_a_partitive_alone():
    # 'members of the same family' stay civilians; 'of them' is the partitive's, not a group's
    assert _sides("Four members of one family were killed when a shell hit their house in Gorazde.", BOSNIA) == \
        [("killed", 4, "civilian")]


@pytest.mark.parametrize("text, reg, expected", [
    # Chad: 'nomad guards' are the state's allies by the registry's own description
    ("FACT columns killed 14 soldiers and seven nomad guards near Mao.", CHAD,
     [("killed", 14, "chad_gov"), ("killed", 7, "chad_gov")]),
    # Bosnia: Serb 'volunteers' and the HVO's 'militia' (each in one side's description)
    ("Bosnian army units said they had killed 23 volunteers near Doboj.", BOSNIA, [("killed", 23, "vrs")]),
    ("Nine militiamen were wounded when Bosnian army units attacked Busovaca.", BOSNIA, [("wounded", 9, "hvo")]),
    # Algeria: 'militia' is the state's self-defence groups here, not the rebel side the role lexicon gives
    ("Five militiamen were killed by GIA fighters near Blida.", ALGERIA, [("killed", 5, "alg_gov")]),
])
def test_auxiliary_described(text, reg, expected):
    assert _sides(text, reg) == expected


def test_auxiliary_word_in_two_descriptions_decides_nothing():
    reg = Actors([_conflict("angola", {"articles": ["s5.txt"],
        "sides": {"faa": "the Angolan army and allied militia", "unita": "UNITA and its militia"},
        "government_side": "faa", "rebel_side": "unita", "keywords": {"faa": ["FAA"], "unita": ["UNITA"]}})])
    # 'militia' in both descriptions: the role lexicon's non-state default stands
    assert _sides("Twelve militiamen were killed near Cuito, the FAA said.", reg) == [("killed", 12, "unita")]


@pytest.mark.parametrize("text, expected", [
    ("Serb radio confirmed Vukadinovic's death on Sunday.", [("killed", 1, "vrs")]),
    ("The corps mourned Hadzic's death in a statement from Tuzla.", [("killed", 1, "arbih")]),
])
def test_surname_side(text, expected):
    assert _sides(text, BOSNIA) == expected


def test_surname_of_two_registry_people_gives_no_side():
    reg = Actors([_conflict("nepal", {"articles": ["s5.txt"],
        "sides": {"army": "the Royal Nepal Army", "maoists": "the Maoist rebels"},
        "keywords": {"maoists": ["Maoist"], "army": ["Royal Nepal Army"]},
        "actors": [{"name": "Ram Bahadur Thapa", "side": "maoists", "kind": "person"},
                   {"name": "Gopal Thapa", "side": "army", "kind": "person"}]})])
    assert _sides("The party confirmed Thapa's death in Rolpa on Tuesday.", reg) == [("killed", 1, "unknown")]


@pytest.mark.parametrize("text, expected", [
    # a nationality before 'peacekeeper' names the contributing country, not the side its other troops fight on
    ("Rebels ambushed a convoy near Abeche, killing a Sudanese peacekeeper.", [("killed", 1, "un")]),
    # a UN mission's name before a force noun
    ("Four MINURCAT troops were wounded when their patrol hit a mine near Goz Beida.", [("wounded", 4, "un")]),
    # the registry's bilateral troops stay the government's
    ("Two Sudanese troops were killed in the fighting near Adre, N'Djamena said.", [("killed", 2, "chad_gov")]),
])
def test_peacekeepers_nationality_and_mission(text, expected):
    assert _sides(text, CHAD) == expected


ANGOLA = Actors([_conflict("angola", {"articles": ["s5.txt"],
    "sides": {"faa": "the Angolan state: the armed forces (FAA) and police", "unita": "UNITA and its guerrillas"},
    "government_side": "faa", "rebel_side": "unita",
    "keywords": {"faa": ["FAA", "Luanda"], "unita": ["UNITA", "Jamba"]}})])
#: a war of two states: unnamed 'troops' default to the government side
FALKLANDS = Actors([_conflict("falklands", {"articles": ["s5.txt"],
    "sides": {"uk": "the British state and its task force", "argentina": "the Argentine state and its forces"},
    "government_side": "uk", "keywords": {"uk": ["British", "London"], "argentina": ["Argentine", "Buenos Aires"]}})])


@pytest.mark.parametrize("text, expected", [
    # a pronoun loser right after a named group and 'that': the group's side, not the army's
    ("Army signallers overheard UNITA radio operators that they had lost nine of their men, an FAA statement said.",
     [("killed", 9, "unita")]),
    # 'acknowledged suffering ... losses': the sufferer's side
    ("UNITA acknowledged suffering heavy losses near Cuito and called for a truce.", [("casualties", None, "unita")]),
])
def test_own_losses_told_by_pronoun_or_suffering(text, expected):
    assert _sides(text, ANGOLA) == expected


def test_possessor_named():
    # a possessive in the victims' words: the side named last before the claim (no claimant's side to give it),
    # not the government side that unnamed 'troops' default to
    text = "The figure contrasts with Buenos Aires's widely disputed claim that just over 300 of its troops had died."
    assert _sides(text, FALKLANDS) == [("killed", 301, "argentina")]


@pytest.mark.parametrize("text, expected", [
    # a bare generic force count after a named side's count in the sentence: the same group, not the rebel side
    # that 'militants' give by default (Chad, 1983: Habre's FAN hold N'Djamena, the GUNT is the rebel side)
    ("GUNT radio said 85 FAN fighters were shot dead and seven militants were captured near Faya.",
     [("killed", 85, "fan"), ("captured", 7, "fan")]),
    # another kind of force keeps its own default side
    ("GUNT radio said 85 FAN fighters were shot dead and seven soldiers were wounded near Faya.",
     [("killed", 85, "fan"), ("wounded", 7, "fan")]),
    # 'rebels' name the state's foes: the rebel side, whatever was named before
    ("GUNT radio said 85 FAN fighters were shot dead and seven rebels were wounded near Faya.",
     [("killed", 85, "fan"), ("wounded", 7, "gunt")]),
])
def test_generic_after_named(text, expected):
    chad_1983 = Actors([_conflict("chad-1983", {"articles": ["s5.txt"],
        "sides": {"fan": "Hissene Habre's Armed Forces of the North (FAN), holding N'Djamena",
                  "gunt": "the GUNT coalition of rebel factions"},
        "government_side": "fan", "rebel_side": "gunt", "keywords": {"fan": ["FAN"], "gunt": ["GUNT"]}})])
    assert _sides(text, chad_1983) == expected
