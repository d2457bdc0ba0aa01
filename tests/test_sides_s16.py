"""Session 16 (branch s16-sided): victim sides (docs/rules.md, "Session 16: victim sides"). Invented wars in the
styles of none of the eval sets: a lagoon archipelago's separatist war (the Corvan state against the Telmiri
front), a mountain emirate's succession war between two clans, and a frontier war between two republics."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

#: a separatist war whose two peoples are also its sides' nationals ('Corvanians', 'Telmiris')
LAGOON = Actors([_conflict("lagoon", {
    "sides": {"corva": "the Corvan state: its government, navy and the Corvanian police",
              "telmir": "the Telmiri Liberation Front: Telmiri fighters and their commanders"},
    "government_side": "corva", "rebel_side": "telmir",
    "keywords": {"corva": ["Corvan navy", "Corvanian police"], "telmir": ["TLF", "Telmiri fighters"]},
    "articles": ["example.txt"]})])
#: a war between two clans' armed bands in an emirate, no state side among the warring
EMIRATE = Actors([_conflict("emirate", {
    "sides": {"hazrun": "the Hazrun clan's guard and its militiamen", "besha": "the Besha clan's armed men"},
    "keywords": {"hazrun": ["Hazrun guard"], "besha": ["Besha gunmen"]},
    "articles": ["example.txt"]})])
#: two republics at war
FRONTIER = Actors([_conflict("dravin-sollet", {
    "sides": {"dravin": "the Republic of Dravin: its government and army",
              "sollet": "the Sollet Republic: its government and army"},
    "countries": {"dravin": ["Dravin"], "sollet": ["Sollet"]},
    "government_side": "dravin", "rebel_side": "sollet",
    "articles": ["example.txt"]})])


def _sides(text: str, reg: Actors | None) -> list[tuple[str, int | None, str]]:
    from presslens.casualties.rules import claims_in
    return [(cat, low if low is not None else high, side) for cat, low, high, _vague, side in claims_in(text, reg)]


# rule `nationality_not_civilian`: a plural nationality alone names the state or people, not who the victims were
@pytest.mark.parametrize("text, reg, expected", [
    ("Gunmen shot dead seven Corvanians on the harbour road on Tuesday, the navy said.", LAGOON,
     ("killed", 7, "unknown")),
    ("A total of 31 Telmiris were wounded in the raids, according to Telmiri sources.", LAGOON,
     ("wounded", 31, "unknown")),
    ("More than 400 Corvanians have been killed since the uprising began.", LAGOON, ("killed", 401, "unknown")),
    ("Twelve Telmiris were killed by the navy here on Sunday.", None, ("killed", 12, "unknown")),
])
def test_a_bare_nationality_is_no_civilian(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


@pytest.mark.parametrize("text, reg, expected", [
    # harmed at a civilian place: the guide's place rows make them civilians
    ("Another 18 Telmiris were killed in a strike on houses in the old quarter.", LAGOON,
     ("killed", 18, "civilian")),
    ("The fish market was shelled on Monday. Fourteen Corvanians are dead.", LAGOON, ("killed", 14, "civilian")),
    # an ethnic or racial population, not a state's nationals
    ("The militia killed more than 60 ethnic Telmiris in the delta villages.", LAGOON, ("killed", 61, "civilian")),
    # the displaced are non-combatants whatever their nationality
    ("About 40,000 Telmiris have been displaced by the fighting.", LAGOON, ("displaced", 40000, "civilian")),
    # a misspelt 'civilians' is not a nationality
    ("More than a thousand civilans have been killed, the mission said.", LAGOON, ("killed", 1001, "civilian")),
    # civilians named as such stay civilians
    ("Nine Corvanian civilians were killed in the raid.", LAGOON, ("killed", 9, "civilian")),
])
def test_nationals_the_guide_calls_civilians_stay_civilian(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


def test_nationals_of_two_states_at_war_keep_their_convention():
    # a national toll between two states is the rule `nationals_between_states`' (unknown), untouched here
    assert ("killed", 12, "unknown") in _sides("Sollet shelling killed 12 Dravinians overnight.", FRONTIER)


# rule `toll_of_fighting`: people harmed in the fighting itself are a toll of fighting, whatever place is named
@pytest.mark.parametrize("text, reg, expected", [
    ("At least nine people were killed when fighting erupted at a wedding in the upper town.", EMIRATE,
     ("killed", 9, "unknown")),
    ("Doctors said some 300 people were wounded in the clashes around the mosque on Friday.", EMIRATE,
     ("wounded", 300, "unknown")),
    ("Besha gunmen fired on homes in the upper village, the governor said. A local hospital confirmed four "
     "people had been treated for injuries from the clash.", EMIRATE,
     ("wounded", 4, "unknown")),
    ("Six people died and 20 others were injured while houses burned in fierce clashes in the market town.",
     EMIRATE, ("killed", 6, "unknown")),
])
def test_people_harmed_in_fighting_are_a_toll_of_fighting(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


@pytest.mark.parametrize("text, reg, expected", [
    # the place was the target, not where a fight happened
    ("Mortars hit the cattle market in Qarat, killing 11 people, a doctor said.", EMIRATE, ("killed", 11, "civilian")),
    # fighting elsewhere in the sentence, the harm fell on a civilian place
    ("Fighting went on all week; nine people were killed in an air strike on the market.", EMIRATE,
     ("killed", 9, "civilian")),
    # they fled the clashes and died where they sheltered
    ("Dozens of people were burned to death in a church where they had taken shelter from the clashes.", EMIRATE,
     ("killed", None, "civilian")),
    # civilians named as such, in clashes
    ("Five civilians were killed in the clashes near the school.", EMIRATE, ("killed", 5, "civilian")),
    # caught in the crossfire at a civilian place: left to the place rows
    ("Two people were killed in the crossfire at the bus station.", EMIRATE, ("killed", 2, "civilian")),
])
def test_civilian_places_hit_outside_a_fight_stay_civilian(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


# rule `displaced_nationals`: the displaced of a warring state are non-combatants
@pytest.mark.parametrize("text, reg, expected", [
    ("Another 20,000 Dravinians lost their homes in the border war.", FRONTIER, ("displaced", 20000, "civilian")),
    # (a civilian word beside the nationality: civilian before this rule too, and still)
    ("Air raids on the capital sent thousands of Sollet villagers fleeing south.", FRONTIER,
     ("displaced", 1000, "civilian")),
    ("Nearly 8,000 Dravin residents have fled across the river.", FRONTIER, ("displaced", 8000, "civilian")),
])
def test_displaced_nationals_are_civilians(text, reg, expected):
    got = [(cat, low, side) for cat, low, side in _sides(text, reg) if cat == "displaced"]
    assert got and all(side == expected[2] for _cat, _low, side in got), _sides(text, reg)


@pytest.mark.parametrize("text, reg, expected", [
    # a toll of nationals between two states stays the national convention's
    ("Sollet artillery killed 14 Dravinians on Sunday.", FRONTIER, ("killed", 14, "unknown")),
    # soldiers who retreat are no displaced civilians
    ("Dravin's army said 300 Sollet soldiers were captured near the pass.", FRONTIER, ("captured", 300, "sollet")),
])
def test_nationals_harmed_otherwise_keep_their_rules(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)
