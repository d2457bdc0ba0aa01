"""Rule `rebel_word_speaker` (mentions.speaker_sides, asked in mentions.layer._entity): a speaker whose own words call
it a rebel's ('a rebel commander', 'Afghan rebel leaders', 'a spokesman for one of the largest rebel groups', 'X,
spokesman for the political commission of the rebel Front') took the government's side from a state word beside the
rebel one (a country's adjective, an office noun such as 'commander'). Found in three wars of the dev sets
(zapatista-1994, soviet-afghan-war, el-salvador-civil-war: seven statements, all to the gold side). Invented sentences
and an invented war; the registry's rebel side must be called rebels or guerrillas by the registry itself."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

from invented_wars import CARSTOV

#: a war between two states whose registry names one of them its 'rebel side'
ORSAN = Actors([_conflict("orsan", {
    "articles": ["a.txt"],
    "sides": {"orsa": "the Orsan state", "belt": "the Beltian state"},
    "government_side": "orsa", "rebel_side": "belt",
    "keywords": {"orsa": ["Orsan army"], "belt": ["Beltian army"]}})])


def _sides(text: str, actors: Actors = CARSTOV) -> list[str]:
    return [r["speaker_side"] for r in quotes_for_article("a.txt", text, actors=actors)]


@pytest.mark.parametrize("text", [
    # wire style: a rebel officer unnamed
    '"We will hold the valley until the army leaves," said a rebel commander who refused to give her name.',
    # a country's adjective before the rebel word
    "Carstovan rebel leaders said Sunday that they had shot down two helicopters near the border.",
    # a spokesman of a rebel body described, not named
    "A spokesman for one of the largest Carstovan rebel groups said the convoy was ambushed at dawn.",
    # a named spokesman whose appositive gives the rebel body
    "The bridge was blown up on Thursday, said Tomas Carstovo, spokesman for the military wing of the rebel front.",
])
def test_rebels_speak_for_the_rebel_side(text):
    assert _sides(text) == ["mrf"]


@pytest.mark.parametrize("text", [
    # the speaker fights the rebels
    "Six soldiers were killed, said an army officer fighting the rebels in the north.",
    # a named officer whose appositive tells of the rebels he fought
    "The road is open again, said Tomas Carstovo, a general who fought the rebel front for a decade.",
    # a state official with no rebel word
    "Six soldiers were killed in the ambush, a military commander said.",
])
def test_state_speakers_keep_the_state_side(text):
    assert _sides(text) == ["car_gov"]


def test_a_rebel_side_the_registry_calls_no_rebels_is_not_taken():
    # 'rebel_side' of a war between states: a rebel commander there is no Beltian (the office noun's side stays)
    assert _sides("The valley was shelled for three days, a Kurdish rebel commander said.", ORSAN) == ["orsa"]
