"""Victim sides in reports of attacks on villages, buses, camps and places of worship (session 8, issue 11): the
guide's `people` rows (docs/annotation.md, "Victims called only people") reached by the attack's target
(`civilians_targeted`), by a massacre (`massacre_of_people`), by `persons` (`persons_are_people`), by the frame of the
attack told before (`attack_frame_carries`) or just after (`attack_named_after`), by a restatement (`restated_people`,
`restated_in_words`), and undone by a fighter among the dead (`fighters_among_the_dead`). Sentences are invented, in
the styles of wars in none of the eval sets (Liberia, Angola, Guatemala, Sierra Leone, East Timor, Congo-Brazzaville,
Bougainville); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import VICTIM_SIDE, columns
from presslens.actors import Actors, _conflict

ART = "sides_s8_villages.txt"


def _war(slug: str, gov: str, gov_desc: str, reb: str, reb_desc: str, gov_kw: list, reb_kw: list) -> Actors:
    return Actors([_conflict(slug, {"sides": {gov: gov_desc, reb: reb_desc}, "government_side": gov,
                                    "rebel_side": reb, "articles": [ART], "keywords": {gov: gov_kw, reb: reb_kw}})])


LIBERIA = _war("liberia", "lib_gov", "the Liberian state: army (AFL), police, government militias", "lurd",
               "Liberians United for Reconciliation and Democracy (LURD) rebels", ["AFL", "Monrovia"], ["LURD"])
ANGOLA = _war("angola", "faa", "the Angolan state: Angolan Armed Forces (FAA), police", "unita",
              "UNITA and its rebel fighters", ["FAA", "Luanda"], ["UNITA"])
GUATEMALA = _war("guatemala", "gt_army", "the Guatemalan state: army, civil patrols", "urng",
                 "the URNG guerrillas", ["Guatemalan army"], ["URNG"])
SIERRA_LEONE = _war("sierra-leone", "slgov", "the Sierra Leonean state: army (SLA), Kamajor militia", "ruf",
                    "the Revolutionary United Front (RUF) rebels", ["SLA"], ["RUF"])
TIMOR = _war("east-timor", "tni", "the Indonesian state: army (TNI), police, pro-Jakarta militias", "falintil",
             "the Falintil guerrillas", ["TNI"], ["Falintil"])
CONGO_B = _war("congo-brazzaville", "cb_gov", "the Congolese state: army, police", "ninjas",
               "Pastor Ntumi's Ninja militia", ["Congolese army"], ["Ninja", "Ninjas"])
BOUGAINVILLE = _war("bougainville", "png", "the Papua New Guinea state: PNGDF, police", "bra",
                    "the Bougainville Revolutionary Army (BRA)", ["PNGDF"], ["BRA"])


def sides(text: str, actors) -> list[tuple]:
    return columns(text, VICTIM_SIDE, actors=actors, article=ART)


# (family, text, registry, [(category, low, victim_side)])
CASES = [
    # -- civilians_targeted ----------------------------------------------------------------------------------------
    ("worshippers fired on (Liberia, wire)",
     "At least 30 people were killed when LURD rebels opened fire on worshippers gathered for prayers outside "
     "Gbarnga, a relief official said.", LIBERIA, [("killed", 30, "civilian")]),
    ("a truck carrying passengers, counts in the next sentence (Angola, local daily)",
     "UNITA guerrillas ambushed a truck carrying passengers on the Huambo road on Saturday. Eleven people died and "
     "four were injured, police said.", ANGOLA, [("killed", 11, "civilian"), ("wounded", 4, "civilian")]),
    ("fire at villagers, the toll told by a police spokesman (Bougainville, state media)",
     "A police spokesman confirmed that 15 people were killed when BRA gunmen fired indiscriminately at villagers in "
     "the Kieta district.", BOUGAINVILLE, [("killed", 15, "civilian")]),
    ("an airliner carrying tourists (Angola, wire)",
     "UNITA rebels shot down an airliner carrying tourists near Huambo, killing 40 people on board.", ANGOLA,
     [("killed", 40, "civilian")]),
    ("attacks targeting a community (Guatemala, local daily)",
     "Death squads have killed dozens of people in attacks targeting the Ixil community, the bishop said.",
     GUATEMALA, [("killed", None, "civilian")]),
    ("a plane carrying troops is no civilian gathering (Angola)",
     "UNITA rebels shot down a plane carrying troops near Huambo, killing 40 people on board.", ANGOLA,
     [("killed", 40, "unknown")]),
    ("a clash is no attack on civilians (Angola)",
     "Troops exchanged fire with UNITA rebels near Kuito, and nine people died.", ANGOLA,
     [("killed", 9, "unknown")]),
    ("villagers spoken to are not the target (Angola)",
     "The governor urged villagers to stay indoors after nine people were killed near Kuito.", ANGOLA,
     [("killed", 9, "unknown")]),
    # -- massacre_of_people ----------------------------------------------------------------------------------------
    ("hacked to death (Guatemala, church bulletin)",
     "Twelve people were hacked to death at a hamlet near Nebaj on Sunday, a parish priest said.", GUATEMALA,
     [("killed", 12, "civilian")]),
    ("slaughtered (Sierra Leone, wire)",
     "Rebels slaughtered eight people near Makeni overnight, the army said.", SIERRA_LEONE,
     [("killed", 8, "civilian")]),
    ("throats cut, then a count of people (Sierra Leone, local daily)",
     "RUF rebels cut the throats of eight villagers and killed four people near Makeni overnight, the army said.",
     SIERRA_LEONE, [("killed", 4, "civilian")]),
    ("a massacre condemned the sentence before does not reach a war's toll (Guatemala)",
     "Church groups called the killings a massacre. The war has killed more than 100,000 people since 1960.",
     GUATEMALA, [("killed", 100001, "unknown")]),
    # -- persons_are_people ----------------------------------------------------------------------------------------
    ("persons in a raided village (Sierra Leone, local daily)",
     "RUF rebels raided Kabala village at dawn, torching 20 houses and killing nine persons, police said.",
     SIERRA_LEONE, [("killed", 9, "civilian")]),
    # -- attack_frame_carries --------------------------------------------------------------------------------------
    ("the first attack, the same district (East Timor, wire)",
     "Militiamen killed at least 20 people when they fired on villagers in the Suai and Maliana districts on "
     "Tuesday, a church worker said. The attacks began at dawn, witnesses said. The first attack took place near "
     "Suai, where the militiamen killed six people and wounded three.", TIMOR,
     [("killed", 20, "civilian"), ("killed", 6, "civilian"), ("wounded", 3, "civilian")]),
    ("a place the frame never named is another event (East Timor)",
     "Militiamen killed at least 20 people when they fired on villagers in the Suai district on Tuesday. The "
     "attacks began at dawn, witnesses said. Relief workers counted the bodies in the evening. The first attack "
     "took place at Lospalos, where the militiamen killed six people.", TIMOR,
     [("killed", 20, "civilian"), ("killed", 6, "unknown")]),
    ("the same place three sentences on (East Timor)",
     "Militiamen killed at least 20 people when they fired on villagers in the Suai district on Tuesday. The "
     "attacks began at dawn, witnesses said. Relief workers counted the bodies in the evening. The first attack "
     "took place near Suai, where the militiamen killed six people.", TIMOR,
     [("killed", 20, "civilian"), ("killed", 6, "civilian")]),
    ("a force's losses between end the frame (Angola)",
     "UNITA rebels raided a village near Kuito on Monday, killing 14 people. FAA troops pursued the rebels, and "
     "five soldiers were killed. Eight people were wounded in the attack, officials said.", ANGOLA,
     [("killed", 14, "civilian"), ("killed", 5, "faa"), ("wounded", 8, "unknown")]),
    # -- attack_named_after ----------------------------------------------------------------------------------------
    ("the massacre named in the next sentence (Congo-Brazzaville, wire)",
     "Gunmen killed at least 14 people in an attack in the Pool region, officials said. Church officials said the "
     "massacre took place outside Kinkala late on Sunday.", CONGO_B, [("killed", 14, "civilian")]),
    ("the strike named after hit soldiers (Congo-Brazzaville)",
     "Gunmen killed at least 14 people in an attack in the Pool region, officials said. The attack took place at an "
     "army post outside Kinkala, where soldiers were sleeping.", CONGO_B, [("killed", 14, "unknown")]),
    # -- restated_people, restated_in_words ------------------------------------------------------------------------
    ("a headline over passengers (Liberia, broadcaster site)",
     "19 Die In Highway Ambush\nLURD rebels ambushed a bus near Kakata on Friday and killed 19 passengers, "
     "survivors said.", LIBERIA, [("killed", 19, "civilian"), ("killed", 19, "civilian")]),
    ("travellers in the next sentence (Angola, wire)",
     "UNITA rebels killed seven people at a fake roadblock near Malanje, a radio station said. They stopped two "
     "buses, forced seven travellers out and shot them.", ANGOLA, [("killed", 7, "civilian")]),
    ("a part is no restatement (Angola)",
     "Gunmen killed seven people near Malanje on Sunday. Officials said the dead, including seven travellers "
     "from Luanda, were found by the road.", ANGOLA, [("killed", 7, "unknown")]),
    # -- fighters_among_the_dead -----------------------------------------------------------------------------------
    ("a militiaman among the dead (Liberia, local daily)",
     "LURD rebels killed nine people and wounded 16 in an attack on a village near Zorzor on Monday. Among the dead "
     "were villagers and a militiaman.", LIBERIA, [("killed", 9, "unknown"), ("wounded", 16, "civilian")]),
    # -- a guard: an aid worker in a subset does not make the whole count `ngo` --------------------------------------
    ("passengers including an aid worker (Sierra Leone, wire)",
     "RUF rebels ambushed a minibus near Lunsar and killed 12 passengers, including an aid worker, the army said.",
     SIERRA_LEONE, [("killed", 12, "civilian")]),
]


@pytest.mark.parametrize("family,text,actors,expected", CASES, ids=[c[0] for c in CASES])
def test_villages_sides(family, text, actors, expected):
    got = sides(text, actors)
    for want in expected:
        assert want in got, (family, got)
