"""Session 28's rule for the speaker's side (docs/rules.md "Session 28: a state's word before its office"):
`state_before_office` (mentions/abroad.py), end to end on the quote extractor. Every sentence is composed for the
test in the manner of wire copy from a war in no eval set (the Katanga secession, 1960-63: the central Congolese
government against Moise Tshombe's Katanga, with Belgian troops in the field); each positive case has negatives
beside it."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.abroad import state_before_office
from presslens.quotes import quotes_for_article

KATANGA = Actors([_conflict("katanga-secession", {
    "articles": ["a.txt"],
    "sides": {"congo_gov": "the central Congolese government in Leopoldville and its army (ANC)",
              "katanga": "the secessionist State of Katanga: Moise Tshombe, his gendarmerie and mercenaries",
              "belgium": "Belgium as intervening power: its government, its troops and officers in Katanga"},
    "countries": {"congo_gov": ["Congo"], "belgium": ["Belgium"]},
    "government_side": "congo_gov",
    "keywords": {"congo_gov": ["Leopoldville", "ANC", "Congolese army"],
                 "katanga": ["Katangese gendarmerie", "Elisabethville", "Tshombe"],
                 "belgium": ["Belgian troops", "Belgian paratroopers"]}})])


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=KATANGA)]


@pytest.mark.parametrize("text, side", [
    # the host's capital had given the host's side
    ("The French Ambassador to Leopoldville (Mr Charles Lucet) said the mercenaries had left Jadotville.", "foreign_gov"),
    # the lexicon's convention for 'intelligence sources' had given the war's government
    ("South African intelligence sources said the mercenaries had crossed the border at Kasumbalesa.", "foreign_gov"),
    # the UN's word 'high commissioner' had given `un`
    ("Pierre Wigny, the Belgian high commissioner in Salisbury, said the officers would stay.", "belgium"),
    # the war's ground in the apposition had given the state that holds it
    ("Colonel Guy Weber, the commander of Belgium's 600-strong contingent in the Congo, said two men had died.",
     "belgium"),
    # no side at all: 'sources' of a body the lexicon does not know
    ("Radio Brazzaville quoted sources at the South African consulate in Kamina as saying the airfield was quiet.",
     "foreign_gov"),
])
def test_a_states_word_before_its_office_gives_that_state(text, side):
    rows = _rows(text)
    assert rows and rows[0][1:] == (side, "state_before_office"), rows


@pytest.mark.parametrize("text", [
    "Jason Sendwe, a critic of the Belgian embassy, said the tribesmen would not disarm.",     # no office of his
    "Congolese army officers said the rebels had fled Kongolo.",                               # the war's own army
    "A spokesman for the Katangese interior ministry said the curfew would stay.",             # no state's word
    "Intelligence sources said the mercenaries had crossed the border at Kasumbalesa.",        # no state named
])
def test_no_office_of_a_named_state_no_change(text):
    rows = _rows(text)
    assert rows and rows[0][2] != "state_before_office", rows


def test_the_seat_of_a_government_names_its_state():
    rows = _rows("Navy Capt. Al Pike, deputy director of intelligence for the Joint Chiefs of Staff, said the "
                 "airlift to Kamina would go on.")
    assert rows and rows[0][1:] == ("foreign_gov", "state_before_office"), rows


def test_the_rule_leaves_a_side_alone_without_a_registry_or_a_state():
    assert state_before_office("congo_gov", "Al Pike", "Al Pike, the French ambassador", None) == "congo_gov"
    assert state_before_office("congo_gov", "officials", "officials of the ministry", KATANGA) == "congo_gov"
    assert state_before_office("katanga", "Godefroid Munongo", "Godefroid Munongo, the Katangese interior minister",
                               KATANGA) == "katanga"
