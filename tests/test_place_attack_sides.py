"""Victims of attacks on places and of violence (docs/annotation.md, "Settled in session 17: victims of attacks on
places"; docs/rules.md, "Session 17: victims of attacks on places"). Invented wars in the styles of none of the eval
sets: a river delta's communal war between two peoples' militias, and a highland republic against its rebels."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

#: a communal war between two militias, no state side among the warring
DELTA = Actors([_conflict("delta", {
    "sides": {"orun": "the Orun Youth militia and its armed men", "kessa": "the Kessa Defence Brigades"},
    "keywords": {"orun": ["Orun Youth"], "kessa": ["Kessa Brigades"]},
    "articles": ["example.txt"]})])
#: a state against rebels in its highlands
HIGHLAND = Actors([_conflict("highland", {
    "sides": {"vardo": "the Republic of Vardo: its army and police", "kmf": "the Kallen Mountain Front: its rebels"},
    "government_side": "vardo", "rebel_side": "kmf",
    "keywords": {"vardo": ["Vardan army"], "kmf": ["KMF", "Kallen rebels"]},
    "articles": ["example.txt"]})])


def _sides(text: str, reg: Actors | None) -> list[tuple[str, int | None, str]]:
    from presslens.casualties.rules import claims_in
    return [(cat, low if low is not None else high, side) for cat, low, high, _vague, side in claims_in(text, reg)]


# the settled split, the guide's place rows (kept): an attack ON a village, a camp, a town or a district by a force
# makes its `people` civilians
@pytest.mark.parametrize("text, reg, expected", [
    ("Kessa Brigades gunmen raided the fishing village of Ebure before dawn, killing 14 people.", DELTA,
     ("killed", 14, "civilian")),
    ("Rebels shelled the town of Molsk on Friday, killing nine people and wounding 30.", HIGHLAND,
     ("killed", 9, "civilian")),
    ("A jet bombed the displacement camp at Tirra. Eleven people were killed, a nurse said.", HIGHLAND,
     ("killed", 11, "civilian")),
])
def test_attacks_on_places_kill_civilians(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


# ... and fighting IN or FOR the place between forces is a toll of fighting (rule `toll_of_fighting`, kept)
@pytest.mark.parametrize("text, reg, expected", [
    ("Twenty people were killed in fierce clashes in the market town of Obiri on Sunday.", DELTA,
     ("killed", 20, "unknown")),
    ("At least 60 people died in the battle for the district, a hospital official said.", HIGHLAND,
     ("killed", 60, "unknown")),
])
def test_fighting_in_a_place_is_a_toll_of_fighting(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


# rule `toll_of_violence`: people harmed in violence, unrest or riots, where a civilian place alone made them civilian
@pytest.mark.parametrize("text, reg, expected", [
    ("Orun Youth fighters burned homes in the waterfront quarter of Ebure. At least 40 were killed and 75 were "
     "wounded in the renewed violence, the governor said.", DELTA, ("killed", 40, "unknown")),
    ("Militiamen looted homes in the river town of Kpa. Ethnic unrest claimed 12 lives there on Monday.", DELTA,
     ("killed", 12, "unknown")),
    ("Market stalls and homes were set ablaze in Obiri, where the wave of communal violence that has now claimed "
     "nearly 200 lives began.", DELTA, ("killed", 200, "unknown")),
])
def test_people_harmed_in_violence_are_a_toll_of_fighting(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


# what `toll_of_violence` must leave alone: an attack on the place told as the harm, civilians named, violence far
# from the harm, and violence as a word of no harm
@pytest.mark.parametrize("text, reg, expected", [
    # the harm is the attack on the villages; 'violence' is a fear of more
    ("Eight people died and dozens of homes were burned in attacks on three villages, raising fears of an upsurge "
     "in violence in the delta.", DELTA, ("killed", 8, "civilian")),
    # a strike on a hospital during the violence: the hospital was the target
    ("At least one person was killed in a rocket attack on the main hospital in Molsk during an upsurge of "
     "violence.", HIGHLAND, ("killed", 1, "civilian")),
    # civilians named as such
    ("Eleven civilians were killed in the violence in the river town of Kpa.", DELTA, ("killed", 11, "civilian")),
    # a church stormed: the violence word names who is blamed, not the harm
    ("Seven people were killed when gunmen stormed a church in the village of Obiri, police said, blaming the "
     "violence on Orun Youth.", DELTA, ("killed", 7, "civilian")),
])
def test_attacks_on_places_in_a_time_of_violence_stay_civilian(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)
