"""casualties speed (s21-cspeed): a harm phrase whose gate word is a frequent word of general English ('put down
their arms', 'in stable condition') gates a sentence only together with the phrase's last word: the phrase is still
found, a sentence that holds the frequent word alone is not read."""
from __future__ import annotations

import pytest

from presslens.casualties import load_lexicon
from presslens.casualties.rules import claims_in


def test_frequent_words_gate_only_with_their_phrase():
    lex = load_lexicon()
    assert "put" not in lex.gate and "stable" not in lex.gate and {"put", "stable"} <= lex.gate_any
    assert lex.gate_pairs["put"] >= {"arms", "weapons"} and lex.gate_pairs["stable"] >= {"condition"}
    assert lex.admits("the militia agreed to put down their weapons".split())
    assert lex.admits("two of them are in stable condition".split())


@pytest.mark.parametrize("words", [
    "the ministry put the figure at 40",            # 'put' alone: a toll put at a number is read by its toll word
    "prices have been stable since the ceasefire",
    "the council gave its backing to the talks",
    "the convoy turned back at the border",
])
def test_frequent_word_alone_admits_no_sentence(words):
    assert not load_lexicon().admits(words.split())


@pytest.mark.parametrize("sentence, category", [
    ("Some 300 Karen guerrillas put down their arms at the border post on Friday.", "surrendered"),
    ("Four of the wounded villagers were in stable condition, a Tamale doctor said.", "wounded"),
])
def test_paired_phrases_still_found(sentence, category):
    assert category in {c[0] for c in claims_in(sentence)}
