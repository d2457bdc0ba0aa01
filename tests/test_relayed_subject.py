"""A sentence-closing outlet credit whose sentence's own named subject spoke (docs/rules.md "Session 18: speaker
names"): rule `relayed_subject_speaks` (quotes.relayed_subject: 'General X explained that ..., the Y daily reported';
'X, the governor, praised the raid in a statement, Z reported'; 'X claimed responsibility, the report said'). Made-up
sentences in the manner of wars that no eval set holds (the Chaco War, the Dhofar rebellion, the Aden Emergency, the
Biafran war), positive and negative: a subject that only acted, was acted on or has yet to speak leaves the credit to
the outlet."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article
from presslens.quotes.relayed_subject import relayed_subject

CHACO = Actors([_conflict("chaco", {
    "sides": {"bolivia": "the Bolivian state and its army", "flf": "the Febrerista Liberation Front, a rebel movement"},
    "countries": {"bolivia": ["Bolivia"]}, "keywords": {"flf": ["Febrerista Liberation Front"]}})])

# (id, text, the speakers in order)
CASES = [
    ("Chaco: a titled commander 'explained that', the daily's credit closes the sentence",
     "Army chief General Enrique Peñaranda explained that the garrison had withdrawn to the river overnight, "
     "Reuters reported.\n",
     ["Enrique Peñaranda"]),
    ("Aden: a named official with an appositive 'praised ... in a statement', the agency's credit closes it",
     "Humphrey Trevelyan, the high commissioner of Aden, praised the patrol in a statement issued late on Monday, "
     "the Associated Press reported.\n",
     ["Humphrey Trevelyan"]),
    ("Dhofar: a front with an appositive 'claimed responsibility', then 'the report said'",
     "The Dhofar Liberation Front, or the DLF, claimed responsibility for the ambush, Reuters said.\n",
     ["Dhofar Liberation Front"]),
    ("Biafra: 'declined to ..., other than saying that', the newspaper's credit closes it",
     "Colonel Odumegwu Ojukwu declined to speculate on the toll, other than saying that the town had held, "
     "Agence France-Presse reported.\n",
     ["Odumegwu Ojukwu"]),
    ("negative, Chaco: the subject only acted; the outlet reports the fact",
     "Bolivian troops attacked the fort at Boquerón at dawn, killing eleven men, Reuters reported.\n",
     ["Reuters"]),
    ("negative, Aden: the subject was acted on (killed), though named",
     "Ahmed Saleh, a union leader in Crater, has been killed in a grenade attack, the Associated Press reported.\n",
     ["Associated Press"]),
    ("negative, Dhofar: the subject has yet to confirm",
     "Meanwhile, the Sultan's Armed Forces has yet to confirm any losses, Reuters reported.\n",
     ["Reuters"]),
    ("negative, Biafra: a sentence that opens on a place ('In Enugu, ...') names no speaker as subject",
     "In Enugu, shells fell on the market in a statement of force, Agence France-Presse reported.\n",
     ["Agence France-Presse"]),
    ("negative, Biafra: the subject's verb is no cue and nothing says it spoke",
     "Colonel Odumegwu Ojukwu visited the front at Nsukka on Monday, Agence France-Presse reported.\n",
     ["Agence France-Presse"]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_relayed_subject(name, text, expected):
    assert [r["speaker"] for r in quotes_for_article("n.txt", text, actors=CHACO)] == expected


def test_the_rule_marks_its_row_and_the_subject_keeps_its_side():
    text = ("The Febrerista Liberation Front praised its fighters in a statement on the fall of the wells, "
            "Reuters reported.\n")
    rows = quotes_for_article("n.txt", text, actors=CHACO)
    assert [(r["speaker"], r["speaker_by"], r["speaker_side"]) for r in rows] == \
        [("Febrerista Liberation Front", "relayed_subject_speaks", "flf")]


@pytest.mark.parametrize("statement,subject", [
    ("Army chief General Tomas Ferro explained that the raiders fled", "Army chief General Tomas Ferro"),
    ("Jaish al-Sahil, or the Coast Army, claimed the attack", "Jaish al-Sahil"),
    ("Ana Brel, the governor of Kessa, praised the raid in a statement", "Ana Brel"),
    ("Ana Brel refused to comment, saying nothing was known", None),
    ("Rebels attacked the town at dawn", None),
    ("the rebels claimed the town", None),
])
def test_relayed_subject_span(statement, subject):
    span = relayed_subject(statement, {"explained", "claimed", "said"})
    assert (statement[span[0]:span[1]] if span else None) == subject
