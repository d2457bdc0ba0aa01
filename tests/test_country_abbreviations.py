"""countries.yaml: a country's common abbreviation as one of its forms ('U.S.', 'U.K.'), so that 'One U.S. Marine was
killed' finds the side whose `countries:` say United States, as 'American' did (real14/voices dominican-republic-1965:
two rows read as the state's by the role of `Marine`). Invented sentences in an invented war with its own registry."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in
from presslens.countries import country_of


def _registry() -> Actors:
    spec = {"sides": {"marova_gov": "the Marovan state and its army", "rebels": "the Marovan Liberation Front",
                      "us_force": "the United States task force sent to Marova",
                      "uk_force": "the British training mission"},
            "countries": {"us_force": ["United States"], "uk_force": ["United Kingdom"]},
            "government_side": "marova_gov", "rebel_side": "rebels", "articles": ["example.txt"],
            "keywords": {"rebels": ["MLF", "rebels"], "marova_gov": ["Marovan army"]}}
    return Actors([_conflict("marova", spec)])


def test_abbreviations_name_their_countries():
    assert (country_of("U.S."), country_of("U.K.")) == ("United States", "United Kingdom")


@pytest.mark.parametrize("text, side", [
    ("One U.S. Marine was killed when rebels fired on the convoy outside Tessa, officials said.", "us_force"),
    ("Two U.K. instructors were wounded in the mortar attack on the base.", "uk_force"),
    # the state's own soldiers keep the state's side
    ("Four Marovan army soldiers were killed in the ambush.", "marova_gov"),
])
def test_a_country_s_abbreviation_names_its_side(text, side):
    assert [s for *_rest, s in claims_in(text, _registry())] == [side]


def test_the_pronoun_us_is_no_country():
    assert country_of("us") is None
