"""The speakers and sides of unnamed sources taken up later (docs/rules.md "Session 19: statement recall, second
pass"): rules `same_source_past_others` and `later_source_unplaced` (mentions.layer), `one_of_plural_source`
(mentions.members), the guard `placed_group` of `same_group_later` (mentions.unnamed) and `pronoun_of_unnamed`
(mentions.layer). Every sentence is invented, in the manner of wire copy from wars in no eval set (the Chaco war,
the Biafran war, the Ifni war); every name is made up."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.members import one_of_plural_source
from presslens.mentions.unnamed import placed_group
from presslens.quotes import quotes_for_article

CHACO = Actors([_conflict("chaco", {
    "articles": ["a.txt"],
    "sides": {"bolivia": "the Bolivian state: army, police", "paraguay": "the Paraguayan state"},
    "government_side": "bolivia", "rebel_side": "paraguay",
    "keywords": {"bolivia": ["Bolivian army", "Bolivian"], "paraguay": ["Paraguayan"]}})])

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str | None]]:
    return [(r["speaker"], r["speaker_side"]) for r in quotes_for_article("a.txt", LEAD + text, actors=CHACO)]


FOUND = [
    ("a definite role takes up the unnamed source with its head past other sources (Chaco)",
     'The convoy was hit near the dam on Friday, a Bolivian army spokesman said. Local radio reported heavy shelling. '
     'Other media sources said the bridge had fallen. "We pushed them back across the river," the spokesman said.',
     [("a Bolivian army spokesman", "bolivia"), ("local radio", "media"), ("other media sources", "media"),
      ("a Bolivian army spokesman", "bolivia")]),
    ("a later singular source, not the placed role, is the pronoun's antecedent (Biafra)",
     'Three posts fell on Monday, a military official said. "The guns were silent by noon," the official said. '
     'A Bolivian government source said the town was calm. He said the roads had reopened.',
     [("a military official", "bolivia"), ("a military official", "bolivia"),
      ("a Bolivian government source", "bolivia"), ("a Bolivian government source", "bolivia")]),
    ("'the source' after 'military sources': its own words, the group's side; a pronoun keeps it (Ifni)",
     "The Bolivian army has made two raids across the border, Bolivian military sources said on Friday.\n"
     "The raids were carried out on Saturday, the source, who did not wish to be identified said.\n"
     "At least 30 rebels were killed, he said.",
     [("bolivian military sources", "bolivia"), ("source", "bolivia"), ("source", "bolivia")]),
    ("a group placed by a bare place noun is not taken up past another speaker (Biafra)",
     "Nine people were killed in one village, residents of the area told reporters.\n"
     "A farmer said his house was burned.\n"
     "Four more were killed in a third village, the residents, who included a priest, said.",
     [("residents of the area", "civilian"), ("a farmer", "civilian"), ("residents", "civilian")]),
]

LEFT = [
    ("no unnamed source with the head before: the role as written (Chaco)",
     'Local radio reported heavy shelling. "We pushed them back across the river," the spokesman said.',
     [("local radio", "media"), ("spokesman", "unknown")]),
    ("the placed role, no other source since, keeps the pronoun (Biafra)",
     "Three posts fell on Monday, a military official said. He said the roads had reopened.",
     [("a military official", "bolivia"), ("a military official", "bolivia")]),
    ("another role after plural sources is no member of them (Ifni)",
     "The Bolivian army has made two raids, Bolivian military sources said on Friday.\nThe official said the raids were over.",
     [("bolivian military sources", "bolivia"), ("official", "bolivia")]),
    ("a group named in full by an adjective is still taken up by its head (Chaco)",
     "Nine people were killed, Western diplomats said.\nA farmer said his house was burned.\n"
     "The diplomats said four more had died.",
     [("western diplomats", "foreign_gov"), ("a farmer", "civilian"), ("western diplomats", "foreign_gov")]),
]


@pytest.mark.parametrize("name, text, expected", FOUND, ids=[c[0] for c in FOUND])
def test_sources_taken_up(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text, expected", LEFT, ids=[c[0] for c in LEFT])
def test_sources_left(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("phrase, group, expected", [
    ("the source", "military sources", True), ("The witness", "two witnesses", True),
    ("the official", "military sources", False), ("the source", "a military source", False),
    ("the army source", "military sources", False)])
def test_one_of_plural_source(phrase, group, expected):
    assert one_of_plural_source(phrase, group) is expected


@pytest.mark.parametrize("group, expected", [
    ("residents of the area", True), ("villagers in the district", True), ("residents of Kabul", False),
    ("Western diplomats", False), ("officials at the headquarters", False)])
def test_placed_group(group, expected):
    assert placed_group(group) is expected


def test_named_holder_of_the_role_between_keeps_the_role():
    """'the spokesman' after a person named with that role (Chaco): that person, not the unnamed source before."""
    text = ('The convoy was hit near the dam, a Bolivian army spokesman said. Major Ruiz Otero, a police spokesman, '
            'said the road was shut. "We pushed them back," the spokesman said.')
    assert rows(text)[-1][0] == "Ruiz Otero"


def test_qualified_group_is_a_group_of_its_own():
    """'officials at the headquarters of X' (Biafra) is a new group: 'The officials' later is not taken as another."""
    text = ("Nine people were killed, officials at the headquarters of the Bolivian army said.\n"
            "A farmer said his house was burned.\nThe officials said four more had died.")
    assert [r[0] for r in rows(text)] == ["officials", "a farmer", "officials"]
