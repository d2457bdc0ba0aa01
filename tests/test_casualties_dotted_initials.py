"""Counts whose victims' phrase holds initials written with dots (casualties/phrases.py, rule
`dotted_initials_modifier`: 'two U.S. servicemen', 'One U.S. Marine', 'Three U.N. observers'), and the ordinal of a
known pool (casualties/claims.py, rule `ordinal_of_the_pool`: 'the first of the 55 advisers to die' counts no dead).
The copy is invented, in the styles of wars in none of the eval sets (Lebanon 1983, Somalia 1993, Congo 1961,
Korea's DMZ, Beirut)."""
from __future__ import annotations

import pytest

from claim_families import assert_among, assert_no_claim, case_ids, claims

# (family, text, [(category, low, high, vague)]): records that must be among the sentence's
AMONG = [
    ("N U.S. <victims> dead and M wounded: both counts (Lebanon 1983)",
     "The truck bomb at the airport barracks left two U.S. servicemen dead and 23 wounded, the Pentagon said.",
     [("killed", 2, 2, None), ("wounded", 23, 23, None)]),
    ("One U.S. <singular> was killed and M wounded (Somalia 1993)",
     "One U.S. Marine was killed and 13 wounded today as the convoy fought its way out of the market.",
     [("killed", 1, 1, None), ("wounded", 13, 13, None)]),
    ("N U.N. <victims> were abducted (Congo 1961)",
     "Three U.N. observers were abducted on the road to Kindu, a spokesman in Leopoldville said.",
     [("captured", 3, 3, None)]),
    ("N U.S. <modifier> <head> were killed (Korea's DMZ)",
     "Two U.S. Army officers were killed by North Korean guards in the truce village.",
     [("killed", 2, 2, None)]),
    ("three sets of initials: N U.S.A.F. airmen (Beirut)",
     "Four U.S.A.F. airmen were wounded when the mortar shells hit the runway.",
     [("wounded", 4, 4, None)]),
]

# (family, text, vague): no record at all (vague None), or none with that vague word
NO_CLAIM = [
    ("initials before a head with no harm cue: a deployment (Lebanon 1983)",
     "About 200 U.S. troops were deployed to the airport on Tuesday.", None),
    ("initials before officials who were present (Congo 1961)",
     "He said three U.N. officials were present at the talks in Elisabethville.", None),
    ("the first of the N <victims> to die: the pool is no count (Korea's DMZ)",
     "The sergeant was the first of the 40 U.S. advisers in the zone to die in combat.", None),
    ("one initial before a dot is a name, not a modifier: no count of people (Somalia 1993)",
     "Gen. J. Smith said 12 trucks were destroyed near the port.", None),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text), expected)


@pytest.mark.parametrize("family,text,vague", NO_CLAIM, ids=case_ids(NO_CLAIM))
def test_no_claim(family, text, vague):
    assert_no_claim(family, claims(text), vague)


def test_one_of_n_to_die_stays_a_count():
    """'one of 40 soldiers to die' says 40 died: only the ordinal of a definite pool ('the first of the') is left."""
    got = claims("The private was one of 40 soldiers to die in the siege of the hill.")
    assert ("killed", 40, 40, None) in got, got
