"""Casualty claims the extractor did not find at all (issue 11, session 7, casualty recall; lib/presslens/casualties/
recall7_rules.py and the lexicon's words): one person by a role the lexicon lacks or by an ordinal, a counted part of
the victims told after them, a side's own dead in the first person, medical help and care as wounds, homes left and
refuge taken, the evacuation or exodus of N, sized vague amounts.  The copy is invented, in the styles of wars in
none of the eval sets (Colombia, Cameroon's Anglophone regions, Burkina Faso, Aceh, Casamance, Northern Ireland,
Western Sahara, Cabinda); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims
from presslens.casualties import extract_article


def claims(text: str) -> list[tuple]:
    return _claims(text, "recall7.txt")


# (family, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
    # -- one person by a role the lexicon lacks, or by an ordinal ------------------------------------------------
    ("one_unlisted_role", "A schoolteacher was shot dead outside his home in Kumba on Monday, residents said.",
     [("killed", 1, 1, None)]),
    ("one_unlisted_role", "BOGOTA (AFP) - A fourth Marine died of his wounds on Sunday, the navy said.",
     [("killed", 1, 1, None)]),
    ("one_unlisted_role", "A third victim died overnight in the regional hospital in Ziguinchor.",
     [("killed", 1, 1, None)]),
    ("one_unlisted_role", "An interpreter was killed when the convoy hit a mine near Smara.", [("killed", 1, 1, None)]),
    ("one_unlisted_role", "A 45-year-old headmaster was abducted from his school near Bamenda.",
     [("captured", 1, 1, None)]),
    ("one_unlisted_role", "A Colombian was seriously injured in the blast in Cucuta.", [("wounded", 1, 1, None)]),
    # -- one person wounded earlier who has now died -------------------------------------------------------------
    # -- a part told as among a counted toll --------------------------------------------------------------------
    # -- losses said with 'lost' and a vague amount -------------------------------------------------------------
    # -- the verb's category over the noun's (phrases.verb_over_noun) ---------------------------------------------
    ("verb_over_noun", "The rebels executed the 12 captives before retreating into the forest near Popayan.",
     [("killed", 12, 12, None)]),
    ("verb_over_noun", "The separatists killed their three hostages when troops stormed the camp near Kumba.",
     [("killed", 3, 3, None)]),
    # -- dead by the sources' fear or belief (lexicon, hedged) -----------------------------------------------------
    ("feared_dead", "Five feared dead as gunmen storm village in Casamance", [("killed", 5, 5, None)]),
    ("feared_dead", "At least 12 miners are feared killed after the attack on the mine near Dori.",
     [("killed", 12, None, None)]),
    # -- one death told as an event ------------------------------------------------------------------------------
    ("one_death_event", "There's been a fatality, a police spokesman in Belfast said.", [("killed", 1, 1, None)]),
    ("one_death_event", "One fatality was reported after the blast in Banda Aceh.", [("killed", 1, 1, None)]),
    ("one_death_event", "There was a further death overnight in Popayan, the hospital said.", [("killed", 1, 1, None)]),
    # -- one person by a definite or possessive determiner --------------------------------------------------------
    ("one_by_possessive", "His brother was killed in the attack on the bus near Popayan, the farmer said.",
     [("killed", 1, 1, None)]),
    ("one_by_possessive", "Her son was shot dead outside the town hall in Kumba on Monday.", [("killed", 1, 1, None)]),
    ("one_by_possessive", "The governor's bodyguard was wounded when the convoy was ambushed near Buea.",
     [("wounded", 1, 1, None)]),
    ("one_by_possessive", "His friend, another officer said, was killed at the checkpoint in Dori.",
     [("killed", 1, 1, None)]),
    # -- a counted part right after a claim a rule found ----------------------------------------------------------
    # -- one person by age in a toll ------------------------------------------------------------------------------
    ("one_by_age", "Eight civilians were killed in the shelling of Dori, including a 15-year-old.",
     [("killed", 8, 8, None), ("killed", 1, 1, None)]),
    ("one_by_age", "Among the dead is a 15-year old girl, the prefect of Kaya said.", [("killed", 1, 1, None)]),
    ("one_by_age", "Twelve people were wounded, among them an 80-year-old, in the blast in Lhokseumawe.",
     [("wounded", 12, 12, None), ("wounded", 1, 1, None)]),
    # -- a counted part of the victims told after them ------------------------------------------------------------
    ("part_told_after", "Of the dead, four were children, the prefect of Djibo said.", [("killed", 4, 4, None)]),
    ("part_told_after", "Two of the nine victims found were members of a local self-defence militia.",
     [("killed", 2, 2, None)]),
    ("part_told_after", "Eight of the wounded were under 18, a nurse at the hospital in Dori said.",
     [("wounded", 8, 8, None)]),
    ("part_told_after", "Of the 30 abducted, 12 were women, according to a local official in Kaya.",
     [("captured", 12, 12, None)]),
    # -- a side's own dead in the first person --------------------------------------------------------------------
    # -- medical help and care as wounds (lexicon) -----------------------------------------------------------------
    ("medical_help", "At least 40 people sought medical help after the blast in Banda Aceh, police said.",
     [("wounded", 40, None, None)]),
    ("medical_help", "Eighteen people received medical treatment at the scene in Derry.", [("wounded", 18, 18, None)]),
    ("medical_help", "Eleven villagers were taken to hospitals in Lhokseumawe.", [("wounded", 11, 11, None)]),
    # -- homes left and refuge taken (lexicon) ---------------------------------------------------------------------
    ("homes_left", "At least 150 families have left their homes in the area since the start of the month.",
     [("displaced", 150, None, None)]),
    ("homes_left", "Around 1,500 people took refuge in schools and churches in Buea.", [("displaced", 1500, 1500, None)]),
    ("homes_left", "Some 3,000 villagers abandoned their homes after the raid near Dori.",
     [("displaced", 3000, 3000, None)]),
    # -- the evacuation or exodus of N (lexicon) -------------------------------------------------------------------
    ("evacuation_of", "The army ordered the evacuation of 12,000 residents from the border villages.",
     [("displaced", 12000, 12000, None)]),
    ("evacuation_of", "The fighting in the north has caused an exodus of more than 60,000 people.",
     [("displaced", 60001, None, None)]),
    # -- sized vague amounts (lexicon) -----------------------------------------------------------------------------
    ("sized_vague", "A good number of the soldiers were wounded in the ambush near Djibo.",
     [("wounded", None, None, "good number")]),
    ("sized_vague", "A considerable number of rebels were killed, the army said.",
     [("killed", None, None, "considerable number")]),
]

NOT_FOUND = [
    ("one_unlisted_role", "A truce was killed by the shelling of Bamenda.", None),
    ("one_unlisted_role", "A helicopter was hit by ground fire near Cucuta.", None),
    ("one_unlisted_role", "A ceasefire died within hours of being signed in Derry.", None),
    ("part_told_after", "Two of the wounded later died in hospital in Ziguinchor.", [("wounded", 2, 2, None)]),
    ("one_by_age", "Two were killed near Buea, including a 12-year-old and his mother.", [("killed", 1, 1, None)]),
    ("one_by_possessive", "The family of the driver was evacuated from Kumba.", None),
    # ('The commander was killed.' is a claim of one since session 12: recall12_rules.one_by_definite_role)
    ("one_by_possessive", "It's driver error, the police in Derry said, and nobody was hurt.", None),
    ("one_death_event", "A death in the family kept the mayor of Kumba away.", None),
    ("one_death_event", "There has been a death toll of five in Dori.", [("killed", 1, 1, None)]),
    ("verb_over_noun", "Troops freed the 12 hostages near Kumba.", [("killed", 12, 12, None)]),
    ("evacuation_of", "The evacuation of 12 wounded soldiers by helicopter took hours.", [("displaced", 12, 12, None)]),
    ("medical_help", "The clinic in Bafut treated people for malaria.", None),
]


@pytest.mark.parametrize("family,text,expected", FOUND, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FOUND)])
def test_recall7_found(family, text, expected):
    got = claims(text)
    assert_found(family, got, expected)


@pytest.mark.parametrize("family,text,absent", NOT_FOUND, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(NOT_FOUND)])
def test_recall7_not_found(family, text, absent):
    got = claims(text)
    assert_absent(family, got, absent)


def test_feared_dead_is_hedged():
    """'feared dead' is the sources' fear: the claim is hedged (hedges.yaml)."""
    recs = extract_article("recall7.txt", "Five people are feared dead after gunmen stormed a village near Ziguinchor.")
    assert [(r["category"], r["low"], r["hedged"]) for r in recs] == [("killed", 5, True)]


def test_recall7_item_whole():
    """A whole short item: the toll, a fourth death by an ordinal, the injured by their care, the displaced."""
    text = ("Colombia: rebels kill three soldiers in Cauca\n\n"
            "POPAYAN, Colombia (Reuters) - FARC dissidents killed three soldiers in an ambush in Cauca on Saturday, "
            "the army said.\n"
            "A fourth soldier died on Sunday in hospital in Popayan, the army said.\n"
            "Nine residents of the village were treated for shrapnel wounds, a health official said.\n"
            "Some 200 families have left their homes since the attack.")
    got = claims(text)
    for rec in [("killed", 3, 3, None), ("killed", 1, 1, None), ("wounded", 9, 9, None),
                ("displaced", 200, 200, None)]:
        assert rec in got, f"{rec} not in {got}"
