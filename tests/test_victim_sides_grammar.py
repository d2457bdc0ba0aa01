"""Victim sides read from the sentence's grammar (docs/rules.md, "Session 17: victim sides"). Invented wars in the
styles of none of the eval sets: a frontier war between two republics (Tarvia and Morland), a river delta's
separatist war (the Corvan state against the Delta Front) and an expeditionary force against an isthmus junta."""
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


#: an expeditionary force against an isthmus junta
ISTHMUS = Actors([_conflict("isthmus", {
    "sides": {"marda": "the Mardan expeditionary force: its army and navy",
              "junta": "the isthmus junta and its militia"},
    "keywords": {"marda": ["Mardan"], "junta": ["junta", "militia"]},
    "articles": ["family.txt"]})])

# rule `casualties_owned_before`: bare counts that list the casualties a side's word announced just before them
OWNED = [
    ("sentence before", "The briefing turned to Mardan casualties. Eleven men died and 40 were wounded.", ISTHMUS,
     ("killed", 11), "marda"),
    ("sentence before, 2nd count", "The briefing turned to Mardan casualties. Eleven men died and 40 were wounded.",
     ISTHMUS, ("wounded", 40), "marda"),
    ("owner before", "Medics treating Mardan casualties said 30 were dead and 70 wounded.", ISTHMUS, ("killed", 30),
     "marda"),
    ("owner after", "The junta reported that casualties suffered by its forces on the eastern front totalled 120 "
     "killed and 300 wounded.", ISTHMUS, ("wounded", 300), "junta"),
]


@pytest.mark.parametrize("family, text, reg, key, side", OWNED, ids=case_ids(OWNED))
def test_counts_after_a_sides_casualties_are_that_sides(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert (row["victim_side"], row["side_by"]) == (side, "casualties_owned_before"), (family, row)


# left alone: people and civilians, a sentence before that does not end announcing them, two sides' casualties,
# civilian casualties, a headline's other clause, a count deep in a sentence of its own
OWNED_LEFT = [
    ("people", "The briefing turned to Mardan casualties. Eleven people died in the market.", ISTHMUS,
     ("killed", 11), "civilian"),
    ("villagers", "The briefing turned to Mardan casualties. Gunmen later killed 30 villagers.", ISTHMUS,
     ("killed", 30), "civilian"),
    ("not announced", "Mardan casualties were light, the command said. Eleven men died near the port.", ISTHMUS,
     ("killed", 11), None),
    ("two sides", "The briefing turned to Mardan and junta casualties. Eleven men died.", ISTHMUS, ("killed", 11),
     None),
    ("civilian casualties", "The briefing turned to civilian casualties. Eleven men died.", ISTHMUS, ("killed", 11),
     None),
    ("headline clause", "Mardan casualty figures raised; 90 killed in the isthmus", ISTHMUS, ("killed", 90), None),
    ("deep in the sentence", "The briefing turned to Mardan casualties. After a night of shelling in the hills above "
     "the old fort and the harbour, eleven men died.", ISTHMUS, ("killed", 11), None),
]


@pytest.mark.parametrize("family, text, reg, key, side", OWNED_LEFT, ids=case_ids(OWNED_LEFT))
def test_what_casualties_owned_before_leaves_alone(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert row["side_by"] != "casualties_owned_before", (family, row)
    if side is not None:
        assert row["victim_side"] == side, (family, row)
