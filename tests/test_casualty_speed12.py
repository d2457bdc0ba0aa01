"""casualties speed (s12-casspeed): the sentence's shared table (scan.SentenceTable) and the factored word
alternations (lexicon._alt through scan.trie_alt) give what the plain code gives."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.casualties import load_lexicon
from presslens.casualties.lexicon import _alt, _alt_plain
from presslens.casualties.named import _NAME_PAIR, _RX_NAMED_VICTIMS, _RX_ONE_OF
from presslens.casualties.rules import _RX_NAMED_COMPANION, _RX_NAMED_OBJECT
from presslens.casualties import scan
from presslens.casualties.scan import Gated, SentenceTable, lower_words

from dev_sentences import article_sentences


def _all(rx, text: str):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


# ------------------------------------------------------------------------------------------------------------
# The sentence's table
# ------------------------------------------------------------------------------------------------------------

def test_table_of_a_sentence():
    norm = "Commander Ibrahim Musa and a senior aide were reported dead."
    table = SentenceTable(norm, {"commander", "ibrahim"})
    assert table.text is norm and table.words == {"commander", "ibrahim"}  # the caller's words kept
    assert table.low == norm.lower() and table.holds(_NAME_PAIR)
    other = "The army said ten soldiers were killed."
    fresh = SentenceTable(other)
    assert fresh.words == frozenset(lower_words(other).split()) and not fresh.holds(_NAME_PAIR)


def test_no_sentence_kept_in_the_module():
    """(session 13) the table is passed down, not kept: after an extraction scan holds no table of a sentence."""
    from presslens.casualties.rules import claims_in
    assert claims_in("Commander Ibrahim Musa and a senior aide were reported dead.")

    def tables(v) -> bool:
        items = v.values() if isinstance(v, dict) else v if isinstance(v, (list, tuple, set)) else [v]
        return any(isinstance(x, SentenceTable) for x in items)
    assert [name for name, v in vars(scan).items() if tables(v)] == []
    assert not hasattr(scan, "open_sentence") and not hasattr(scan, "sentence_table")


class _CountingGate:
    def __init__(self, rx: re.Pattern):
        self.rx, self.calls = rx, 0

    def search(self, text):
        self.calls += 1
        return self.rx.search(text)


def test_gated_reads_the_gate_from_the_table_it_is_given():
    gate = _CountingGate(re.compile(r"[A-Z]\w+ [A-Z]"))
    rx = Gated(re.compile(r"[A-Z]\w+ [A-Z]\w+ (?:was|were) killed"), gate)
    sent = "Ali Musa was killed; Omar Said was wounded."
    table = SentenceTable(sent)
    assert rx.search(sent, table=table).group() == "Ali Musa was killed" and gate.calls == 1
    assert [m.group() for m in rx.finditer(sent, table=table)] == ["Ali Musa was killed"] and gate.calls == 1
    assert rx.match(sent, table=table) is not None and gate.calls == 1      # one search for the sentence
    copy = "".join(["Ali Musa was killed;", " Omar Said was wounded."])     # equal, another string: not the table's
    assert rx.search(copy, table=table).group() == "Ali Musa was killed" and gate.calls == 2
    assert rx.search(sent).group() == "Ali Musa was killed" and gate.calls == 3     # no table: the gate searched
    blank = SentenceTable("he was killed")
    assert rx.search(blank.text, table=blank) is None and list(rx.finditer(blank.text, table=blank)) == []
    assert gate.calls == 4
    fresh = SentenceTable(sent)                  # finditer_in: the table's own sentence, its gate read from it
    assert [m.group() for m in rx.finditer_in(fresh)] == ["Ali Musa was killed"] and gate.calls == 5
    assert [m.group() for m in rx.finditer_in(fresh)] == ["Ali Musa was killed"] and gate.calls == 5
    assert list(rx.finditer_in(blank)) == [] and gate.calls == 4 + 1


def test_the_rules_that_read_the_table_are_given_it(monkeypatch):
    """The rule loop builds the sentence's table and gives it to the rules registered with `reads_table`."""
    from dataclasses import replace

    from presslens.casualties import rules
    seen = []
    real = rules.named_with_companion

    def spy(norm, s_start, lex, found, table=None):
        seen.append((norm, table))
        return real(norm, s_start, lex, found, table=table)
    at = next(i for i, r in enumerate(rules.RULES) if r.find is real)
    assert rules.RULES[at].reads_table
    monkeypatch.setattr(rules, "RULES", rules.RULES[:at] + (replace(rules.RULES[at], find=spy),) + rules.RULES[at + 1:])
    got = rules.claims_in("Commander Ibrahim Musa and a senior aide were reported dead after the raid.")
    assert got == [("killed", 2, 2, None, "unknown")]
    assert len(seen) == 1 and isinstance(seen[0][1], SentenceTable) and seen[0][1].text is seen[0][0]


