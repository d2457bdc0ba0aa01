"""Session 11's audit of wrong antecedents (docs/rules.md "Antecedents"): a pronoun or a definite role that takes
up the last statement's speaker. End to end on the quote extractor. Every sentence is composed for the test in
the manner of wire copy from wars in no eval set (El Salvador 1980s, Guatemala, Nicaragua); every name is
invented."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from war_registries import state_and_rebels

SALVADOR = state_and_rebels("el-salvador", ("gov", "the Salvadoran state: army, national guard, police",
                             ["Salvadoran army", "National Guard"]), ("fmln", "the FMLN guerrillas", ["FMLN", "guerrillas"]))

GUATEMALA = state_and_rebels("guatemala", ("gov", "the Guatemalan state: army, civil patrols", ["Guatemalan army"]),
                             ("urng", "the URNG guerrillas", ["URNG"]))


def _speakers(text: str, actors) -> list[str]:
    return [r["speaker"] for r in quotes_for_article("a.txt", text, actors=actors)]


# rule they_without_antecedent (mentions.layer `_pronoun`): 'they' with no person or body before it still
# takes the plural source that spoke just before, as the sentence before's subject
@pytest.mark.parametrize("text, source", [
    ("Church sources said soldiers burned twelve houses in Chalatenango on Sunday. They said two farmers "
     "were shot as they ran.", "church sources"),
    ("Villagers said the patrol came at night and took four men away. Two more were found dead by the "
     "river, they said.", "villagers"),
], ids=["They said ...", "..., they said"])
def test_they_takes_the_plural_source_before(text, source):
    assert [s.lower() for s in _speakers(text, SALVADOR)] == [source, source]


# rule last_speaker_continues (mentions.pronouns): 'he'/'she' right after a named person's statement is that
# speaker, not a body named in the speaker's own title (the surname-alone case is in the rule's doctest)
@pytest.mark.parametrize("text", [
    "The army has yet to comment.\n\nMeanwhile, Lt. Col. Rafael Duarte, spokesman of the Army's Joint Task Force "
    "North (JTFN), said they were not aware of any clash.\n\n\u201cOur troops were on their way back to base when "
    "fired upon,\u201d he said.",
    "Guerrilla commander Ana Chuc said the URNG had lost two fighters.\n\nMeanwhile, Lt. Col. Rafael Duarte, "
    "spokesman of the Army's Task Force Quiche, said the army had not entered the village.\n\n\u201cOur troops "
    "were on their way back to base when fired upon,\u201d he said.",
], ids=["body with acronym in the title", "another speaker before"])
def test_pronoun_continues_the_last_speaker(text):
    speakers = _speakers(text, GUATEMALA)
    assert speakers[-2:] == ["Rafael Duarte", "Rafael Duarte"]


def test_a_person_named_since_is_the_nearer_antecedent():
    text = ("Colonel Rafael Duarte said the road to Nebaj was open. Father Tomas Ixcoy, the parish priest, "
            "disagreed. He said the road was mined.")
    assert _speakers(text, GUATEMALA)[-1].endswith("Tomas Ixcoy")


# 'worker' among the unnamed source heads (mentions.unnamed `same_unnamed_source`): 'the aid worker' takes up
# 'an aid worker' who spoke before, not the person named last
def test_the_aid_worker_takes_up_the_aid_worker():
    text = ("\"The soldiers control the whole valley,\" an aid worker said by telephone as troops searched the "
            "house of Julio Mena, a union leader. Most of the dead had gunshot wounds, according to the aid "
            "worker.")
    speakers = _speakers(text, SALVADOR)
    assert [s.lower() for s in speakers] == ["an aid worker", "an aid worker"]
