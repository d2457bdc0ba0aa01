"""Suspects the state shoots or arrests (rules `suspects_killed` and `mass_arrest`, docs/rules.md, "Session 18:
victim sides"). Invented wars in the styles of none of the eval sets: a port city's police against a smuggling
cartel (the Brask Syndicate) and a republic's two armies at war (no armed group: the rules stand aside)."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict

from claim_families import case_ids, records

#: a state's police against one armed group
PORT = Actors([_conflict("lorn-port", {
    "sides": {"lorn_gov": "the Lornish state: its city police, coast guard and army",
              "brask": "the Brask Syndicate: its gunmen and bosses"},
    "government_side": "lorn_gov", "rebel_side": "brask",
    "keywords": {"lorn_gov": ["Lornish", "Lornish police"], "brask": ["Brask Syndicate", "Syndicate"]},
    "articles": ["family.txt"]})])
#: two states at war: 'suspects' there are no armed group's
RIVERS = Actors([_conflict("sallow-tern", {
    "sides": {"sallow": "the Sallow republic: its army", "tern": "the Tern republic: its army"},
    "countries": {"sallow": ["Sallow"], "tern": ["Tern"]},
    "keywords": {"sallow": ["Sallowan"], "tern": ["Ternish"]},
    "articles": ["family.txt"]})])


def _rows(text: str, reg: Actors, category: str, low: int | None) -> list[dict]:
    return [r for r in records(text, reg) if r["category"] == category and r["low"] == low]


def _row(text: str, reg: Actors, category: str, low: int | None) -> dict:
    """The record of `text` with that category and low number (the test fails when there is none)."""
    found = _rows(text, reg, category, low)
    assert found, records(text, reg)
    return found[0]


# rule `suspects_killed`: bare 'suspects' or 'the attacker' shot in a war of a state against an armed group
SUSPECTS = [
    ("police killed", "Harbour police killed three suspects after a gunfight near the container terminal, the "
     "city's police chief said.", PORT, ("killed", 3), "brask"),
    ("passive", "Two suspects opened fire on a patrol and were shot dead in the exchange.", PORT, ("killed", 2),
     "brask"),
    ("the attacker", "Four guards were hurt in the raid on the customs house, in which the attacker was also "
     "killed.", PORT, ("killed", 1), "brask"),
    ("wounded", "Officers wounded two suspects at a roadblock outside the docks on Friday.", PORT, ("wounded", 2),
     "brask"),
]


@pytest.mark.parametrize("family, text, reg, key, side", SUSPECTS, ids=case_ids(SUSPECTS))
def test_suspects_shot_by_the_state_are_the_groups(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert (row["victim_side"], row["side_by"]) == (side, "suspects_killed"), (family, row)


# what `suspects_killed` leaves alone: a war between states, the group as the killer, suspects with words of their
# own ('suspected smugglers' is the role word's), attackers (the lexicon's role word decides)
SUSPECTS_LEFT = [
    ("states at war", "Sallowan sentries killed two suspects near the Tern border post.", RIVERS, ("killed", 2),
     None),
    ("group killed them", "Syndicate gunmen killed two suspects they accused of informing, police said.", PORT,
     ("killed", 2), None),
    ("own words", "Police killed four suspected Syndicate gunmen at the fish market.", PORT, ("killed", 4), "brask"),
]


@pytest.mark.parametrize("family, text, reg, key, side", SUSPECTS_LEFT, ids=case_ids(SUSPECTS_LEFT))
def test_what_suspects_killed_leaves_alone(family, text, reg, key, side):
    row = _row(text, reg, *key)
    assert row["side_by"] != "suspects_killed", (family, row)
    if side is not None:
        assert row["victim_side"] == side, (family, row)


# rule `mass_arrest` (arrested_suspects narrowed): 'people' arrested are the group's only for an attack
ARRESTS = [
    ("over the attack", "Police arrested 15 people over the attack on the customs house.", PORT, ("captured", 15),
     "brask", "arrested_suspects"),
    ("in connection with", "Twelve people were detained in connection with the bombing of the ferry.", PORT,
     ("captured", 12), "brask", "arrested_suspects"),
    ("a crackdown", "Hundreds of people were arrested during the crackdown on the dock strikes.", PORT,
     ("captured", None), "unknown", "mass_arrest"),
    ("after attacks", "Sixty people were arrested after a week of attacks on the harbour.", PORT, ("captured", 60),
     "unknown", "mass_arrest"),
    ("suspects still", "Forty suspects were arrested after a week of attacks on the harbour.", PORT,
     ("captured", 40), "brask", "arrested_suspects"),
]


@pytest.mark.parametrize("family, text, reg, key, side, rule", ARRESTS, ids=case_ids(ARRESTS))
def test_people_arrested_are_suspects_only_for_an_attack(family, text, reg, key, side, rule):
    row = _row(text, reg, *key)
    assert (row["victim_side"], row["side_by"]) == (side, rule), (family, row)
