"""Short wire items about one attack (issue 11, session 6; eval/real/CASUALTY_ERRORS.md, "Short wire items (session
6)"): the shapes in which agency copy tells a toll (headline, lede, source sentence, revision, the attackers' losses,
captures, vague amounts) and the families the extractor missed in them: people counted one by one and joined by
`and`, a headline's bare role, one person with a clause after the role, a harm cue joined to another verb, two
counts sharing one head, victims the lexicon lacks after a harm verb, two harm verbs sharing one count, a count
that is the agent of a bare participle, `no one` harmed, tolls with an adverb, `the loss of N`, one of a group,
the attacker's own fate, one more person by an ordinal, `how many` (no amount). The copy is
invented, in the styles of wars in none of the eval sets (Western Sahara, Algeria 1990s, Angola and Cabinda,
Sierra Leone, Aceh, Liberia, Corsica, Casamance, Northern Ireland, El Salvador, Burundi, Ivory Coast); every name
is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found
from claim_families import claims as _claims


def claims(text: str) -> list[tuple]:
    return _claims(text, "wire.txt")


# (family, text, the (category, low, high, vague) records expected among the article's)
FOUND = [
    # -- the canonical shapes of a wire item (already read; kept so that no new rule breaks them) -------------------
    ("headline count", "12 killed in Casamance rebel attack", [("killed", 12, 12, None)]),
    ("headline active", "Gunmen kill 9 in Algerian village", [("killed", 9, 9, None)]),
    ("headline two cues", "Bomb kills 3, wounds 11 in Corsica", [("killed", 3, 3, None), ("wounded", 11, 11, None)]),
    ("headline apposition", "Angola: 14 dead, 30 hurt in shelling of Kuito",
     [("killed", 14, 14, None), ("wounded", 30, 30, None)]),
    ("lede", "At least 17 people were killed and 40 wounded when a car bomb exploded in a market in Blida on "
             "Tuesday, police said.", [("killed", 17, None, None), ("wounded", 40, 40, None)]),
    ("participle chain", "Suspected rebels ambushed a bus near Ziguinchor on Sunday, killing 12 passengers and "
                         "wounding eight others, the army said.", [("killed", 12, 12, None), ("wounded", 8, 8, None)]),
    ("source sentence", "Four of the dead were police officers, an official said.", [("killed", 4, 4, None)]),
    ("revision", "Three more bodies were pulled from the rubble, raising the toll to 19.",
     [("killed", 3, 3, None), ("killed", 19, 19, None)]),
    ("attackers' losses", "Security forces killed four of the assailants and arrested two others.",
     [("killed", 4, 4, None), ("captured", 2, 2, None)]),
    ("vague", "Scores of civilians were wounded in the shelling of Huambo.", [("wounded", None, None, "scores")]),
    # -- people counted one by one and joined by 'and' ---------------------------------------------------------------
    ("singles_coordinated", "A gendarme and a customs officer were killed when their jeep hit a mine near Tindouf.",
     [("killed", 2, 2, None)]),
    ("singles_coordinated", "An Angolan conscript and a member of the FAPLA militia have been killed in an attack "
                            "on the garrison at Cuito, the state agency reported.", [("killed", 2, 2, None)]),
    ("singles_coordinated", "A policeman, a soldier and a shopkeeper were wounded in the blast in Bastia.",
     [("wounded", 3, 3, None)]),
    ("singles_coordinated", "The peacekeepers, a Bangladeshi and a Ghanaian, died when their convoy was ambushed "
                            "near Kenema.", [("killed", 2, 2, None)]),
    # -- a headline's bare role ---------------------------------------------------------------------------------------
    ("headline_bare_role", "Separatist bomb kills policeman in Corsica", [("killed", 1, 1, None)]),
    ("headline_bare_role", "Car bomb in Northern Ireland kills soldier", [("killed", 1, 1, None)]),
    ("headline_bare_role", "Soldier wounded in Polisario raid near Smara", [("wounded", 1, 1, None)]),
    ("headline_bare_role", "Aid worker kidnapped in Sierra Leone's Kailahun district", [("captured", 1, 1, None)]),
    ("headline_bare_role", "Aceh: One Indonesian soldier killed, five injured in rebel attack",
     [("killed", 1, 1, None), ("wounded", 5, 5, None)]),
    # -- one person with a clause after the role ------------------------------------------------------------------------
    ("one_with_postmodifier", "A soldier serving in the presidential guard has been killed in the attack on the "
                              "camp near Abidjan.", [("killed", 1, 1, None)]),
    ("one_with_postmodifier", "A rebel commander who led the raid on the Smara garrison was killed on Sunday, the "
                              "army said.", [("killed", 1, 1, None)]),
    ("one_with_postmodifier", "A policeman based in Lurgan was seriously wounded by a sniper.", [("wounded", 1, 1, None)]),
    # -- a harm cue joined to another verb ------------------------------------------------------------------------------
    ("cue_joined_to_verb", "The three men, who were travelling to Luena, were ambushed by gunmen and shot dead, "
                           "police said.", [("killed", 3, 3, None)]),
    ("cue_joined_to_verb", "Four farmers were dragged from their homes near Medea and executed.",
     [("killed", 4, 4, None)]),
    ("cue_joined_to_verb", "Two catechists were abducted by the rebels and later killed near Kailahun.",
     [("captured", 2, 2, None), ("killed", 2, 2, None)]),
    # -- two counts sharing one head ----------------------------------------------------------------------------------
    ("counts_sharing_head", "Two male and two female officers were injured in the blast at the barracks in Ajaccio.",
     [("wounded", 2, 2, None), ("wounded", 2, 2, None)]),
    ("counts_sharing_head", "Three Moroccan and two Mauritanian soldiers were killed in the raid.",
     [("killed", 3, 3, None), ("killed", 2, 2, None)]),
    # -- victims the lexicon lacks, after a harm verb -------------------------------------------------------------------
    # -- two harm verbs sharing one exact count: casualties ------------------------------------------------------------
    ("verbs_counted_together", "Militant attack kills and wounds 15 soldiers in Cabinda",
     [("casualties", 15, 15, None)]),
    ("verbs_counted_together", "An attack on an army post in the north of Western Sahara killed and wounded 15 "
                               "Moroccan soldiers on Saturday.", [("casualties", 15, 15, None)]),
    ("verbs_counted_together", "The shelling of the market in Kuito killed or wounded at least 40 civilians.",
     [("casualties", 40, None, None)]),
    # -- a count before a bare participle with an object is the agent ----------------------------------------------------
    ("count_is_the_agent", "In a separate incident, two gunmen shot dead a senior police officer as he left his "
                           "home in Blida.", [("killed", 1, 1, None)]),
    ("count_is_the_agent", "Three gunmen gunned down two customs officers at the border post.",
     [("killed", 2, 2, None)]),
    # -- 'no one' harmed, tolls with an adverb, the loss of N, a named person martyred -----------------------------------
    ("no_one", "Separatists have blown up pylons since March, but no one has been hurt.", [("wounded", 0, 0, None)]),
    ("toll_adverb", "The ministry first put the toll at 14, but later confirmed that the death toll was in fact 13.",
     [("killed", 14, 14, None), ("killed", 13, 13, None)]),
    ("toll_adverb", "The death toll is now 45, hospital officials in Bujumbura said.", [("killed", 45, 45, None)]),
    ("loss_of", "The attack recalled the loss of 11 gendarmes at a post near Faya in December.",
     [("killed", 11, 11, None)]),
    ("named_martyred", "\u201cOmar Salem was martyred in the incident,\u201d the prosecutor told the agency.",
     [("killed", 1, 1, None)]),
    # -- one of a group, one left dead, the attacker's own fate, one more by an ordinal -------------------------------
    ("one_of_group", "One of the attackers was killed and another captured, the gendarmerie in Ajaccio said.",
     [("killed", 1, 1, None), ("captured", 1, 1, None)]),
    ("one_of_group", "One of its soldiers has been wounded in the clash near Mahbes, the Moroccan army said.",
     [("wounded", 1, 1, None)]),
    ("one_of_group", "The mine left a Liberian policeman dead on the road to Gbarnga.", [("killed", 1, 1, None)]),
    ("one_of_group", "The suicide bomber also died, police in Algiers said.", [("killed", 1, 1, None)]),
    ("another_ordinal", "The ambush left two soldiers dead and a third wounded near Kuito.",
     [("killed", 2, 2, None), ("wounded", 1, 1, None)]),
    ("another_ordinal", "Security forces shot dead one attacker and captured another in Bujumbura.",
     [("killed", 1, 1, None), ("captured", 1, 1, None)]),
    ("single_joined_cue", "A customs officer was ambushed near the border and shot dead.", [("killed", 1, 1, None)]),
    # -- the victims restated by a count (the category of the toll, before or after) -------------------------------
    ("the_n_victims", "Three men were shot dead near Bignona on Tuesday. The three victims, all woodcutters from the "
                      "village, were on their way home, police said.", [("killed", 3, 3, None), ("killed", 3, 3, None)]),
    ("the_n_victims", "The nine victims were buried in Kenema on Sunday.\nBodies of nine villagers were found after "
                      "the raid, the army said.", [("killed", 9, 9, None), ("killed", 9, 9, None)]),
    # -- one person by role as an item of a list of the dead ---------------------------------------------------------
    ("one_item", "Among those killed were three gendarmes and a customs officer, the ministry said.",
     [("killed", 3, 3, None), ("killed", 1, 1, None)]),
    # -- a degree before a participle used as the noun -----------------------------------------------------------------
    ("degree_before_participle", "\u201cThe five critically injured have been transferred to the hospital in "
                                 "Bissau,\u201d the prosecutor said.", [("wounded", 5, 5, None)]),
    ("degree_before_participle", "Two seriously wounded soldiers were flown to Luanda.", [("wounded", 2, 2, None)]),
    # -- a revision stated before its subject; the dead identified with ages -----------------------------------------
    ("number_after_count", "Five gendarmes were killed in an ambush near Ain Defla on Monday, bringing to 23 the "
                           "number killed this month.", [("killed", 5, 5, None), ("killed", 23, 23, None)]),
    ("deceased_listed", "The village committee identified the deceased as 70-year-old Mamadou Diatta, 55-year-old "
                        "Ousmane Badji and 40-year-old Lamine Sagna.", [("killed", 3, 3, None)]),
    ("single_joined_cue", "A 60-year-old villager suffering from asthma also collapsed and died during the shelling "
                          "of the camp near Kenema.", [("killed", 1, 1, None)]),
]

# (family, text, records that must NOT be among the article's)
NOT_FOUND = [
    ("singles_coordinated", "A delegation and a convoy were attacked near Smara.", None),
    ("headline_bare_role", "The bomb kills policeman in Corsica, police said.", [("killed", 1, 1, None)]),
    ("headline_bare_role", "Bomb kills two policemen in Corsica", [("killed", 1, 1, None)]),
    ("one_with_postmodifier", "A soldier who was killed in the ambush was buried on Sunday.", [("killed", 2, 2, None)]),
    ("cue_joined_to_verb", "Twelve trucks were stopped at the border and seized.", None),
    ("cue_joined_to_verb", "Fifteen soldiers were killed and wounded in the attack.", [("wounded", 15, 15, None)]),
    ("verbs_counted_together", "Rebels opened fire, killing at least 12 and wounding 30.",
     [("casualties", 12, None, None), ("casualties", 30, 30, None)]),
    ("count_is_the_agent", "In a separate incident, two gunmen shot dead a senior police officer.",
     [("killed", 2, 2, None)]),
    ("count_is_the_agent", "Two soldiers killed in ambush near Smara", [("killed", 1, 1, None)]),
    ("no_one", "No one was hurt in the blast near Lurgan.", [("wounded", 1, 1, None)]),
    ("loss_of", "The loss of 11 tanks was a blow to the army.", None),
    ("named_active", "An attack on a checkpoint in the north of the Western Sahara killed and wounded 15 soldiers.",
     [("killed", 1, 1, None)]),
    ("deceased_listed", "The family of the deceased asked for calm in Ziguinchor.", None),
    ("degree_before_participle", "Five critically ill patients were moved from the clinic in Bo.", None),
    ("the_n_victims", "The two victims of the 1998 bombing in Omagh were remembered.", None),
    ("how_many", "It was not immediately clear how many people were wounded in the blast in Bastia.", None),
    ("one_of_group", "One of the villages was captured by the rebels.", None),
    ("another_ordinal", "The second convoy was attacked and a third was ambushed near Smara.", None),
]


@pytest.mark.parametrize("family,text,expected", FOUND, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FOUND)])
def test_wire_shape_found(family, text, expected):
    got = claims(text)
    assert_found(family, got, expected)


@pytest.mark.parametrize("family,text,absent", NOT_FOUND, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(NOT_FOUND)])
def test_wire_shape_not_found(family, text, absent):
    got = claims(text)
    assert_absent(family, got, absent)


def test_wire_item_whole():
    """A whole short item: headline, dateline lede with the attackers' losses, a revision, a source sentence."""
    text = ("Rebels kill 7 soldiers in Cabinda ambush\n\n"
            "LUANDA (Reuters) - Separatist rebels ambushed an army convoy in Angola's Cabinda enclave on Tuesday, "
            "killing seven soldiers and wounding 12, the defence ministry said.\n"
            "Troops returned fire, killing three of the attackers, a ministry spokesman said.\n"
            "A soldier and a driver were later found dead near the road, raising the toll to nine.\n"
            "Two of the wounded were in critical condition, a hospital official said.")
    got = claims(text)
    for rec in [("killed", 7, 7, None), ("wounded", 12, 12, None), ("killed", 3, 3, None), ("killed", 2, 2, None),
                ("killed", 9, 9, None), ("wounded", 2, 2, None)]:
        assert rec in got, f"{rec} not in {got}"
