"""Casualty claims of zero (casualties/claims.py: the lexicon's 'no <noun>' pattern and rule `zero_subject`): a
people's or a side's name before the harm noun ('no Israeli casualties'), and 'none of the <victims>' with a
postmodifier before the cue ('none of the soldiers shown in the film was killed'). The copy is invented, in the
styles of wars in none of the eval sets (Malaya, Dhofar, Katanga, Biafra, Aden)."""
from __future__ import annotations

import pytest

from claim_families import assert_among, assert_no_claim, case_ids, claims

# (family, text, [(category, low, high, vague)]): records that must be among the sentence's
AMONG = [
    ("no <name> casualties (Malaya)",
     "No British casualties were reported after the ambush near Kuala Kubu, the police said.",
     [("casualties", 0, 0, None)]),
    ("no <name> deaths (Dhofar)",
     "No Omani deaths were reported in the fighting on the Jebel, a spokesman in Salalah said.",
     [("killed", 0, 0, None)]),
    ("no <abbreviated name> <kind> casualties (Aden)",
     "There were no U.N. military casualties in the Crater district on Tuesday.",
     [("casualties", 0, 0, None)]),
    ("a headline in title case keeps its zero (Katanga)",
     "No Deaths Reported In Elisabethville Shelling",
     [("killed", 0, 0, None)]),
    ("none of the <victims> <participle phrase> <cue> (Biafra)",
     "None of the soldiers seen retreating in the Enugu newsreel was killed, the ministry said.",
     [("killed", 0, 0, None)]),
    ("none of the estimated N <people> <place> was reported <cue> (Katanga)",
     "None of the estimated 400 Belgians in Jadotville was reported hurt, the consulate said.",
     [("wounded", 0, 0, None)]),
    ("none of the <victims> <place> <cue> (Aden)",
     "None of the policemen at the Crater post were injured in the grenade attack.",
     [("wounded", 0, 0, None)]),
]

# (family, text, vague): no record at all (vague None), or none with that vague word
NO_CLAIM = [
    ("a lower-case word before the noun is no name: a wish, no zero (Dhofar)",
     "'I hope there will be no more deaths,' said a sergeant who watched the coffins loaded at Salalah.", None),
    ("a clause after 'none of the <victims>' is no postmodifier (Malaya)",
     "None of the planters said they were hurt by the bandits.", None),
    ("a relative clause after 'none of the <victims>' (Biafra)",
     "None of the villagers who stayed behind were hurt when the shells fell, a priest said.", None),
    ("a conjunction after 'none of the <victims>' (Aden)",
     "None of the soldiers and the officers knew they were hurt until the morning.", None),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text), expected)


@pytest.mark.parametrize("family,text,vague", NO_CLAIM, ids=case_ids(NO_CLAIM))
def test_no_claim(family, text, vague):
    assert_no_claim(family, claims(text), vague)


def test_zero_takes_the_count_inside_it():
    """'none of the estimated 400 Belgians': the 400 is the group, not a count of the hurt."""
    got = claims("None of the estimated 400 Belgians in Jadotville was reported hurt, the consulate said.")
    assert got == [("wounded", 0, 0, None)], got
