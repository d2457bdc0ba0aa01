"""Rule `adjective_body_before` narrowed (docs/rules.md "Session 19: speakers"): a one-word name takes the body an
earlier statement named with it ('a Kessan claim' <- 'The Kessan military said') only where the word modifies a
statement's noun printed after it (mentions.pronouns.modifies_next_noun); a name that is the subject of its own verb
('Tarvia claimed', 'Tarvia earlier said') speaks as itself. Made-up sentences (invented states Kessa and Tarvia), in
the manner of wars in no eval set."""
from __future__ import annotations

import pytest

from presslens.mentions.pronouns import modifies_next_noun
from presslens.quotes import quotes_for_article

# (id, text, the (speaker, speaker_by) of the second statement)
CASES = [
    ("a modifier before 'claim' takes the body named with it before",
     "The Kessan military said on Monday that its jets had struck three depots. It followed a Kessan claim to have "
     "downed a Tarvian helicopter on Friday.\n",
     ("kessan military", "adjective_body_before")),
    ("a modifier before 'statement' takes the body named with it before",
     "The Kessan army said on Monday that its jets had struck three depots. A Kessan statement said later that two "
     "pilots were missing.\n",
     None),
    ("negative: the state's name is the subject of its own verb",
     "The Tarvia government said on Monday that the strike hit a school. Tarvia claimed that there were no camps in "
     "the area.\n",
     ("Tarvia", "name")),
    ("negative: the state's name, an adverb, then its verb",
     "The Tarvia News Agency said on Monday that 40 soldiers had died. Tarvia earlier said it killed nearly 500 "
     "Kessan troops.\n",
     ("Tarvia", "name")),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_adjective_body_modifier(name, text, expected):
    rows = quotes_for_article("n.txt", text)
    assert len(rows) == 2
    if expected is None:        # found, and never the bare modifier
        assert rows[1]["speaker"] != "Kessan"
    else:
        assert (rows[1]["speaker"], rows[1]["speaker_by"]) == expected


@pytest.mark.parametrize("text,word,expected", [
    ("It followed a Kessan claim to have downed a jet.", " claim", True),
    ("It cited a Kessan communiqué of Friday.", " communiqué", True),
    ("Tarvia claimed the jet was its own.", " claimed", False),
    ("Tarvia earlier said it had won.", " earlier", False),
    ("Kessan,", ",", False),
])
def test_modifies_next_noun(text, word, expected):
    assert modifies_next_noun(text, text.index(word)) is expected
