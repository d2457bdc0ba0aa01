"""Session 28's rule `people_noun_phrase` (mentions.people_phrase, asked by mentions.phrases `_phrase_head` and
`_phrase_by_head`, and by quotes.participle_subject for a people noun's place): a speaker phrase whose head is a
people noun is no name though a capital stands in it (a sentence's first word, a nation's or a faith's people); its
speaker is the phrase, lower-case as it stands. Made-up sentences in the manner of wars that no eval set holds (the
Nigerian Civil War 1967-1970, the Simba rebellion 1964, the Aden Emergency 1963-1967); every name is invented."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

CASES = [
    ("Biafra: a sentence's capitalised people noun and its relative",
     "Refugees who crossed into Cameroon said federal troops had burned the market at Obudu.\n",
     "burned the market", "refugees", "people_noun_phrase"),
    ("Simba: a people noun, a participle and a place named after",
     "Travellers fleeing Stanleyville said the rebels still held the airport.\n",
     "held the airport", "travellers", "people_noun_phrase"),
    ("Aden: a people noun and its place, a participle's subject",
     "Expatriates in one Crater hotel checked out on Monday, saying they feared a grenade attack.\n",
     "grenade attack", "expatriates", "people_noun_phrase"),
    ("Simba: modifiers before a nation's people noun",
     "The radio quoted a young Congolese whose father teaches at the mission as saying that forty hostages had "
     "died.\n", "forty hostages", "a young Congolese", "people_noun_phrase"),
    ("Biafra: an adjective before a people noun, a participle's subject",
     "Angered by the blockade, pro-federal Nigerians attacked a relief convoy at Enugu, accusing its crew of "
     "smuggling arms.\n", "smuggling arms", "pro-federal Nigerians", "people_noun_phrase"),
    ("Biafra: a people noun of the rebel list and its relative",
     "Guerrillas who escaped the ambush near Uli said federal troops had new mortars.\n",
     "new mortars", "guerrillas", "people_noun_phrase"),
    ("negative, Biafra: a bare 'the' adds nothing to the people",
     "The Nigerians said they had taken the bridge at Onitsha.\n", "taken the bridge", "Nigerians", None),
    ("negative, Aden: a body's capitalised name with a place",
     "Reuters in Aden said six soldiers had been wounded.\n", "six soldiers", "Reuters", None),
]


@pytest.mark.parametrize("name,text,content,speaker,rule", CASES, ids=[c[0] for c in CASES])
def test_people_noun_phrase(name, text, content, speaker, rule):
    rows = [r for r in quotes_for_article("r.txt", text) if content in r["text"]]
    assert rows, "the statement is found"
    assert rows[0]["speaker"] == speaker
    if rule:
        assert rows[0]["speaker_by"] == rule
