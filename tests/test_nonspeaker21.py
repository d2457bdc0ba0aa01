"""Speaker phrases that cannot speak (docs/rules.md "Session 21: speaker phrases that cannot speak"): a subject
headed by a noun of harm or of an armed event says nothing (rule `event_noun_speaker`, quotes.event_subject), and
'after the attack' before a cue is a preposition's object, not a clause's subject. Every sentence is invented, in the
styles of wars in none of the eval sets (the Biafran war, the Chaco war); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.event_subject import event_noun_speaker, noun_head

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["cue"]) for r in quotes_for_article("t.txt", LEAD + text)]


TAKEN = [
    ("a participle after a harm noun: the other reading speaks (Biafra)",
     "According to Colonel Amadi, if the charges are proven in court, the two massacres reported carry a death sentence.",
     [("Colonel Amadi", "According to")]),
    ("'after the shelling' is the subject's own complement (Biafra)",
     "Red Cross workers visiting the town after the shelling said the hospital had no water.",
     [("Red Cross workers visiting the town after the shelling", "said")]),
    ("unrest claims victims, officials speak (Chaco)",
     "Civil unrest in the Chaco villages, which officials said had ended, has claimed dozens of new victims.",
     [("officials", "said")]),
]

KEPT = [
    ("a counted subject speaks (Biafra)", "Four officers said the bridge at Onitsha had fallen.",
     [("four officers", "said")]),
    ("a data noun before an interposed credit (Chaco)", "The figures, the ministry said, were far too low.",
     [("ministry", "said")]),
    ("a harm noun as a modifier (Biafra)", "Attack survivors said the village at Owerri burned for two days.",
     [("attack survivors", "said")]),
    ("a war noun as a modifier (Chaco)", "The war ministry in Asunción said the fort had been retaken.",
     [("war ministry", "said")]),
]


@pytest.mark.parametrize("name, text, expected", TAKEN, ids=[c[0] for c in TAKEN])
def test_event_noun_is_no_speaker(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text, expected", KEPT, ids=[c[0] for c in KEPT])
def test_event_noun_leaves_speakers(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("phrase, head", [
    ("the attack on the depot at Nanawa", "attack"), ("Relief workers arriving after the raid", "workers"),
    ("Fresh skirmishes and occasional shelling", "skirmishes"), ("the Biafran war office", "office"),
])
def test_noun_head(phrase, head):
    assert noun_head(phrase) == head


def test_event_noun_speaker_leaves_a_clause_and_a_modifier():
    assert event_noun_speaker("the bombing of the market")
    assert not event_noun_speaker("fighting raged")           # a clause of its own, its verb next
    assert not event_noun_speaker("Attack survivors")
    assert not event_noun_speaker("the casualty office")
