"""Session 13 (branch s13-sided): victim sides (docs/rules.md, "Session 13: victim sides"). Invented wars in the
styles of none of the eval sets: a Danubian secession, a highland federation's siege, an island republic's coup."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in
from presslens.casualties.town_fired import town_fired_into

DANUBE = Actors([_conflict("varnia", {"sides": {"varnia_gov": "the Varnian state: its army and police",
                                               "vlf": "the Varnian Liberation Front, an armed secessionist group"},
                                     "government_side": "varnia_gov", "rebel_side": "vlf",
                                     "keywords": {"vlf": ["VLF"], "varnia_gov": ["Varnian"]},
                                     "articles": ["example.txt"]})])


def _sides(text: str, reg: Actors = DANUBE) -> list[tuple[str, int, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, reg)]


# rule `town_fired_into`: a town or city fired into is a civilian place, as a village (docs/annotation.md)
@pytest.mark.parametrize("text", [
    "Secessionist gunners fired a salvo of rockets into the town of Orsova overnight, killing seven people.",
    "VLF artillery shelled the provincial capital on Friday, killing 11 people and wounding 40.",
    "The bombardment of the port city of Lugos left nine dead, the mayor said.",
    "Varnian troops pounded the town of Balta with mortars, killing four people, residents said.",
    "Rocket attacks on the city centre killed three people on Sunday.",
    "Shells landed in the eastern outskirts of the city, killing a man and wounding six.",
    "Rebels fired mortars into central Vilnius on Monday, killing five people.",
])
def test_a_town_fired_into_is_a_civilian_place(text):
    sides = _sides(text)
    assert sides and all(side == "civilian" for _cat, _low, side in sides), sides


@pytest.mark.parametrize("text", [
    # a force at the place: its men, its positions, its hold
    "Varnian artillery shelled VLF positions in the town of Orsova, killing 12 people.",
    "Gunners fired rockets into the rebel-held town of Balta, killing nine people.",
    "Mortars hit the town, where troops had dug in, killing six people.",
    "The army bombarded the town of Lugos, held by secessionist fighters since May; 14 people died.",
    # fighting for the town, not fire into it
    "Six people were killed in fighting for the town after it was shelled.",
    # a weapon without a town
    "Air strikes killed 17 people in the province on Tuesday.",
    "Rockets were fired at the border post, killing five people.",
])
def test_a_town_with_a_force_or_fighting_stays_unknown(text):
    assert [side for _cat, _low, side in _sides(text)] == ["unknown"] * len(_sides(text)) and _sides(text)


@pytest.mark.parametrize("text, place", [
    ("gunners fired rockets into the town of orsova, killing seven people.", "town"),
    ("the shelling of the capital killed nine people.", "capital"),
    ("rebels fired mortars into central vilnius, killing five people.", "vilnius"),
    ("the town council met after shells hit the market.", None),
    ("troops in the town were shelled overnight; eight people died.", None),
])
def test_town_fired_into(text, place):
    assert town_fired_into(text) == place


def test_no_casualties_where_a_town_was_fired_into_are_the_town_s():
    text = "The interior ministry said two missiles hit the northern suburbs of the city but caused no casualties."
    assert _sides(text) == [("casualties", 0, "civilian")]


def test_no_casualties_among_a_force_after_fire_on_a_town_stay_the_force_s():
    text = "The interior ministry said rebels shelled the town of Balta, but there were no casualties among its troops."
    assert _sides(text) == [("casualties", 0, "varnia_gov")]


def test_a_ground_attack_launched_on_a_city_is_not_fire_into_it():
    assert town_fired_into("40 people were killed after rebels launched an attack on the city.") is None


# rule `agent_foe` narrowed: the side that did the harm names its foe only for the prisoners it holds; a bare count or
# non-fighters it harmed are not the foe's men (abu-sayyaf, cambodia-khmer-rouge, drc: wrong in three wars)
@pytest.mark.parametrize("text", [
    "VLF gunmen killed 30 ethnic Rusyns in a raid on the hamlet of Dobra.",
    "VLF gunmen rounded up about 15 young men near the bridge.",
    "Varnian troops killed 14 in the hills.",
])
def test_the_agent_s_foe_is_not_read_for_a_bare_count(text):
    assert [side for _cat, _low, side in _sides(text)] != [] and \
        all(side not in ("varnia_gov", "vlf") for _cat, _low, side in _sides(text))


def test_the_prisoners_a_side_holds_are_its_foe_s():
    assert _sides("VLF fighters were holding twelve prisoners, the ministry said.") == [("captured", 12, "varnia_gov")]
