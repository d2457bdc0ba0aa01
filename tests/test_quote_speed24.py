"""Session 24 quote speed (docs/scale.md, "Session 24: quote speed, per statement"): each pattern rewritten to open on
a class, and the closing cut found from the end, gives what the pattern it replaced gave. Made-up copy of the Aroostook
War (Maine and New Brunswick, 1839) and the Anglo-Zanzibar War (1896), wars of no eval set."""
from __future__ import annotations

import random
import re

import pytest

from presslens.mentions import phrase_start, phrases
from presslens.quotes import clause, clause_boundary
from presslens.quotes.content import _tail_join_start

#: the patterns as session 23 left them
_OLD_FINITE = re.compile(r"\b(is|are|was|were|been|will|would|had|has|have|did|does|could|should|can|not)\b")
_OLD_JOINER = re.compile(r"(?:^|[\s,;:])(?:and|but|as|while|whereas|although|though|yet)(?=[\s,;:]|$)", re.I)
_OLD_THE = re.compile(r"(?<=\S)\s+(?=[Tt]he\s+\S)")
_OLD_COMMA_OR_BRACKET = re.compile(r",|\s*\(")
_OLD_TAIL_JOIN = re.compile(r"(?:,|\s+and)?\s*$")

_COPY = [
    "The Maine land agent, who was seized by New Brunswick lumbermen at the Aroostook, said",
    "Governor Fairfield has ordered the militia north and the lumbermen",
    "This island's harbour master, Mr. Caldwell, Bishop of the Aroostook (retired), told",
    "the Sultan's palace guard, some 2,800 askaris, could not hold and",
    "Admiral Rawson  the Sultan's men,",
    "Actually the British consul",
    "MISSION The Glasgow",
    "Khalid bin Barghash (the claimant), whose guns were silent",
    "they did not comment, but the Sultan's chamberlain",
    "Notably, Zanzibar's envoy ISN'T here; Canning said, CAN not",
    "band of askaris had been", "yeti Isolde cannot", "whereasbut andyet", "AS the guns fell silent",
    "the", "The", " the  the", "\tthe\u00a0The x", "with the askaris\u00a0(", "İs ıs ſhould", "and", "", " and\n", ",\n",
]


def _strings() -> list[str]:
    rng = random.Random(24)
    words = ["is", "IS", "Is", "not", "can", "cannot", "island", "and", "AND", "band", "as", "As", "yet", "the", "The",
             "tHe", "(", ",", ";", ":", "İs", "ıs", "ſhould", "Aroostook", "askaris", "\u2014", "\ue000"]
    seps = ["", " ", "  ", ",", ", ", "\t", "\n", "\u00a0", "("]
    out = list(_COPY)
    for _ in range(4000):
        out.append("".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(0, 7))))
    return out


@pytest.mark.parametrize("s", _COPY)
def test_finite_verb_same_match(s):
    old, new = _OLD_FINITE.search(s), clause._RX_FINITE_VERB.search(s)
    assert (old.span() if old else None) == (new.span() if new else None)


def test_finite_verb_takes_only_whole_words():
    assert clause._RX_FINITE_VERB.search("This island cannot wait") is None     # 'is' and 'can' inside words
    assert clause._RX_FINITE_VERB.search("the askaris were routed").group(0) == "were"
    assert clause._RX_FINITE_VERB.search("Wasps and Cans") is None      # case kept: no re.I


def test_joiner_gate_same_answer():
    gate = clause_boundary
    for s in _strings():
        assert bool(_OLD_JOINER.search(s)) == bool(gate._RX_JOINER_FIRST.match(s) or gate._RX_JOINER_AFTER.search(s)), s


def test_joiner_gate_refuses_words_that_hold_a_joiner():
    for phrase in ("the band of askaris", "Yeti Canning's brigade", "whereasbut the consul"):
        assert clause_boundary.clause_then_subject(phrase) is None


def test_the_split_same_matches():
    for s in _strings():
        for start in (0, 1, len(s) // 2):
            assert [m.span() for m in _OLD_THE.finditer(s, start)] == \
                [m.span() for m in phrase_start._RX_THE.finditer(s, start)], (s, start)


def test_the_split_not_at_the_start_nor_after_a_space_only():
    assert [p[phrase_start.noun_phrase_start(p):] for p in ("Actually the British consul", "MISSION The Glasgow")] \
        == ["the British consul", "The Glasgow"]
    assert phrase_start._RX_THE.search(" the consul") is None       # no word before the spaces
    assert phrase_start.noun_phrase_start("Bishop of the Aroostook") == 0


def test_comma_or_bracket_cut_same_text():
    for s in _strings():
        cut = phrases._RX_COMMA_OR_BRACKET.search(s)
        assert _OLD_COMMA_OR_BRACKET.split(s)[0] == (s[:cut.start()] if cut else s), s


def test_unnamed_out_cuts_at_the_bracket_and_its_spaces():
    assert phrases._unnamed_out("palace officials  (who were not named)") == "palace officials"
    assert phrases._unnamed_out("palace officials, speaking") == "palace officials"


def test_tail_join_start_same_start():
    for s in _strings() + [c + tail for c in _COPY for tail in (" and", " and ", ",", ", ", "  and\n", " band")]:
        assert _OLD_TAIL_JOIN.search(s).start() == _tail_join_start(s), s


def test_tail_join_start_keeps_words_that_end_in_and():
    s = "the Sultan's men held the island"
    assert _tail_join_start(s) == len(s)        # 'island' ends in 'and' with no space before it: no cut
    assert _tail_join_start("Khalid's guards fled and  ") == len("Khalid's guards fled")
