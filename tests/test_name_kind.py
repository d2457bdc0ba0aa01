"""A body's own name printed with what kind of body it is (docs/rules.md "Session 19: speakers"): rule
`name_with_kind` (quotes.name_kind: 'the FLNC rebel group said' -> 'FLNC'; 'the Kinshasa Press independent news
agency reported' -> 'Kinshasa Press'; 'the medical charity Doctors Without Borders said' -> 'Doctors Without
Borders'). Made-up sentences in the manner of wars that no eval set holds (the Shaba invasions, the Casamance
conflict, the Cabinda insurgency), positive and negative: a kind the list lacks, a demonym, an owner's possessive,
a body noun with no kind word and a phrase with no name keep the speaker as printed."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article
from presslens.quotes.name_kind import kind_gate, name_with_kind

SHABA = Actors([_conflict("shaba", {
    "sides": {"zaire": "the Zairean state and its army", "flnc": "the Congolese National Liberation Front, rebels"},
    "countries": {"zaire": ["Zaire"]}, "keywords": {"flnc": ["FLNC"]}})])

# (id, text, the speakers in order)
CASES = [
    ("Shaba: an acronym and its kind after it",
     "The FLNC rebel group said on Tuesday that its columns had reached the outskirts of Kolwezi.\n",
     ["FLNC"]),
    ("Shaba: a name, then 'independent news agency'",
     "Two mining engineers were killed near the station, the Kinshasa Press independent news agency reported.\n",
     ["Kinshasa Press"]),
    ("Casamance: the kind before the name",
     "The medical charity Doctors Without Borders said its clinic in Ziguinchor had treated 40 wounded.\n",
     ["Doctors Without Borders"]),
    ("Cabinda: 'rights group' before the name",
     "Rights group Amnesty International said that at least twelve villagers had been detained near Buco Zau.\n",
     ["Amnesty International"]),
    ("negative, Shaba: a kind word the list lacks (the agency is the UN's, not the UN)",
     "The U.N. refugee agency said some 3,000 refugees had crossed into Zambia since Monday.\n",
     ["U.N. refugee agency"]),
    ("negative, Casamance: a demonym, no body named",
     "The Senegalese rebel group said it had lost four fighters in the clash near the border.\n",
     None),
    ("negative, Cabinda: an owner's possessive before the kind",
     "Henrique N'zita's rebel movement said it had taken the post at Massabi.\n",
     None),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_name_with_kind(name, text, expected):
    rows = quotes_for_article("n.txt", text, actors=SHABA)
    assert rows, "the statement is found"
    if expected is None:        # the rule leaves the speaker alone
        assert all(r["speaker_by"] != "name_with_kind" for r in rows)
    else:
        assert [r["speaker"] for r in rows] == expected


def test_the_rule_marks_its_row():
    rows = quotes_for_article("n.txt", "The FLNC rebel group said that its columns had reached Kolwezi.\n",
                              actors=SHABA)
    assert [(r["speaker"], r["speaker_by"]) for r in rows] == [("FLNC", "name_with_kind")]


@pytest.mark.parametrize("phrase", [
    "the Islamic State group",              # a body noun with no kind word: the golds keep the name so
    "a rebel group",                        # no name
    "the Katangese rebel group",            # a demonym
    "the United Nations' humanitarian agency",  # an owner's possessive
    "government of President Mobutu Sese Seko",  # no body noun
    "Holden Roberto's rebel movement",
])
def test_left_alone(phrase):
    assert name_with_kind(phrase) is None


def test_gate_is_necessary():
    """Every phrase the patterns cut holds a body noun: the gate never hides a match."""
    for phrase in ("the FLNC rebel group", "Kinshasa Press independent news agency",
                   "the medical charity Doctors Without Borders", "rights group Amnesty International",
                   "the MPLA armed movement", "the UNITA separatist militia"):
        assert name_with_kind(phrase) is not None and kind_gate(phrase)
