"""Session 22's rule `side_in_description` (mentions/side_description.py; docs/rules.md "Session 22: the side of
the speaker"), end to end on the quote extractor: a speaker with no side whose phrase the registry's description
of one warring side names speaks for that side. Every sentence is composed for the test in the manner of wire
copy from a war in no eval set (the Cristero War of 1926-29, the Mexican state against the Catholic rebels); each
positive case has negatives beside it."""
from __future__ import annotations

from presslens.actors import Actors, _conflict
from presslens.mentions.side_description import side_in_description
from presslens.quotes import quotes_for_article

CRISTERO = Actors([_conflict("cristero-war", {
    "articles": ["a.txt"],
    "sides": {"mexico_gov": "the Mexican federal state: President Calles, the federal army, the agrarian "
                            "reservists and the state governors loyal to him",
              "cristeros": "the Catholic rebels: the Religious Defense League, its armed Cristeros in Los Altos, the "
                           "Gorostieta command, its ransom notes and the state governors' exiled opponents"},
    "countries": {"mexico_gov": ["Mexico"]},
    "government_side": "mexico_gov",
    "keywords": {"mexico_gov": ["federal troops", "federales"], "cristeros": ["Cristeros", "Cristero"]}})])


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=CRISTERO)]


def test_a_body_the_description_names_speaks_for_that_side():
    rows = _sides("The Gorostieta command said 40 of its men had died in the fight at Tepatitlan.")
    assert rows and rows[0][1:] == ("cristeros", "side_in_description")


def test_lower_case_words_of_a_description_still_name_the_side():
    rows = _sides("The agrarian reservists said they had lost eleven men near Zapotlan.")
    assert rows and rows[0][1:] == ("mexico_gov", "side_in_description")


def test_a_phrase_two_descriptions_share_is_left_alone():
    assert side_in_description("the state governors", CRISTERO) is None


def test_a_place_or_a_modifier_in_a_description_is_no_speaker():
    assert side_in_description("Los Altos", CRISTERO) is None        # 'Cristeros in Los Altos': a place
    assert side_in_description("ransom", CRISTERO) is None           # 'its ransom notes': a modifier
    assert side_in_description("Gorostieta command", CRISTERO) == "cristeros"


def test_a_country_the_description_names_is_left_to_the_state_rules():
    backed = Actors([_conflict("cristero-war", {"sides": {"mexico_gov": "the Mexican state, backed by Guatemala",
                                                          "cristeros": "the Catholic rebels"}})])
    assert side_in_description("Guatemala", backed) is None


def test_bare_convention_words_and_pronouns_are_left_alone():
    assert side_in_description("the army", CRISTERO) is None
    assert side_in_description("they", CRISTERO) is None
    assert side_in_description("sources", CRISTERO) is None


def test_a_side_the_words_already_give_is_kept():
    rows = _sides("Federal troops said they had killed 30 Cristeros near Tepatitlan.")
    assert rows and rows[0][1] == "mexico_gov" and rows[0][2] != "side_in_description"


def test_no_side_outside_a_registry_of_one_war():
    two = Actors(CRISTERO.conflicts + [_conflict("other", {"sides": {"a": "the Gorostieta command", "b": ""}})])
    assert side_in_description("the Gorostieta command", two) is None
