"""Session 12 (branch s12-sided): victim-side mechanisms mended and the families left `unknown` (docs/rules.md,
"Session 12: sides left unknown"). Invented wars in the styles of none of the eval sets: an Andean border war, a
Pacific atoll insurgency, a Caspian wire, a Saharan frontier."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.people import without_sources
from presslens.casualties.rules import claims_in

ATOLL = Actors([_conflict("tarava", {"sides": {"tarava_gov": "the Taravan state: its police and coast guard",
                                              "tlf": "the Tarava Liberation Front, an armed separatist group"},
                                    "government_side": "tarava_gov", "rebel_side": "tlf",
                                    "keywords": {"tlf": ["TLF"], "tarava_gov": ["Taravan"]},
                                    "articles": ["example.txt"]})])


def _sides(text: str, reg: Actors = ATOLL) -> list[tuple[str, int, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, reg)]


@pytest.mark.parametrize("words, kept", [
    # a voice noun inside the toll's part: its force word stays (the toll is mixed)
    ("the blast left six people dead including a senior police official police said", "police"),
    # a voice noun that is the subject of the harm
    ("a police official was killed and five people wounded in the market", "police"),
    # a counted force before the sources: 'two soldiers, officials said'
    ("the shelling killed eight people among them two soldiers officials said", "soldiers"),
])
def test_victims_words_are_not_sources(words, kept):
    assert kept in without_sources(words.split())


@pytest.mark.parametrize("words, dropped", [
    ("a shell hit the market killing nine people a police official said", "police"),
    ("nine people died in the market according to army officers", "army"),
])
def test_sources_are_still_dropped(words, dropped):
    assert dropped not in without_sources(words.split())


@pytest.mark.parametrize("text", [
    "A grenade thrown into the fish market at Nuku killed seven people, including a coast guard officer, police said.",
    "A bomb in the crowded Nuku market killed nine people, among them a policeman and two port guards.",
    "Seven people died at the Nuku market, including a district police official and his driver, officials said.",
])
def test_a_force_s_man_among_the_toll_makes_it_mixed(text):
    assert _sides(text)[0][2] == "unknown"


@pytest.mark.parametrize("text", [
    "A grenade thrown into the fish market at Nuku killed seven people, a police official said.",
    "A grenade thrown into the fish market at Nuku killed seven people, including four women, police said.",
])
def test_a_civilian_place_s_toll_with_only_sources_or_civilians_stays_civilian(text):
    assert _sides(text)[0][2] == "civilian"
