"""Rule `collective_noun_conjunct` (mentions.speaker_sides, asked by `first_conjunct_side`): a one-word lower-case first
conjunct is read as an adjective sharing the last conjunct's head ('civilian and military sources': unknown), but a
collective noun of plural sense without -s ('police', 'personnel', 'staff') is no adjective: 'police and survivors
told the agency' speaks as the police, as 'Police and residents said' at a sentence's start already did. Found on
kenya-2007 and punjab (real10/roles, real11/voices), agreeing with sampit (real14/tolls). Invented sentences and an
invented war."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.speaker_sides import collective_noun_conjunct
from presslens.quotes import quotes_for_article

VARNESSA = Actors([_conflict("varnessa", {
    "articles": ["a.txt"],
    "sides": {"varn_gov": "the Varnessan state: government, army, police",
              "kfl": "the Kessel Freedom League, an armed separatist group"},
    "government_side": "varn_gov", "rebel_side": "kfl",
    "keywords": {"varn_gov": ["Varnessan army", "Varnessan military"], "kfl": ["KFL", "Kessel Freedom League"]}})])


def _sides(text: str) -> list[str]:
    return [r["speaker_side"] for r in quotes_for_article("a.txt", text, actors=VARNESSA)]


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
