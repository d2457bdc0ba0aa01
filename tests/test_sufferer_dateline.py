"""`victims._side_of_sufferer_in_sentence`: a spaced dash ends the sufferer's clause, so a dateline's city before it
('LONDON - NLF fighters suffered 30 casualties') is not read as the sufferer. Aden emergency style, in none of the
eval sets."""
from presslens.actors import Actors, _conflict
from presslens.casualties.extract import extract_article

REG = Actors([_conflict("aden-1963", {
    "sides": {"uk": "the British administration of Aden and its forces, the government in London",
              "nlf": "the National Liberation Front and its fighters"},
    "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"],
    "keywords": {"uk": ["London", "British troops"], "nlf": ["NLF"]}})])


def _rows(text):
    return [(r["low"], r["victim_side"], r["side_by"]) for r in extract_article("example.txt", text, actors=REG)]


def test_dateline_dash_is_no_sufferer():
    assert _rows("LONDON - NLF fighters suffered 30 casualties in the fighting at Crater, officials said.") == \
        [(30, "nlf", "side_of_sufferer_in_sentence")]


def test_sufferer_without_a_dash_is_read_as_before():
    assert _rows("British troops suffered 12 casualties in the fighting at Crater.") == \
        [(12, "uk", "side_of_sufferer_in_sentence")]
