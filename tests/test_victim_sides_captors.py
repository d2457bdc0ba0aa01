"""Prisoners a side took are its foe's men (rule `prisoners_of_the_captor`, docs/rules.md, "Session 18: victim
sides"). Invented wars in the styles of none of the eval sets: a mountain war between two kingdoms (Ostrel and
Varnia) and an island insurgency (the Keldish state against the Free Shore Movement)."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

from claim_families import case_ids, records

#: two kingdoms at war, each with its adjective and demonym as keywords
PASSES = Actors([_conflict("ostrel-varnia", {
    "sides": {"ostrel": "the Kingdom of Ostrel: its crown, army and ministries",
              "varnia": "the Kingdom of Varnia: its crown, army and ministries"},
    "countries": {"ostrel": ["Ostrel"], "varnia": ["Varnia"]},
    "keywords": {"ostrel": ["Ostrelian", "Ostrelians"], "varnia": ["Varnian", "Varnians"]},
    "articles": ["family.txt"]})])
#: an island insurgency: the state's adjective also stands before the rebels' head word
ISLES = Actors([_conflict("keld-isles", {
    "sides": {"keld": "the Keldish state: its government, army and coast guard",
              "shore": "the Free Shore Movement: its guerrillas and commanders"},
    "government_side": "keld", "rebel_side": "shore",
    "keywords": {"keld": ["Keldish", "Keldish army"], "shore": ["Free Shore Movement", "Shore Movement"]},
    "articles": ["family.txt"]})])


def _row(text: str, reg: Actors, category: str, low: int | None) -> dict:
    """The record of `text` with that category and low number (the test fails when there is none)."""
    found = [r for r in records(text, reg) if r["category"] == category and r["low"] == low]
    assert found, records(text, reg)
    return found[0]


# the captor is the subject of the sentence's verb of taking: a participle or a coordinated verb takes the subject
# of the verb before it; a cue ('claims to have') leaves the subject before it
CAPTORS = [
    ("participle", "The Ostrelian army captured the northern fort after a day of shelling, seizing 400 prisoners.",
     PASSES, ("captured", 400), "varnia"),
    ("claims to have", "The Varnian command claims to have captured the pass, taking 1,200 prisoners and six guns.",
     PASSES, ("captured", 1200), "ostrel"),
    ("demonym", "On the eastern ridge, the Varnians claimed to have taken 900 prisoners.", PASSES,
     ("captured", 900), "ostrel"),
    ("coordinated", "Shore Movement fighters captured a radar station and took 70 prisoners, the movement said.",
     ISLES, ("captured", 70), "keld"),
    ("state's adjective, rebel head", "Leftist Keldish guerrillas captured a coast guard post and took 35 "
     "prisoners, their radio reported.", ISLES, ("captured", 35), "keld"),
]


@pytest.mark.parametrize("family, text, reg, key, side", CAPTORS, ids=case_ids(CAPTORS))
def test_prisoners_taken_by_a_side_are_its_foes(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert (row["victim_side"], row["side_by"]) == (side, "prisoners_of_the_captor"), (family, row)


# what the rule leaves alone: hostages (seized from no warring side), a passive verb, prisoners freed or held, a
# count whose own words name its side, a subject that is no warring side, a qualified subject ('troops of both')
CAPTORS_LEFT = [
    ("hostages", "Shore Movement fighters seized 30 hostages at the ferry port.", ISLES, ("captured", 30), None),
    ("passive", "More than 500 prisoners were taken by Ostrelian troops near the pass.", PASSES, ("captured", 501),
     None),
    ("freed", "Ostrelian troops freed 200 prisoners from a camp in the valley.", PASSES, ("captured", 200), None),
    ("own words", "Ostrelian troops captured the town, taking 60 Varnian prisoners.", PASSES, ("captured", 60),
     "varnia"),
    ("no side", "Aid workers said they took 40 prisoners to the field hospital at Kell.", ISLES, ("captured", 40),
     None),
]


@pytest.mark.parametrize("family, text, reg, key, side", CAPTORS_LEFT, ids=case_ids(CAPTORS_LEFT))
def test_what_prisoners_of_the_captor_leaves_alone(family, text, reg, key, side):
    found = [r for r in records(text, reg) if r["category"] == key[0] and r["low"] == key[1]]
    for row in found:  # no record at all is fine too: the rule cannot have decided it
        assert row["side_by"] != "prisoners_of_the_captor", (family, row)
        if side is not None:
            assert row["victim_side"] == side, (family, row)


def test_the_negative_sentences_still_give_their_counts():
    # the cases above that a claim finder gives must not pass by giving nothing: the hostages and the passive
    assert _row("Shore Movement fighters seized 30 hostages at the ferry port.", ISLES, "captured", 30)
    assert _row("More than 500 prisoners were taken by Ostrelian troops near the pass.", PASSES, "captured", 501)
