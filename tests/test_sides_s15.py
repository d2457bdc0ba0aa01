"""Session 15 (branch s15-sided): victim sides (docs/rules.md, "Session 15: victim sides"). Invented wars in the
styles of none of the eval sets: an island republic's pro-democracy uprising (the Lumen Movement), a settler
conflict in a river valley (the Tarsi settlers against the Orund clans), a frontier war between two republics."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

#: an uprising whose registry keys the protesters, marchers and monks to the movement
ISLAND = Actors([_conflict("lumen", {
    "sides": {"junta": "the ruling council, its army and the riot police",
              "lumen": "the Lumen Movement: pro-democracy protesters, striking monks and their leaders"},
    "government_side": "junta", "rebel_side": "lumen",
    "keywords": {"junta": ["riot police", "council troops"], "lumen": ["protesters", "marchers", "monks"]},
    "articles": ["example.txt"]})])
#: a communal war with a settler side keyed by its name with a civilian word ('Tarsi refugees'), never 'refugees'
VALLEY = Actors([_conflict("valley", {
    "sides": {"valley_gov": "the provincial government, its police and soldiers",
              "orund": "the Orund clans and their armed bands",
              "tarsi": "the Tarsi settler community: its migrants, refugees and dead"},
    "government_side": "valley_gov", "rebel_side": "orund",
    "keywords": {"valley_gov": ["provincial police"], "orund": ["Orund", "Orund bands"],
                 "tarsi": ["Tarsi", "Tarsi refugees", "settlers", "migrants"]},
    "articles": ["example.txt"]})])
#: two states at war whose registry keys a national word with a civilian one ('Ostran citizens')
FRONTIER = Actors([_conflict("ostra-varnak", {
    "sides": {"ostra": "the Republic of Ostra: its government and army",
              "varnak": "the Varnak Republic: its government and army"},
    "countries": {"ostra": ["Ostra"], "varnak": ["Varnak"]},
    "government_side": "ostra", "rebel_side": "varnak",
    "keywords": {"ostra": ["Ostran", "Ostran citizens"], "varnak": ["Varnakian"]},
    "articles": ["example.txt"]})])


def _sides(text: str, reg: Actors | None) -> list[tuple[str, int | None, str]]:
    from presslens.casualties.rules import claims_in
    return [(cat, low if low is not None else high, side) for cat, low, high, _vague, side in claims_in(text, reg)]


# rule `civilian_word_keyed`: a civilian word the registry keys to one side names that side's people
@pytest.mark.parametrize("text, reg, expected", [
    ("Council troops opened fire in Harbour Square, and hospital staff said 27 protesters were killed.", ISLAND,
     ("killed", 27, "lumen")),
    ("One monk was killed and the temple was burned, the movement said.", ISLAND, ("killed", 1, "lumen")),
    ("Four monks were wounded on the coast road on Sunday, the abbot said.", ISLAND, ("wounded", 4, "lumen")),
    ("Police found the bodies of another 64 Tarsi migrants near the ferry on Monday.", VALLEY,
     ("killed", 64, "tarsi")),
    ("Between 300 and 400 Tarsi refugees had gathered at the port when the Orund bands attacked.", VALLEY,
     ("displaced", 300, "tarsi")),
])
def test_a_civilian_word_the_registry_keys_names_that_side(text, reg, expected):
    assert expected in _sides(text, reg), _sides(text, reg)


@pytest.mark.parametrize("text, reg, expected", [
    # a civilian word the registry does not key stays civilian (only 'Tarsi refugees' is keyed, not 'refugees')
    ("Thousands of refugees fled the valley as the Orund bands advanced.", VALLEY, ("displaced", None, "civilian")),
    ("Nine students were killed when council troops fired on the campus.", ISLAND, ("killed", 9, "civilian")),
    # a registry without the word keyed: the settled convention's `civilian`
    ("Security forces killed 12 protesters in the capital.", None, ("killed", 12, "civilian")),
    # a war between two states: a national keyword with a civilian word names the state, not who died
    ("Shelling killed 14 Ostran citizens in the border villages.", FRONTIER, ("killed", 14, "civilian")),
])
def test_a_civilian_word_no_side_keys_is_left_to_the_older_rules(text, reg, expected):
    got = _sides(text, reg)
    assert expected in got, got
    assert not any(side in ("lumen", "tarsi", "ostra") for _c, _n, side in got), got


#: a state against one armed movement, in the style of a wire brief from a hill province
HILLS = Actors([_conflict("hills", {
    "sides": {"hills_gov": "the republic: its army, police and provincial governors",
              "kesh": "the Kesh People's Army, an armed separatist movement, its leaders and fighters"},
    "government_side": "hills_gov", "rebel_side": "kesh",
    "keywords": {"hills_gov": ["army", "police"], "kesh": ["Kesh People's Army", "KPA"]},
    "articles": ["example.txt"]})])


# rule `group_anaphor`: 'the group' / 'the outfit' owning the victims points back to the armed group named before
@pytest.mark.parametrize("text, expected", [
    ("The KPA has waged an insurgency since 1998. The governor was blamed for killing some members of the group, "
     "police said.", ("killed", None, "kesh")),
    ("The KPA denied the attack. It came a day after the release of three prisoners belonging to the rebel outfit.",
     ("captured", 3, "kesh")),
    ("Troops pushed the KPA out of the pass. A minister said the group sustained around 60 deaths in the fighting.",
     ("killed", 60, "kesh")),
])
def test_victims_owned_by_the_group_are_the_armed_group_named_before(text, expected):
    assert expected in _sides(text, HILLS), _sides(text, HILLS)


@pytest.mark.parametrize("text", [
    # a qualified group is a new group ('the group of teachers'), not the armed one
    "The KPA shelled the school, killing four members of the group of teachers who ran it.",
    # no armed group named before: 'the group' is the rights group that speaks
    "Hill Watch said two members of the group were wounded by police in the capital.",
    # 'the group's' own people are a qualified head too
    "The KPA said the army had killed two relatives of the group's founder.",
])
def test_the_group_without_an_armed_antecedent_is_left_alone(text):
    assert not any(side == "kesh" for _c, _n, side in _sides(text, HILLS)), _sides(text, HILLS)
