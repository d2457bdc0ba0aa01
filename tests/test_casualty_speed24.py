"""casualties speed (s24-cspeed): `scan.AnyOf` answers a plain-words gate as the pattern does, and is not taken for a
pattern that is not plain words; `hedges._may_hedge` refuses only sentences the cue pattern finds nothing in (made-up
copy of wars in no eval set: the Biafran war, the Ogaden war, the Dhofar rebellion, the Chaco war), ASCII and not."""
from __future__ import annotations

import re

import pytest

from presslens.casualties import hedges, people, town_fired
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.scan import AnyOf, Gated
from presslens.fastre import case_free

_TEXTS = [
    "federal troops opened fire on villagers at uli, killing nine.",
    "a lorry full of refugees was hit near owerri.",
    "a lorry full  of refugees was hit near owerri.",         # two spaces: not 'full of'
    "the ogaden column was SHOT at; forty died.",            # upper case: the plain pattern is case-sensitive
    "raiders slaughtered the herders of the dhofar plateau.",
    "paraguayan shells rained on boquerón; twelve bolivians died.",
    "no harm came to the garrison at nanawa.",
    "",
    "ſhot",                                                     # a long s: not 's'
]
_GATES = [people._RX_TARGETED.gate, people._RX_MASSACRE.gate, town_fired._RX_FIRED.gate]


def test_the_three_gates_are_any_of():
    assert all(isinstance(g, AnyOf) for g in _GATES)


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("gate", _GATES)
def test_any_of_is_the_pattern(text, gate):
    rx = re.compile("|".join(gate.words))
    assert bool(gate.search(text)) == (rx.search(text) is not None)


def test_any_of_not_taken():
    for rx in (re.compile("fire|shot", re.I), re.compile(r"fire|shot\b"), re.compile("fire|"), re.compile("fi.e"),
               re.compile("fire|sh[o]t"), re.compile(b"fire|shot")):
        assert AnyOf.of(rx) is None
    g = Gated(re.compile(r"\bshot\b"), re.compile(r"sh[o]t"))
    assert not isinstance(g.gate, AnyOf)


def test_any_of_shared():
    p = re.compile("massacr|butcher")
    assert Gated(p, p).gate is Gated(re.compile("x"), p).gate is AnyOf.of(p)


def test_gated_sites_take_and_refuse():
    assert people.civilians_targeted("gunmen opened fire on worshippers leaving the chapel at jijiga.") == "worshippers"
    assert people.civilians_targeted("the governor of the ogaden urged villagers to stay indoors.") is None
    assert people.massacre_told("raiders butchered nine herders in the dhofar hills.") == "butchered"
    assert people.massacre_told("nine herders died of thirst.") is None


_SENTS = [
    "Nine Biafran soldiers died at Uli on Monday.",
    "Nine Biafran soldiers REPORTEDLY died at Uli.",
    "Forty Somalis were believed killed near Jijiga.",
    "If true, it would be the worst day of the Dhofar rebellion.",
    "The claim of 40 dead in Boquerón is unverified.",
    "Bolivia lost 12 men, the ministry ſaid.",                 # long s: searched as before (fastre._odd)
    "Paraguay's army said 30 Bolivians died.",
    "Twelve men were thought to have drowned in the Pilcomayo.",
    "The shelling claimed the lives of 34 people.",
    "",
]


@pytest.mark.parametrize("sent", _SENTS)
def test_may_hedge_refuses_only_no_match(sent):
    rx = case_free(load_lexicon().hedge_sentence)
    if not hedges._may_hedge(rx, sent):
        assert rx.search(sent) is None


def test_hedge_takes_and_refuses():
    lex = load_lexicon()
    assert hedges._hedge("Nine Biafran soldiers died at Uli on Monday.", lex) is None
    assert hedges._hedge("Nine Biafran soldiers reportedly died at Uli.", lex) == "reportedly"
    assert hedges._hedge("Twelve men were thought to have drowned in the Pilcomayo.", lex) == "thought to"
    assert hedges._hedge("The shelling claimed the lives of 34 people.", lex) is None
