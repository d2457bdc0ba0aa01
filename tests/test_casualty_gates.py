"""casualties speed (s7-casspeed): the literal and name gates before patterns, and the lazy person names, give what
the ungated code gives."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.casualties import load_lexicon
from presslens.casualties.extract import split_sentences
from presslens.casualties.named import _NAME, _NAME_PAIR, _RX_NAMED_VICTIMS, _RX_ONE_OF
from presslens.casualties.rules import _RX_NAMED_COMPANION, _RX_NAMED_HEADLINE, _RX_NAMED_OBJECT
from presslens.casualties.scan import Gated, LiteralGated, required_literals

from dev_sentences import article_sentences


def _sentences(tmp_path: Path) -> list[str]:
    return [sent for article in article_sentences(tmp_path) for sent in article]


def _all(rx, text: str):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_required_literals_of_sequences_branches_and_repeats():
    assert required_literals(re.compile(r"\bended (?:a|the) war\b")) == [{"ended a war", "ended the war"}]
    assert required_literals(re.compile(r"(?:19|20)\d\d war|x+yz")) == [{"19", "20"}, {"yz"}]
    assert required_literals(re.compile(r"[ab]c(?:d|e)f?")) == [{"acd", "ace", "bcd", "bce"}]
    assert required_literals(re.compile(r"\w+")) is None             # no literal at all
    assert required_literals(re.compile(r"war|\d+")) is None         # one alternative needs none
    assert required_literals(re.compile(r"a(?:b|)c")) == [{"a"}]     # an empty choice ends the run


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="the 1920s war endd soviet cold world in,-–.", max_size=60))
def test_literal_gate_gives_the_plain_matches(text):
    lex = load_lexicon()
    plain = lex.earlier_war.rx.rx     # (LiteralGated -> its class_opened form -> the pattern)
    assert isinstance(lex.earlier_war, LiteralGated) and lex.earlier_war.literals
    assert _all(lex.earlier_war, text) == _all(plain, text)
    assert (lex.earlier_war.search(text) is None) == (plain.search(text) is None)


def test_literal_gate_on_every_dev_and_bench_sentence(tmp_path):
    lex = load_lexicon()
    plain = lex.earlier_war.rx.rx
    hits = 0
    for sent in _sentences(tmp_path):
        low = sent.lower()
        assert _all(lex.earlier_war, low) == _all(plain, low), sent
        hits += plain.search(low) is not None
    assert hits > 0


NAME_GATED = [_RX_NAMED_VICTIMS, _RX_ONE_OF, _RX_NAMED_COMPANION, _RX_NAMED_OBJECT]


def test_name_pair_holds_wherever_a_name_matches(tmp_path):
    name = re.compile(_NAME)
    names = 0
    for sent in _sentences(tmp_path):
        if name.search(sent):
            names += 1
            assert _NAME_PAIR.search(sent), sent
        for rx in NAME_GATED:
            assert isinstance(rx, Gated)
            assert _all(rx, sent) == _all(rx.rx, sent), sent
    assert names > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ali", "Musa", "al-Bashir", "bin", "Gen.", "Col", "was", "were", "killed", "and",
                                 "a", "his", "driver", "one", "of", "the", "among", "dead", ",", "34", "army",
                                 "captured", "the", "rebel", "leader"]), max_size=14))
def test_name_gated_patterns_on_word_salad(words):
    text = " ".join(words)
    for rx in NAME_GATED:
        assert _all(rx, text) == _all(rx.rx, text)


@pytest.mark.parametrize("text, pos, expected", [
    ("Ali Musa said. Then Omar Khan spoke to Fatima Bello.", 20, ["Ali Musa"]),
    ("Ali Musa said. Then Omar Khan spoke to Fatima Bello.", 100, ["Ali Musa", "Then Omar Khan", "Fatima Bello"]),
    ("no names here.", 10, []),
])
def test_people_before_reads_as_the_list(text, pos, expected):
    from presslens.casualties.claimants import ArticleVoices
    from presslens.casualties.sides import SideWords
    voices = ArticleVoices(text, split_sentences(text), [], SideWords())
    people = voices.people_before(pos)
    assert voices._person_spans is None          # not scanned before it is read
    assert list(people) == expected and people == expected and len(people) == len(expected)
    assert list(reversed(people)) == expected[::-1] and bool(people) == bool(expected)
    assert voices._person_spans is not None


def _match(rx, text: str):
    m = rx.match(text)
    return None if m is None else (m.span(), m.groupdict())


def test_headline_gate_gives_the_plain_match(tmp_path):
    assert isinstance(_RX_NAMED_HEADLINE, LiteralGated) and "Killed" in _RX_NAMED_HEADLINE.literals
    sentences = _sentences(tmp_path) + ["Rebel Commander Ibrahim Musa Killed in Borno Ambush",
                                        "Kashmir: Gen. Ali Musa, Omar Khan Shot Dead In Raid"]
    hits = 0
    for sent in sentences:
        assert _match(_RX_NAMED_HEADLINE, sent) == _match(_RX_NAMED_HEADLINE.rx, sent), sent
        hits += _RX_NAMED_HEADLINE.rx.match(sent) is not None
    assert hits >= 2


def _unguarded_quantity_pattern() -> re.Pattern:
    """The quantity pattern as it was before its number guard (lexicon._quantity_pattern(..., guard=False))."""
    from presslens.casualties.lexicon import _quantity_pattern
    qty = load_lexicon().qty
    at = qty.pattern.index("|(?=") + len("|(?=")
    num = qty.pattern[at:qty.pattern.index(")(?:(?P<r1>", at)]
    start = qty.pattern.index("(?:(?P<bound>") + len("(?:(?P<bound>")
    bounds = qty.pattern[start:qty.pattern.index(")\\s+)?(?:between", start)]
    vague = qty.pattern[qty.pattern.index("(?P<vague>") + len("(?P<vague>"):-len(")(?![\\w-]))")]
    assert _quantity_pattern(num, bounds, vague) == qty.pattern
    return re.compile(_quantity_pattern(num, bounds, vague, guard=False), qty.flags)


def test_quantity_guard_gives_the_unguarded_matches(tmp_path):
    from presslens.fastre import case_free
    guarded, plain = load_lexicon().qty, _unguarded_quantity_pattern()
    assert guarded.pattern != plain.pattern
    n = 0
    for sent in _sentences(tmp_path):
        assert _all(guarded, sent) == _all(plain, sent), sent
        low = sent.lower()
        assert _all(case_free(guarded).lowered, low) == _all(case_free(plain).lowered, low), sent
        n += len(_all(guarded, sent))
    assert n > 1000


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["twenty", "one", "-", "–", "to", "or", "between", "and", "more", "than", "at",
                                 "least", "a", "dozen", "dozens", "of", "1,200", "3.5", "million", "m", "bn", "1990",
                                 "some", "few", "hundred", "five-", "%", ":", "/", "4 500", "over", "up"]),
                max_size=16))
def test_quantity_guard_on_number_salad(words):
    guarded, plain = load_lexicon().qty, _unguarded_quantity_pattern()
    for text in (" ".join(words), "".join(words)):
        assert _all(guarded, text) == _all(plain, text)
