"""casualties speed (s11-casspeed): the paired gate of 'left the <place>' and the short test before all_of_group's
pattern let through every sentence the plain tests let through."""
from __future__ import annotations

import pytest

from presslens.casualties import load_lexicon
from presslens.casualties.rules import _RX_ALL_OPENS, _all_pattern, claims_in

from dev_sentences import article_sentences


def test_place_nouns_gate_only_with_their_verb():
    lex = load_lexicon()
    assert "area" not in lex.gate and "left" not in lex.gate and "left" in lex.gate_any
    assert lex.gate_pairs["left"] >= {"area", "town", "city", "village", "region"}
    assert lex.admits("some 200 people left the area".split())
    assert not lex.admits("troops patrol in darband area".split())
    assert not lex.admits("he left for the capital".split())


@pytest.mark.parametrize("sentence, expected", [
    ("Some 200 people left the area after the shelling, the mayor said.", [("displaced", 200, 200, None, "civilian")]),
    ("About 3,000 residents left the town on Sunday.", [("displaced", 3000, 3000, None, "civilian")]),
    ("Some 200 people reached the area after the shelling, the mayor said.", []),
])
def test_left_the_place_still_found(sentence, expected):
    assert claims_in(sentence) == expected


#: sentences all_of_group reads (the dev and bench copy holds none: the comparison must meet matches too)
_ALL_GROUPS = ["All the attackers were killed, the army said.", "Troops killed all of the gunmen.",
               "Troops surrounded the attackers and killed all of them.",
               "The attackers, disguised as police officers, were all shot dead.",
               "Their bodyguards had been all captured by dawn.", "all its crew were wounded in the blast"]


def test_all_opens_is_a_superset_on_every_dev_and_bench_sentence(tmp_path):
    lex = load_lexicon()
    sentences = [s for article in article_sentences(tmp_path) for s in article]
    assert len(sentences) > 5000
    hits = 0
    for sent in sentences + _ALL_GROUPS:
        if _RX_ALL_OPENS.search(sent) is None:
            assert _all_pattern(lex).search(sent) is None, sent
        else:
            hits += _all_pattern(lex).search(sent) is not None
    assert hits >= len(_ALL_GROUPS)     # (the comparison met sentences the long pattern matches)
