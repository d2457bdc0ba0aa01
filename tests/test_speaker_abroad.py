"""Session 27's rules for the speaker's side (docs/rules.md "Session 27: the speaker's side, voices from abroad and
the wire"): `envoy_to_the_un` and `officials_placed_abroad` (mentions/abroad.py), `dispatches_as_press`
(mentions/outlet_medium.py) and the lexicon's senators, end to end on the quote extractor. Every sentence is
composed for the test in the manner of wire copy from a war in no eval set (the Aden Emergency, 1963-67: the
British administration of Aden against the National Liberation Front); each positive case has negatives beside it."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.mentions.abroad import envoy_to_the_un, officials_placed_abroad
from presslens.mentions.outlet_medium import dispatches_as_press
from presslens.quotes import quotes_for_article

ADEN = Actors([_conflict("aden-emergency", {
    "articles": ["a.txt"],
    "sides": {"britain": "the British administration of Aden and the Federation of South Arabia: the High "
                         "Commissioner, British troops and the federal army",
              "nlf": "the National Liberation Front (NLF), its guerrillas and its cells in Crater and Sheikh Othman"},
    "countries": {"britain": ["Britain"]},
    "government_side": "britain",
    "keywords": {"britain": ["British troops", "High Commissioner"], "nlf": ["NLF", "National Liberation Front"]}})])


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_side"], r["side_by"]) for r in quotes_for_article("a.txt", text, actors=ADEN)]


# --- envoy_to_the_un ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, side", [
    ("Egypt's former envoy to the United Nations Mahmoud Riad said the federation had no standing in Aden.", "foreign_gov"),
    ("British United Nations delegation sources said the complaint would go to the General Assembly.", "britain"),
    ("A diplomat close to the U.N.-brokered talks said both sides had agreed to meet in Geneva.", "foreign_gov"),
])
def test_an_envoy_at_the_un_speaks_for_the_state_that_sends_it(text, side):
    rows = _sides(text)
    assert rows and rows[0][1:] == (side, "envoy_to_the_un")


@pytest.mark.parametrize("text", [
    "The U.N. envoy said the mission would reach Aden next week.",
    "A United Nations spokesman said the mission would reach Aden next week.",
])
def test_the_uns_own_voices_stay_the_uns(text):
    rows = _sides(text)
    assert rows and rows[0][1] == "un" and rows[0][2] != "envoy_to_the_un"


def test_envoy_rule_leaves_other_sides_alone():
    assert envoy_to_the_un("media", "a correspondent at the United Nations", ADEN) == "media"
    assert envoy_to_the_un("un", "an envoy of the United Nations", ADEN) == "un"
    assert envoy_to_the_un("un", "the U.N. envoy", None) == "un"


# --- officials_placed_abroad ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials in Cairo said the radio had broadcast no such appeal.",
    "Official quarters in Washington said the bombing of the village was regrettable.",
    "Right-wing senators in the US said the NLF was a band of terrorists.",
])
def test_officials_placed_in_a_foreign_state_speak_for_it(text):
    rows = _sides(text)
    assert rows and rows[0][1:] == ("foreign_gov", "officials_placed_abroad")


@pytest.mark.parametrize("text, side", [
    ("Officials in London said two more battalions would sail for Aden.", "britain"),   # the war's own state
    ("Officials in Crater said the curfew would be lifted at dawn.", "britain"),        # a place that is no state
    ("Doctors in Cairo said the wounded men had been flown in overnight.", None),        # no state's head
])
def test_a_placed_speaker_of_the_wars_state_or_no_state_keeps_its_side(text, side):
    rows = _sides(text)
    assert rows and rows[0][2] != "officials_placed_abroad"
    if side is not None:
        assert rows[0][1] == side


def test_placed_rule_needs_the_government_convention():
    assert officials_placed_abroad("nlf", "officials", "officials in Cairo", ADEN) == "nlf"
    assert officials_placed_abroad("britain", "NLF officials", "NLF officials in Cairo", ADEN) == "britain"


# --- dispatches_as_press -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Later dispatches said the NLF had withdrawn from Sheikh Othman.",
    "Earlier messages said British troops had cordoned off Crater before dawn.",
    "Cairo dispatches said hundreds of tribesmen had crossed into the Radfan.",
])
def test_the_wires_dispatches_are_the_press(text):
    rows = _sides(text)
    assert rows and rows[0][1:] == ("media", "dispatches_as_press")


def test_a_dispatch_of_a_side_or_in_the_singular_is_left():
    rows = _sides("British dispatches said the NLF had withdrawn from Sheikh Othman.")
    assert rows and rows[0][1] == "britain"
    assert dispatches_as_press(None, "", "a dispatch") == (None, "")
    assert dispatches_as_press(None, "", "rebel messages") == (None, "")
    assert dispatches_as_press("nlf", "registry", "dispatches") == ("nlf", "registry")


@pytest.mark.parametrize("text", [
    "Official quarters in Washington said the bombing of the village was regrettable. They said the High "
    "Commissioner had been told so.",
    "Egypt's envoy to the United Nations Mahmoud Riad said the federation had no standing. He said the NLF "
    "would be heard in New York.",
])
def test_a_pronoun_taking_the_speaker_up_keeps_the_side(text):
    rows = _sides(text)
    assert len(rows) == 2 and [r[1] for r in rows] == ["foreign_gov", "foreign_gov"]


def test_a_pronoun_keeps_the_side_the_rest_of_the_phrase_gave():
    rows = _sides("Officials at the NLF command in Sheikh Othman said the curfew was a provocation. They said the "
                  "strike would go on until the troops left.")
    assert len(rows) == 2 and [r[1] for r in rows] == ["nlf", "nlf"]
    assert [r[2] for r in rows] == ["phrase_names_side", "phrase_names_side"]
