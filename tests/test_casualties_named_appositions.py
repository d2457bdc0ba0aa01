"""Rule `named_subject_appositions` (casualties/named_apposition.py): a named victim, any appositions, a comma and the
verb of his death -> one killed. Made-up sentences in the styles of wars in no eval set."""
import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("sentence", [
    "Major Henri Lasalle, 38, commander of the second battalion of the Zouaves, was killed near the bridge.",
    "The courier, Ivo Radic, 22 years old, died of his wounds in the field hospital.",
    "Chief Ngozi Okafor, elder of the village and founder of its school, was shot dead by raiders.",
    "Father Miguel Serrano, the parish priest, who had sheltered the wounded for a week, died on Sunday.",
])
def test_one_named_victim_after_appositions(sentence):
    assert [c[:3] for c in claims_in(sentence)] == [("killed", 1, 1)]


@pytest.mark.parametrize("sentence", [
    "Ivo Radic, his wife and three children, died in the shelling.",                 # more people in the apposition
    "The funeral of Major Henri Lasalle, 38, the battalion's commander, was held on Sunday.",   # no death verb
    "Troops loyal to Ivo Radic, 40, the self-styled general of the valley, died in the ambush.",  # after `to`
    "Ivo Radic, 22, and Petar Horvat, 25, died in the shelling.",                    # a list, the list rules' own
])
def test_no_one_person_death(sentence):
    assert ("killed", 1, 1) not in [c[:3] for c in claims_in(sentence)]
