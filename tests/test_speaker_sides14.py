"""Session 14's speaker-side rules (docs/rules.md "Session 14: speaker sides"), on invented sentences of an invented
war (none from an eval text):

- `lexicon_plurals` (data/lexicons/speakers.yaml `sides`): a person noun the generic lists held only in the singular
  speaks in the plural too ('historians', 'farmers', 'imams'); with `peasant_petitioner`, peasants and petitioners are
  civilians (also as heads of rule `civilian_head_noun`: 'Carstovan petitioners' are no state's). Dev: algeria-1954-1962
  ('most historians'), guatemala-civil-war ('a peasant'), korean-war ('South Korean petitioners').
- `pronoun_keeps_side` (mentions.layer `_role_in_own_words`): a pronoun that takes up an unnamed speaker keeps the side
  rule `rebel_word_speaker` or `hospital_staff_civilian` gave it ('a spokesman for one of the rebel groups said ...
  he said'), as a named speaker's later mentions already did. Dev: soviet-afghan-war (two statements).
"""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

from invented_wars import CARSTOV



def _rows(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_side"]) for r in quotes_for_article("a.txt", text, actors=CARSTOV)]


@pytest.mark.parametrize("text, side", [
    # feature style: scholars of the war in the plural
    ("Most historians say the real toll of the 1961 massacre was several times the official one.", "expert"),
    ("The archive was opened only last year, professors at the capital's university said.", "expert"),
    # wire style: plain people of the countryside
    ("Soldiers burned the huts and took the maize, a peasant said.", "civilian"),
    ("Local farmers said the shelling began before dawn and lasted until noon.", "civilian"),
    # a people's adjective before a civilian head: no state's voice (rule `civilian_head_noun`)
    ("Carstovan petitioners say their relatives were shot by soldiers in 1950.", "civilian"),
    # clerics in the plural
    ("Imams in the old quarter said the curfew kept worshippers from the mosques.", "religious"),
])
def test_plural_and_rural_speakers_take_the_generic_side(text, side):
    assert [s for _, s in _rows(text)] == [side]


@pytest.mark.parametrize("text, side", [
    # an armed modifier: farmers who fight are no bystanders (the rebel word of the lexicon decides)
    ("Armed farmers of the MRF militia said they had retaken the ridge.", "mrf"),
    # a state's officers in the plural stay the state's
    ("Carstovan army officers said the ridge was retaken.", "car_gov"),
])
def test_other_heads_keep_their_side(text, side):
    assert [s for _, s in _rows(text)] == [side]


def test_a_pronoun_keeps_the_rebel_side_of_its_unnamed_antecedent():
    text = ("A spokesman for one of the largest Carstovan rebel groups said the convoy was ambushed at dawn. "
            'He said 40 soldiers had been killed and three trucks burned.')
    assert [s for _, s in _rows(text)] == ["mrf", "mrf"]


def test_a_pronoun_keeps_the_civilian_side_of_hospital_staff():
    text = ("A Carstovan army officer at the city hospital said 12 wounded had been brought in overnight. "
            "He said most of them were children.")
    assert [s for _, s in _rows(text)] == ["civilian", "civilian"]


@pytest.mark.parametrize("text, sides", [
    # a pronoun after a state speaker with a rebel word in its phrase: the army's spokesman stays the army's
    ("A spokesman for the army fighting the rebel groups said the convoy was ambushed at dawn. "
     "He said 40 soldiers had been killed.", ["car_gov", "car_gov"]),
    ("A commander of the anti-rebel militia said the convoy was ambushed at dawn. He said 40 rebels had been killed.",
     ["car_gov", "car_gov"]),
    # a bare repeat of an unnamed phrase is no pronoun: it takes the side of its own words ('sources' tell none)
    ("Sources in the MRF said the bridge was blown up. Sources said later that the army had retaken it.",
     ["mrf", "unknown"]),
])
def test_what_the_pronoun_rule_leaves(text, sides):
    assert [s for _, s in _rows(text)] == sides


@pytest.mark.parametrize("text, side", [
    # rule `observers_no_side`: bare observers tell no side (no experts unless the article says so)
    ("The clashes had killed far more than the official count, observers on the ground said.", "unknown"),
    ("Local observers said the polling stations were burned in the night.", "unknown"),
    # observers with more words are left to them: the UN's, and 'military observers' as before (the lexicon's word)
    ("UN observers said the ceasefire line had been crossed twice.", "un"),
    ("Military observers said the ceasefire line had been crossed twice.", "expert"),
])
def test_bare_observers_tell_no_side(text, side):
    assert [s for _, s in _rows(text)] == [side]
