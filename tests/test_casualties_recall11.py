"""Casualty claims missed entirely, counted by war (issue 11, session 11; eval/RECALL_FAMILIES.md, "Session 11:
recall families across wars"): one general rule per family of constructions whose misses recur in three or more
wars of the dev sets.  The copy is invented, in the styles of wars in none of the eval sets (Sri Lanka's civil war,
Bosnia 1992-95, Peru's Shining Path insurgency, Colombia's FARC war, the Bougainville conflict); every name is
invented or generic.  Each family has sentences that must not become claims."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims


def claims(text: str) -> list[tuple]:
    return _claims(text, "recall11.txt")


# (family, rule, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
    # -- F14: the wounded told by what they suffered or the care they got (rule care_of_wounds) ---------------------
    ("F14", "care_of_wounds", "Eight policemen suffered minor shrapnel injuries when the mine exploded near Jaffna, "
     "the ministry said.", [("wounded", 8, 8, None)]),
    ("F14", "care_of_wounds", "At the Ayacucho clinic, 14 villagers were being treated for deep machete wounds.",
     [("wounded", 14, 14, None)]),
    ("F14", "care_of_wounds", "Three of the porters died and 22 others were still receiving treatment in Tuzla.",
     [("wounded", 22, 22, None)]),
    ("F14", "care_of_wounds", "Over 90 patients, mostly farmers, had received treatment for bullet and shrapnel "
     "wounds at the mission hospital.", [("wounded", 91, None, None)]),
    ("F14", "care_of_wounds", "A nurse in Arawa said one boy with a gunshot wound was carried in at dawn.",
     [("wounded", 1, 1, None)]),
    ("F14", "care_of_wounds", "Six of the wounded were flown to Colombo, with the other 40 in stable condition.",
     [("wounded", 6, 6, None), ("wounded", 40, 40, None)]),
    # -- F1: the victims' own cue far after a postmodifier (rule postmodifier_then_died) ---------------------------
    ("F1", "postmodifier_then_died", "At least 30 members of the chief's household guard died defending the compound "
     "near Arawa.", [("killed", 30, None, None)]),
    ("F1", "postmodifier_then_died", "Two rangers posted at the reserve's northern gate perished in the attack.",
     [("killed", 2, 2, None)]),
    ("F1", "postmodifier_then_died", "Nine members of the Red Dawn Front (RDF) national guard were captured near "
     "Huanta.", [("captured", 9, 9, None)]),
    # -- F5: flight told in forms the lexicon lacked (displaced cues: had to / to + flee, the progressive, the place)
    ("F5", "lexicon displaced", "Thousands of villagers have been leaving the Vanni since the offensive began.",
     [("displaced", None, None, "thousands")]),
    ("F5", "lexicon displaced", "Many Tamil families had to seek shelter in temples, the bishop said.",
     [("displaced", None, None, "many")]),
    ("F5", "lexicon displaced", "Some 300 people left the area after the shelling of the market in Tuzla.",
     [("displaced", 300, 300, None)]),
    ("F5", "lexicon displaced", "The mortar fire on the valley caused 2,000 residents to flee.",
     [("displaced", 2000, 2000, None)]),
    # -- F7: the second object of one harm verb or harm noun, after 'and' (rule second_object) ----------------------
    ("F7", "second_object", "The shelling killed 19 people in Kilinochchi and another 23 people in Mullaitivu, the "
     "bishop said.", [("killed", 19, 19, None), ("killed", 23, 23, None)]),
    ("F7", "second_object", "Guerrillas are still holding 11 foreigners and four Peruvians in the jungle.",
     [("captured", 11, 11, None), ("captured", 4, 4, None)]),
    ("F7", "second_object", "The blast led to the deaths of a number of villagers and one police officer.",
     [("killed", 1, 1, None)]),
    ("F7", "second_object", "Militiamen abducted 12 farmers near Popayan and dozens of villagers in El Tambo.",
     [("captured", 12, 12, None), ("captured", None, None, "dozens")]),
]

# (family, rule, text, records that must not be found: None = no record at all)
ABSENT = [
    ("F14", "care_of_wounds", "About 40 villagers were treated for cholera at the camp in the Vanni.", None),
    ("F14", "care_of_wounds", "The 12 recruits were treated well by their officers in Banja Luka.", None),
    ("F14", "care_of_wounds", "Patrols found three dead men with bullet wounds near the river in Cauca.",
     [("wounded", 3, 3, None)]),
    ("F14", "care_of_wounds", "Five drivers sustained damage to their lorries on the Tuzla road.", None),
    ("F1", "postmodifier_then_died", "Two rangers guarding the hunter who died were questioned in Arawa.", None),
    ("F1", "postmodifier_then_died", "Twelve monks from the temple where the abbot died marched to Kandy.", None),
    ("F1", "postmodifier_then_died", "Nine members of the Red Dawn Front (RDF) national guard took the town of "
     "Huanta.", None),
    ("F5", "lexicon displaced", "Two gunmen managed to flee into the jungle near the border.", None),
    ("F5", "lexicon displaced", "Two suspects attempting to flee were arrested at the checkpoint in Jaffna.",
     [("displaced", 2, 2, None)]),
    ("F5", "lexicon displaced", "The 40 soldiers left the base at dawn, the brigade said.", None),
    ("F7", "second_object", "The mine killed 19 people on a road that 23 engineers had cleared near Tuzla.",
     [("killed", 23, 23, None)]),
    ("F7", "second_object", "The shelling killed 19 people and 40 houses and two schools were destroyed.",
     [("killed", 40, 40, None), ("killed", 2, 2, None)]),
    ("F7", "second_object", "Police arrested 12 protesters, who said that 30 students and 40 teachers marched in "
     "Colombo.", [("captured", 30, 30, None), ("captured", 40, 40, None)]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND)
def test_recall11_found(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


@pytest.mark.parametrize("family,rule,text,absent", ABSENT)
def test_recall11_not_found(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)
