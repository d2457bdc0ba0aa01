"""Session 16's speaker-side rules for a state named by its country or its people (mentions/state_named.py;
docs/rules.md "Session 16: speaker sides"), end to end on the quote extractor: `country_only_a_place` and
`people_as_state`. Every sentence is composed for the test in the manner of wire copy from wars in no eval set (the
Uganda-Tanzania war of 1978-79, the Aden emergency of 1963-67); every unnamed source is invented. Each positive case
has negatives beside it: the constructions the rules must leave alone."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

#: Kenya and Sudan appear only as places (an exile 'based in Kenya', raids 'from bases in southern Sudan'); Libya
#: as a party ('backed by Libya')
KAGERA = Actors([_conflict("uganda-tanzania", {
    "articles": ["a.txt"],
    "sides": {"uganda": "the Ugandan state: Idi Amin, his ministers and army, backed by Libya",
              "tanzania": "the Tanzanian state: President Nyerere, the army (TPDF) and the Ugandan exiles fighting "
                          "with it from bases in southern Sudan"},
    "keywords": {"uganda": ["Ugandan army", "Ugandan troops"], "tanzania": ["TPDF", "Tanzanian troops", "exiles"]},
    "actors": [{"name": "Yusufu Lule", "side": "tanzania", "role": "exile leader based in Kenya", "kind": "person"}]})])

#: Yemen named as the rebels' rear base ('operating from Yemen'); no side is a Yemeni state
ADEN = Actors([_conflict("aden-emergency", {
    "articles": ["a.txt"],
    "sides": {"britain": "the British state: the High Commissioner, the army and the RAF in Aden",
              "nlf": "the National Liberation Front, its fighters operating from Yemen"},
    "government_side": "britain", "rebel_side": "nlf",
    "keywords": {"britain": ["British troops", "British army"], "nlf": ["NLF", "National Liberation Front"]}})])


def _sides(text: str, actors) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=actors)]


# rule country_only_a_place
@pytest.mark.parametrize("text, actors, country", [
    ("Kenya said on Tuesday that it would keep the border at Busia closed to lorries.", KAGERA, "Kenya"),
    ("Sudan has denied arming the exiles but concedes it has little control over the frontier.", KAGERA, "Sudan"),
    ("Yemen said the grenade attack in Crater had nothing to do with its government.", ADEN, "Yemen"),
], ids=["exile base", "raids from bases", "rear base of the rebels"])
def test_a_country_the_registry_names_only_as_a_place_is_a_foreign_state(text, actors, country):
    rows = _sides(text, actors)
    assert rows and set(rows) == {(country, "foreign_gov", "country_only_a_place")}


def test_a_country_the_registry_names_as_a_backer_gets_no_side():
    """'backed by Libya': the registry places Libya in the war; which side it speaks for is the registry's to say."""
    rows = _sides("Libya said 400 of its soldiers had been sent home from Entebbe.", KAGERA)
    assert [(s, by) for _, s, by in rows] == [("unknown", "none")]


def test_a_warring_country_keeps_its_own_side():
    rows = _sides("Tanzania said its troops had taken Masaka after two days of shelling.", KAGERA)
    assert [s for _, s, _ in rows] == ["tanzania"]


def test_reports_from_a_place_country_are_no_state():
    """Only the bare country speaks as a state: 'reports from Kenya' are not Kenya's government."""
    rows = _sides("Reports from Kenya said 40 Ugandan soldiers had crossed the border at Busia.", KAGERA)
    assert all(by != "country_only_a_place" for _, _, by in rows)


# rule people_as_state
@pytest.mark.parametrize("text, people, side", [
    ("Radio Uganda claimed 40 Tanzanian soldiers had been killed. The Tanzanians conceded the loss of five men "
     "but said their forces had taken Masaka.", "Tanzanians", "tanzania"),
    ("The Ugandans said on Friday that the bridge at Kyaka had been blown up by the invaders.", "Ugandans", "uganda"),
], ids=["the Tanzanians conceded", "the Ugandans said"])
def test_the_people_of_a_warring_state_speak_as_that_state(text, people, side):
    rows = _sides(text, KAGERA)
    assert (people, side, "people_as_state") in rows
    assert all(s == side for p, s, _ in rows if p == people)


@pytest.mark.parametrize("text", [
    "Tanzanians in Mwanza said the shelling had gone on all night.",          # a population, placed
    "The Kenyans said the border would stay shut until the fighting ended.",  # a people whose state is no side
    "Tanzanian villagers said the Ugandan troops had burned their huts.",     # a people's word before a noun
], ids=["placed population", "people of no warring state", "villagers"])
def test_a_population_is_not_the_state(text):
    rows = _sides(text, KAGERA)
    assert rows and all(by != "people_as_state" for _, _, by in rows)
    assert all(s not in ("tanzania", "uganda") or by != "people_as_state" for _, s, by in rows)
