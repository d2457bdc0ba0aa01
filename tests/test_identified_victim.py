"""Rule `identified_victim` (casualties.sides_generic): a victim named in a sentence that identifies them takes the
side of the words that introduce or describe them. Found on three dev sets of three wars (real7/attacks 'The victims
have been identified as ..., all Bengalis', real7/troops 'The victim was named as X ... who joined the RUC',
real9/counts 'The officer, identified as X, was killed'), each left `unknown`. Invented sentences, invented war."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("varnessa", {
    "sides": {"varn_gov": "the Varnessan state, its police and army",
              "kfl": "the Kessel Freedom League, an armed separatist group"},
    "government_side": "varn_gov", "rebel_side": "kfl", "articles": ["example.txt"],
    "keywords": {"kfl": ["KFL"], "varn_gov": ["Varnessan army", "Border Guard"]}})])


def _sides(text: str, reg=REG) -> list[str]:
    return [side for _c, _l, _h, _v, side in claims_in(text, reg)]


@pytest.mark.parametrize("text, side", [
    # wire style: the role before the name
    ("The officer, identified as Arvo Tamm, was killed when gunmen opened fire on a patrol in Orsk.", "varn_gov"),
    # a local daily: the force he joined, after the name
    ("The victim was named as 52-year-old Piet Laanemets, who joined the Border Guard in 1990.", "varn_gov"),
    # a police statement: the victims' people, in the plural, after the names
    ("The victims have been identified as Mara Oll, Tiit Oll and Kaja Rebane, all Orskians, the police said.",
     "civilian"),
    # a role word that is a civilian's
    ("A teacher, identified as Leida Kask, was killed in the attack on the school.", "civilian"),
])
def test_the_words_that_identify_a_victim_give_the_side(text, side):
    assert _sides(text) == [side]


def test_a_name_without_identifying_words_is_left_alone():
    assert _sides("Arvo Tamm was killed in Orsk on Sunday, his family said.") == ["unknown"]


def test_without_a_registry_a_state_role_tells_no_side():
    assert _sides("The officer, identified as Arvo Tamm, was killed in Orsk.", None) == ["unknown"]
