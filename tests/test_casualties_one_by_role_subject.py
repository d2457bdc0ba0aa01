"""Casualty claims: one person pointed at by a role as the subject of their own harm
(casualties/one_by_role_subject.py). Moved from the session-named test files
(tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions unchanged;
the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found, claims, rows
from war_registries import SRI_LANKA
from presslens.actors import Actors, _conflict


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- one person by role and body; a named person's death -------------------------------------------------------
    ("the spokesman of the front was killed (Western Sahara)",
     "The spokesman of the Polisario Front in Tifariti was killed in a drone strike, Sahrawi media reported.", None,
     "real2_families.txt",
     [("killed", 1, 1, None, "unknown")]),
    ("one member of the rebel group was killed (Sri Lanka)",
     "One member of the Tamil Tigers was killed and two were wounded near Kilinochchi.", SRI_LANKA,
     "real2_families.txt",
     [("killed", 1, 1, None, "ltte"), ("wounded", 2, 2, None, "ltte")]),
    ("fighters from the paramilitary force (Colombia)",
     "The Colombian army said 14 fighters from the paramilitary Autodefensas Gaitanistas (AGC) were killed in "
     "Antioquia.",
     Actors([_conflict("colombia", {"sides": {"colgov": "the Colombian state: army, police",
                                               "agc": "the Autodefensas Gaitanistas (AGC), the Clan del Golfo"},
                                     "keywords": {"colgov": ["Colombian army"], "agc": ["AGC", "Clan del Golfo"]}})]),
     "real2_families.txt",
     [("killed", 14, 14, None, "agc")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    # -- one person by a role the lexicon lacks, or by an ordinal --------------------------------------------------
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
    # -- one person by a definite or possessive determiner ---------------------------------------------------------
    ("one_by_possessive", "His brother was killed in the attack on the bus near Popayan, the farmer said.",
     [("killed", 1, 1, None)]),
    ("one_by_possessive", "Her son was shot dead outside the town hall in Kumba on Monday.", [("killed", 1, 1, None)]),
    ("one_by_possessive", "The governor's bodyguard was wounded when the convoy was ambushed near Buea.",
     [("wounded", 1, 1, None)]),
    ("one_by_possessive", "His friend, another officer said, was killed at the checkpoint in Dori.",
     [("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("one_unlisted_role", "A truce was killed by the shelling of Bamenda.", None),
    ("one_unlisted_role", "A helicopter was hit by ground fire near Cucuta.", None),
    ("one_unlisted_role", "A ceasefire died within hours of being signed in Derry.", None),
    ("one_by_possessive", "The family of the driver was evacuated from Kumba.", None),
    # ('The commander was killed.' is a claim of one since session 12: one_by_role_subject.one_by_definite_role)
    ("one_by_possessive", "It's driver error, the police in Derry said, and nobody was hurt.", None),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)


# (family, rule, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND_BY_RULE = [
    # -- F10: one person by 'the' and a singular role before their own passive cue (rule one_by_definite_role) -----
    ("F10", "one_by_definite_role", "The village headman was seriously wounded when soldiers opened fire near "
     "Nebaj, the parish priest said.", [("wounded", 1, 1, None)]),
    ("F10", "one_by_definite_role", "The mother of the young lieutenant had died in the shelling, a neighbour said.",
     [("killed", 1, 1, None)]),
    ("F10", "one_by_definite_role", "Witnesses said the driver of the ambulance has died of his wounds in San "
     "Miguel.", [("killed", 1, 1, None)]),
    ("F10", "one_by_definite_role", "The commander was killed.", [("killed", 1, 1, None)]),  # a retelling: a record
    ("F10", "one_by_definite_role", "The pilot was captured after his Pucara came down near Goose Green.",
     [("captured", 1, 1, None)]),
    ("F10", "one_by_definite_role", "The wife of the colonel was killed when the mortar hit the house in Salalah.",
     [("killed", 1, 1, None)]),   # one record: the wife, not the colonel too
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND_BY_RULE)
def test_found_by_rule(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


# (family, rule, text, records that must not be found: None = no record at all)
ABSENT_BY_RULE = [
    ("F10", "one_by_definite_role", "The commander was evacuated by helicopter to Salalah.", None),
    ("F10", "one_by_definite_role", "It was not clear whether the pilot was killed over the islands.", None),
    ("F10", "one_by_definite_role", "The headman was questioned by the army in Nebaj for two hours.", None),
    ("F10", "one_by_definite_role", "Officers said the death of the colonel was being investigated in Dhaka.",
     [("killed", 2, 2, None)]),
]


@pytest.mark.parametrize("family,rule,text,absent", ABSENT_BY_RULE)
def test_absent_by_rule(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)


def test_a_short_item_whole():
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
