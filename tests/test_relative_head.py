"""A relative clause is never the speaker (docs/rules.md "Session 19: speaker phrases"): rule
`relative_clause_head` (quotes.relative_head: 'the whereabouts of Hun Sen, who appeared on television ... and
accused' -> 'Hun Sen'; 'an Austrian traveler, Helmut Wolf, who returned from Timisoara Wednesday said' -> 'Helmut
Wolf'). Made-up sentences in the manner of wars that no eval set holds (the Shaba invasions, the Casamance
conflict), positive and negative: a relative with its head inside the phrase, a relative after a clause or an
adverbial, and a phrase with no relative keep the speaker the other rules give."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article
from presslens.quotes.relative_head import relative_clause_head

SHABA = Actors([_conflict("shaba", {
    "sides": {"zaire": "the Zairean state and its army", "flnc": "the Congolese National Liberation Front, rebels"},
    "countries": {"zaire": ["Zaire"]}, "keywords": {"flnc": ["FLNC"]}})])

# (id, text, the speaker of the statement whose text holds `content`, content)
CASES = [
    ("Shaba: a name's relative clause with its own verb before the cue",
     "Nobody knew the whereabouts of Nguza Karl-i-Bond, who appeared on radio Sunday wearing fatigues and "
     'accused Kinshasa of "treachery."\n', "Nguza Karl-i-Bond", "treachery"),
    ("Shaba: a name in apposition, then its relative clause",
     "Witnesses reported hundreds dead, but a Belgian engineer, Paul Maes, who returned from Kolwezi Tuesday said "
     'the toll was "more than 500."\n', "Paul Maes", "500"),
    ("Casamance: a role's relative clause",
     "The road to Ziguinchor was closed. The regional governor, who toured the front on Monday, told reporters "
     "that nine soldiers had been killed.\n", "regional governor", "nine soldiers"),
    ("negative, Casamance: the relative's head is inside the phrase",
     "Villagers who fled the shelling near Bignona said ten people were killed.\n", "villagers", "ten people"),
    ("negative, Shaba: no relative",
     "Paul Maes, a Belgian engineer, said the town of Kolwezi had fallen on Friday.\n", "Paul Maes", "Kolwezi"),
]


@pytest.mark.parametrize("name,text,speaker,content", CASES, ids=[c[0] for c in CASES])
def test_relative_clause_head(name, text, speaker, content):
    rows = [r for r in quotes_for_article("r.txt", text, actors=SHABA) if content in r["text"]]
    assert rows, "the statement is found"
    assert rows[0]["speaker"].lower().endswith(speaker.lower())
    assert not rows[0]["speaker"].lower().startswith(("who ", "which "))


def test_the_rule_marks_its_row():
    text = ("Nobody knew the whereabouts of Nguza Karl-i-Bond, who appeared on radio Sunday wearing fatigues and "
            'accused Kinshasa of "treachery."\n')
    rows = quotes_for_article("r.txt", text, actors=SHABA)
    assert [(r["speaker"], r["speaker_by"]) for r in rows] == [("Nguza Karl-i-Bond", "relative_clause_head")]


@pytest.mark.parametrize("text,phrase", [
    ("Villagers who fled the shelling said ten were killed.", "who fled the shelling"),    # no comma before
    ("Ten were killed, who witnesses said were civilians.", "who witnesses"),              # a clause before
    ("In Kolwezi, which the rebels held, a priest said ten died.", "which the rebels held, a priest"),  # an adverbial
    ("Paul Maes, the engineer said.", "the engineer"),                                     # no relative
    ("The rebels said, Who will pay?", "Who will pay"),                                    # 'Who' capitalised
])
def test_left_alone(text, phrase):
    assert relative_clause_head(text, text.index(phrase), phrase) is None
