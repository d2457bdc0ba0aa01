"""Counts whose victims' phrase holds initials written with dots (casualties/phrases.py, rule
`dotted_initials_modifier`: 'two U.S. servicemen', 'One U.S. Marine', 'Three U.N. observers'), and the ordinal of a
known pool (casualties/claims.py, rule `ordinal_of_the_pool`: 'the first of the 55 advisers to die' counts no dead).
The copy is invented, in the styles of wars in none of the eval sets (Suez 1956, Laos 1962, Katanga 1961,
Bay of Pigs 1961, Aden 1967). The same rule lets a home state in dotted initials close a comma aside (', Pvt. X of
Malone, N.Y., was killed'), and casualties/numbers.py's rule `dateline_year_then_count` reads 'Apr. 30, 1965 - One U.S.
Marine' as a year then a count, not a span of years."""
from __future__ import annotations

import pytest

from claim_families import assert_among, assert_no_claim, case_ids, claims

# (family, text, [(category, low, high, vague)]): records that must be among the sentence's
AMONG = [
    ("N U.S. <victims> dead and M wounded: both counts (Suez 1956)",
     "The truck bomb at the Port Said barracks left two U.K. servicemen dead and 23 wounded, the Pentagon said.",
     [("killed", 2, 2, None), ("wounded", 23, 23, None)]),
    ("One U.S. <singular> was killed and M wounded (Laos 1962)",
     "One U.S. Marine was killed and 13 wounded today as the convoy fought its way out of the market.",
     [("killed", 1, 1, None), ("wounded", 13, 13, None)]),
    ("N U.N. <victims> were abducted (Katanga 1961)",
     "Three U.N. observers were abducted on the road to Kindu, a spokesman in Leopoldville said.",
     [("captured", 3, 3, None)]),
    ("N U.S. <modifier> <head> were killed (Bay of Pigs 1961)",
     "Two U.S. Army officers were killed by militia gunners on the beach at Playa Giron.",
     [("killed", 2, 2, None)]),
    ("a home state in dotted initials inside the aside: ', Pvt. X of Y, N.J., was killed' (Suez 1956)",
     "One Marine, Lance Cpl. Peter Dorn of Camden, N.J., was killed and four wounded when the post was shelled.",
     [("killed", 1, 1, None), ("wounded", 4, 4, None)]),
    ("a dateline's year, a dash, then a spelled count: no span of years (Laos 1962)",
     "May 6, 1962 - Two U.S. advisers were killed and 12 wounded in the night battle at Nam Tha.",
     [("killed", 2, 2, None), ("wounded", 12, 12, None)]),
    ("three sets of initials: N U.S.A.F. airmen (Aden 1967)",
     "Four U.S.A.F. airmen were wounded when the mortar shells hit the runway.",
     [("wounded", 4, 4, None)]),
]

# (family, text, vague): no record at all (vague None), or none with that vague word
NO_CLAIM = [
    ("initials before a head with no harm cue: a deployment (Suez 1956)",
     "About 200 U.S. troops were deployed to the airport on Tuesday.", None),
    ("initials before officials who were present (Katanga 1961)",
     "He said three U.N. officials were present at the talks in Elisabethville.", None),
    ("the first of the N <victims> to die: the pool is no count (Bay of Pigs 1961)",
     "The sergeant was the first of the 40 U.S. advisers in the zone to die in combat.", None),
    ("a span of years stays no count (Katanga 1961)",
     "The mission of 1960-1964 cost the United Nations dearly, the report on Katanga said.", None),
    ("an aside with a home state but no harm cue after it (Bay of Pigs 1961)",
     "Two guards, Sgt. Amos Reed of Dover, N.J., and Cpl. Lee Park, stood at the gate all night.", None),
    ("one initial before a dot is a name, not a modifier: no count of people (Laos 1962)",
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
