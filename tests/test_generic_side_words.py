"""Generic sides by the speaker's own words (lexicons/speakers.yaml `sides`, read by Actors.side_from_context), the
words session 13's audit found missing in three wars or more each: states' bodies that are no warring side
('West African mediators', 'NATO warned', 'leaders at the summit': foreign_gov; liberia, croatia, drc), the plural
of the press ('pool reporters', 'Mexican reporters': media; gulf-war-1991, zapatista-1994) and workers and mourners
('a plantation worker', 'the mortuary attendant': civilian; solomon-islands, kenya-2007, gulf-war-1991, rhodesia). Invented sentences and an invented war."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

VELDRA = Actors([_conflict("veldra", {
    "articles": ["a.txt"],
    "sides": {"vel_gov": "the Veldran state: government, army, police",
              "nlf": "the Northern Liberation Front (NLF), separatist rebels"},
    "government_side": "vel_gov", "rebel_side": "nlf",
    "keywords": {"vel_gov": ["Veldran army", "Veldran"], "nlf": ["NLF", "Northern Liberation Front"]}})])


def _sides(text: str) -> list[str]:
    return [r["speaker_side"] for r in quotes_for_article("a.txt", text, actors=VELDRA)]


@pytest.mark.parametrize("text, side", [
    # a wire's mediators, named by region only
    ("The president agreed to a ceasefire with the rebels, regional mediators said Wednesday after the talks.",
     "foreign_gov"),
    # an alliance of states speaking from abroad
    ("In Brussels, NATO warned that attacks on the monitors would be met with force.", "foreign_gov"),
    # the press in the plural, with a people's word that is a side's
    ("The shelling went on until dawn, Veldran reporters said.", "media"),
    # a worker, a people's plantation
    ('"They came during the market," says a plantation worker, recalling the raid.', "civilian"),
    # an attendant taken up by the definite article
    ("The bodies were brought in overnight by the police, the mortuary attendant told the paper.", "civilian"),
])
def test_generic_words_give_generic_sides(text, side):
    assert set(_sides(text)) == {side}


@pytest.mark.parametrize("text, side", [
    # a warring side's own worker stays that side's ('NLF' is the registry's word)
    ("Two of our men died in the raid, an NLF worker said.", "nlf"),
    # the UN's mediator is the UN's
    ("The talks will resume on Monday, a UN mediator said.", "un"),
])
def test_a_side_word_beside_the_generic_word_wins(text, side):
    assert _sides(text) == [side]
