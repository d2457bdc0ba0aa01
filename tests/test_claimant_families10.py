"""Claimant families of session 10 (eval/CLAIMANT_FAMILIES.md), each on 3+ development sets: a source an outlet
relays ('X quoted Y saying', 'Y was quoted as saying'), a common noun after a preposition or a copula read as the
subject of a cue ('in an attack claimed by'), and an unnamed source bound to a named body ('state media' -> one
outlet, 'military sources' -> the army). The sentences are invented in the styles of wars in none of the eval sets
(the Chaco War, Biafra, Dhofar, Nicaragua's contra war); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, columns
from presslens.actors import Actors, _conflict
from presslens.casualties.source_phrase import inner_source, object_not_subject

NICARAGUA = Actors([_conflict("contras", {"articles": ["general.txt"],
    "sides": {"sandinista": "the Nicaraguan state: Sandinista Popular Army, police",
              "contras": "the Nicaraguan Democratic Force (FDN) and other contra groups"},
    "government_side": "sandinista", "rebel_side": "contras",
    "keywords": {"sandinista": ["Sandinista"], "contras": ["contra", "contras", "FDN"]},
    "actors": [{"name": "Sandinista Popular Army", "aliases": ["EPS"], "side": "sandinista", "kind": "org"},
               {"name": "Nicaraguan Democratic Force", "aliases": ["FDN"], "side": "contras", "kind": "org"},
               {"name": "Radio Sandino", "side": "media", "kind": "org"}]})])


def claimants(text: str, actors=None) -> list[tuple]:
    """(category, low, claimant) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT, actors=actors, article="general.txt", quotes=True)


# (family, text, registry, [(category, low, claimant)])
CASES = [
    # rule `relayed_source`: the source an outlet relays makes the claim, not the outlet
    ("relayed_source", "Radio Asuncion quoted field commanders saying 40 Bolivian soldiers were killed near Boqueron.",
     None, [("killed", 40, "field commanders")]),
    ("relayed_source", "The Lagos daily reported the federal army as saying 60 rebels were killed near Enugu.", None,
     [("killed", 60, "the federal army")]),
    ("relayed_source", "Federal commander Hassan Bello was quoted by Radio Kaduna as saying 30 Biafran soldiers "
     "were captured at Nsukka.", None, [("captured", 30, "Hassan Bello")]),
    ("relayed_source", "Army officers were quoted as saying 14 guerrillas were killed, but a priest in the town was "
     "quoted as saying that only six had been killed.", None,
     [("killed", 14, "Army officers"), ("killed", 6, "a priest in the town")]),
    # rule `object_not_subject`: a common noun after a preposition or a copula is no subject of the cue after it
    ("object_not_subject", "Guerrillas killed nine farmers at a checkpoint in the worst reported attack this year, a "
     "newspaper said on Monday.", None, [("killed", 9, "a newspaper")]),
    ("object_not_subject", "A car bomb killed four soldiers outside the barracks in Salalah, in an attack claimed by "
     "the front.", None, [("killed", 4, None)]),
    ("object_not_subject", "It is the first such report of rebels killing 20 civilians in the Dhofar hills.", None,
     [("killed", 20, None)]),
    # rule `unnamed_source_as_written`: 'state media', 'military sources' are unnamed sources, not one named body
    ("unnamed_source_as_written", "Radio Sandino broadcast a speech by the president. Twelve contras were killed "
     "near Jinotega, state media said.", NICARAGUA, [("killed", 12, "state media")]),
    ("unnamed_source_as_written", "Eleven soldiers were killed in an ambush near Jinotega, military sources said.",
     NICARAGUA, [("killed", 11, "military sources")]),
    # (the army's own document is the army: rule `state_army` still names it)
    ("state_army", "Eleven contras were killed near Jinotega, a military statement said.", NICARAGUA,
     [("killed", 11, "Sandinista Popular Army")]),
]


@pytest.mark.parametrize("family,text,actors,expected", CASES, ids=[c[0] for c in CASES])
def test_claimant_family(family, text, actors, expected):
    assert claimants(text, actors) == expected


def test_relay_takes_the_last_source_before_the_claim():
    """Two relayed sources in one sentence: each claim takes the one whose cue ends before it."""
    s = "Officials were quoted as saying 5 died, but a nurse was quoted as saying 2 died."
    assert inner_source(s, s.index("5"))[0] == "Officials"
    assert inner_source(s, s.index("2"))[0] == "a nurse"
    assert inner_source(s, s.index("Officials")) is None


def test_a_name_after_a_preposition_stays_a_subject():
    """A phrase with a name in it, or a role's 'for' before a body, is the speaker's own phrase."""
    s = "A man who goes by the nom de guerre Abu Hafs said 12 died."
    assert not object_not_subject(s, s.index("the nom"), "the nom de guerre Abu Hafs")
    s = "A spokeswoman for the hospital said nine died."
    assert not object_not_subject(s, s.index("the hospital"), "the hospital")
