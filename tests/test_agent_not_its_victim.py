"""Rule `agent_not_its_victim` (casualties/agent_victims.py): the people a side kills, wounds, captures or arrests
are not that side's own ('the constabulary fired on us and killed three of our men', 'Gabonese authorities detained
one of the army's top officers', 'A constabulary patrol met an armed band near Arayat and killed 12'). Sentences in
the style of the Huk rebellion's copy (the Philippines, 1946-54) and of the Gabon coup's (1964), in none of the eval
sets; the first three cases fail without the rule (the doer's side: `ph_gov`, `gabon_gov`)."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

HUK = Actors([_conflict("huk-rebellion", {
    "sides": {"ph_gov": "the Philippine state: its army and constabulary",
              "huks": "the Hukbalahap (Huk) guerrillas"},
    "government_side": "ph_gov", "rebel_side": "huks", "articles": ["example.txt"],
    "keywords": {"ph_gov": ["Philippine army", "constabulary", "Filipino troops"], "huks": ["Huk", "Huks",
                                                                                             "Hukbalahap"]}})])
GABON = Actors([_conflict("gabon-coup-1964", {
    "sides": {"gabon_gov": "the Gabonese state of President M'ba: its loyal troops and gendarmerie",
              "putschists": "the army officers who seized power in February 1964"},
    "government_side": "gabon_gov", "rebel_side": "putschists", "articles": ["example.txt"],
    "keywords": {"gabon_gov": ["Gabonese authorities", "gendarmerie"], "putschists": ["putschists"]}})])


def _sides(text, reg=HUK):
    return [(c[0], c[1], c[-1]) for c in claims_in(text, reg)]


@pytest.mark.parametrize("text, reg, expected", [
    # a verb after `and`: the clause's opening noun phrase ('A constabulary patrol met ... and killed 12')
    ("A constabulary patrol met an armed band near Arayat and killed 12.", HUK, [("killed", 12, "huks")]),
    # the second verb of the same subject: 'the constabulary fired on us and killed ... and wounded ...'
    ("So the constabulary fired on us and killed three of our men and wounded two self-defence fighters.", HUK,
     [("killed", 3, "huks"), ("wounded", 2, "huks")]),
    # the subject right before the verb: a state's arrest of an officer after a coup is of the coup's side
    ("Gabonese authorities detained one of the army's top officers after the failed coup.", GABON,
     [("captured", 1, "putschists")]),
])
def test_agent_not_its_victim(text, reg, expected):
    assert _sides(text, reg) == expected


@pytest.mark.parametrize("text, reg, side", [
    # the subject is the victims' foe already: nothing to correct
    ("Huk guerrillas ambushed a convoy near Cabiao, killing 11 Filipino troops.", HUK, "ph_gov"),
    # a participle with no comma belongs to the noun before it, not to the clause's subject
    ("A constabulary raid ended with an exchange of fire killing one Huk.", HUK, "huks"),
    # a pronoun subject: no side read from it
    ("The Huks claimed Monday they had killed 15 Filipino troops.", HUK, "ph_gov"),
    # a gerund after a preposition: 'accused of killing' has no subject here
    ("The constabulary hunted Huks accused of killing four Filipino troops.", HUK, "ph_gov"),
])
def test_agent_rule_leaves(text, reg, side):
    assert [c[-1] for c in claims_in(text, reg)][-1] == side
