"""Victim sides read from the sentence's grammar (docs/rules.md, "Session 17: victim sides"). Invented wars in the
styles of none of the eval sets: a frontier war between two republics (Tarvia and Morland) and a river delta's
separatist war (the Corvan state against the Delta Front)."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

from claim_families import case_ids, records

#: two republics at war, each with its own nationality keyword
FRONTIER = Actors([_conflict("tarvia-morland", {
    "sides": {"tarvia": "the Tarvian state: its government, army and ministries",
              "morland": "the Morlandian state: its government, army and ministries"},
    "countries": {"tarvia": ["Tarvia"], "morland": ["Morland"]},
    "keywords": {"tarvia": ["Tarvian"], "morland": ["Morlandian"]},
    "articles": ["family.txt"]})])
#: a separatist war: the state's navy and army against a front of delta fighters
DELTA = Actors([_conflict("delta", {
    "sides": {"corva": "the Corvan state: its government, army and navy",
              "front": "the Delta Front: its fighters and commanders"},
    "government_side": "corva", "rebel_side": "front",
    "keywords": {"corva": ["Corvan", "Corvan navy"], "front": ["Delta Front"]},
    "articles": ["family.txt"]})])


def _row(text: str, reg: Actors, category: str, low: int | None) -> dict:
    """The record of `text` with that category and low number (the test fails when there is none)."""
    found = [r for r in records(text, reg) if r["category"] == category and r["low"] == low]
    assert found, records(text, reg)
    return found[0]


# rule `force_of_the_object`: a toll told right after a verb whose object is a side's force or materiel is that
# side's ('captured three Morlandian posts, killing 15 soldiers')
OBJECT_TOLLS = [
    ("posts captured", "The Tarvian defence ministry said its forces captured four Morlandian border posts, killing "
     "12 soldiers.", FRONTIER, ("killed", 12), "morland"),
    ("leaving dead", "Tarvian units overran 25 Morlandian army posts overnight, leaving 58 soldiers dead.", FRONTIER,
     ("killed", 58), "morland"),
    ("tanks destroyed", "Tarvian radio said its troops had destroyed 30 Morlandian tanks and killed hundreds of "
     "troops on the first day.", FRONTIER, ("killed", None), "morland"),
    ("another N", "The front said its fighters captured two Corvan navy sailors and killed another six near the "
     "estuary.", DELTA, ("killed", 6), "corva"),
    ("gunboats", "Front fighters said they had ambushed a Corvan navy patrol and killed nine sailors, a commander "
     "told the agency.", DELTA, ("killed", 9), "corva"),
]


@pytest.mark.parametrize("family, text, reg, key, side", OBJECT_TOLLS, ids=case_ids(OBJECT_TOLLS))
def test_a_toll_after_an_object_force_is_that_force(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert (row["victim_side"], row["side_by"]) == (side, "force_of_the_object"), (family, row)


# what the rule leaves alone: the count's own words, the attackers' own dead, a clause whose subject is the same
# side as the object, a civilian place or civilian victims, a toll told apart from the verb
OBJECT_LEFT = [
    ("own words", "Morlandian troops captured three Tarvian posts, killing 15 Morlandian soldiers.", FRONTIER,
     ("killed", 15), "morland"),
    ("attackers' dead", "Front fighters attacked a Corvan army post, killing 12 rebels, the army said.", DELTA,
     ("killed", 12), "front"),
    ("same side", "Tarvian troops recaptured two Tarvian border posts, killing 14 soldiers.", FRONTIER,
     ("killed", 14), None),
    ("a village", "Morlandian gunners raided the Tarvian village of Oss, killing 20 people.", FRONTIER,
     ("killed", 20), "civilian"),
    ("civilians", "Tarvian troops captured the Morlandian border posts, killing 30 civilians.", FRONTIER,
     ("killed", 30), "civilian"),
    ("told apart", "Tarvian troops seized two Morlandian tanks. The ministry said 40 soldiers had been killed.",
     FRONTIER, ("killed", 40), None),
]


@pytest.mark.parametrize("family, text, reg, key, side", OBJECT_LEFT, ids=case_ids(OBJECT_LEFT))
def test_what_force_of_the_object_leaves_alone(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert row["side_by"] != "force_of_the_object", (family, row)
    if side is not None:
        assert row["victim_side"] == side, (family, row)


# rule `them_not_the_agent` (narrowed): a side's word inside a place phrase ('out of northwestern Corva') is the
# place, not the group 'them' points back to
THEM_PLACES = [
    ("region", "The navy said it had driven the fighters out of northwestern Corva and killed more than 80 of them.",
     DELTA, ("killed", 81), "front"),
    ("region, in", "Front fighters were pushed back into southern Corva, and troops captured 15 of them.", DELTA,
     ("captured", 15), "front"),
]


@pytest.mark.parametrize("family, text, reg, key, side", THEM_PLACES, ids=case_ids(THEM_PLACES))
def test_them_skips_a_region_of_a_side(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert row["victim_side"] == side, (family, row)


def test_them_still_takes_a_side_named_without_a_place():
    # no preposition before the region's adjective: the side's word is the group's own ('northern Corvan units')
    row = _row("Front fighters clashed with northern Corvan units at dawn; six of them were wounded.", DELTA,
               "wounded", 6)
    assert (row["victim_side"], row["side_by"]) == ("corva", "them_antecedent"), row
