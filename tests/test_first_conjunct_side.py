"""Rule `first_conjunct_side` (mentions.speaker_sides, asked by rule `coordinated_sides` in mentions.layer): speakers
coordinated under one cue whose words tell different sides, not two warring sides, speak as the first ('the army and
survivors said', 'residents and a militia member told the paper'). Found on three dev sets (eval/real, real7/attacks,
real8/voices: five statements left `unknown` or given the second conjunct's side; the gold gives the first's). Two
groups of unnamed sources ('army sources and medics') still pool one mixed account, and an adjective sharing the
head ('civilian and military sources') is no conjunct of its own. Invented sentences and an invented war."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.speaker_sides import collective_noun_conjunct, first_conjunct_side
from presslens.quotes import quotes_for_article

VARNESSA = Actors([_conflict("varnessa", {
    "articles": ["a.txt"],
    "sides": {"varn_gov": "the Varnessan state: government, army, police",
              "kfl": "the Kessel Freedom League, an armed separatist group"},
    "government_side": "varn_gov", "rebel_side": "kfl",
    "keywords": {"varn_gov": ["Varnessan army", "Varnessan military"], "kfl": ["KFL", "Kessel Freedom League"]}})])


def _sides(text: str) -> list[str]:
    return [r["speaker_side"] for r in quotes_for_article("a.txt", text, actors=VARNESSA)]


@pytest.mark.parametrize("text, side", [
    # wire style: a force and witnesses under one cue
    ("Twelve passengers were killed when the bus was ambushed near Orsk, the army and survivors said.", "varn_gov"),
    # a local daily: residents first, a fighter second
    ("The shelling began at dawn and lasted two hours, residents and a KFL fighter told the Orsk Courier.",
     "civilian"),
    # an armed group and the press
    ("Two of its commanders were killed in the raid, the KFL and local media reports said.", "kfl"),
    # a force named by its country and villagers
    ("At least nine people died in the clashes, the Varnessan military and villagers said.", "varn_gov"),
])
def test_coordinated_speakers_speak_as_the_first(text, side):
    assert _sides(text) == [side]


@pytest.mark.parametrize("text", [
    "Eleven villagers were killed near Orsk, army sources and medics said.",         # two unnamed sources: pooled
    "Eleven villagers were killed near Orsk, according to civilian and military sources.",  # adjectives, one head
])
def test_mixed_accounts_stay_unknown(text):
    assert _sides(text) == ["unknown"]


def test_two_warring_sides_are_both():
    assert _sides("The fighting around Orsk had stopped by noon, the Varnessan army and the KFL said.") == ["both"]


def test_first_conjunct_without_a_side_decides_nothing():
    assert first_conjunct_side(["the committee", "residents"], [None, "civilian"]) is None


# Rule `collective_noun_conjunct` (mentions.speaker_sides, asked by `first_conjunct_side`): a one-word lower-case first
# conjunct is read as an adjective sharing the last conjunct's head ('civilian and military sources': unknown), but a
# collective noun of plural sense without -s ('police', 'personnel', 'staff') is no adjective: 'police and survivors
# told the agency' speaks as the police, as 'Police and residents said' at a sentence's start already did. Found on
# kenya-2007 and punjab (real10/roles, real11/voices), agreeing with sampit (real14/tolls). Invented sentences and an
# invented war.
@pytest.mark.parametrize("text", [
    # a wire's closing credit: the force first, witnesses second
    "Gunmen stopped the ferry at Orsk landing and shot four crew members, police and survivors told the agency.",
    # the same credit at a sentence's start decided the same before the rule
    "Police and villagers said the gunmen had come from the hills above Orsk before dawn.",
    # a collective noun shared as attribute with the head: still the police's sources first
    "The market at Orsk was set on fire overnight, police and Red Crescent sources said.",
])
def test_police_first_speaks_as_the_police(text):
    assert _sides(text) == ["varn_gov"]


@pytest.mark.parametrize("text", [
    "Eleven villagers were killed near Orsk, according to civilian and military sources.",  # an adjective, one head
    "Eleven villagers were killed near Orsk, army sources and medics said.",                # two unnamed sources
])
def test_adjectives_and_pooled_sources_stay_unknown(text):
    assert _sides(text) == ["unknown"]


def test_an_adjective_is_no_collective_noun():
    assert [collective_noun_conjunct(w) for w in ("police", "personnel", "civilian", "military")] == \
        [True, True, False, False]
