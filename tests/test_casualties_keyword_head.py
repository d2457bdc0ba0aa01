"""Victims whose head noun is a generic word the registry lists as one side's keyword (s20-sided's rule `keyword_head`,
docs/rules.md, "Session 20: victim sides"; at the merge it was found to make the same rows right as the lead's
`registry_role_keywords` and was folded into it: these cases now pin that rule). Invented wars in the styles of none of the eval sets: a delta state
against two militias, two island republics with a third armed group between them, a state whose insurgents the copy
calls only `dissidents`."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

from claim_families import case_ids, records

#: a state against two non-state sides; `gunmen` is the Sarn militia's word (the role reading, with both sides named
#: before the claim, names neither)
DELTA = Actors([_conflict("orvel-delta", {
    "sides": {"orvel_gov": "the Orvel state: its army and marine police", "sarn": "the Sarn militia: its gunmen",
              "kesh": "the Kesh front: rebel fighters of the upper delta"},
    "government_side": "orvel_gov", "rebel_side": "sarn",
    "keywords": {"orvel_gov": ["Orvel army", "marine police"], "sarn": ["Sarn militia", "gunmen"],
                 "kesh": ["Kesh front"]},
    "articles": ["family.txt"]})])
#: two states at war (the registry calls one the rebel side), a third armed group the copy calls `militants`
ISLANDS = Actors([_conflict("vessa-marn", {
    "sides": {"vessa": "the Vessan republic: its navy and air force", "marn": "the Marnish republic: its army",
              "tol": "the Tol Brigade: militants based in Marn"},
    "countries": {"vessa": ["Vessa"], "marn": ["Marn"]},
    "government_side": "vessa", "rebel_side": "marn",
    "keywords": {"vessa": ["Vessan"], "marn": ["Marnish"], "tol": ["Tol Brigade", "militants"]},
    "articles": ["family.txt"]})])
#: a state whose insurgents are `dissidents` in the copy
HIGHLAND = Actors([_conflict("keld-highlands", {
    "sides": {"keld_gov": "the Keldish state: its army and gendarmes", "orra": "the Orra insurgents"},
    "government_side": "keld_gov", "rebel_side": "orra",
    "keywords": {"keld_gov": ["Keldish army", "gendarmes"], "orra": ["Orra", "dissidents"]},
    "articles": ["family.txt"]})])
#: the same delta war with `gunmen` listed by both militias
SHARED = Actors([_conflict("orvel-delta", {
    "sides": {"orvel_gov": "the Orvel state", "sarn": "the Sarn militia: its gunmen",
              "kesh": "the Kesh front: rebel fighters"},
    "government_side": "orvel_gov", "rebel_side": "sarn",
    "keywords": {"orvel_gov": ["Orvel army"], "sarn": ["Sarn militia", "gunmen"], "kesh": ["Kesh front", "gunmen"]},
    "articles": ["family.txt"]})])


def _claim(text: str, reg: Actors, words: str) -> dict:
    """The record whose text holds `words` (the test fails when there is none)."""
    found = [r for r in records(text, reg) if words in (r.get("text") or "")]
    assert found, records(text, reg)
    return found[0]


TAKEN = [
    ("two militias", "The Kesh front holds the upper creeks. The army said its troops killed more than 40 gunmen "
     "in the creeks near Port Aldo on Monday.", DELTA, "40 gunmen", "sarn"),
    ("a third group between states", "Vessan jets struck a camp near Ruhl behind the Marnish lines, killing up to 200 alleged militants, "
     "the defence ministry said.", ISLANDS, "militants", "tol"),
    ("not a role word", "Gendarmes killed over 30 dissidents in the hills above Dask, the governor said.",
     HIGHLAND, "dissidents", "orra"),
]


@pytest.mark.parametrize("family, text, reg, words, side", TAKEN, ids=case_ids(TAKEN))
def test_a_keyword_head_names_its_side(family, text, reg, words, side):
    row = _claim(text, reg, words)
    assert (row["victim_side"], row["side_by"]) == (side, "registry_role_keywords"), (family, row)


# left alone: a word two sides list, a generic head no side lists, a keyword that is not the head
LEFT = [
    ("listed by two sides", "The Kesh front holds the upper creeks. The army said its troops killed more than 40 "
     "gunmen near Port Aldo.",
     SHARED, "40 gunmen"),
    ("no side lists it", "The Kesh front holds the upper creeks. The army said its troops killed more than 40 "
     "raiders near Port Aldo.",
     DELTA, "40 raiders"),
    ("not the head", "The jets struck a camp near Ruhl and caused 30 militant casualties, officials said.",
     ISLANDS, "casualties"),
]


@pytest.mark.parametrize("family, text, reg, words", LEFT, ids=case_ids(LEFT))
def test_a_keyword_that_names_no_one_side_is_left_alone(family, text, reg, words):
    row = _claim(text, reg, words)
    assert row["side_by"] != "registry_role_keywords", (family, row)
