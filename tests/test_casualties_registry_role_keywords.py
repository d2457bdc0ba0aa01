"""Victim sides from role words the analyst's registry keys to one side (rule `registry_role_keywords`, session 20):
a role word ('terrorists', 'gunmen', 'dissidents', 'militiamen') listed as a one-word keyword of exactly one side
names that side when nothing else in the victims' words does, instead of the government/rebel reading of the role
(which gives the registry's `rebel_side`, or nothing). Found on dev copy of eight wars (india-pakistan-2019,
benishangul-gumuz, guinea-2000-2001, venezuela-apure-2021, bougainville ...; docs/rules.md "Session 20: registry
role keywords (lead)"). Sentences are written in the styles of wars in none of the eval sets (Kashmir 2016, Mali,
Mozambique's Cabo Delgado, the Lebanese civil war); every name is invented or generic."""
from __future__ import annotations

from claim_families import columns
from presslens.actors import Actors, _conflict

#: two states at war, and an armed group the analyst keys by the words the copy uses for it
KASHMIR = Actors([_conflict("kashmir-2016", {
    "sides": {"india": "the Indian state: army, paramilitary police", "pakistan": "the Pakistani state: army",
              "let": "Lashkar-e-Taiba, its fighters and the camp's trainees"},
    "government_side": "india", "rebel_side": "pakistan",
    "countries": {"india": ["India"], "pakistan": ["Pakistan"]},
    "keywords": {"india": ["Indian Army"], "pakistan": ["Pakistan Army"], "let": ["Lashkar", "terrorists"]}})])
#: a role word the registry gives to two sides: it names neither
LEBANON = Actors([_conflict("lebanon-1976", {
    "sides": {"phalange": "the Phalangist militia", "lnm": "the Lebanese National Movement's militias"},
    "keywords": {"phalange": ["Phalangists", "militiamen"], "lnm": ["Mourabitoun", "militiamen"]}})])
#: a state and two armed groups; 'gunmen' keyed to the jihadist one
MALI = Actors([_conflict("mali-2019", {
    "sides": {"mali_gov": "the Malian state: army, gendarmerie", "jnim": "the jihadist alliance JNIM",
              "dozo": "the Dozo hunters' militias"},
    "government_side": "mali_gov", "rebel_side": "dozo",
    "keywords": {"mali_gov": ["Malian army", "FAMa"], "jnim": ["JNIM", "gunmen"], "dozo": ["Dozo"]}})])


def _sides(text: str, actors) -> list[tuple]:
    return columns(text, ("low", "victim_side", "side_by"), actors=actors, article="example.txt")


def test_a_role_word_keyed_to_one_side_names_it_over_the_rebel_reading():
    rows = _sides("NEW DELHI - Indian jets struck a camp across the line of control on Tuesday, and 40 terrorists "
                  "were killed, the foreign secretary said.", KASHMIR)
    assert rows == [(40, "let", "registry_role_keywords")]


def test_without_the_keyword_the_role_is_read_as_before():
    plain = Actors([_conflict("kashmir-2016", {
        "sides": KASHMIR.conflicts[0].sides, "government_side": "india", "rebel_side": "pakistan",
        "countries": {"india": ["India"], "pakistan": ["Pakistan"]}, "keywords": {"let": ["Lashkar"]}})])
    rows = _sides("NEW DELHI - Indian jets struck a camp across the line of control on Tuesday, and 40 terrorists "
                  "were killed, the foreign secretary said.", plain)
    assert rows and rows[0][1] != "let" and rows[0][2] != "registry_role_keywords"


def test_gunmen_keyed_to_one_armed_group_of_several():
    rows = _sides("BAMAKO - Soldiers killed more than 20 gunmen who had attacked a village near Mopti, the army "
                  "said in a statement.", MALI)
    assert (21, "jnim", "registry_role_keywords") in rows      # ('more than 20': 21 and up)


def test_another_word_of_the_victims_still_decides_first():
    # 'Malian army' names the state's side in the victims' own words: the keyed role word 'gunmen' is read last
    rows = _sides("BAMAKO - Twelve Malian army soldiers and gunmen were killed in the clash, officials said.", MALI)
    assert rows and all(side != "jnim" for _, side, _ in rows)


def test_a_role_word_keyed_to_two_sides_names_neither():
    rows = _sides("BEIRUT - Fifteen militiamen were killed in fighting near the port, police said.", LEBANON)
    assert rows and all(by != "registry_role_keywords" for _, _, by in rows)
    assert all(side not in ("phalange", "lnm") for _, side, _ in rows)


def test_no_registry_no_keyed_side():
    rows = _sides("BAMAKO - Soldiers killed more than 20 gunmen near Mopti, the army said.", None)
    assert rows and rows[0][1] not in ("jnim", "dozo") and rows[0][2] != "registry_role_keywords"
