"""Rule `loss_owned_before` (casualties/owned_casualties.py, inside `casualties_owned_before`): bare counts told as
the value of a side's `loss` or `losses` named before them ('puts the Sultan's loss at 40 killed, 90 wounded', 'Loss
to the firqat, two men wounded'). Sentences in the style of the Dhofar rebellion's communiques (Oman, 1965-75), in
none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("dhofar-1965", {
    "sides": {"oman": "the Sultanate of Oman, its Sultan's Armed Forces and firqat",
              "pflo": "the Popular Front for the Liberation of Oman and its guerrillas (the adoo)"},
    "government_side": "oman", "rebel_side": "pflo", "articles": ["example.txt"],
    "keywords": {"oman": ["Sultan's Armed Forces", "SAF", "firqat"], "pflo": ["PFLO", "adoo", "Dhofari rebels"]}})])


def _sides(text):
    return [(c[0], c[-1]) for c in claims_in(text, REG)]


@pytest.mark.parametrize("text, expected", [
    # the owner before `loss`, the counts after `at`: each count the owner's
    ("A later estimate puts the SAF loss in the Jebel fighting at 40 killed, 90 wounded.",
     [("killed", "oman"), ("wounded", "oman")]),
    # the owner after `Loss to`, a list of counts after it
    ("Loss to the firqat, two men killed, five men wounded.", [("killed", "oman"), ("wounded", "oman")]),
    # `losses` of a side, then its counts
    ("Rebel sources said PFLO losses in the month came to 12 killed and 30 wounded.",
     [("killed", "pflo"), ("wounded", "pflo")]),
])
def test_loss_owned_before(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a loss with no side named: the counts stay unknown
    ("Despite heavy losses, 40 were killed in the assault on Mirbat.", [("casualties", "unknown"),
                                                                        ("killed", "unknown")]),
    # two sides in the words before `losses`: no one owner
    ("After SAF and PFLO losses in the monsoon, 12 were killed at Sarfait.", [("killed", "unknown")]),
    # a civilian count after a side's losses: people are no force's loss
    ("SAF losses were light, but 12 people were killed in the market at Salalah.",
     [("casualties", "oman"), ("killed", "civilian")]),
])
def test_loss_owned_before_refuses(text, expected):
    assert _sides(text) == expected
