"""Rule `toll_owner_later` (casualties/owner_later.py): a bare toll whose owner closes its clause after the verb of
report or a coordinated count ('Nine casualties were reported among the adoo', '12 deaths and 30 injuries among
government troops', 'No fatalities were recorded on the side of the PFLO'). Sentences in the style of the Dhofar
rebellion's communiques (Oman, 1965-75) and of the Biafran war's, in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("dhofar-1965", {
    "sides": {"oman": "the Sultanate of Oman, its Sultan's Armed Forces and firqat",
              "pflo": "the Popular Front for the Liberation of Oman and its guerrillas (the adoo)"},
    "government_side": "oman", "rebel_side": "pflo", "articles": ["example.txt"],
    "keywords": {"oman": ["Sultan's Armed Forces", "SAF", "firqat"], "pflo": ["PFLO", "adoo", "Dhofari rebels"]}})])
STATES = Actors([_conflict("nigeria-biafra", {
    "sides": {"nigeria": "the Nigerian state and its army", "biafra": "the Biafran state and its army"},
    "countries": {"nigeria": ["Nigeria"], "biafra": ["Biafra"]}, "articles": ["example.txt"],
    "keywords": {"nigeria": ["Nigerian troops"], "biafra": ["Biafran troops"]}})])


def _sides(text, reg=REG):
    return [(c[0], c[-1]) for c in claims_in(text, reg)]


@pytest.mark.parametrize("text, expected", [
    # the owner after the verb of report: a registry keyword
    ("Nine casualties were reported among the adoo.", [("casualties", "pflo")]),
    # after a coordinated count: the phrase owns both counts; the owner by its role (government troops: the state)
    ("The attack on Mirbat caused 12 deaths and 30 injuries among government troops, a spokesman said.",
     [("killed", "oman"), ("wounded", "oman")]),
    # 'on the side of'
    ("No fatalities were recorded on the side of the PFLO.", [("killed", "pflo")]),
])
def test_toll_owner_later(text, expected):
    assert _sides(text) == expected


@pytest.mark.parametrize("text, reg, sides", [
    # both sides named in the phrase: no one owner
    ("Nine casualties were reported among the SAF and the PFLO.", REG, ["unknown"]),
    ("Heavy losses were reported among both the SAF and the adoo.", REG, ["unknown"]),
    # a place between the verb and the phrase: 'among' is not the toll's owner
    ("Nine casualties were reported in Salalah among the crowds at the market.", REG, ["unknown"]),
    # a war of two states: 'troops' is either state's
    ("The shelling caused 12 deaths among the troops.", STATES, ["unknown"]),
])
def test_toll_owner_later_refuses(text, reg, sides):
    assert [s for _, s in _sides(text, reg)] == sides


def test_toll_owner_later_stops_at_the_next_count():
    # the next conjunct's count has its owner of its own: the first count's owner is the civilians
    assert _sides("There were 19 wounded among the civilians and 8 among the SAF.")[0] == ("wounded", "civilian")