def test_table_reads_a_gate_once(monkeypatch):
    calls = []

    class Counting:
        def search(self, text):
            calls.append(text)
            return re.search(r"[A-Z]\w+ [A-Z]", text)

    gate = Counting()
    table = SentenceTable("Ali Musa was killed; Omar Said was wounded.")
    assert table.holds(gate) and table.holds(gate) and len(calls) == 1


def test_gated_patterns_with_the_table_match_the_plain_patterns(tmp_path: Path):
    """The patterns behind the shared name-pair gate, searched in each dev and bench sentence with its table (the
    table's gate), with another sentence's table and with none (the gate searched), give the plain pattern's
    matches."""
    patterns = [_RX_NAMED_VICTIMS, _RX_NAMED_COMPANION, _RX_NAMED_OBJECT, _RX_ONE_OF]
    assert all(isinstance(rx, Gated) and rx.gate is _NAME_PAIR for rx in patterns)
    sentences = [s for article in article_sentences(tmp_path) for s in article]
    assert len(sentences) > 3000
    hits = 0
    for sent in sentences:
        for rx in patterns:
            plain = _all(rx.rx, sent)
            table = SentenceTable(sent)
            assert [(m.span(), m.groupdict()) for m in rx.finditer(sent, table=table)] == plain, sent
            other = SentenceTable("Another Sentence entirely.")
            assert [(m.span(), m.groupdict()) for m in rx.finditer(sent, table=other)] == plain, sent
            assert [(m.span(), m.groupdict()) for m in rx.finditer_in(SentenceTable(sent))] == plain, sent
            assert _all(rx, sent) == plain, sent
            hits += bool(plain)
    assert hits > 0     # (the comparison met matches, not only misses)


# ------------------------------------------------------------------------------------------------------------
# Factored alternations
# ------------------------------------------------------------------------------------------------------------

def _lexicon_lists() -> dict[str, list[str]]:
    lex = load_lexicon()
    return {"heads": sorted(lex.heads), "singular": sorted(lex.singular),
            "passive": sorted(" ".join(k) for k in lex.passive), "active": sorted(" ".join(k) for k in lex.active),
            "hedges": sorted(c for c, _, _ in lex.hedges), "vague adjectives": lex.raw["vague_adjectives"],
            "numbers": sorted(lex.numbers)}


def test_alt_factors_lower_case_words_only():
    assert _alt(["killed", "kidnapped", "kill"]) == "ki(?:dnapped|ll(?:ed|))"
    assert _alt(["Killed", "kill"]) == _alt_plain(["Killed", "kill"])  # (under re.I two branches could open alike)
    assert _alt([]) == _alt_plain([]) == ""
    assert _alt(["shot  dead"]) == r"shot\s+\s+dead" == _alt_plain(["shot  dead"])


def test_lexicon_alternations_match_as_the_plain_ones(tmp_path: Path):
    """Each lexicon word list, factored and plain, in the shapes the rules build (a whole word; a word before
    more pattern, which makes `re` back off to a shorter word; case-free and re.I), on every dev and bench
    sentence: the same matches and groups."""
    sentences = [s for article in article_sentences(tmp_path) for s in article]
    lists = _lexicon_lists()
    shapes = [(r"\b(?P<w>{})\b", 0), (r"\b(?P<w>{})\b", re.I), (r"(?P<w>{})(?P<rest>\s+\w+)?\b(?!\s+of)", re.I),
              (r"(?<![\w'’-])(?P<w>{})(?:\s+(?:were|was)\s+(?P<cue>killed|dead))", 0)]
    hits = 0
    for name, words in lists.items():
        assert _alt(words) != _alt_plain(words), name      # (factored: the comparison is not of a string to itself)
        for shape, flags in shapes:
            factored = re.compile(shape.format(_alt(words)), flags)
            plain = re.compile(shape.format(_alt_plain(words)), flags)
            for sent in sentences:
                text = sent if flags else sent.lower()
                found = _all(factored, text)
                assert found == _all(plain, text), (name, shape, sent)
                hits += len(found)
    assert hits > 1000


_WORD = st.text(alphabet="abk ", min_size=1, max_size=5).map(lambda w: " ".join(w.split())).filter(bool)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_WORD, min_size=1, max_size=8), text=st.text(alphabet="abk -.A", max_size=40),
       tail=st.sampled_from(["", r"\b", r"b", r"(?:\s+a)?\b", r"(?=k)", r"(?P<t>b*)a"]))
def test_alt_factored_matches_the_plain_alternation(words, text, tail):
    """Words that share prefixes (a, ab, abk, a b ...) before any continuation: the factored alternation backs off
    to a shorter word exactly as the longest-first list does."""
    for flags in (0, re.I):
        factored = re.compile(r"(?P<w>" + _alt(words) + r")" + tail, flags)
        plain = re.compile(r"(?P<w>" + _alt_plain(words) + r")" + tail, flags)
        assert _all(factored, text) == _all(plain, text)
