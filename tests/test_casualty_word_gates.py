"""Casualty speed: the word gates before patterns and scans give what the ungated code gives (each gate is a
necessary condition of what it guards: a sentence it closes on has no match)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.casualties import load_lexicon
from presslens.casualties.claims import _HARM_NOUNS, _vague_predicate_pattern
from presslens.casualties.extract import extract_article
from presslens.casualties.one_by_role_subject import _definite_person_near
from presslens.casualties.scan import lower_words
from presslens.casualties.victims import _PEOPLE_ENDS
from presslens.fastre import _CaseFreePattern

LEX = load_lexicon()
_NOUN_GROUP = r"(?P<noun>losses|casualties|deaths|fatalities|(?:death\s+)?toll)"


def _gate_open(sentence: str, words) -> bool:
    """The gate of `claims._zero_and_vague` on the vague patterns: a harm noun among the words, or a letter re.I
    matches to another."""
    return not _HARM_NOUNS.isdisjoint(words) or _CaseFreePattern._odd(sentence)


def test_the_harm_nouns_are_the_patterns_own():
    """Both vague patterns end on the one noun group whose words `_HARM_NOUNS` holds (a noun added to one of them
    must be added to the gate)."""
    assert _NOUN_GROUP in LEX.vague_adj.pattern
    assert _NOUN_GROUP in _vague_predicate_pattern(LEX).pattern
    # ('death' is optional before 'toll': the toll is the word a match needs)
    assert _HARM_NOUNS == frozenset(re.findall(r"[a-z]+", _NOUN_GROUP.split(">", 1)[1])) - {"s", "death"}


@pytest.mark.parametrize("sentence", [
    "Rebel losses were heavy, the army said.",                     # predicate
    "The fighting caused heavy civilian and military losses.",      # adjective, two kinds
    "A HIGH DEATH TOLL was feared in the Zaraf valley.",            # capitals
    "Casualties were described as light on both sides.",
    "Officials spoke of «massive» casualties in Korvan.",           # a guillemet before the noun
    "There were heavy ca\u017fualties near the ford.",              # a long s: re.I reads it as 's'
])
def test_a_vague_claim_passes_the_gate(sentence):
    words = lower_words(sentence).split()
    assert _gate_open(sentence, words)
    assert _gate_open(sentence, set(re.findall(r"[a-z]+", sentence.lower())))


@pytest.mark.parametrize("sentence", [
    "Heavy rain fell on the capital of Mirandia.",
    "The losing side filed a serious complaint.",                   # 'losing', not 'losses'
    "High tolls on the bridge angered drivers.",                    # 'tolls' is no harm noun of the patterns
    "Massive crowds gathered in the square.",
])
def test_a_sentence_without_a_harm_noun_is_closed_and_has_no_match(sentence):
    words = lower_words(sentence).split()
    assert not _gate_open(sentence, words)
    assert LEX.vague_adj.search(sentence) is None and _vague_predicate_pattern(LEX).search(sentence) is None


_ALPHABET = ["heavy ", "losses", "Losses", "LOSSES", "los\u017fes", "casualties", "deaths", "death toll", "toll",
             "tolls", " were ", " light", "high ", "civilian ", ",", "-", "_", "'", "’", "«", "2", "é", " ", "the ",
             "were heavy", "ı", "İ", "K"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=14))
def test_a_closed_gate_means_no_match(parts):
    """Necessary condition: wherever either vague pattern matches, the gate is open, with the extractor's words
    (`lower_words`) and with `_sentence_claims`'s own ([a-z]+ of the lower-cased sentence)."""
    text = "".join(parts)
    if LEX.vague_adj.search(text) or _vague_predicate_pattern(LEX).search(text):
        assert _gate_open(text, lower_words(text).split())
        assert _gate_open(text, set(re.findall(r"[a-z]+", text.lower())))


def _definite_person_near_plain(words: list[str], lex) -> bool:
    """The gate's former formula (the reference): every word, 'the' among the four before it."""
    return any(w.strip(",.;:!?\"'’”“()") in lex.singular and "the" in words[max(0, i - 4):i]
               for i, w in enumerate(words))


_WORDS = ["the", "The", "commander", "soldier,", "(driver)", "mayor.", "a", "was", "killed", "local", "said", "of"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_definite_person_near_reads_from_each_the(words):
    assert _definite_person_near(words, LEX) == _definite_person_near_plain(words, LEX)


@pytest.mark.parametrize("words, near", [
    ("the deputy mayor of the town has died".split(), True),
    ("the very very very very commander was kidnapped".split(), False),   # five words after 'the'
    ("a commander and the".split(), False),                               # 'the' after the role
])
def test_definite_person_near_examples(words, near):
    assert _definite_person_near(words, LEX) is near is _definite_person_near_plain(words, LEX)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aeinsz", max_size=9))
def test_a_peoples_plural_ends_on_one_of_the_endings(word):
    if re.fullmatch(r"[a-z]+(?:ans|ians|is|ese)", word):
        assert word.endswith(_PEOPLE_ENDS)


def test_the_sentence_gate_holds_the_gate_and_back_words():
    assert LEX.gate_or_back == LEX.gate_any | LEX.back_words


@pytest.mark.parametrize("text, claims", [
    # a sentence with no gate word but a back hedge after a claim: the hedge still reaches the claim
    ("Rebels killed 12 soldiers near Ostrava on Monday. The figure could not be verified.",
     [("killed", 12, True)]),
    ("Heavy rain fell on Ostrava. Militia losses were heavy, a monitor said.", [("casualties", None, False)]),
    ("Heavy rain fell on Ostrava. Crowds were large.", []),
])
def test_gated_sentences_give_the_claims(text, claims):
    got = [(r["category"], r["low"], r["hedged"]) for r in extract_article("a1", text)]
    assert got == claims
