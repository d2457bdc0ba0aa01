"""Victim sides told by generic words (issue 11, "Sides"; families from eval/real4/a and the older real sets):
a side's one-word registry keyword over a token of another side's actor name (`keyword_first`), peacekeepers
(`peacekeepers_un`), a count placed 'on the X side' (`on_the_side`), a sufferer named after the count, `N others` beside one side's count (`others_of_the_count`), a generic non-state word where the
registry has several non-state sides (`nonstate_named`, `nonstate_near`), a count restated without victims' words
(`restated_side`), and the displaced's homes that are no place of harm (`people.civilian_place`). Sentences are
written in the styles of wars in none of the eval sets (Angola, Sierra Leone, Nepal, Peru, Kurdistan, Uganda,
Western Sahara); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import VICTIM_SIDE, columns
from presslens.actors import Actors, _conflict

NEPAL = Actors([_conflict("nepal", {
    "sides": {"army": "the Nepalese state: Royal Nepal Army, Armed Police Force, police",
              "maoists": "the Communist Party of Nepal (Maoist) and its People's Liberation Army fighters"},
    "government_side": "army", "rebel_side": "maoists",
    "keywords": {"army": ["Royal Nepal Army", "RNA", "Armed Police Force"], "maoists": ["Maoists", "Maoist"]}})])
PERU = Actors([_conflict("peru", {
    "sides": {"peru_gov": "the Peruvian state: army, police, peasant patrols",
              "sendero": "the Shining Path (Sendero Luminoso) and its cadres"},
    "government_side": "peru_gov", "rebel_side": "sendero",
    "keywords": {"peru_gov": ["Peruvian army", "DINCOTE"], "sendero": ["Sendero", "senderistas"]},
    "actors": [{"name": "Sendero Task Force", "aliases": ["Special Sendero Unit"], "side": "peru_gov",
                "kind": "org"}]})])
#: two non-state sides: the PKK and an Islamic State cell, besides the state
KURDISTAN = Actors([_conflict("kurdistan", {
    "sides": {"turkey": "the Turkish state: army, gendarmerie, village guards",
              "pkk": "the Kurdistan Workers' Party (PKK), its guerrillas and fighters",
              "is_cell": "Islamic State cells and their militants"},
    "government_side": "turkey", "rebel_side": "pkk",
    "keywords": {"turkey": ["Turkish", "gendarmerie", "Ankara"], "pkk": ["PKK", "Kurdish guerrillas"],
                 "is_cell": ["Islamic State", "ISIS"]}})])
UGANDA = Actors([_conflict("uganda", {
    "sides": {"updf": "the Ugandan state: army (UPDF), police, local defence units",
              "lra": "the Lord's Resistance Army (LRA) and its rebel fighters"},
    "government_side": "updf", "rebel_side": "lra", "articles": ["sides_generic.txt"],
    "keywords": {"updf": ["UPDF", "Ugandan army", "Kampala"], "lra": ["LRA", "Lord's Resistance Army"]}})])
SAHARA = Actors([_conflict("western-sahara", {
    "sides": {"morocco": "the Moroccan state: Royal Armed Forces, gendarmerie",
              "polisario": "the Polisario Front and its Sahrawi fighters"},
    "government_side": "morocco", "rebel_side": "polisario",
    "keywords": {"morocco": ["Moroccan", "Royal Armed Forces", "FAR"], "polisario": ["Polisario", "Sahrawi"]}})])


def sides(text: str, actors=None) -> list[tuple]:
    return columns(text, VICTIM_SIDE, actors=actors, article="sides_generic.txt")


# (family, text, registry, [(category, low, victim_side)])
CASES = [
    # -- keyword_first ----------------------------------------------------------------------------------------------
    ("a side's keyword inside another side's unit name (Peru)",
     "DINCOTE officers said 14 Sendero members were killed in the raid near Ayacucho.", PERU,
     [("killed", 14, "sendero")]),
    ("the unit's own men stay the state's (Peru)",
     "Two Peruvian army soldiers were wounded in the raid near Ayacucho.", PERU,
     [("wounded", 2, "peru_gov")]),
    # -- peacekeepers_un --------------------------------------------------------------------------------------------
    ("peacekeepers with a nationality no registry side names (Angola)",
     "UNITA gunmen killed three Zimbabwean peacekeepers near Kuito on Sunday.", None,
     [("killed", 3, "un")]),
    ("a headline's peacekeepers (Sierra Leone)",
     "Four Peacekeepers Killed in Kailahun Ambush", None,
     [("killed", 4, "un")]),
    ("peacekeepers of a side the registry names keep that side (Western Sahara)",
     "Polisario fighters said they had wounded five Moroccan soldiers near the berm.", SAHARA,
     [("wounded", 5, "morocco")]),
    # -- others_of_the_count ----------------------------------------------------------------------------------------
    ("N others after a force's count in an ambush (Nepal)",
     "Twelve policemen died and 19 others were hurt when Maoists ambushed their convoy in Rolpa.", NEPAL,
     [("killed", 12, "army"), ("wounded", 19, "army")]),
    ("others after rebels shot dead, another claimant (Nepal)",
     "Forty Maoists were shot dead in the Rukum fighting and two others died of wounds, the army said.", NEPAL,
     [("killed", 40, "maoists"), ("killed", 2, "maoists")]),
    ("others of a blast are bystanders, not the force's (Kurdistan)",
     "Six Turkish soldiers were killed and 23 others wounded when a car bomb exploded near the market.", KURDISTAN,
     [("killed", 6, "turkey"), ("wounded", 23, "unknown")]),
    # -- nonstate_named / nonstate_near -------------------------------------------------------------------------------
    ("several non-state sides, none named: a generic word stays unknown (Kurdistan)",
     "Five militants were killed when they attacked a gendarmerie post in Sirnak, the governor's office said.",
     KURDISTAN, [("killed", 5, "unknown")]),
    ("several non-state sides, one named before the claim (Kurdistan)",
     "PKK guerrillas attacked a gendarmerie post in Sirnak overnight. Five militants were killed in the "
     "fighting, the governor's office said.", KURDISTAN, [("killed", 5, "pkk")]),
    ("one non-state side: the generic word is its (Western Sahara)",
     "Moroccan forces said 11 militants were killed near Mahbes.", SAHARA, [("killed", 11, "polisario")]),
    # -- restated_side ------------------------------------------------------------------------------------------------
    ("a toll put by another source restates the count (Uganda)",
     "Rebels killed at least 12 villagers near Gulu overnight, the district chief said. An army spokesman also "
     "put the death toll at 12.", None,
     [("killed", 12, "civilian"), ("killed", 12, "civilian")]),
    ("the N fatalities restate a force's count, over an unknown count between (Nepal)",
     "Maoist fighters killed 17 soldiers in the attack on the barracks on Saturday. A bomb on a bus killed three "
     "people in Dang. Of the 17 fatalities, nine were officers.", NEPAL,
     [("killed", 17, "army"), ("killed", 17, "army")]),
    # -- on_the_side ----------------------------------------------------------------------------------------------
    ("no deaths or wounded on the X side (Western Sahara)",
     'A military official said there were no deaths or wounded on the "Moroccan side".', SAHARA,
     [("killed", 0, "morocco")]),
    ("on the rebel side before the count (Western Sahara)",
     "On the rebel side, 12 were killed in the fighting near Mahbes, Moroccan officials said.", SAHARA,
     [("killed", 12, "polisario")]),
    ("a side named in another clause does not place the count (Western Sahara)",
     "Eight were killed in the raid, and the Moroccan side sent reinforcements to Mahbes.", SAHARA,
     [("killed", 8, "unknown")]),
    # -- victims._side_of_sufferer_in_sentence: a sufferer named after the count is a later count's ------------------
    ("the sufferer of the next sentence inside a quote (Uganda)",
     '"Six enemy soldiers were killed in action while three were wounded. The LRA sustained no casualties," '
     "the rebel spokesman said.", UGANDA,
     [("killed", 6, "updf"), ("wounded", 3, "updf"), ("casualties", 0, "lra")]),
    ("the sufferer before its losses still counts (Uganda)",
     "The rebels suffered heavy casualties, the army said, while four soldiers were injured.", UGANDA,
     [("casualties", None, "lra"), ("wounded", 4, "updf")]),
    # -- people.without_sources: the attribution's source is not among the victims ---------------------------------
    ("people at a market, police said (Uganda)",
     "Gunmen killed 17 people at a market in Pader, police said.", None,
     [("killed", 17, "civilian")]),
    ("soldiers among the victims' words keep the count mixed (Uganda)",
     "Gunmen killed 17 people, among them soldiers, at a market in Pader, police said.", None,
     [("killed", 17, "unknown")]),
    # -- people.civilian_place: 'from their homes' ------------------------------------------------------------------
    ("a year's toll beside the displaced's homes is no civilian place (Angola)",
     "The violence last year left 2,400 people dead, displacing 300,000 people from their homes.", None,
     [("killed", 2400, "unknown"), ("displaced", 300000, "civilian")]),
]


@pytest.mark.parametrize("family,text,actors,expected", CASES, ids=[c[0] for c in CASES])
def test_generic_sides(family, text, actors, expected):
    got = sides(text, actors)
    for want in expected:
        assert want in got, (family, got)


def test_without_a_registry_belligerent_words_stay_unknown():
    """No registry: generic sides only (peacekeepers `un`, civilians), never a belligerent."""
    got = sides("Twelve soldiers were killed and 19 others wounded in an ambush; 40 militants died.")
    assert {s for _, _, s in got} == {"unknown"}, got


def test_restated_side_takes_the_first_restatements_type_whatever_the_hash_seed():
    """Two counts of the same dead agree on the side but not on the type (a rank named in one of them):
    the bare restatement takes the first one's type. A set of (side, type) pairs made the choice depend on
    PYTHONHASHSEED (found on the distinct bench corpus by bench/check_identical.py)."""
    import os
    import subprocess
    import sys

    code = ("from presslens.casualties.sides_generic import restated_side\n"
            "from presslens.casualties.lexicon import load_lexicon\n"
            "recs = [{'category': 'killed', 'low': 9, 'victim_side': 'gov', 'victim_type': 'fighters',"
            " 'text': 'nine soldiers were killed'},\n"
            "        {'category': 'killed', 'low': 9, 'victim_side': 'gov', 'victim_type': 'commanders',"
            " 'text': 'nine officers of the brigade'},\n"
            "        {'category': 'killed', 'low': 9, 'victim_side': 'unknown', 'victim_type': 'unknown',"
            " 'text': 'the nine dead'}]\n"
            "restated_side(recs, load_lexicon()); print(recs[2]['victim_side'], recs[2]['victim_type'])\n")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(6)}
    assert seen == {"gov fighters"}
