"""Rule `loss_noun_subject` (casualties/loss_subject.py): a force's count of no side ('40 officers and 300 men
killed') standing as the complement of a side's loss noun ('Cristero losses ... were', 'Federal casualties
totaled'): the loss noun's owner, not the side the role of `officers` and `men` gives (the state). Sentences in the
style of reports of Mexico's Cristero war (1926-29), in none of the eval sets."""
import pytest

from claim_families import SIDE_BY, columns
from presslens.actors import Actors, _conflict

REG = Actors([_conflict("cristero-1926", {
    "sides": {"federal": "the Mexican federal government of President Calles and its army",
              "cristeros": "the Cristero rebels of Jalisco and the Bajio and their columns"},
    "government_side": "federal", "rebel_side": "cristeros", "articles": ["example.txt"],
    "keywords": {"federal": ["federal army", "Federals"], "cristeros": ["Cristeros"]}})])


def _rows(text):
    return columns(text, SIDE_BY, actors=REG, article="example.txt")


@pytest.mark.parametrize("text, expected", [
    # the loss noun's modifier in the singular names the side ('Cristero' -> the Cristeros); a phrase of place
    # between the noun and the verb; the list's second count after the first
    ("Cristero losses at Tepatitlan were 40 officers and 300 men killed, and 12 officers and 80 men wounded.",
     [("killed", 340, "cristeros", "loss_noun_subject"), ("wounded", 92, "cristeros", "loss_noun_subject")]),
    # a verb of amounting, a bound word before the count; `soldiers` alone would be the state's
    ("A Cristero courier said Cristero casualties totaled over 200 soldiers killed in the week.",
     [("killed", 200, "cristeros", "loss_noun_subject")]),
])
def test_loss_noun_subject(text, expected):
    got = _rows(text)
    assert [(c, s, by) for c, _, s, by in got] == [(c, s, by) for c, _, s, by in expected]


@pytest.mark.parametrize("text", [
    # two sides in the subject: no one owner
    "Federal and Cristero losses were 40 officers and 300 men killed.",
    # another clause between the loss noun and the count
    "Cristero casualties were light, but 12 officers and 80 men were killed at the ford.",
    # no loss noun: the role decides
    "The Cristeros said 12 officers and 80 men were killed at the ford.",
])
def test_loss_noun_subject_refuses(text):
    rows = [r for r in _rows(text) if r[0] == "killed"]
    assert rows and all(by != "loss_noun_subject" for *_, by in rows)
