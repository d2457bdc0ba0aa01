"""Rule `single_in_list` (casualties.listed_kinds): an indefinite person opening a list of harmed people ('A soldier
and six rebels were killed') is an item of one, told apart from the count after it only when the person's kind is
known and differs (docs/annotation.md, "Coordinated counts"); 'One soldier and six rebels' was already split, 'A
soldier and six rebels' was summed to 7 across two sides. Invented sentences, wars in none of the eval sets."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


def _counts(text: str) -> list[tuple[str, int]]:
    return [(cat, low) for cat, low, _high, _vague, _side in claims_in(text)]


@pytest.mark.parametrize("text, expected", [
    # wire style, Angola: a state soldier beside a count of insurgents
    ("A government soldier and six UNITA guerrillas were killed in fighting near Cuito, the army said.",
     [("killed", 1), ("killed", 6)]),
    # local daily, Nicaragua: a policeman beside civilians
    ("A policeman and two civilians were wounded when Contra rebels raided the cooperative at Jinotega.",
     [("wounded", 1), ("wounded", 2)]),
    # state media, Cabinda-like invented war: members of a named group
    ("A Norvalian soldier and five members of the outlawed Liberation Front have been killed in clashes.",
     [("killed", 1), ("killed", 5)]),
])
def test_a_person_of_another_kind_is_told_apart(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, total", [
    ("A lieutenant and 11 soldiers were killed when the convoy hit a mine near Huambo.", 12),   # ranks of one force
    ("A guerrilla commander and seven fighters were killed in the raid, the army said.", 8),    # a person of no kind
    ("A man and two women were wounded by shrapnel in Esteli, hospital staff said.", 3),        # no kind of his own
    ("A woman and three children were killed when the shell hit their house.", 4),              # civilians together
    ("A colonel and his four bodyguards were killed in the ambush.", 5),                       # 'his': his own men
])
def test_a_person_joins_a_count_of_the_same_kind(text, total):
    assert _counts(text) == [(_counts(text)[0][0], total)]


def test_a_single_person_after_an_active_verb_is_no_list_item():
    """'Troops killed a commander and six fighters were captured': two clauses, the rule leaves them alone."""
    assert ("killed", 1) not in _counts("Troops killed a commander and six fighters were captured near Luena.")
