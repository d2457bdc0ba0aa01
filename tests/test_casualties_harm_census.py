"""The lexicon of harm, a census of general English (session 21, s21-harm; docs/rules.md "Session 21: the lexicon of
harm"): phrases of the language's usage that casualties.yaml lacked, each with the senses that must not become
claims. Sentences in the styles of wars in none of the eval sets (the Aden emergency, the Indonesian-Malaysian
confrontation, the Chaco war, Laos, Zanzibar 1964); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, cat, low, vague", [
    # killed: execution by hanging, active and passive
    ("The revolutionary council hanged four Arab merchants in Stone Town, a radio report said.", "killed", 4, None),
    ("Six captured guerrillas were hanged at Fort Morbut on Tuesday.", "killed", 6, None),
    # killed: the `<verb> to death` family beside `stabbed / beaten / hacked to death`
    ("Three Dyak porters were tortured to death by the raiders, the district officer said.", "killed", 3, None),
    ("Dozens were clubbed to death in the Boloven villages, refugees said.", "killed", None, "dozens"),
    ("The mob stoned two policemen to death outside the Crater market.", "killed", 2, None),
    ("Eleven conscripts were starved to death in the Boqueron garrison, the Paraguayan command said.", "killed", 11,
     None),
    # killed: a fatal wound is a death, not a wound
    ("Two British soldiers were fatally wounded by a grenade in Sheikh Othman.", "killed", 2, None),
    ("Snipers mortally wounded three Bolivian officers near Nanawa.", "killed", 3, None),
    ("Forty Pathet Lao soldiers lay dead around the airstrip, a Royal Army colonel said.", "killed", 40, None),
    ("Nine gendarmes paid with their lives for the blunder, the newspaper said.", "killed", 9, None),
    # wounded: the state of the wounded and the wounds suffered
    ("Four Gurkhas were in serious condition at the Kuching hospital.", "wounded", 4, None),
    ("Twelve children suffered burns when the market was set alight.", "wounded", 12, None),
    # captured: arrest and internment
    ("Thirty students are now under arrest in Aden, police said.", "captured", 30, None),
    ("At least 200 Indonesian infiltrators were interned at the Sabah camp.", "captured", 200, None),
    ("Officials said 14 were being held by the Pathet Lao at Sam Neua.", "captured", 14, None),
    # surrendered
    ("Fifteen Indonesian paratroopers handed themselves in at a police post in Johore.", "surrendered", 15, None),
    ("Some 300 rebels put down their weapons on Friday, the government said.", "surrendered", 300, None),
    # displaced: the passives of `driven/expelled from their homes`, the refugee made
    ("More than 5,000 Meo villagers have been driven from their homes by the offensive.", "displaced", 5001, None),
    ("Tens of thousands became refugees when the front moved south.", "displaced", None, "tens of thousands"),
])
def test_a_harm_phrase_of_general_english_is_a_claim(text, cat, low, vague):
    got = claims_in(text)
    assert got and got[0][0] == cat and got[0][1] == low and got[0][3] == vague, got


@pytest.mark.parametrize("text", [
    "The peace talks died after two rounds in Bangkok.",                         # a death of no one
    "The minister fled the press after the vote in Asuncion.",                   # 'fled the press': no count
    "Federal troops captured the town of Ja'ar on Sunday.",                       # a place captured
    "Two helicopters were shot down over the Radfan, the command said.",          # aircraft: `shot down` left out
    "Four Indonesian diplomats were expelled from Kuala Lumpur on Monday.",       # `expelled` alone: left out
    "The prison chief said several were imprisoned for debts.",                  # `imprisoned`: left out
    "The rebels were driven out of the town by an artillery barrage.",            # a force driven out: no flight
    "He hanged himself in his cell, the prison said.",                            # no count of victims
    # rule `phrasal_particle_after`: a one-word cue made another verb by its particle
    "Last month three senior officials were held up and robbed near Mukalla.",
    "Firing from the roof, the two guerrillas held out for an hour.",
    "Two convoys were held back at the border by the Laotian army.",
])
def test_a_sense_that_is_no_claim(text):
    assert claims_in(text) == [], claims_in(text)


def test_a_fatal_wound_is_not_also_a_wound():
    got = claims_in("Three Royal Marines were fatally wounded in the ambush, the army said.")
    assert [c[0] for c in got] == ["killed"], got
