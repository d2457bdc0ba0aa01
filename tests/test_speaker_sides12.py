"""Session 12's speaker-side rules (docs/rules.md "Session 12: speaker sides"), end to end on the quote extractor:
`civilian_head_noun`, `press_as_outlet`, `state_by_country_name`, `both_sides_speakers` and the rank and governor
words of speakers.yaml. Every sentence is composed for the test in the manner of wire copy from wars in no eval set
(Dhofar 1970s, the Chaco War, Shaba 1978); every name is invented. Each positive case has a negative beside it."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article
from war_registries import state_and_rebels

DHOFAR = state_and_rebels("dhofar", ("oman", "the Omani state: the sultan, his ministers, army and police",
                                     ["Sultan's Armed Forces", "Salalah garrison", "Salalah"]),
                          ("pflo", "the Popular Front for the Liberation of Oman and its Dhofari fighters",
                           ["PFLO", "adoo", "Dhofari rebels"]))

SHABA = state_and_rebels("shaba", ("zaire", "the Zairian state: President Mobutu, his ministers and the army (FAZ)",
                                   ["FAZ", "Zairian army"]),
                         ("fnlc", "the Congolese National Liberation Front (FNLC) rebels", ["FNLC", "Katangan rebels",
                                                                                             "Kolwezi rebels"]))

CHACO = Actors([_conflict("chaco", {
    "articles": ["a.txt"],
    "sides": {"bolivia": "the Bolivian state: government and army", "paraguay": "the Paraguayan state: government and army"},
    "keywords": {"bolivia": ["Bolivian army", "Bolivian troops"], "paraguay": ["Paraguayan army", "Paraguayan troops"]}})])


def _sides(text: str, actors) -> list[tuple[str, str, str]]:
    return [(r["speaker"].lower(), r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=actors)]


# rule civilian_head_noun: an unnamed resident or villager is a civilian though a modifier is a side's word
@pytest.mark.parametrize("text, speaker", [
    ("Mortar rounds fell on the market before dawn, Salalah residents said.", "salalah residents"),
    ("\"They took our goats and left,\" a villager loyal to the PFLO told reporters in the hills.",
     "a villager loyal to the pflo"),
], ids=["place residents", "a villager loyal to the rebels"])
def test_resident_with_a_side_word_is_civilian(text, speaker):
    assert _sides(text, DHOFAR) == [(speaker, "civilian", "civilian_head_noun")]


@pytest.mark.parametrize("text, side", [
    ("Four rebels were killed near the wells, Salalah officials said.", "oman"),
    ("Two soldiers were wounded in the ambush, armed villagers loyal to the PFLO said.", "pflo"),
], ids=["officials of the place", "armed villagers"])
def test_officials_and_armed_villagers_keep_their_side(text, side):
    rows = _sides(text, DHOFAR)
    assert [(s, by != "civilian_head_noun") for _, s, by in rows] == [(side, True)]


# rule press_as_outlet: the press as a speaker is an outlet; a press officer is not
def test_the_local_press_is_media():
    rows = _sides("Eleven people were killed in Kolwezi on Sunday, the local press reported.", SHABA)
    assert rows == [("local press", "media", "press_as_outlet")]


def test_a_press_officer_is_no_outlet():
    rows = _sides("Eleven rebels were killed in Kolwezi on Sunday, a Zairian army press officer said.", SHABA)
    assert [s for _, s, _ in rows] == ["zaire"]


# rule state_by_country_name: a state named by its country or capital, bare or with a government noun
def test_capital_speaks_for_the_state_the_registry_describes():
    rows = _sides("Muscat said on Tuesday that 40 rebels had been killed in the mountains.", DHOFAR)
    assert rows == [("muscat", "oman", "state_by_country_name")]


def test_a_foreign_government_by_its_country_word_is_foreign():
    rows = _sides("The Belgian government said 30 Europeans had been killed in Kolwezi.", SHABA)
    assert rows == [("belgian government", "foreign_gov", "state_by_country_name")]


def test_the_warring_state_by_its_country_word_keeps_its_side():
    rows = _sides("The Zairian government said 30 Europeans had been killed in Kolwezi.", SHABA)
    assert [s for _, s, _ in rows] == ["zaire"]


def test_reports_from_a_capital_are_not_the_state():
    rows = _sides("Reports from Muscat said 40 rebels had been killed in the mountains.", DHOFAR)
    assert all(by != "state_by_country_name" for _, _, by in rows)


# rule both_sides_speakers
def test_sources_on_both_sides_are_both():
    rows = _sides("Some 200 soldiers died in the battle for Boqueron, military sources on both sides said.", CHACO)
    assert [(s, by) for _, s, by in rows] == [("both", "both_sides_speakers")]


def test_residents_on_both_sides_of_a_border_are_no_side_pair():
    rows = _sides("Shells fell all night near the fort, residents on both sides of the river said.", CHACO)
    assert [s for _, s, _ in rows] == ["civilian"]


# speakers.yaml: a rank's abbreviation and a provincial governor are the state's (the government convention)
@pytest.mark.parametrize("text", [
    "\"We have retaken the airfield,\" said Col. Mpoyo Kasongo, speaking in Kolwezi.",
    "Katanga deputy-governor Ilunga Mbaya said 80 rebels had surrendered.",
    "Eighty rebels had surrendered at Kolwezi, a presidential spokesman said.",
    "Two fishing boats were sunk on Lake Mweru, the coast guard said.",
], ids=["Col.", "deputy-governor", "presidential spokesman", "coast guard"])
def test_rank_and_governor_titles_give_the_government_side(text):
    assert [s for _, s, _ in _sides(text, SHABA)] == ["zaire"]


def test_a_rebel_colonel_named_by_the_registry_keeps_the_rebel_side():
    rows = _sides("\"We hold the mine,\" said Col. Mpoyo Kasongo of the FNLC, speaking in Kolwezi.", SHABA)
    assert [s for _, s, _ in rows] == ["fnlc"]


def test_a_presidential_candidate_is_not_the_state():
    """Only the presidency's own voice ('a presidential spokesman') is the state's, not any 'presidential' phrase."""
    rows = _sides("Eighty people had been killed in Kolwezi, a presidential candidate said.", SHABA)
    assert rows and all(s != "zaire" for _, s, _ in rows)
