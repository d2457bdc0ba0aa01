"""casualties speed (s24-cspeed): `scan.AnyOf` answers a plain-words gate as the pattern does, and is not taken for a
pattern that is not plain words (made-up copy of wars in no eval set: the Biafran war, the Ogaden war, the Dhofar
rebellion, the Chaco war), ASCII and not."""
from __future__ import annotations

import re

import pytest

from presslens.casualties import people, town_fired
from presslens.casualties.scan import AnyOf, Gated

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
