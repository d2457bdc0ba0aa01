"""casualties.scan: the speed machinery gives what the plain patterns give (same first match, same words)."""
from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.casualties import claimants
from presslens.casualties.scan import class_opened, lower_words, opening_class, trie_alt

#: the plain form of rule `word_split` that lower_words replaces
_PLAIN_SPLIT = re.compile(r"[^\w\s]|_")

SENTENCES = [
    "Rebel commander Jean-Baptiste Mbarga said 14 soldiers of the FARDC were killed near Goma on Tuesday.",
    "The group's spokesman, speaking from Tindouf, said that the raid had killed nine Sahrawi herders.",
    "Three policemen were wounded in the blast, he said.",
    "According to the Kosovo Liberation Army, 23 of its fighters died; the Serbian ministry denies it.",
    "“We lost four men,” a local chief told reporters in Bunia, adding that the militia had fled.",
    "Separately, the ombudsman estimated that 1,200 people had been displaced, the agency reported.",
    "it was said that they had put the toll at 40. That statement read: 40 killed.",
    "Mr. Ntaganda also claimed the lives of 30 villagers; the army's figures said otherwise",
    "the said agreement — which the Aceh movement's leaders signed — says nothing of casualties",
]


def test_lower_words_is_the_plain_split_for_every_character():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert lower_words(every) == _PLAIN_SPLIT.sub(" ", every.lower())


@pytest.mark.parametrize("text", SENTENCES)
def test_lower_words_keeps_offsets_and_words(text):
    out = lower_words(text)
    assert len(out) == len(text) and out == _PLAIN_SPLIT.sub(" ", text.lower())


def test_opening_class_of_simple_patterns():
    assert opening_class(re.compile(r"(?:^|[.;]\s+)?(?P<who>[Hh]e|\bthe\s)")) == r"[\.\;Hht]"
    assert opening_class(re.compile(r"\d+(?:st|nd)?|dozens")) == r"[\dd]"
    assert opening_class(re.compile(r"a?b?")) is None          # a match can be empty
    assert opening_class(re.compile(r"x.|.x")) is None         # a match can open on any character
    assert opening_class(re.compile(r"[^a]x")) is None         # a negated class
    assert opening_class(re.compile(r"said", re.I)) is None    # case-insensitive: not followed


def _first(rx: re.Pattern, text: str):
    m = rx.search(text)
    return None if m is None else (m.start(), [(m.span(g), m.group(g)) for g in rx.groupindex])


@pytest.mark.parametrize("text", SENTENCES)
def test_class_opened_subj_said_gives_the_same_first_match(text):
    assert _first(claimants._SUBJ_SAID_FIRST, text) == _first(claimants._SUBJ_SAID, text)


def test_class_opened_subj_said_finds_the_speaker():
    found = [(m.group("who"), m.group("verb")) if m else None
             for m in map(claimants._SUBJ_SAID_FIRST.search, SENTENCES)]
    assert found == [("Jean-Baptiste Mbarga", "said"), None, ("he", "said"), None, ("a local chief", "told"),
                     ("the ombudsman", "estimated"), ("they", "put"), ("the army's figures", "said"),
                     ("he", "said")]     # (the last: 'he' inside 'the said', as the plain pattern has it)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["He", "he", "the", "The", "a", "an", "said", "told", "says", "Kabila", "UN",
                                 "rebels", "that", ",", ".", ";", "lives", "statement", "read", "it", "They",
                                 "had", "also", "of", "’s", "M23", "—", "  "]), max_size=30))
def test_class_opened_on_word_salad(words):
    text = " ".join(words)
    assert _first(claimants._SUBJ_SAID_FIRST, text) == _first(claimants._SUBJ_SAID, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeht .;,’'-XTHSI\n0", max_size=60))
def test_class_opened_on_odd_text(text):
    for rx in (re.compile(r"(?:^|[.;]\s+|\bthat\s+)?(?P<who>\b[A-Z]\w*|[Hh]e|\bthe\s+\w+?)\s+(?P<v>said|is)"),
               re.compile(r"(?P<a>(?<=, )t\w*|\bT)(?P<b>e*)h")):
        opened = class_opened(rx)
        assert opened is not rx
        assert _first(opened, text) == _first(rx, text)


def _all(rx: re.Pattern, text: str):
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab -", min_size=1, max_size=6).map(str.strip).filter(bool), min_size=1,
                max_size=8),
       st.text(alphabet="ab -c", max_size=40))
def test_trie_alt_matches_as_the_plain_alternation(words, text):
    from presslens.casualties.lexicon import _alt
    for tail in ("", r"(?![\w-])", r"\s*b", r"c"):     # continuations that make `re` backtrack into the choice
        plain, trie = (re.compile(f"(?P<w>{alt(words)}){tail}") for alt in (_alt, trie_alt))
        assert _all(plain, text) == _all(trie, text)
        plain_i, trie_i = (re.compile(f"(?P<w>{alt(words)}){tail}", re.I) for alt in (_alt, trie_alt))
        assert _all(plain_i, text.upper()) == _all(trie_i, text.upper())


def test_trie_alt_factors_the_quantity_words():
    assert trie_alt(["at least", "at most", "a", "about"]) == r"a(?:bout|t\s+(?:least|most)|)"
    assert trie_alt(["Dozens", "dozen"]) == r"Dozens|dozen"     # not lower-case ASCII: the plain form


@pytest.mark.parametrize("text, expected", [
    ("More than 1,200 people, among them two dozen soldiers, were killed near Bunia",
     [("more than", None, "1,200"), (None, None, "two dozen")]),
    ("Between 30 and 40 Sahrawi herders and scores of camels", [(None, "30", None), (None, None, None)]),
])
def test_quantity_pattern_finds_bounds_numbers_and_vague_words(text, expected):
    from presslens.casualties.lexicon import load_lexicon
    found = [(m.group("bound"), m.group("b1"), m.group("n")) for m in load_lexicon().qty.finditer(text)]
    assert [(b and b.lower(), b1, n) for b, b1, n in found] == expected


#: the article-wide person-name pattern before it was written out (claimants._PERSON)
_PERSON_PLAIN = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:\s+(?:al-|bin\s+|Ag\s+)?[A-Z][a-zA-Z'’-]+){1,3}")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Jean", "Pierre", "Bemba", "al-", "bin", "Ag", "Ghaly", "said", "the", "M23", "ABC",
                                 "O'Neil", "’s", ",", ".", "\n", "  "]), max_size=20))
def test_person_pattern_written_out_finds_the_same_names(words):
    text = " ".join(words).replace("al- ", "al-")
    assert _all(claimants._PERSON, text) == _all(_PERSON_PLAIN, text)


@pytest.mark.parametrize("text", SENTENCES + [
    "Seven gendarmes killed in ambush near Kidal: army", "Rebels overrun base - Tuareg sources",
    "Twelve civilians died in the shelling of Stepanakert, local officials said.",
    "The raid killed four, the ministry told Reuters by phone.", "No one was hurt",
])
def test_needs_gates_give_the_plain_matches(text):
    for wrapped in (claimants._HEAD_SOURCE, claimants._TRAILING_CUE, claimants._OWNER):
        for t in (text, text.replace("'", " ").replace("’", " ")):
            assert _first(wrapped, t) == _first(wrapped.rx, t)
            assert (wrapped.match(t) is None) == (wrapped.rx.match(t) is None)
