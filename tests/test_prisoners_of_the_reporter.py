"""Rule `prisoners_of_the_reporter` (casualties/captor_foe.py): men a warring side reports taken or surrendered, with
no words of their own, are the reporter's foe's. Sentences in the style of the Anglo-Zulu War's cabled returns (1879)
and of a modern ministry's statement, in none of the eval sets."""
import pytest

from presslens.actors import Actors, _conflict
from presslens.casualties.rules import claims_in

REG = Actors([_conflict("anglo-zulu", {
    "sides": {"british": "the British forces in Natal and Zululand: Lord Chelmsford's columns, regiments, colonial "
                         "volunteers", "zulu": "the Zulu kingdom of Cetshwayo and its impis"},
    "government_side": "british", "rebel_side": "zulu", "articles": ["example.txt"],
    "keywords": {"british": ["British troops", "Natal Carbineers"], "zulu": ["Zulus", "impi", "impis"]},
    "actors": [{"name": "Lord Chelmsford", "side": "british", "kind": "person"},
               {"name": "Cetshwayo", "side": "zulu", "kind": "person"}]})])


@pytest.mark.parametrize("text, expected", [
    ("Lord Chelmsford reports that during the week 40 were captured and 120 surrendered.",
     [("captured", "zulu"), ("surrendered", "zulu")]),
    ("Lord Chelmsford reports 65 taken prisoners at the kraal.", [("captured", "zulu")]),
    ("Cetshwayo's messengers said 30 were captured near the drift.", [("captured", "british")]),
])
def test_taken_are_the_reporters_foe(text, expected):
    assert [(c[0], c[-1]) for c in claims_in(text, REG)] == expected


@pytest.mark.parametrize("text, sides", [
    # no reporter of a warring side
    ("It is said that 40 were captured near the drift.", ["unknown"]),
    # the foe took them: an active verb of taking whose subject is the other side, or 'by' the other side
    ("Lord Chelmsford reports that the Zulus captured 12 near the drift.", ["unknown"]),
    ("Lord Chelmsford reports that 12 were captured by the Zulus.", ["unknown"]),
    # a group the story already knows, after 'the': the release of captives held by the other side
    ("Lord Chelmsford said talks on the release of the 12 captives went on.", ["unknown"]),
    # their own words name them: the words decide, not the reporter
    ("Lord Chelmsford reports that 12 Natal Carbineers were captured.", ["british"]),
])
def test_not_taken(text, sides):
    assert [c[-1] for c in claims_in(text, REG)] == sides
