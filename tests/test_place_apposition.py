"""A place in apposition is not the speaker (docs/rules.md "Session 19: speaker phrases"): rule
`place_apposition_head` (quotes.place_apposition: "The government of Ethiopia's largest region, Oromiya, on
Saturday accused" -> "government of Ethiopia's largest region, Oromiya"; "Lusa's correspondent in the capital,
Bissau, said" -> "Lusa's correspondent in the capital, Bissau"). Made-up sentences in the manner of wars that no
eval set holds (the Shaba invasions, the Casamance conflict), positive and negative: a person in apposition to a
role, a place after an adverbial opener and a name with no place noun before it keep the speaker the other rules
give."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article
from presslens.quotes.place_apposition import place_apposition_head

SHABA = Actors([_conflict("shaba", {
    "sides": {"zaire": "the Zairean state and its army", "flnc": "the Congolese National Liberation Front, rebels"},
    "countries": {"zaire": ["Zaire"]}, "keywords": {"flnc": ["FLNC"]}})])

# (id, text, the speaker of the statement whose text holds `content`, content)
CASES = [
    ("Shaba: a body of a region, the region's name in apposition",
     "KINSHASA (Reuters) \u2013 The government of Zaire's richest province, Shaba, on Monday accused the FLNC of "
     "killing 40 miners.\n", "government of Zaire's richest province, Shaba", "40 miners"),
    ("Casamance: a correspondent in the capital, the capital's name in apposition",
     "The toll rose on Friday. The agency's correspondent in the capital, Ziguinchor, said he had seen twelve "
     "bodies.\n", "The agency's correspondent in the capital, Ziguinchor", "twelve bodies"),
    ("negative, Casamance: a person in apposition to a role keeps the name",
     "The rebels' spokesman, Diatta, said twelve soldiers were killed near Bignona.\n", "Diatta", "twelve soldiers"),
    ("negative, Shaba: a place after an adverbial opener, a person speaks",
     "In the capital, Lubumbashi, Mulele said ten miners had died.\n", "Mulele", "ten miners"),
]


@pytest.mark.parametrize("name,text,speaker,content", CASES, ids=[c[0] for c in CASES])
def test_place_apposition_head(name, text, speaker, content):
    rows = [r for r in quotes_for_article("p.txt", text, actors=SHABA) if content in r["text"]]
    assert rows, "the statement is found"
    assert rows[0]["speaker"].lower().replace("the ", "") == speaker.lower().replace("the ", "")


def test_the_rule_marks_its_row():
    text = "The government of Zaire's richest province, Shaba, on Monday accused the FLNC of killing 40 miners.\n"
    rows = quotes_for_article("p.txt", text, actors=SHABA)
    assert [r["speaker_by"] for r in rows] == ["place_apposition_head"]


@pytest.mark.parametrize("text,name", [
    ("The group's spokesman, Ali, said ten died.", "Ali"),                          # a role, not a place noun
    ("Tholu Rocky, superintendent of police, Kessa, said ten died.", "Kessa"),     # no place noun
    ("In the capital, Ziguinchor, Diatta said ten died.", "Diatta"),               # no place noun before the name
    ("It happened in the region, Shaba. Mulele said ten died.", "Shaba"),          # no comma after the place
    ("The rebels took the town, Kolwezi, on Friday.", "kolwezi"),                  # a lower-case word: no name
])
def test_left_alone(text, name):
    text = text.replace("Kolwezi", name)
    a = text.index(name)
    assert place_apposition_head(text, a, a + len(name)) is None
