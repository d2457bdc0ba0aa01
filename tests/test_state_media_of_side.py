"""Session 15's rule `state_media_of_side` (mentions.speaker_sides; docs/annotation.md "Settled in session 15"), on
invented sentences of invented wars (none from an eval text): a state's broadcaster or news agency, which the lexicon
gives `media`, speaks for the warring side whose registry description names that medium as its own ('state radio and
television as mouthpieces', 'its news agency and other state media', 'the clandestine Voice of the Ridge radio'); it
stays `media` where no side's description names it, where two do, for a foreign state's radio, and for a medium the
description does not name ('state media' where the description names only 'state radio'). A pronoun or anaphor that
takes the broadcaster up keeps its side. Dev: ivory-coast, iran-iraq-war, afghanistan-pakistan-border,
bangladesh-1971 (8 statements).
"""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

#: a state whose registry names its broadcasters, against a front with a clandestine radio
MEDIA_NAMED = Actors([_conflict("gabon-invented", {
    "articles": ["a.txt"],
    "sides": {"gabon_gov": "the Gabonese state: the prime minister, the army and police, state radio and television "
                          "as its mouthpieces, the official news agency and other state media",
              "front": "the Ridge Liberation Front, its fighters and the clandestine Voice of the Ridge radio"},
    "government_side": "gabon_gov", "rebel_side": "front",
    "keywords": {"front": ["Ridge Liberation Front", "RLF"]}})])

#: the same war with a registry that names no broadcaster
MEDIA_UNNAMED = Actors([_conflict("gabon-invented", {
    "articles": ["a.txt"],
    "sides": {"gabon_gov": "the Gabonese state: the prime minister, the army and police",
              "front": "the Ridge Liberation Front and its fighters"},
    "government_side": "gabon_gov", "rebel_side": "front",
    "keywords": {"front": ["Ridge Liberation Front", "RLF"]}})])

#: a state whose registry names only its radio; two states that both name their state radio
RADIO_ONLY = Actors([_conflict("gabon-invented", {
    "articles": ["a.txt"],
    "sides": {"gabon_gov": "the Gabonese state: the army, police and state radio as its official voice",
              "front": "the Ridge Liberation Front"},
    "government_side": "gabon_gov", "keywords": {"front": ["Ridge Liberation Front"]}})])
TWO_STATES = Actors([_conflict("tonga-samoa-invented", {
    "articles": ["a.txt"],
    "sides": {"tonga": "the Tongan state: the king, the army, state radio",
              "samoa": "the Samoan state: the prime minister, the army, state radio and television"}})])


def _rows(text: str, actors: Actors) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_side"]) for r in quotes_for_article("a.txt", text, actors=actors)]


@pytest.mark.parametrize("text, side", [
    # wire style: the state's broadcaster credited bare
    ("State radio said 14 rebels were killed in the hills overnight.", "gabon_gov"),
    ("The clashes had ended by noon, state radio and television reported.", "gabon_gov"),
    # a country's word before the medium: that state's, where its description names state media
    ("Gabon's news agency said 22 civilians died when the market was shelled.", "gabon_gov"),
    ("Gabonese state media said the army had retaken the port.", "gabon_gov"),
    # the front's clandestine broadcaster
    ("The secret radio said the front's fighters had shot down a helicopter.", "front"),
])
def test_a_state_broadcaster_speaks_for_the_side_that_names_it(text, side):
    assert [s for _, s in _rows(text, MEDIA_NAMED)] == [side]


def test_a_pronoun_and_an_anaphor_keep_the_broadcaster_side():
    text = ("Gabon's news agency said 22 civilians died when the market was shelled. "
            "The agency said 30 more were wounded. It said the shelling came from the ridge.")
    assert [s for _, s in _rows(text, MEDIA_NAMED)] == ["gabon_gov"] * 3


@pytest.mark.parametrize("text, actors", [
    # the registry names no broadcaster of the state: the golds keep `media` (Xinhua in Tibet, Baluchestan)
    ("State radio said 14 rebels were killed in the hills overnight.", MEDIA_UNNAMED),
    ("Gabonese state media said the army had retaken the port.", MEDIA_UNNAMED),
    # the description names the state radio only: 'state media' is not covered (cabinda)
    ("State media said 14 rebels were killed in the hills overnight.", RADIO_ONLY),
    # two states both name a state radio: the bare phrase tells neither
    ("State radio said 14 soldiers were killed on the border.", TWO_STATES),
    # a foreign state's radio, a local station, radio reports: no warring side's voice
    ("Australian state radio said the port was quiet on Tuesday.", MEDIA_NAMED),
    ("Local radio said the port was quiet on Tuesday.", MEDIA_NAMED),
    # a country's press, not its state's broadcaster
    ("Gabonese media reported that 14 rebels were killed in the hills.", MEDIA_NAMED),
])
def test_other_broadcasters_stay_media(text, actors):
    assert [s for _, s in _rows(text, actors)] == ["media"]


def test_a_state_radio_named_by_its_own_word_is_not_a_secret_one():
    # 'the secret radio' where only the state's radio is described: no side names a secret radio
    assert [s for _, s in _rows("The secret radio said the port had fallen.", RADIO_ONLY)] == ["media"]
