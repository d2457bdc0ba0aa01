"""`victims._side_of_sufferer_in_sentence`: a spaced dash ends the sufferer's clause, so a dateline's city before it
('LONDON - NLF fighters suffered 30 casualties') is not read as the sufferer. Aden emergency style, in none of the
eval sets."""
from claim_families import columns
from presslens.actors import Actors, _conflict

REG = Actors([_conflict("aden-1963", {
    "sides": {"uk": "the British administration of Aden and its forces, the government in London",
              "nlf": "the National Liberation Front and its fighters"},
    "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"],
    "keywords": {"uk": ["London", "British troops"], "nlf": ["NLF"]}})])


def _rows(text):
    return columns(text, ("low", "victim_side", "side_by"), actors=REG, article="example.txt")


def test_dateline_dash_is_no_sufferer():
    assert _rows("LONDON - NLF fighters suffered 30 casualties in the fighting at Crater, officials said.") == \
        [(30, "nlf", "side_of_sufferer_in_sentence")]


def test_sufferer_without_a_dash_is_read_as_before():
    assert _rows("British troops suffered 12 casualties in the fighting at Crater.") == \
        [(12, "uk", "side_of_sufferer_in_sentence")]
