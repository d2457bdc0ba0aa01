"""Rule `members_named_after` (casualties/members_after.py): a bare count whose own clause goes on to say who its
people were, as a copula's predicate ('Three of the dead were gendarmes') or an apposition ('The five victims, all
Balubakat militiamen', '40 wounded, 12 of them gendarmes'). Sentences in the style of reports of Katanga's secession
(1960-63), in none of the eval sets."""
import pytest

from claim_families import SIDE_BY, columns
from presslens.actors import Actors, _conflict

REG = Actors([_conflict("katanga-1960", {
    "sides": {"katanga": "the secessionist State of Katanga: Tshombe's government and its gendarmerie",
              "balubakat": "the Balubakat party's militia in northern Katanga"},
    "government_side": "katanga", "rebel_side": "balubakat", "articles": ["example.txt"],
    "keywords": {"katanga": ["Katangese gendarmerie", "gendarmes"], "balubakat": ["Balubakat"]}})])
STATES = Actors([_conflict("congo-katanga", {
    "sides": {"congo": "the Congolese state and its army", "katanga": "the Katangese state and its gendarmerie"},
    "countries": {"congo": ["Congo"], "katanga": ["Katanga"]}, "articles": ["example.txt"],
    "keywords": {"congo": ["ANC"], "katanga": ["gendarmerie"]}})])


def _rows(text, reg=REG):
    return columns(text, SIDE_BY, actors=reg, article="example.txt")


@pytest.mark.parametrize("text, expected", [
    # the predicate's registry word
    ("Fourteen people died in the clash at Kabalo. Three of the dead were gendarmes.",
     ("killed", 3, "katanga", "members_named_after")),
    # an apposition with 'all'
    ("The five victims, all Balubakat militiamen from Manono, were buried on Sunday.",
     ("casualties", 5, "balubakat", "members_named_after")),
    # a bare apposition after 'of them'
    ("The riot left 40 wounded, 12 of them gendarmerie personnel.",
     ("wounded", 12, "katanga", "members_named_after")),
    # the predicate's role: police are the state's
    ("Nine people died in the riot. Four of the dead were policemen.",
     ("killed", 4, "katanga", "members_named_after")),
])
def test_members_named_after(text, expected):
    assert expected in _rows(text)


@pytest.mark.parametrize("text, reg", [
    # a passive, a place, a negation: no noun phrase of members
    ("Nine people died in the riot. Three of the dead were killed by gendarmes.", REG),
    ("Nine people were hurt in the riot. Two of the wounded were taken to Elisabethville.", REG),
    ("Nine people died in the riot. Four of the dead were not gendarmes.", REG),
    # two sides in the predicate
    ("Nine people died in the clash. Six of the dead were gendarmes and Balubakat fighters.", REG),
    # a war of two states: 'soldiers' is either state's
    ("Nine people died in the clash. Four of the dead were soldiers.", STATES),
])
def test_members_named_after_refuses(text, reg):
    assert all(by != "members_named_after" for *_, by in _rows(text, reg))
