"""Where a count begins and ends (docs/rules.md, "Session 18: claim recall"): a first count whose head is its harm is
never summed with the next (casualties/claims.py, rule `harm_head_not_summed`: '64 dead and 81 people detained' is
two records, not captured 145); a spelled number with 'hundred and' is one count (casualties/numbers.py, rule
`hundred_and_units`: 'three hundred and forty-three', not 300 and 43); a determiner between a harm verb or noun and
its count leaves the verb its count (casualties/phrases.py and claims.py, rule `determiner_after_verb`: 'executing the
17 civilians', 'capturing the eight', 'the killing of the 10 soldiers'); a toll told as 'in the hundreds' after a
modal, an adverb or 'believed' (casualties/rules.py, rule `toll_in_the_hundreds`, in `number_reached`). The copy is invented, in the styles of wars
in none of the eval sets (Biafra 1968, the Chaco War, Dhofar, Indochina 1954, the Greek civil war, Katanga 1961, Aden
1967, Cyprus 1956)."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_among, case_ids, claims

# (family, text, [(category, low, high, vague)]): records that must be among the sentence's
AMONG = [
    ("harm_head_not_summed: 'left N dead and M people detained' (Biafra 1968)",
     "The air raid on the market at Aba left 14 dead and 30 people detained, the federal command said.",
     [("killed", 14, 14, None), ("captured", 30, 30, None)]),
    ("harm_head_not_summed: 'N dead and M soldiers wounded' (Chaco War)",
     "The ambush near Boyuibe left nine dead and 12 soldiers wounded.",
     [("killed", 9, 9, None), ("wounded", 12, 12, None)]),
    ("harm_head_not_summed: 'N dead and M wounded were carried' (Dhofar)",
     "Four dead and five wounded were carried down from the Jebel to Salalah.",
     [("killed", 4, 4, None), ("wounded", 5, 5, None)]),
    ("hundred_and_units: 'Three hundred and twelve prisoners' (Chaco War)",
     "Three hundred and twelve prisoners were taken at Nanawa, the Paraguayan command announced.",
     [("captured", 312, 312, None)]),
    ("hundred_and_units: a bound before 'two hundred and fifty' (Dhofar)",
     "More than two hundred and fifty villagers have fled to the coast since the shelling began.",
     [("displaced", 251, None, None)]),
    ("hundred_and_units: 'A hundred and forty' (Indochina 1954)",
     "A hundred and forty guerrillas were killed in the fighting for Dien Bien Phu.",
     [("killed", 140, 140, None)]),
    ("determiner_after_verb: 'executing the N <victims>' (Greek civil war)",
     "Partisans were accused of executing the 14 gendarmes at Kozani.",
     [("killed", 14, 14, None)]),
    ("determiner_after_verb: 'captured the eight' with no head (Indochina 1954)",
     "The Viet Minh captured the eight near Cao Bang on Tuesday.",
     [("captured", 8, 8, None)]),
    ("determiner_after_verb: 'killed the three soldiers' (Cyprus 1956)",
     "The guerrillas killed the three soldiers at the ford before dawn.",
     [("killed", 3, 3, None)]),
    ("determiner_after_verb: 'the deaths of the N miners' (Katanga 1961)",
     "The union demanded an inquiry into the deaths of the 12 miners at Jadotville.",
     [("killed", 12, 12, None)]),
    ("a sum of ranks of one force stays one count (Katanga 1961)",
     "Two officers and nine soldiers were killed when the convoy was ambushed near Kolwezi.",
     [("killed", 11, 11, None)]),
    ("toll_in_the_hundreds: 'the number of deaths could be in the high hundreds' (Biafra 1968)",
     "Relief workers said the number of deaths at Uli could be in the high hundreds.",
     [("killed", None, None, "hundreds")]),
    ("toll_in_the_hundreds: a people's name before the noun, an aside before 'in' (Chaco War)",
     "He believes the real number of Bolivian casualties was lower, though still in the thousands.",
     [("casualties", None, None, "thousands")]),
    ("toll_in_the_hundreds: a headline 'Deaths Believed in the Hundreds' (Greek civil war)",
     "Grammos Deaths Believed in the Hundreds", [("killed", None, None, "hundreds")]),
]

# (family, text, records that must not be among the sentence's; None = no record at all)
ABSENT = [
    ("harm_head_not_summed: no sum of the dead and the detained (Biafra 1968)",
     "The air raid on the market at Aba left 14 dead and 30 people detained, the federal command said.",
     [("captured", 44, 44, None), ("killed", 44, 44, None)]),
    ("harm_head_not_summed: a head that is no harm ('prisoners') is not the rule's (Cyprus 1956)",
     "Twelve prisoners and three guards were killed in the riot at the Limassol jail.",
     [("captured", 12, 12, None)]),
    ("a sum of ranks is not split into its parts (Katanga 1961)",
     "Two officers and nine soldiers were killed when the convoy was ambushed near Kolwezi.",
     [("killed", 2, 2, None), ("killed", 9, 9, None)]),
    ("hundred_and_units: two kinds each with its own number are not one count (Aden 1967)",
     "Two hundred soldiers and fifty policemen were killed in the Aden riots.",
     [("killed", 250, 250, None)]),
    ("hundred_and_units: a strength, not a claim (Aden 1967)",
     "The garrison numbered three hundred and forty men.", None),
    ("determiner_after_verb: things captured are no victims (Katanga 1961)",
     "The rebels captured the 12 towns along the road to Kindu.", None),
    ("determiner_after_verb: weapons captured are no victims (Chaco War)",
     "The battalion captured the 14 trucks and the three guns at Boqueron.", None),
    ("determiner_after_verb: a verb of no harm before 'the N' (Dhofar)",
     "Relief workers reached the 40 villagers stranded near Mirbat.", None),
    ("toll_in_the_hundreds: a count of no harm 'in the hundreds' (Aden 1967)",
     "The number of volunteers at the camp is in the hundreds.", None),
    ("toll_in_the_hundreds: people arriving 'in the thousands' (Indochina 1954)",
     "Soldiers surrendering in the tens of thousands crowded the roads.", None),
    ("toll_in_the_hundreds: 'deaths in the thousands' as a noun's modifier, no link (Cyprus 1956)",
     "Deaths in the thousands were recorded in the 1918 epidemic.", None),
]


@pytest.mark.parametrize("family,text,expected", AMONG, ids=case_ids(AMONG))
def test_among(family, text, expected):
    assert_among(family, claims(text), expected)


@pytest.mark.parametrize("family,text,absent", ABSENT, ids=case_ids(ABSENT))
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)
