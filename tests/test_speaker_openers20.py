"""Speaker phrases holding a sentence's opening words or its time word (docs/rules.md "Session 20: speakers on fresh
copy"): rule `fronted_modifier_subject` (quotes.fronted_segment: 'Yet, the government, ..., admitted', 'Exhausted,
wearing a torn shirt, the man, who ..., said' -> the determiner's noun phrase speaks, not the opening word) and rule
`weekday_after_name` (mentions.runs: 'Governor Ana Ruiz Wednesday visited ...', then 'Ruiz said' -> 'Ana Ruiz').
Made-up sentences in the manner of wars that no eval set holds (the Shaba invasions, the Casamance conflict, the
Cabinda insurgency), positive and negative: a name with its appositive, a name before a participle phrase, a
weekday that is part of a name."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.fronted_segment import fronted_modifier_subject
from presslens.mentions.runs import without_trailing_weekday

# (id, text, the speaker of the statement whose text holds `content`, content)
CASES = [
    ("Shaba: a conjunct adverb before the subject and its appositive adjunct",
     "The road to Kolwezi was cut. Yet, the government, both in Kinshasa and in Lubumbashi, admitted that "
     "soldiers had looted the town.\n", "government", "looted"),
    ("Casamance: an adjective and a participle phrase before the subject and its relative clause",
     "Radio showed a captured fighter. Exhausted, wearing a torn green shirt, the man, who spoke in Wolof, said he "
     "had crossed from Guinea-Bissau with forty others.\n", "man", "forty others"),
    ("Cabinda: a name's time word in the run, then the surname speaks",
     "Governor Aldina Matos Tuesday toured the oil terminal at Malongo. Matos, who also heads the security "
     'council, said: "The attackers came from across the border."\n', "Aldina Matos", "attackers came"),
    ("negative, Shaba: a name and its appositive",
     "Mbumba, the rebel commander, said his men held the airport at Kolwezi.\n", "Mbumba", "airport"),
    ("negative, Casamance: a name before a participle phrase",
     "Diatta, speaking in Ziguinchor, said nine soldiers had been killed.\n", "Diatta", "nine soldiers"),
]


@pytest.mark.parametrize("name,text,speaker,content", CASES, ids=[c[0] for c in CASES])
def test_speaker_openers(name, text, speaker, content):
    rows = [r for r in quotes_for_article("s.txt", text) if content in r["text"]]
    assert rows, "the statement is found"
    assert rows[0]["speaker"].lower() == speaker.lower()


@pytest.mark.parametrize("segments", [
    ["Mbumba", "the rebel commander"],                      # a name and its appositive
    ["Ahmed", "speaking in Ziguinchor", "the spokesman"],   # a name ending in -ed, then a participle phrase
    ["Yet", "speaking in Kolwezi"],                         # no determiner's noun phrase after the opener
    ["The rebels", "the spokesman"],                        # no one-word opener
])
def test_modifier_left_alone(segments):
    assert fronted_modifier_subject(segments) is None


@pytest.mark.parametrize("toks,kept", [
    ("Bloody Sunday".split(), "Bloody Sunday".split()),      # a name of two words that ends on a weekday
    ("Aldina Matos".split(), "Aldina Matos".split()),        # no weekday
    ("Friday Matos Okafor".split(), "Friday Matos Okafor".split()),   # a weekday that is no last word
])
def test_weekday_left_alone(toks, kept):
    assert without_trailing_weekday(toks) == kept


def test_the_rule_marks_its_row():
    text = ("The road to Kolwezi was cut. Yet, the government, both in Kinshasa and in Lubumbashi, admitted that "
            "soldiers had looted the town.\n")
    rows = quotes_for_article("s.txt", text)
    assert [(r["speaker"], r["speaker_by"]) for r in rows] == [("government", "fronted_modifier_subject")]
