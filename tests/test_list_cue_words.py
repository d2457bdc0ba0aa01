"""The list of counts of different kinds before one cue (casualties.listed_kinds.coordinated_kinds) in the wording of
wire and state copy: an adverb between the auxiliary and the cue ('were confirmed killed', 'were officially dead')
and a participle before the last item's head ('five suspected attackers died', 'nine alleged rebels were killed').
Found on eval/real9 (Tibet 2008, Xinjiang, Kasese copy) after its blind measurement; invented sentences here, in
wars in none of the eval sets."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, expected", [
    ("Officials in Luanda said 18 civilians and one police officer were confirmed dead after the raid.",
     [("killed", 18), ("killed", 1)]),
    ("Four soldiers and six guerrillas were officially killed in the clash near Esteli, the ministry said.",
     [("killed", 4), ("killed", 6)]),
    ("State radio said six bystanders and five suspected attackers died in the blast in Lubango.",
     [("killed", 6), ("killed", 5)]),
    ("Two policemen and nine alleged rebels were killed in the gunfight, the governor said.",
     [("killed", 2), ("killed", 9)]),
])
def test_list_of_kinds_split_through_adverb_and_participle(text, expected):
    assert [(cat, low) for cat, low, _high, _vague, _side in claims_in(text)] == expected


def test_other_before_the_head_is_no_new_list():
    """'seven other soldiers' after a partitive clause: two claims as before, not a list of two kinds."""
    found = [(cat, low) for cat, low, _h, _v, _s in
             claims_in("Three of those killed are commanders, and seven other soldiers are critically wounded.")]
    assert found == [("killed", 3), ("wounded", 7)]


@pytest.mark.parametrize("text, expected", [
    # a perfect with an adverb before 'been' ('have also been killed') or no 'been' at all ('have died'): the list
    # of kinds is still split, not summed into one count of people of two sides (the bug: 'killed 127')
    ("More than 80 Contra rebels and 41 civilians have also been killed since the offensive began.",
     [("killed", 81), ("killed", 41)]),
    ("Twenty guerrillas and three police officers have died in the fighting around Huambo, the governor said.",
     [("killed", 20), ("killed", 3)]),
    ("Five soldiers and two civilians have now been wounded in the shelling of Esteli.",
     [("wounded", 5), ("wounded", 2)]),
])
def test_list_of_kinds_split_after_a_perfect(text, expected):
    assert [(cat, low) for cat, low, _high, _vague, _side in claims_in(text)] == expected


def test_list_of_one_force_in_a_perfect_stays_one_sum():
    """Ranks of one force stay one sum through the perfect as through 'were killed' (docs/annotation.md)."""
    found = [(cat, low) for cat, low, _h, _v, _s in
             claims_in("Two officers and nine soldiers have also been killed near Cuito, the army said.")]
    assert found == [("killed", 11)]
