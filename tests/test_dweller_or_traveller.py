"""Session 24's rule `dweller_or_traveller` (mentions/travellers.py; docs/rules.md "Session 24: the speaker's side
when the speaker is right") and the lexicon words of that session (travellers, commentators, 'Lieut'), end to end on
the quote extractor. Every sentence is composed for the test in the manner of wire copy from a war in no eval set
(the Nigerian civil war of 1967-70, the federal state against secessionist Biafra); each positive case has
negatives beside it."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.travellers import dweller_or_traveller
from presslens.quotes import quotes_for_article

BIAFRA = Actors([_conflict("nigeria-biafra", {
    "articles": ["a.txt"],
    "sides": {"nigeria_gov": "the Federal Military Government in Lagos, its army, navy and air force",
              "biafra": "the secessionist Republic of Biafra: Colonel Ojukwu, the Biafran army and its militia"},
    "countries": {"nigeria_gov": ["Nigeria"]},
    "government_side": "nigeria_gov",
    "keywords": {"nigeria_gov": ["federal troops", "Lagos"], "biafra": ["Biafran", "Enugu", "Umuahia"]}})])


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=BIAFRA)]


@pytest.mark.parametrize("text", [
    "People living in Umuahia said the shelling had gone on all night.",
    "A Ghanaian returning from Enugu told reporters that at least 30 people had been killed in the market.",
])
def test_a_person_told_by_where_they_live_or_travel_is_a_civilian(text):
    rows = _sides(text)
    assert rows and rows[0][1:] == ("civilian", "dweller_or_traveller")


def test_travellers_are_civilians_by_the_lexicon():
    rows = _sides("Travellers arriving in Lagos said the road to the front was closed.")
    assert rows and rows[0][1] == "civilian"


@pytest.mark.parametrize("text, side", [
    ("Federal soldiers returning from the front said the town had fallen.", "nigeria_gov"),
    ("Biafran officials living in Lisbon said the airlift would go on.", "biafra"),
])
def test_an_armed_or_official_head_keeps_its_side(text, side):
    rows = _sides(text)
    assert rows and rows[0][1] == side and rows[0][2] != "dweller_or_traveller"


def test_the_rule_leaves_a_generic_side_and_a_bare_place_alone():
    assert dweller_or_traveller("un", "people living", " in the camps said", BIAFRA) == "un"
    assert dweller_or_traveller("biafra", "Enugu residents", " said", BIAFRA) == "biafra"   # no participle here
    assert dweller_or_traveller("biafra", "Umuahia returning", " fire", BIAFRA) == "biafra"  # a place, no nationality
    assert dweller_or_traveller("biafra", "armed men coming", " from Enugu", BIAFRA) == "biafra"


def test_a_commentator_and_an_old_rank_abbreviation():
    assert _sides("The blockade is starving the east, said one commentator.")[0][1] == "expert"
    rows = _sides("Lieut Adekunle said federal troops had crossed the Niger at Onitsha.")
    assert rows and rows[0][1] == "nigeria_gov"
