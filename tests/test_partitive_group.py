"""Rule `partitive_group` (casualties/partitive_group.py): a bare count told as a part of a group named before it
('Of the X, N were killed', 'Among the X, N were killed', 'the X, among whom N died') is the group's. Sentences in
the style of the Second Schleswig War's dispatches (1864) and of a modern ministry's statement, in none of the eval
sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("schleswig-1864", {
    "sides": {"denmark": "the Kingdom of Denmark and its army at Dybbøl", "allies": "the Prussian and Austrian "
              "armies"},
    "government_side": "denmark", "rebel_side": "allies", "articles": ["example.txt"],
    "keywords": {"denmark": ["Danes", "Danish"], "allies": ["Prussians", "Austrians", "Prussian"]},
    "actors": [{"name": "General de Meza", "side": "denmark", "kind": "person"}]})])


@pytest.mark.parametrize("text, expected", [
    ("Of the Prussians who stormed the redoubt, 70 were killed and 200 wounded.",
     [("killed", "allies"), ("wounded", "allies")]),
    ("Among the Danes, 40 were killed.", [("killed", "denmark")]),
    ("The king thanked the police, among whom 4 died and 11 were injured.",
     [("killed", "denmark"), ("wounded", "denmark")]),
])
def test_part_of_the_group(text, expected):
    assert [(c[0], c[-1]) for c in claims_in(text, REG)] == expected


@pytest.mark.parametrize("text, sides", [
    # the group names no side: prisoners, a village's people (people keep their own rules)
    ("Of the prisoners taken at the ford, 14 were later found dead.", ["unknown"]),
    # no partitive: the count stands alone
    ("After the storm of the redoubt, 40 were killed.", ["unknown"]),
    # a count with its own words: the words decide, not the group
    ("Among the Prussians' victims, 12 Danes were killed.", ["denmark"]),
    # 'whom' of another clause, not right before the count
    ("The Danes, whom the Prussians attacked at dawn, said that 30 were killed.", ["unknown"]),
])
def test_not_a_part(text, sides):
    assert [c[-1] for c in claims_in(text, REG)] == sides
