"""Casualty claims: named victims: a possessive death, a surname alone, the victims named one by one, a name before an
active verb as the agent (casualties/named_victims.py, casualties/rules.py's named rules, casualties/named.py). Moved
from the session-named test files (tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session
16, cases and assertions unchanged; the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, assert_found, assert_no_claim, case_ids, claims, rows


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- one person by role and body; a named person's death -------------------------------------------------------
    ("X's death as a possessive (Balkans)",
     "Kovacevic's death was confirmed by the hospital in Zenica on Tuesday.", None,
     "real2_families.txt",
     [("killed", 1, 1, None, "unknown")]),
    ("named, an apposition, was also killed (Colombia)",
     "Commander Ivan Restrepo, who led the guerrilla unit in the Cauca mountains for a decade, was also killed.",
     None, "real2_families.txt",
           [("killed", 1, 1, None, "unknown")]),
    ("a list of names with role words (Chechnya)",
     "Rebel figures such as Aslan Dudayev, Ruslan Gelayev, commander Shamil Umarov and spokesman Movladi "
     "Khasanov have also been killed.", None, "real2_families.txt",
                                              [("killed", 4, 4, None, "unknown")]),
    ("a list stops at an apposition (Western Sahara)",
     "A close aide to Brahim Ghali, the leader of the Polisario Front, Mohamed Lamine, was reportedly wounded.",
     None, "real2_families.txt",
           [("wounded", 1, 1, None, "unknown")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected


# (family, text, the (category, low, high, vague) records expected among the article's)
AMONG = [
    # -- one person: died without an auxiliary, an age in apposition, a titled name before a count -----------------
    ("named_and_apposition", "Rui Gomes, a veteran reporter and union leader, and a former army Colonel Pedro Alves, "
     "were killed near Huambo.", [("killed", 2, 2, None)]),
    ("named_role_apposition", "Pedro Alves, commander of the southern front, was also killed near Huambo.",
     [("killed", 1, 1, None)]),
    ("named_more_cues", "Village headman Bishnu Thapa was shot dead by Maoist cadres in Rolpa.", [("killed", 1, 1, None)]),
    ("named_more_cues", "Father Ruiz was abducted by Sendero gunmen near Huancayo.", [("captured", 1, 1, None)]),
    ("death_of_named", "The body of Rui Costa was found near Huambo on Sunday.", [("killed", 1, 1, None)]),
    ("surname_harmed", "The militia said that Mladenovic had been shot dead near Srebrenica.", [("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text, "recall.txt"), expected)


# (family, text, a vague word no record may have; None: no record at all)
NO_CLAIM = [
    ("surname_harmed", "Nobody was injured in the blast near Lurgan.", None),
    ("surname_harmed", "Huambo was captured by UNITA in 1993, the historian said.", None),
]


@pytest.mark.parametrize("family,text,vague", NO_CLAIM, ids=case_ids(NO_CLAIM))
def test_no_claim(family, text, vague):
    assert_no_claim(family, claims(text, "recall.txt"), vague)


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    # -- the victims named one by one ------------------------------------------------------------------------------
    ("victims_named_as", "The victims have been identified as Ngozi Mbah, Tamba Koroma and Fatmata Sesay, police said.",
     [("killed", 3, 3, None)]),
    ("victims_named_as", "Police named the victim as 27-year-old Juan Carlos Osorio from Tumaco.",
     [("killed", 1, 1, None)]),
    ("victims_named_as", "The dead soldiers were named as Corporal Mamadou Traore, Private Issa Kabore and Sergeant "
     "Ali Sawadogo.", [("killed", 3, 3, None)]),
    ("victims_named_as", "The injured were identified as Momodu Kamara, 19, and his sister Aminata, 15.",
     [("wounded", 2, 2, None)]),
    ("passive", "Colonel Dorje Tsering was captured in May.", [("captured", 1, 1, None)]),
    ("pluperfect passive", "Colonel Dorje Tsering had been captured by the rebels.", [("captured", 1, 1, None)]),
    ("headline, a place after", "Colonel Dorje Tsering killed in Kandy ambush", [("killed", 1, 1, None)]),
    ("headline, a day after", "Colonel Dorje Tsering killed Monday near Kandy", [("killed", 1, 1, None)]),
    ("two names", "Colonel Dorje Tsering and Major Ram Thapa were killed, the army said.", [("killed", 2, 2, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    ("victims_named_as", "The officer was identified as Tamba Koroma.", None),
    ("victims_named_as", "The victims were identified as members of the local vigilante group.", None),
    ("victims_named_as", "The new commander was named as Colonel Ali Sawadogo.", None),
    ("a perfect verb and its object", "The rebels said Colonel Dorje Tsering had captured the pass.", None),
    ("a bare verb after 'and' and its object", "Pathet Lao units overran Nam Bac, and captured arms and rice.", None),
    ("a bare verb and a capitalised object", "In May, the Tamil Tigers captured Kilinochchi after a long siege.",
     [("captured", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)


# (family, rule, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND_BY_RULE = [
    # -- named victims: a name after a preposition is kept where it is the subject ---------------------------------
    ("N", "named_subjects", "A close aide to Makarios, the archbishop, Andreas Loizou, was reportedly wounded.",
     [("wounded", 1, 1, None)]),
    ("N", "named_subjects", "Mourners carried the coffin of Colonel Petros Vassos, who was killed in the ambush.",
     [("killed", 1, 1, None)]),
    # -- session 24: a named person harmed by any harm phrase of the lexicon (`named_harm_phrase`) --------------------
    ("N", "named_harm_phrase", "Two days after Andres Balagtas, a courier of the Huk squadron, was hacked to death, the "
     "constabulary raided Candaba.", [("killed", 1, 1, None)]),
    ("N", "named_harm_phrase", "Major Pieter de Vries was fatally shot near Bandung, the Dutch command said.",
     [("killed", 1, 1, None)]),
    ("N", "named_harm_phrase", "Consul Edward Hale was again wounded, but not seriously, on the legation wall.",
     [("wounded", 1, 1, None)]),
    ("N", "named_harm_phrase", "Captain Nikos Mavros, 34, was gunned down in Smyrna.", [("killed", 1, 1, None)]),
    # the lexicon's own phrase before an adverb and a cue (lead, at the merge with s24-oldcopy): a death
    ("N", "named_harm_phrase", "Colonel Ilias Dragoumis was mortally wounded at Sarantaporo.", [("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND_BY_RULE)
def test_found_by_rule(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


# (family, rule, text, records that must not be found: None = no record at all)
ABSENT_BY_RULE = [
    ("N", "named_subjects", "Officers attached to the Cypriot National Guard, were killed.", None),
    ("N", "named_subjects", "According to Radio Budapest, 52 people aboard were killed.", [("killed", 1, 1, None)]),
    # a figurative harm of a name, a body or a place named in capitals: no person
    ("N", "named_harm_phrase", "Prime Minister Elpidio Quirino was badly hurt by the Huk amnesty scandal.", None),
    ("N", "named_harm_phrase", "The Hukbalahap Movement was fatally wounded by the surrenders of 1954.", None),
    ("N", "named_harm_phrase", "Governor Rafael Lacson was eliminated from the race in Negros.", None),
    ("N", "named_harm_phrase", "Colonel Ilias Dragoumis was mortally wounded at Sarantaporo.", [("wounded", 1, 1, None)]),
]


@pytest.mark.parametrize("family,rule,text,absent", ABSENT_BY_RULE)
def test_absent_by_rule(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)
