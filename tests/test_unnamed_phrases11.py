"""Session 11's unnamed-phrase families (docs/rules.md "Session 11 ... unnamed phrases"): rule `unnamed_verb_cut`
(mentions.phrases), an unnamed speaker phrase that runs past its head into a verb is cut before it. Every
sentence is composed for the test in the manner of copy from wars in no eval set (Dhofar, Cyprus 1974,
Falklands 1982); every name is invented."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.phrases import unnamed_verb_cut
from presslens.quotes import quotes_for_article

DHOFAR = Actors([_conflict("dhofar", {
    "articles": ["a.txt"],
    "sides": {"oman": "the Sultanate of Oman: armed forces, police", "pflo": "the Dhofari rebel front"},
    "government_side": "oman", "rebel_side": "pflo",
    "keywords": {"oman": ["Sultan's Armed Forces"], "pflo": ["PFLO"]}})])


def _speakers(text: str) -> list[str]:
    return [r["speaker"] for r in quotes_for_article("a.txt", text, actors=DHOFAR)]


@pytest.mark.parametrize("text, speaker", [
    ("Three soldiers were killed near Salalah on Tuesday, according to a military source quoted by the state "
     "news agency.", "a military source"),
    ("Two villages were shelled, a police officer cited by the Nicosia radio said.", "a police officer"),
    ("A shepherd told the Red Crescent the guerrillas accused the villagers of hiding soldiers.", "a shepherd"),
    ("The Red Crescent said its workers reported 20 dead in Mirbat.", "Red Crescent"),
    ("A spokesman for the Dhofari rebel front fighting Government forces says they have shot down a helicopter.",
     "a spokesman for the Dhofari rebel front"),
], ids=["quoted by", "cited by", "told X the rebels", "said its workers", "fighting Government forces"])
def test_phrase_cut_before_its_own_verb(text, speaker):
    assert speaker in _speakers(text)
    assert not any(s != speaker and s.startswith(speaker) for s in _speakers(text))


def test_cut_phrase_takes_the_speakers_side_not_the_objects():
    rows = quotes_for_article("a.txt", "A spokesman for the Dhofari rebel front fighting Government forces says "
                              "they have shot down a helicopter.", actors=DHOFAR)
    assert [r["speaker_side"] for r in rows] == ["pflo"]


@pytest.mark.parametrize("phrase", [
    "an official of the ruling Unity Party",          # -ing adjective after a determiner
    "officials of the governing council",
    "residents fleeing the town",                     # a participle with a common object: the phrase as it stands
    "a combatant wearing a green beret",
    "a Royal Marines spokesman",                       # no verb
    "two islanders living near Port Stanley",
], ids=["ruling", "governing", "fleeing the town", "wearing a", "no verb", "living near"])
def test_phrase_without_a_verb_of_its_own_is_kept(phrase):
    assert unnamed_verb_cut(phrase) == phrase


@pytest.mark.parametrize("text, speaker", [
    ("Residents fleeing the town said the shelling went on all night.", "residents fleeing the town"),
    ("An official of the ruling Unity Party said the curfew would stay.", "an official of the ruling Unity Party"),
], ids=["residents fleeing the town", "ruling party"])
def test_kept_phrases_end_to_end(text, speaker):
    assert _speakers(text) == [speaker]
