"""Session 20's rule `source_of_voice_before` (quotes/voice_before.py; docs/rules.md "Session 20: the speaker's
side"), end to end on the quote extractor: a lone source ('one source', 'a spokesman') with no body of its own speaks
for the voice of the sentence before. Every sentence is composed for the test in the manner of wire copy from a war
in no eval set (the Chaco War of 1932-35, Bolivia against Paraguay); each positive case has negatives beside it."""
from __future__ import annotations

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

CHACO = Actors([_conflict("chaco-war", {
    "articles": ["a.txt"],
    "sides": {"bolivia": "the Bolivian state: President Salamanca, the War Ministry and the army",
              "paraguay": "the Paraguayan state: President Ayala, the army of Estigarribia"},
    "countries": {"bolivia": ["Bolivia"], "paraguay": ["Paraguay"]},
    "government_side": "bolivia",
    "keywords": {"bolivia": ["Bolivian army", "La Paz"], "paraguay": ["Paraguayan army", "Asuncion"]}})])


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=CHACO)]


def test_one_source_is_one_of_the_sources_before():
    text = ('Paraguayan army sources said the garrison at Boqueron was cut off. '
            '"Our men can hear their wounded calling for water," one source said.')
    rows = _sides(text)
    assert rows[-1] == ("one source", "paraguay", "source_of_voice_before")
    assert rows[0][1] == "paraguay" and rows[0][2] != "source_of_voice_before"


def test_a_bare_spokesman_speaks_for_the_officials_before():
    text = ('But Bolivian army officials said only two aircraft were lost near Nanawa. '
            'Four of the dead were airmen and one was a driver, a spokesman said.')
    assert _sides(text)[-1] == ("a spokesman", "bolivia", "source_of_voice_before")


def test_a_lone_source_two_sentences_on_is_left_alone():
    text = ('Paraguayan army sources said the garrison at Boqueron was cut off. '
            'The rains have flooded the road to the fort. '
            'The dead were buried where they fell. '
            'Nine wells were poisoned, one source said.')
    assert _sides(text)[-1][1:] == ("unknown", "none")


def test_a_lone_source_after_a_newspaper_is_left_alone():
    text = ('The newspaper El Diario said the garrison at Boqueron was cut off. '
            'Nine wells were poisoned, one source said.')
    assert _sides(text)[-1][1:] == ("unknown", "none")


def test_a_source_with_a_body_of_its_own_keeps_its_side():
    text = ('Paraguayan army sources said the garrison at Boqueron was cut off. '
            'Nine wells were poisoned, a Bolivian army source said.')
    rows = _sides(text)
    assert rows[-1][1] == "bolivia" and rows[-1][2] != "source_of_voice_before"


def test_an_unresolved_he_takes_up_the_voice_before():
    text = ('The Paraguayan army denounced on Wednesday the bombing of the Isla Poi field hospital. '
            'He has also denied the loss of a senior officer reported by some newspapers.')
    rows = _sides(text)
    assert rows[0][1] == "paraguay"
    assert rows[1] == ("he", "paraguay", "pronoun_of_voice_before")


def test_an_unresolved_they_is_left_alone():
    text = ('The Paraguayan army denounced on Wednesday the bombing of the Isla Poi field hospital. '
            'Deputies of both parties met in Asuncion. They said the visit would look into the bombing.')
    assert all(by != "pronoun_of_voice_before" for _, _, by in _sides(text))
