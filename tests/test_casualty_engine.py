"""casualties rule engine (s6-casspeed): the gate-word index selects exactly the rules the plain scan selects; the
tokens (named tuples, an ASCII pattern for ASCII sentences) are the plain pattern's; lower_words's table gives what
its pattern gives."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.casualties.extract import split_sentences
from presslens.casualties.numbers import Tok, _tokens
from presslens.casualties.rules import _ANY_GATE, RULES, rules_for, rules_for_scan
from presslens.casualties.scan import lower_words

ROOT = Path(__file__).resolve().parents[1]
#: the repository's own development texts (tracked: a fresh clone has them)
DEV_TEXTS = [ROOT / "seeds", ROOT / "eval" / "dev2" / "texts", ROOT / "eval" / "dev3" / "texts"]


def _sentence_words(folder: Path):
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        words_text = lower_words(text)
        for a, b in split_sentences(text):
            yield set(words_text[a:b].split())


def _bench_texts(tmp_path: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from common import write_corpus
        from distinct import write_distinct
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return [write_corpus(tmp_path / "bench", 200), write_distinct(tmp_path / "distinct", 200)]


def test_index_selects_the_scans_rules_on_every_dev_and_bench_sentence(tmp_path):
    folders = [f for f in DEV_TEXTS if f.exists()] + _bench_texts(tmp_path)
    assert len(folders) >= 4
    n = picked = 0
    for folder in folders:
        for words in _sentence_words(folder):
            assert rules_for(words) == rules_for_scan(words), sorted(words & _ANY_GATE)
            n += 1
            picked += bool(rules_for(words))
    assert n > 1000 and picked > 100      # the sentences reach the rules: the comparison is not of empty lists


@settings(max_examples=500, deadline=None)
@given(st.sets(st.sampled_from(sorted(frozenset().union(*(g for r in RULES for g in r.gate))) + ["the", "war"]),
               max_size=8))
def test_index_selects_the_scans_rules_on_any_mix_of_gate_words(words):
    assert rules_for(words) == rules_for_scan(words)


def test_every_rule_is_reachable_through_the_index():
    for r in RULES:
        words = {min(g) for g in r.gate}
        assert r in rules_for(words), r.name


def _plain_tokens(text: str, offset: int) -> list[tuple]:
    import re
    return [(m.group(), m.group().lower(), m.start() + offset, m.end() + offset)
            for m in re.finditer(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S", text)]


@pytest.mark.parametrize("text", ["At least 1,000 civilians — Kesić's men said — died in Vukovar.",
                                  "İstanbul: 3.5 million 'displaced', ΣΑΣ said", "  ", "al-Shabaab’s 12",
                                  "At least 1,000 civilians - Kesic's men said -- died in Vukovar.",
                                  "x\x1cy\x1f3.5,6\x00_a'b-c_9\x7f"])
def test_tokens_read_as_before(text):
    toks = _tokens(text, 7)
    assert [(t.text, t.low, t.start, t.end) for t in toks] == _plain_tokens(text, 7)
    assert all(type(t) is Tok for t in toks)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_tokens_are_the_plain_tokens(text):
    assert [tuple(t) for t in _tokens(text, 3)] == _plain_tokens(text, 3)


def test_ascii_tokens_on_every_ascii_character():
    text = "".join(chr(c) + chr(d) for c in range(128) for d in (97, 49, 32, 39, 45, 46))
    assert [tuple(t) for t in _tokens(text)] == _plain_tokens(text, 0)


def test_lower_words_table_is_the_plain_split_on_the_whole_plane():
    from presslens.casualties.scan import lower_words_plain
    plane = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)  # (the table's path: no astral)
    assert lower_words(plane) == lower_words_plain(plane)
    assert lower_words(plane) != plane.lower()      # (it replaces something)


@pytest.mark.parametrize("text", ["Kesić’s men — 12 “dead”", "İİ—x_y", "emoji \U0001F600, then", "lone \ud800 x", ""])
def test_lower_words_table_and_its_fallbacks_give_the_plain_split(text):
    from presslens.casualties.scan import lower_words_plain
    assert lower_words(text) == lower_words_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_lower_words_on_any_text(text):
    from presslens.casualties.scan import lower_words_plain
    assert lower_words(text) == lower_words_plain(text)


def test_named_gate_words_hold_for_every_sentence_the_named_gate_matches(tmp_path):
    from presslens.casualties.claims import _NAMED_GATE_WORDS
    from presslens.casualties.named import _NAMED_GATE
    from presslens.casualties.numbers import _normalise
    assert _NAMED_GATE_WORDS and {"killed", "among", "one"} <= _NAMED_GATE_WORDS
    folders = [f for f in DEV_TEXTS if f.exists()] + _bench_texts(tmp_path)
    hits = 0
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            words_text = lower_words(text)
            for a, b in split_sentences(text):
                if _NAMED_GATE.search(_normalise(text[a:b])):
                    hits += 1
                    assert not _NAMED_GATE_WORDS.isdisjoint(words_text[a:b].split()), text[a:b]
    assert hits > 100


def test_gate_first_words_only_for_a_plain_word_alternation():
    import re

    from presslens.casualties.claims import _gate_first_words
    assert _gate_first_words(re.compile(r"\b(killed|one of|among them)\b")) == {"killed", "one", "among"}
    assert _gate_first_words(re.compile(r"\b(killed|Died)\b")) is None       # a capital: words are lower-case
    assert _gate_first_words(re.compile(r"\b(kill\w+|died)\b")) is None
    assert _gate_first_words(re.compile(r"(killed|died)")) is None           # no word boundaries
