"""Rule `spokesman_of_principal` (mentions.speaker_sides, asked in mentions.layer._entity): a spokesman the article ties
to no body ('a spokesman said', 'according to his spokesman', 'The spokesman, X, says') speaks for the registry person
named just before, in the same or the previous sentence. Found in three wars of the dev sets (ivory-coast,
uganda-kasese, solomon-islands-tensions: four statements left with no side, all to the gold side). A spokesman of a
body ('a military spokesman', 'a spokesman for the army') keeps the body's side; with no registry person named before,
no side is guessed. Invented sentences and an invented war."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

MERANO = Actors([_conflict("merano", {
    "articles": ["a.txt"],
    "sides": {"mer_gov": "the Meranian state: government, army, police",
              "klm": "the Kessa Liberation Movement (KLM), separatist rebels"},
    "government_side": "mer_gov", "rebel_side": "klm",
    "keywords": {"mer_gov": ["Meranian army"], "klm": ["KLM"]},
    "actors": [{"name": "Dario Vensk", "side": "klm", "kind": "person", "role": "KLM leader"},
               {"name": "Ilse Marrow", "side": "mer_gov", "kind": "person", "role": "president of Merano"}]})])


def _sides(text: str) -> list[str]:
    return [r["speaker_side"] for r in quotes_for_article("a.txt", text, actors=MERANO)]


@pytest.mark.parametrize("text, side", [
    # a wire's possessive spokesman after the principal in the same sentence
    ("Fighting went on all day, with Dario Vensk holed up in his farmhouse as gunfire sounded outside, according to "
     "his spokesman.", "klm"),
    # a bare spokesman in the sentence after the principal
    ("The clashes took place while President Ilse Marrow was abroad. A spokesman said Marrow would cut short her trip.",
     "mer_gov"),
    # the spokesman named after the bare role; the principal by surname only
    ("Radio Kessa quotes a spokesman for Vensk as saying six men were killed. The spokesman, Tomas Erl, says a "
     "seventh was shot dead.", "klm"),
])
def test_a_bare_spokesman_speaks_for_the_principal(text, side):
    assert _sides(text)[-1] == side


@pytest.mark.parametrize("text, side", [
    # a spokesman of a body keeps the body's side though the rebel leader is named before
    ("Dario Vensk was seen near the border. A military spokesman said troops were searching the area.", "mer_gov"),
    # no registry person before: no side is guessed
    ("The fighting went on all night in the hills. A spokesman said six people had died.", "unknown"),
])
def test_other_spokesmen_are_left_alone(text, side):
    assert _sides(text)[-1] == side
