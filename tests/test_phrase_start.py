"""Session 23, the speaker's phrase bounds (docs/rules.md "Session 23: the speaker's phrase bounds"): rule
`noun_phrase_start` (mentions.phrase_start, asked by quotes.speakers `_trim_clause` and by names `_fullest`): a
speaker phrase opens at its determiner or after a sentence stop, not on the word before. Made-up sentences in the
manner of wars no eval set holds (the second Boer war, the Chaco war, the Cyprus emergency), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.phrase_start import noun_phrase_start
from presslens.quotes import quotes_for_article


def _row(text: str, cue_at: str) -> dict:
    """The quote row whose cue stands at the first `cue_at` of `text`."""
    at = text.index(cue_at)
    rows = [r for r in quotes_for_article("t.txt", text) if r["start"] is not None and r["start"] > at - 80
            and r["cue"] and cue_at.startswith(r["cue"])]
    assert rows, quotes_for_article("t.txt", text)
    return rows[0]


POSITIVE = [
    ("Boer war: a sentence adverb before the determiner",
     "Actually the Boers said that 40 of their men had died at Colenso.\n", "said", "Boers"),
    ("Chaco war: a place name glued before the determiner",
     "Boqueron the Paraguayans claimed that 300 Bolivian soldiers were killed.\n", "claimed", "Paraguayans"),
]


@pytest.mark.parametrize("name,text,cue_at,speaker", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_phrase_opens_at_its_determiner(name, text, cue_at, speaker):
    row = _row(text, cue_at)
    assert (row["speaker"], row["speaker_by"]) == (speaker, "noun_phrase_start"), row


@pytest.mark.parametrize("phrase,expected", [
    ("Famagusta. Police", "Police"),                          # a phrase run over a sentence's stop
    ("Nicosia the British", "the British"),
    ("HARDING The Colonial Office", "The Colonial Office"),   # a transcript's speaker tag in capitals
    ("Unless the garrison", "the garrison"),
])
def test_noun_phrase_start_cuts(phrase, expected):
    assert phrase[noun_phrase_start(phrase):] == expected


@pytest.mark.parametrize("phrase", [
    "National Organisation of the Cypriot Fighters",   # a preposition before 'the'
    "Both the Greek and Turkish Cypriot leaders",       # a predeterminer
    "EOKA and the police",                              # a conjunction
    "Governor, the colonial secretary",                 # a comma
    "Lt. Col. Grivas", "Capt. Andreou", "Sept. Ministry",  # abbreviations' stops
    "Field Marshal Sir John Harding",
])
def test_noun_phrase_start_keeps_the_whole(phrase):
    assert noun_phrase_start(phrase) == 0


def test_whole_phrase_without_a_determiner_stays():
    row = _row("The Paraguayan command said that 300 Bolivian soldiers were killed at Boqueron.\n", "said")
    assert row["speaker_by"] != "noun_phrase_start", row
