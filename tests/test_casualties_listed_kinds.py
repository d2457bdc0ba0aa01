"""Casualty claims: counts of different kinds listed together, a count before 'including', one person before a count
(casualties/listed_kinds.py). Moved from the session-named test files (tests/test_casualties_real*_families.py,
test_casualties_recall*.py) in session 16, cases and assertions unchanged; the copy is invented, in the styles of
wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, assert_found, assert_no_claim, case_ids, claims, records, rows
from war_registries import GENERAL


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- counts of different kinds listed together: one record each ------------------------------------------------
    ("men, women and children had been killed (Sudan)",
     "The Darfur Bar Association said 212 men, 38 women and 17 children had been killed in El Geneina since May.",
     GENERAL, "real_families.txt",
     [("killed", 212, 212, None, "civilian"), ("killed", 38, 38, None, "civilian"),
      ("killed", 17, 17, None, "civilian")]),
    ("children and adults were killed (Tigray)",
     "In Adwa, another four children and two adults were killed when a drone hit a bus station, the clinic said.",
     GENERAL, "real_families.txt",
     [("killed", 4, 4, None, "civilian"), ("killed", 2, 2, None, "civilian")]),
    ("at least N children and M women were among the dead (Nigeria)",
     "At least nine children and six women were among the dead in the raid on Kadisau, a councillor said.",
     GENERAL, "real_families.txt",
     [("killed", 9, None, None, "civilian"), ("killed", 6, 6, None, "civilian")]),
    ("policemen and a civilian: different kinds (Kenya)",
     "Two Kenyan policemen and one civilian were killed when al-Shabaab fighters fired on a checkpoint in Mandera.",
     GENERAL, "real_families.txt",
     [("killed", 2, 2, None, "kenya"), ("killed", 1, 1, None, "civilian")]),
    ("among the dead were N children and M women (Karabakh)",
     "Among the dead were 12 children and 20 women, the ombudsman in Stepanakert said.",
     GENERAL, "real_families.txt",
     [("killed", 12, 12, None, "civilian"), ("killed", 20, 20, None, "civilian")]),
    # -- a count whose cue follows a subset inside it --------------------------------------------------------------
    ("N villagers including M women were killed (Mozambique)",
     "Eleven villagers including three women were killed in the attack on Mocimboa da Praia.",
     GENERAL, "real_families.txt",
     [("killed", 11, 11, None, "civilian"), ("killed", 3, 3, None, "civilian")]),
    ("N officers including the commander were confirmed dead (Kenya)",
     "Five Kenyan police officers including the commander of the Mandera station were confirmed dead after the "
     "al-Shabaab ambush.",
     GENERAL, "real_families.txt",
     [("killed", 5, 5, None, "kenya"), ("killed", 1, 1, None, "kenya")]),
    ("at least N civilians including women and children have been killed (Sudan)",
     "At least 31 civilians including women and children have been killed in shelling on Omdurman, medics said.",
     GENERAL, "real_families.txt",
     [("killed", 31, None, None, "civilian")]),
    # -- one person before a count harmed with it ------------------------------------------------------------------
    ("a commander along with N fighters were killed (Sudan)",
     "A militia commander along with at least seven fighters were killed in Sennar, an official said.",
     GENERAL, "real_families.txt",
     [("killed", 8, None, None, "unknown")]),
    ("Name, apposition, and N soldiers were killed (Tigray)",
     "Colonel Dawit Haile, commander of the 21st brigade, and five Ethiopian soldiers were killed near Shire.",
     GENERAL, "real_families.txt",
     [("killed", 6, 6, None, "ethiopia")]),
    ("one kind of people stays one sum (Tigray)", "Two Ethiopian officers and nine soldiers were killed near Shire.",
     GENERAL, "real_families.txt",
     [("killed", 11, 11, None, "ethiopia")]),
    ("a place and its apposition before a count is no person",
     "Kassala, a city of about 400,000, and another 9,000 people have fled.",
     GENERAL, "real_families.txt",
     [("displaced", 9000, 9000, None, "civilian")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected


# (family, text, the (category, low, high, vague) records expected among the article's)
AMONG = [
    # -- an active verb's object is not the subject of the next clause's cue ---------------------------------------
    ("object_of_active", "On Friday gendarmes killed 14 rebels and a dozen others were wounded near Abeche.",
     [("killed", 14, 14, None), ("wounded", 12, 12, None)]),
    ("object_of_active", "The patrol shot dead nine guerrillas and two soldiers were injured in Ayacucho.",
     [("killed", 9, 9, None), ("wounded", 2, 2, None)]),
    # -- a count, its parts set off inside it, then the cue (count_before_including) --------------------------------
    ("count_before_including: parts with a postmodifier, 'were reported killed' (Katanga)",
     "Up to 60 people, including 25 gendarmes and 30 mercenaries of the newly raised Katangese Mobile Group, were "
     "reported killed in Jadotville.",
     [("killed", None, 60, None), ("killed", 25, 25, None), ("killed", 30, 30, None)]),
    ("count_before_including: parts of two kinds between dashes (Biafra)",
     "Twelve people -- including four soldiers and three children -- were killed in the Owerri depot.",
     [("killed", 12, 12, None), ("killed", 4, 4, None), ("killed", 3, 3, None)]),
    ("count_before_including: a part between dashes, a cue of the lexicon (Biafra)",
     "Twelve people -- including four nurses -- were burned to death in the Owerri depot.",
     [("killed", 12, 12, None), ("killed", 4, 4, None)]),
    ("count_before_including: a vague part between commas (Malaya)",
     "More than 2,000 villagers, including several children, were detained in the Perak resettlement sweep.",
     [("captured", 2001, None, None), ("captured", None, None, "several")]),
    ("count_before_including: parts between dashes, detained (Aden)",
     "At least 40 men -- including six students -- were detained in Crater overnight.",
     [("captured", 40, None, None), ("captured", 6, 6, None)]),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text, "recall.txt"), expected)


# (family, text, a vague word no record may have; None: no record at all)
NO_CLAIM = [
    ("object_of_active", "Forces seized more than 20 military vehicles and rifles near Mahbes.", None),
    ("count_before_including: a vague part with no people's head is no part (Malaya)",
     "At least 30 tappers, including many from the north, were killed near Ipoh.", "many"),
    ("count_before_including: no cue after the parts (Malaya)",
     "Some 300 planters -- including 40 Chinese tappers -- met the high commissioner in Ipoh.", None),
]



def test_parts_without_a_number_are_not_split():
    """'a colonel and a captain' inside a count: people without a number are summed (docs/annotation.md), so
    count_before_including adds no part of one for the captain (the colonel is one_by_role's 'a person among a
    count', as before)."""
    got = claims("Eleven officers including a colonel and a captain have been killed near Salalah, the rebels said.",
                 "recall.txt")
    assert got.count(("killed", 1, 1, None)) <= 1, got
    assert ("killed", 11, 11, None) in got, got


@pytest.mark.parametrize("family,text,vague", NO_CLAIM, ids=case_ids(NO_CLAIM))
def test_no_claim(family, text, vague):
    assert_no_claim(family, claims(text, "recall.txt"), vague)


# (family, rule, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND_BY_RULE = [
    # -- F8: counts of different kinds before one cue, one record each (listed_kinds.coordinated_kinds) --------------
    ("F8", "list_head_after_adjuncts", "The ministry said in a statement 14 soldiers and 9 rebel fighters had been "
     "killed near Kyrenia.", [("killed", 14, 14, None), ("killed", 9, 9, None)]),
    ("F8", "list item tail", "One army corporal and three insurgent group members, including a local commander, "
     "were killed near Kuala Lipis.", [("killed", 1, 1, None), ("killed", 3, 3, None), ("killed", 1, 1, None)]),  # (the
    # commander too: a person inside a list item, one_by_role.person_in_count)
    ("F8", "also were reported", "Four regular army soldiers and six villagers also were reported killed near "
     "Enugu.", [("killed", 4, 4, None), ("killed", 6, 6, None)]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND_BY_RULE)
def test_found_by_rule(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


# (family, rule, text, records that must not be found: None = no record at all)
ABSENT_BY_RULE = [
    ("F8", "ranks of one force", "Two officers and nine soldiers were killed near Kyrenia.",
     [("killed", 2, 2, None), ("killed", 9, 9, None)]),
    ("F8", "other is no adjunct", "Three of those killed are commanders, and seven other soldiers are critically "
     "wounded.", [("wounded", 3, 3, None)]),
]


@pytest.mark.parametrize("family,rule,text,absent", ABSENT_BY_RULE)
def test_absent_by_rule(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)


def test_split_counts_keep_their_evidence():
    text = "Medics in Nyala said 40 men, 11 women and six children had been killed."
    recs = records(text, GENERAL, "real_families.txt")
    assert [(r["low"], text[r["start"]:r["end"]]) for r in recs] == [
        (40, "40 men, 11 women and six children had been killed"),
        (11, "11 women and six children had been killed"),
        (6, "six children had been killed")]


# -- rule single_after_count (session 16, summed counts): one person of another kind after a count ---------------
# (text, [(category, low, high, vague, victim_side)]): the article's records, exactly; invented copy in the styles
# of wars in none of the eval sets
SINGLE_AFTER = [
    # positives: a count and one person of another kind, one verb: two records
    ("Insurgents ambushed a convoy near Pemba, killing at least eight soldiers and a civilian, the army said.",
     [("killed", 8, None, None, "unknown"), ("killed", 1, 1, None, "civilian")]),
    ("Three policemen and a child were wounded when a grenade hit the market in Bujumbura.",
     [("wounded", 3, 3, None, "unknown"), ("wounded", 1, 1, None, "civilian")]),
    ("Clashes near Kidal left two soldiers and a rebel dead, a local official said.",
     [("killed", 2, 2, None, "unknown"), ("killed", 1, 1, None, "unknown")]),
    # negatives: one kind of people, a person of no known kind, a possessive, ranges, two verbs: as before
    ("Gunmen killed four soldiers and a lieutenant near Kidal.", [("killed", 5, 5, None, "unknown")]),
    ("Shelling killed three children and a woman in Idlib.", [("killed", 4, 4, None, "civilian")]),
    ("Gunmen killed three children and their mother in Beni.", [("killed", 4, 4, None, "civilian")]),
    ("Rebels killed 12 soldiers and policemen near Goma.", [("killed", 12, 12, None, "unknown")]),
    ("Two to three people were killed in Beni.", [("killed", 2, 3, None, "unknown")]),
    ("Rebels killed 5 and wounded 7 near Beni.", [("killed", 5, 5, None, "unknown"),
                                                  ("wounded", 7, 7, None, "unknown")]),
    ("A lieutenant and 11 soldiers were killed near Pemba.", [("killed", 12, 12, None, "unknown")]),
]


@pytest.mark.parametrize("text,expected", SINGLE_AFTER, ids=[t[:40] for t, _ in SINGLE_AFTER])
def test_single_after_count(text, expected):
    assert rows(text, GENERAL, "invented.txt") == expected


def test_single_after_count_spans_and_claimant():
    text = "Insurgents ambushed a convoy near Pemba, killing at least eight soldiers and a civilian, the army said."
    recs = records(text, GENERAL, "invented.txt")
    assert [(text[r["start"]:r["end"]], r["found_by"], r["claimant"]) for r in recs] == [
        ("killing at least eight soldiers", "single_after_count", "the army"),
        ("a civilian", "single_after_count", "the army")]


# -- rule nationals_in_list (session 16, summed counts): a plural nationality is a list item's head ---------------
NATIONALS = [
    # positives: a nationality beside another kind or another nationality, one cue: one record each
    ("The ministry said 9 Corvanians and four civilians of unknown nationality died in the shelling of Port Lys.",
     [("killed", 9, 9, None, "unknown"), ("killed", 4, 4, None, "civilian")]),
    ("Two days of fighting left six Telmiris and about 40 militants dead near Ostrava Pass, officials said.",
     [("killed", 6, 6, None, "unknown"), ("killed", 40, 40, None, "unknown")]),
    ("Eleven Corvanians and three Telmiris were wounded in the blast at the border post.",
     [("wounded", 11, 11, None, "unknown"), ("wounded", 3, 3, None, "unknown")]),
    # negatives: one nationality twice, no cue, a nationality as an adjective (one head): as before
    ("Twelve Corvanians and four other Corvanians were hurt near Port Lys.", [("wounded", 16, 16, None, "unknown")]),
    ("Five Corvanians and two Telmiris visited the camp at Port Lys.", []),
    ("Twelve Sudanese soldiers and three policemen were killed near Kadugli.",
     [("killed", 12, 12, None, "unknown"), ("killed", 3, 3, None, "unknown")]),
]


@pytest.mark.parametrize("text,expected", NATIONALS, ids=[t[:40] for t, _ in NATIONALS])
def test_nationals_in_list(text, expected):
    assert rows(text, GENERAL, "invented.txt") == expected


def test_nationals_in_list_spans():
    text = "The ministry said 9 Corvanians and four civilians of unknown nationality died in the shelling of Port Lys."
    recs = records(text, GENERAL, "invented.txt")
    assert [(r["low"], r["found_by"]) for r in recs] == [(9, "coordinated_kinds"), (4, "coordinated_kinds")]
