"""Casualty claims: one person pointed at by a role, in a count or as the object of a harm
(lib/presslens/casualties/one_by_role.py). Moved from the session-named test files
(tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions unchanged;
the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, assert_found, assert_no_claim, case_ids, claims, rows
from war_registries import GENERAL


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- one person inside a death toll ----------------------------------------------------------------------------
    ("N people, including a child, were killed (Tigray)",
     "At least six people, including a child, were killed when shells hit the market in Hawzen.",
     GENERAL, "real_families.txt",
     [("killed", 6, None, None, "civilian"), ("killed", 1, 1, None, "civilian")]),
    ("N civilians including a girl were killed (Nigeria)",
     "Four civilians including a girl were killed in a bandit attack on Gusau.",
     GENERAL, "real_families.txt",
     [("killed", 4, 4, None, "civilian"), ("killed", 1, 1, None, "civilian")]),
    # -- one person by role, as the object of 'kill' or a headline -------------------------------------------------
    ("..., killing a child and injuring two others (Sudan)",
     "A shell struck a house in Kadugli, killing a child and injuring two others.",
     GENERAL, "real_families.txt",
     [("killed", 1, 1, None, "civilian"), ("wounded", 2, 2, None, "civilian")]),
    ("troops killed a top commander (Kashmir; no registry side)",
     "Troops killed a top commander in a gunfight in Shopian, police said.",
     GENERAL, "real_families.txt",
     [("killed", 1, 1, None, "unknown")]),
    ("headline: Militia Commander Killed in Place (Nigeria)",
     "Militia Commander Killed in Zamfara Ambush",
     GENERAL, "real_families.txt",
     [("killed", 1, 1, None, "unknown")]),
    ("headline without an auxiliary: A child killed, ... (Sudan)",
     "A child killed, 3 others injured in shelling on El Obeid",
     GENERAL, "real_families.txt",
     [("killed", 1, 1, None, "civilian"), ("wounded", 3, 3, None, "civilian")]),
    ("headline: Troops kill <group> commander (Nigeria)",
     "Troops kill ISWAP commander, seize weapons in Borno",
     GENERAL, "real_families.txt",
     [("killed", 1, 1, None, "iswap")]),
    ("killed the <group> official (Kenya)",
     "KDF soldiers killed the al-Shabaab official in charge of taxes near Lamu, the army said.",
     GENERAL, "real_families.txt",
     [("killed", 1, 1, None, "shabaab")]),
    ("a place inside 'including' is no person", "Rebels shelled three villages, including a school, near Kassala.",
     GENERAL, "real_families.txt",
     []),
    ("a possessive after the role is no person", "The army said it killed the leader's hopes of a deal.", GENERAL, "real_families.txt",
                                                                                                          []),
    ("a headline whose role killed others: only the others", "Rebel commander killed two soldiers in Tigray raid",
     GENERAL, "real_families.txt",
     [("killed", 2, 2, None, "unknown")]),
    ("including, then no harm cue", "Nine villagers including the chief's son visited the camp in Pemba.", GENERAL, "real_families.txt",
                                                                                                           []),
    ("a person inside a wounded count is not singled out",
     "Seven of the wounded were still in a serious condition, among them a girl of six.",
     GENERAL, "real_families.txt",
     [("wounded", 7, 7, None, "unknown")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected


# (family, text, the (category, low, high, vague) records expected among the article's)
AMONG = [
    # -- one person by role after a harm noun, or as the object of a harm verb -------------------------------------
    ("harm_of_one_by_role", "The RUC confirmed the death of a young constable in the blast in Newry.",
     [("killed", 1, 1, None)]),
    ("harm_of_one_by_role", "Police found the body of a lone shepherd near Smara on Tuesday.",
     [("killed", 1, 1, None)]),
    ("harm_of_one_by_role", "The kidnapping of a village teacher in Rolpa was blamed on the Maoists.",
     [("captured", 1, 1, None)]),
    ("harm_verb_one_by_role", "Maoist cadres abducted a local teacher in Rukum on Monday.",
     [("captured", 1, 1, None)]),
    ("harm_verb_one_by_role", "A sniper wounded a British soldier at the checkpoint in Crossmaglen.",
     [("wounded", 1, 1, None)]),
    # -- one person: died without an auxiliary, an age in apposition, a titled name before a count -----------------
    ("harm_verb_one_by_role", "The bomb killed a reservist and wounded his son in Lurgan.",
     [("killed", 1, 1, None), ("wounded", 1, 1, None)]),
    ("harm_verb_one_by_role", "Gunmen shot dead a village chief and his wife near Blida.", [("killed", 2, 2, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text, "recall.txt"), expected)


# (family, text, a vague word no record may have; None: no record at all)
NO_CLAIM = [
    ("harm_of_one_by_role", "The body of the rebellion was weakened after the accords.", None),
    ("harm_verb_one_by_role", "Rebels kidnapped a member of the district council in Rolpa.", None),
    ("harm_verb_one_by_role", "The army held a commander's funeral in Huambo.", None),
]


@pytest.mark.parametrize("family,text,vague", NO_CLAIM, ids=case_ids(NO_CLAIM))
def test_no_claim(family, text, vague):
    assert_no_claim(family, claims(text, "recall.txt"), vague)


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    ("possessive", "The planter said the recent murder of his son by terrorists had driven him from Pahang.",
     [("killed", 1, 1, None)]),
    ("possessive", "Villagers blamed the federal troops for the abduction of their headman near Owerri.",
     [("captured", 1, 1, None)]),
    ("title and name", "Riots followed the assassination of trade unionist leader Ahmed Saleh Farouk in Crater.",
     [("killed", 1, 1, None)]),
    ("title and name", "The front claimed the kidnapping of former deputy minister Stelios Andreou in Larnaca.",
     [("captured", 1, 1, None)]),
    ("title and name, another phrase after 'and'", "The raid came a year after the assassination of opposition "
     "leader Emeka Okafor and the burning of the market.", [("killed", 1, 1, None)]),
    ("a time before 'of'", "Police blamed the arrest two weeks ago of a village chief near Salalah on the rebels.",
     [("captured", 1, 1, None)]),
    ("fatal noun", "Troops killed three insurgents days after the fatal stabbing of a British corporal in Aden.",
     [("killed", 3, 3, None), ("killed", 1, 1, None)]),
    ("fatal noun", "Soldiers were arrested over the fatal shooting of a young farmer near Kyrenia.",
     [("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    # a natural death told by a possessive: 'death' and 'body' take no possessive
    ("possessive", "Since the death of his father in 1960 the clan has been led by an uncle.", None),
    # a possessive before a word of no person
    ("possessive", "Critics said the murder of his career was complete after the ambush.", None),
    # no 'fatal': a stabbing or a shooting may wound or kill
    ("fatal noun", "The stabbing of a British corporal in Aden was condemned by the governor.", None),
    # the victim is another: a name in the possessive
    ("title and name", "The arrest of opposition leader Emeka Okafor's brother was condemned.", None),
    # a place named after a title-like noun is no person
    ("title and name", "The army announced the capture of rebel stronghold Jebel Akhdar.", None),
    # a preposition or a plural before the title: the title starts another phrase
    ("title and name", "The killing of rebels near village chief Emeka Okafor's house was reported.",
     [("killed", 1, 1, None)]),
    # a title with no name is no people-role ('the death of a president' in a history)
    ("title", "He recalled the assassination of a president in 1963.", None),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)
