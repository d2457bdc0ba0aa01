"""Rule `had_count_owner` (casualties/had_count.py): a bare count that is the object of the possessor's `had` ('The
NLF had three killed and nine wounded', 'his side had two men wounded'). Sentences in the style of the Aden
emergency's reports (1963-67), in none of the eval sets."""
import pytest

from claim_families import SIDE_BY, columns
from presslens.actors import Actors, _conflict

REG = Actors([_conflict("aden-1963", {
    "sides": {"uk": "the British administration of Aden and its forces",
              "nlf": "the National Liberation Front and its fighters",
              "flosy": "the Front for the Liberation of Occupied South Yemen and its fighters"},
    "government_side": "uk", "rebel_side": "nlf", "articles": ["example.txt"],
    "keywords": {"uk": ["British troops", "Royal Marines"], "nlf": ["NLF"], "flosy": ["FLOSY"]}})])


def _rows(text):
    return columns(text, SIDE_BY, actors=REG, article="example.txt")


@pytest.mark.parametrize("text, expected", [
    # the subject's registry words; the list's later count after the first
    ("In the fighting at Crater the NLF had three killed and nine wounded.",
     [("killed", 3, "nlf", "had_count_owner"), ("wounded", 9, "nlf", "had_count_owner")]),
    # an adverb of amount between `had` and the count
    ("Royal Marines had only one wounded in the ambush near Sheikh Othman.",
     [("wounded", 1, "uk", "had_count_owner")]),
    # 'his side': the claimant's side
    ("A FLOSY spokesman said his side had two men wounded.", [("wounded", 2, "flosy", "had_count_owner")]),
])
def test_had_count_owner(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a causative `had`: the count goes on with a bare verb
    "The hospital had 31 wounded come through its doors on Monday.",
    # a subject with no side's words ('One' of the convoys)
    "Convoys met opposition on the road. One had five casualties when held up by a road block.",
    # the count stands before `had`, not after it
    "Four were killed after the patrol had driven into the town.",
])
def test_had_count_owner_refuses(text):
    assert all(by != "had_count_owner" for *_, by in _rows(text))
    assert all(side == "unknown" for _, _, side, _ in _rows(text))


def test_a_count_owned_in_its_clause_is_no_headline_restated_below():
    # rule `restated_below`'s guard `owned_in_its_clause`: 'two killed ... amongst the Westerns' is owned where it
    # stands (no rule reads 'the Westerns'); the next sentence's 'two killed' (the NLF's) is another count
    text = ("There were two killed and four wounded amongst the Westerns. "
            "The NLF had two killed and six wounded.")
    assert [side for _, _, side, _ in _rows(text)] == ["unknown", "unknown", "nlf", "nlf"]
