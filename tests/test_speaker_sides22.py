"""Session 22's speaker-side data and the widened rule `civilian_apposition` (docs/rules.md "Session 22: the side of
the speaker"): a non-combatant named with an appositive before the name, a clause of residence, a doctor or a
traveller; the lexicon's plurals of bodies, periodicals and state services; the states of the past the country
table lacked. Every sentence is composed for the test in the manner of wire copy from wars in no eval set (the
Cristero War of 1926-29; the Soviet-Japanese border war at Khalkhin Gol, 1939); each positive has a negative beside it."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

CRISTERO = Actors([_conflict("cristero-war", {
    "articles": ["a.txt"],
    "sides": {"mexico_gov": "the Mexican federal state: President Calles, the federal army",
              "cristeros": "the Catholic rebels of the Religious Defense League and their armed Cristeros"},
    "government_side": "mexico_gov", "rebel_side": "cristeros",
    "keywords": {"mexico_gov": ["federal troops", "federales"], "cristeros": ["Cristeros", "Tepatitlan"]}})])

KHALKHIN = Actors([_conflict("khalkhin-gol", {
    "articles": ["a.txt"],
    "sides": {"soviet_union": "the Soviet state and its army in Mongolia", "japan": "the Japanese state and its Kwantung Army"},
    "countries": {"soviet_union": ["Soviet Union"], "japan": ["Japan"]}})])


def _rows(text: str, actors: Actors) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=actors)]


def _side_of(text: str, speaker: str, actors: Actors = CRISTERO) -> str:
    found = [side for who, side, _ in _rows(text, actors) if speaker.lower() in who.lower()]
    assert found, _rows(text, actors)
    return found[0]


@pytest.mark.parametrize("text, speaker", [
    ('"The shelling went on all night," said Maria Lopez, a doctor at Tepatitlan.', "Maria Lopez"),
    ("A Texan traveler, John Dunn, who returned from Tepatitlan on Monday said 30 people had died there.", "John Dunn"),
    ("Maria Lopez, who lives in Tepatitlan, said the church had been burned.", "Maria Lopez"),
])
def test_a_named_non_combatant_is_a_civilian_though_the_place_is_a_sides_word(text, speaker):
    assert _side_of(text, speaker) == "civilian"


@pytest.mark.parametrize("text, speaker", [
    ('"We buried eleven of ours," said Jose Ruiz, an army doctor at Tepatitlan.', "Jose Ruiz"),
    ("A Cristero commander, Jose Ruiz, said 30 federales had died at Tepatitlan.", "Jose Ruiz"),
])
def test_an_armed_doctor_or_a_commander_is_not(text, speaker):
    assert _side_of(text, speaker) != "civilian"


@pytest.mark.parametrize("text, speaker, side", [
    ("Three houses burned in the night, a fire department spokesman said.", "fire department", "mexico_gov"),
    ("Two churches were looted, a senior security service source said.", "security service", "mexico_gov"),
    ("About 400 families have fled the hills, international monitoring groups said.", "monitoring groups", "ngo"),
    ("A Chicago magazine reported that 60 people were hanged near the town.", "magazine", "media"),
    ("Lieutenant Pablo Reyes said at the Tepatitlan hospital that three of his men had died.", "Pablo Reyes",
     "mexico_gov"),
])
def test_the_lexicon_tells_bodies_it_lacked(text, speaker, side):
    assert _side_of(text, speaker) == side


def test_a_soviet_speaker_speaks_for_the_soviet_side():
    assert _side_of("Unofficial Soviet sources said 40 border guards had been killed.", "Soviet",
                    KHALKHIN) == "soviet_union"
    assert _side_of("Japanese army sources said 40 border guards had been killed.", "Japanese",
                    KHALKHIN) == "japan"
