"""Rule `polity_state` (casualties/between_states.py): a registry description calls its side a state only with the
noun of a polity, not with `state` modifying the noun after it. Registries in the styles of the Paraguayan civil war
of 1947 and of a federal republic's revolt, in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.between_states import polity_state
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("description, is_state", [
    ("the Paraguayan state: President Morinigo, the army and the police", True),
    ("the Brazilian state and its federal army", True),
    ("the Argentine state (the Republic) and its ministries", True),
    ("the revolutionaries of Concepcion, with the Mato Grosso state troops who joined them", False),
    ("the rebels, whom the state calls bandits", False),
    ("the Colorado party's militia, its state-run radio", False),
    (None, False),
])
def test_polity_state(description, is_state):
    assert polity_state(description) is is_state


def test_state_troops_make_no_war_of_two_states():
    # two sides whose descriptions say `state troops`: no war between states, so the rebels' toll noun takes the
    # registry's rebel side (`toll_owner_role`, which stands aside in a war of two states)
    reg = Actors([_conflict("paraguay-1947", {"articles": ["example.txt"], "sides": {
        "gov": "the Morinigo government, the army and the state troops loyal to it",
        "revolutionaries": "the Concepcion revolutionaries, with the state troops of the north; called rebels"},
        "government_side": "gov", "rebel_side": "revolutionaries",
        "keywords": {"gov": ["Colorados"], "revolutionaries": ["Febreristas"]}})])
    assert claims_in("The rebel losses are reported to be 400.", reg) == [("casualties", 400, 400, None,
                                                                         "revolutionaries")]
