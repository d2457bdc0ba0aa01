"""A named victim described just before the name (rule `descriptor_before_name`, docs/rules.md, "Session 19: victim
sides"). Invented wars in the styles of none of the eval sets: a highland state against a mountain militia (the
Orra Brotherhood) and two island republics at war (a bare role word says neither)."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

from claim_families import case_ids, records

#: a state against one armed group
HIGHLAND = Actors([_conflict("keld-highlands", {
    "sides": {"keld_gov": "the Keldish state: its army, gendarmes and border guards",
              "orra": "the Orra Brotherhood: its fighters, commanders and emirs"},
    "government_side": "keld_gov", "rebel_side": "orra",
    "keywords": {"keld_gov": ["Keldish army", "gendarmes"], "orra": ["Orra Brotherhood", "Orra", "brotherhood"]},
    "articles": ["family.txt"]})])
#: two states at war
ISLANDS = Actors([_conflict("vessa-marn", {
    "sides": {"vessa": "the Vessan republic: its navy and army", "marn": "the Marnish republic: its army"},
    "countries": {"vessa": ["Vessa"], "marn": ["Marn"]},
    "keywords": {"vessa": ["Vessan"], "marn": ["Marnish"]},
    "articles": ["family.txt"]})])


def _named(text: str, reg: Actors, name: str) -> dict:
    """The record whose text holds `name` (the test fails when there is none)."""
    found = [r for r in records(text, reg) if name in (r.get("text") or "")]
    assert found, records(text, reg)
    return found[0]


# the describing phrase before the name: an apposition opened by a determiner, a bare premodifier after 'and'
DESCRIBED = [
    ("apposition keyword", "An Orra commander, Tavin Rusk, was also among the dead, the provincial governor said.",
     HIGHLAND, "Tavin Rusk", "orra"),
    ("apposition role", "In the exchange one of the gunmen and one member of the security forces, Corporal Ilse "
     "Varga, were killed.", HIGHLAND, "Ilse Varga", "keld_gov"),
    ("premodifier after and", "Gendarme captain Joren Hale and gendarmes Pell Oster died in the ambush near Dask.",
     HIGHLAND, "Pell Oster", "keld_gov"),
    ("apposition civilian", "A civilian, Mara Lenk, died of her wounds in Dask on Sunday.", HIGHLAND, "Mara Lenk",
     "civilian"),
]


@pytest.mark.parametrize("family, text, reg, name, side", DESCRIBED, ids=case_ids(DESCRIBED))
def test_a_named_victim_takes_the_side_of_the_words_before_the_name(family, text, reg, name, side):
    row = _named(text, reg, name)
    assert row["victim_side"] == side, (family, row)


# what the rule leaves alone: a clause before the name (the doers or the source), an opening with no determiner
# (a place, a time), a bare role word in a war between states
LEFT = [
    ("doers before the name", "Orra fighters killed Tavin Rusk outside his home in Dask.", HIGHLAND, "Tavin Rusk"),
    ("source before the name", "The gendarmes said Tavin Rusk died in the night.", HIGHLAND, "Tavin Rusk"),
    ("a place before the name", "In Dask, Tavin Rusk was killed on Sunday.", HIGHLAND, "Tavin Rusk"),
    ("states at war", "A soldier, Ivo Brandt, was killed on the beach at Lorr.", ISLANDS, "Ivo Brandt"),
]


@pytest.mark.parametrize("family, text, reg, name", LEFT, ids=case_ids(LEFT))
def test_words_that_do_not_describe_the_victim_give_no_side(family, text, reg, name):
    row = _named(text, reg, name)
    assert row["side_by"] != "descriptor_before_name", (family, row)
