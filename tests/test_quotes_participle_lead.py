"""A participle cue whose only candidate speaker is a capitalised function word opening the sentence has no speaker
(rule `function_word_not_speaker`, quotes/participle_lead.py; docs/rules.md "Session 19: statement recall").
Every sentence is invented, in the styles of wars in none of the eval sets (the Chaco war, the Ifni war, the
Biafran war, the Dhofar rebellion); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


NO_SPEAKER = [
    ("a time phrase opening on 'Only' (Chaco)",
     "Only hours after declaring a truce, the Bolivian command moved two regiments to the fort."),
    ("a prepositional opening (Ifni)",
     "At the very least, Madrid is interested in maintaining its garrisons on the coast."),
    ("a possessive determiner (an outlet's footer)",
     "Our ability to deliver field reporting on the crisis rests on the support of readers."),
    ("an adverb opening a fragment (Biafra)",
     "Finally a bulletin from Radio Enugu, actually blaming the federal air force."),
]

KEPT = [
    ("a place that is a state (Dhofar)",
     "Muscat reacted angrily, saying the raid was a provocation.",
     [("Muscat", "saying", "the raid was a provocation")]),
    ("a pronoun (Chaco)",
     "He visited the fort, saying the garrison was short of water.",
     [("he", "saying", "the garrison was short of water")]),
]


@pytest.mark.parametrize("name, text", NO_SPEAKER, ids=[c[0] for c in NO_SPEAKER])
def test_function_word_not_speaker(name, text):
    assert rows(text) == []


@pytest.mark.parametrize("name, text, expected", KEPT, ids=[c[0] for c in KEPT])
def test_participle_speaker_kept(name, text, expected):
    assert rows(text) == expected
