"""Rule `generic_body_named` (casualties.generic_bodies): victims whose own words name a body of the generic `un` or
`ngo` side as the speaker lexicon lists it ('United Nations soldiers', 'Red Cross workers') take that side, before
the role of `soldiers` (the state's) and before a nationality (the state's). Found in real15/tolls (cyprus-1974,
'23 United Nations soldiers were wounded') and real10/roles (rwanda-1994, '30 Rwandan Red Cross workers'). Invented
sentences in an invented war (in none of the eval sets), with its own registry."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in


def _registry(*, un_side: bool = False) -> Actors:
    sides = {"maren_gov": "the Marenian state, its army and police",
             "ksf": "the Kessa Salvation Front, a rebel army"}
    if un_side:  # a war fought under the UN's flag: the UN's troops are a warring side
        sides["unc"] = "the United Nations Command and its troops"
    spec = {"sides": sides, "government_side": "maren_gov", "rebel_side": "ksf", "articles": ["example.txt"],
            "keywords": {"ksf": ["KSF"], "maren_gov": ["Marenian army"]}}
    return Actors([_conflict("marenia", spec)])


def _sides(text: str, **kw) -> list[tuple[str, int, str]]:
    return [(cat, low, side) for cat, low, _high, _vague, side in claims_in(text, _registry(**kw))]


@pytest.mark.parametrize("text, expected", [
    # the body's name before a soldier's noun: the UN's, not the state's
    ("Two United Nations soldiers were wounded when KSF mortars hit their post near Dorra.",
     [("wounded", 2, "un")]),
    ("Eleven U.N. troops were killed in an ambush on the Dorra road, officials said.",
     [("killed", 11, "un")]),
    # a nationality before the body's name: the body's, not the state's
    ("At least six Marenian Red Cross volunteers were killed in the shelling of Dorra.",
     [("killed", 6, "ngo")]),
    ("Three UNHCR staff were abducted by KSF fighters near the camp.",
     [("captured", 3, "un")]),
])
def test_a_generic_body_named_by_the_victims_is_their_side(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body is the source, not the victims' owner
    ("Nine KSF fighters were killed near Dorra, the Red Cross said.", [("killed", 9, "ksf")]),
    ("Twelve Marenian army soldiers were wounded near a United Nations compound.", [("wounded", 12, "maren_gov")]),
])
def test_a_body_outside_the_victims_words_is_not_their_side(text, expected):
    assert _sides(text) == expected


def test_a_warring_side_that_is_the_body_keeps_its_troops():
    got = _sides("KSF fighters killed four United Nations soldiers near Dorra.", un_side=True)
    assert got and got[0][2] != "un"
