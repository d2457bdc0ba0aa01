"""casualties rule engine (s6-casspeed): the gate-word index selects exactly the rules the plain scan selects, and
the tokens' named tuple reads as the dataclass did."""
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


@pytest.mark.parametrize("text", ["At least 1,000 civilians — Kesić's men said — died in Vukovar.",
                                  "İstanbul: 3.5 million 'displaced', ΣΑΣ said", "  ", "al-Shabaab’s 12"])
def test_tokens_read_as_before(text):
    import re
    plain = [(m.group(), m.group().lower(), m.start() + 7, m.end() + 7)
             for m in re.finditer(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\S", text)]
    toks = _tokens(text, 7)
    assert [(t.text, t.low, t.start, t.end) for t in toks] == plain
    assert all(type(t) is Tok for t in toks)
