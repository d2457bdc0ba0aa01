"""Victim sides in counter-insurgency copy (session 8, issue 11 "Sides"): a state's forces against armed groups.

Families: `N others` right after a force's count (`others_of_the_count`), a force's name inside the count
(`unit_name_before_head` in casualties.phrases: 'Eight Rhodesian African Rifles soldiers', 'three National Police (PN) officers'), the words
a state's communiques use for its enemies ('criminals', 'bandits', 'one terrorist': `casualties.sides._role_of`), a
state's report of 'attackers' where the registry has several armed groups (`foe_among_several`), a side's own dead
'martyred' (`martyred_own`), and `them` after an attack on a convoy (`them_antecedent`). Sentences are invented, in
the styles of wars in none of the eval sets (Rhodesia, the Malayan Emergency, El Salvador, Dhofar, Guatemala, Upper
Egypt in the 1990s): state communiques, wire copy and local dailies; every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import VICTIM_SIDE, columns
from presslens.actors import Actors, _conflict

ART = "sides_s8.txt"

#: a state against two armed groups (the registry cannot tell which one an unnamed 'terrorist' belongs to)
RHODESIA = Actors([_conflict("rhodesia", {
    "sides": {"rhod_gov": "the Rhodesian state: Security Forces, Rhodesian African Rifles, BSAP police",
              "zanla": "ZANLA guerrillas of ZANU", "zipra": "ZIPRA guerrillas of ZAPU"},
    "government_side": "rhod_gov", "rebel_side": "zanla", "articles": [ART],
    "keywords": {"rhod_gov": ["Security Forces", "Rhodesian African Rifles", "BSAP"], "zanla": ["ZANLA"],
                 "zipra": ["ZIPRA"]},
    "actors": [{"name": "Combined Operations Headquarters", "aliases": ["ComOps"], "side": "rhod_gov",
                "kind": "org"}]})])
MALAYA = Actors([_conflict("malaya", {
    "sides": {"malaya_gov": "the Federation of Malaya: police, British and Malay troops",
              "mcp": "the Malayan Communist Party's guerrillas ('bandits', 'communist terrorists')"},
    "government_side": "malaya_gov", "rebel_side": "mcp", "articles": [ART],
    "keywords": {"malaya_gov": ["Malay Regiment", "Federation police"], "mcp": ["MCP", "MRLA"]}})])
SALVADOR = Actors([_conflict("el-salvador", {
    "sides": {"salv_gov": "the Salvadoran state: army, National Police (PN), National Guard",
              "fmln": "the FMLN guerrillas"},
    "government_side": "salv_gov", "rebel_side": "fmln", "articles": [ART],
    "keywords": {"salv_gov": ["Salvadoran army", "National Guard"], "fmln": ["FMLN"]},
    "actors": [{"name": "Armed Forces Press Office", "aliases": ["COPREFA"], "side": "salv_gov", "kind": "org"}]})])
DHOFAR = Actors([_conflict("dhofar", {
    "sides": {"oman": "the Sultanate of Oman: Sultan's Armed Forces, police, Ministry of Defence",
              "pflo": "the PFLO rebels of Dhofar"},
    "government_side": "oman", "rebel_side": "pflo", "articles": [ART],
    "keywords": {"oman": ["Sultan's Armed Forces", "Omani army"], "pflo": ["PFLO", "PFLOAG"]},
    "actors": [{"name": "Omani Ministry of Defence", "side": "oman", "kind": "org"}]})])
GUATEMALA = Actors([_conflict("guatemala", {
    "sides": {"guat_gov": "the Guatemalan state: army, civil patrols, police", "urng": "the URNG guerrillas"},
    "government_side": "guat_gov", "rebel_side": "urng", "articles": [ART],
    "keywords": {"guat_gov": ["Guatemalan army"], "urng": ["URNG", "EGP"]},
    "actors": [{"name": "Guatemalan Army", "side": "guat_gov", "kind": "org"}]})])
EGYPT = Actors([_conflict("upper-egypt", {
    "sides": {"egypt_gov": "the Egyptian state: interior ministry, police, army",
              "gamaa": "al-Gamaa al-Islamiya militants ('terrorists', 'criminals' in ministry statements)"},
    "government_side": "egypt_gov", "rebel_side": "gamaa", "articles": [ART],
    "keywords": {"egypt_gov": ["Egyptian police", "interior ministry"], "gamaa": ["Gamaa", "Gamaa Islamiya"]},
    "actors": [{"name": "Egyptian Interior Ministry", "side": "egypt_gov", "kind": "org"}]})])


def sides(text: str, actors) -> list[tuple]:
    return columns(text, VICTIM_SIDE, actors=actors, article=ART)


# (family, text, registry, [(category, low, victim_side)])
CASES = [
    # -- others_of_the_count ---------------------------------------------------------------------------------------
    ("N others after the state's count (El Salvador, wire)",
     "FMLN guerrillas ambushed an army truck near San Miguel on Saturday, killing 11 soldiers and leaving up to 14 "
     "others wounded, the armed forces said.", SALVADOR,
     [("killed", 11, "salv_gov"), ("wounded", None, "salv_gov")]),
    ("at least N others after the guerrillas' count (Rhodesia, communique)",
     "Security Forces killed nine ZANLA terrorists in a contact near Mtoko and wounded at least four others, a "
     "ComOps communique said.", RHODESIA,
     [("killed", 9, "zanla"), ("wounded", 4, "zanla")]),
    ("a mine under a patrol: its others are the patrol's (Guatemala, local daily)",
     "A mine exploded under an army patrol near Nebaj, killing three Guatemalan army soldiers and injuring five "
     "others.", GUATEMALA,
     [("killed", 3, "guat_gov"), ("wounded", 5, "guat_gov")]),
    ("a bomb in the street: bystanders stay unknown (Upper Egypt, wire)",
     "A bomb went off outside a police station in Asyut, killing five policemen and injuring 12 others.", EGYPT,
     [("killed", 5, "egypt_gov"), ("wounded", 12, "unknown")]),
    ("others after a mixed count stay unknown (El Salvador)",
     "Two soldiers and a civilian were killed and four others were wounded in the clash near Chalatenango.",
     SALVADOR, [("killed", 2, "salv_gov"), ("killed", 1, "civilian"), ("wounded", 4, "unknown")]),  # (a person
    # of another kind than the count is a record of one beside it, docs/annotation.md; rule single_after_count)
    # -- unit_name_before_head -------------------------------------------------------------------------------------
    ("a regiment called Rifles in the count (Rhodesia, wire)",
     "Eight Rhodesian African Rifles soldiers were killed and six others wounded in the ambush, ComOps said.",
     RHODESIA, [("killed", 8, "rhod_gov"), ("wounded", 6, "rhod_gov")]),
    ("a parenthesised acronym in the count (El Salvador, local daily)",
     "Three National Police (PN) officers were killed and another three were wounded in San Salvador on Monday.",
     SALVADOR, [("killed", 3, "salv_gov"), ("wounded", 3, "salv_gov")]),
    ("rifles counted stay things",
     "Troops seized 40 rifles and two mortars near Nebaj.", GUATEMALA, []),
    # -- the words of a state's communiques --------------------------------------------------------------------------
    ("criminals neutralised (Upper Egypt, ministry statement)",
     "The interior ministry said the six criminals neutralised in the raid near Mallawi had been armed.", EGYPT,
     [("killed", 6, "gamaa")]),
    ("one terrorist eliminated (Upper Egypt, state media)",
     "One terrorist was eliminated in an exchange of fire with police in Dairut, the ministry said.", EGYPT,
     [("killed", 1, "gamaa")]),
    ("bandits killed (Malaya, colonial press)",
     "Security forces killed five bandits in a jungle ambush near Kuala Pilah, the police said.", MALAYA,
     [("killed", 5, "mcp")]),
    # -- foe_among_several -----------------------------------------------------------------------------------------
    ("attackers in a state's report, neither group named: unknown (Rhodesia)",
     "ComOps said the attack on the farm's security post was beaten off and all four attackers were killed.",
     RHODESIA, [("killed", 4, "unknown")]),
    ("attackers in a state's report, the group named before (Rhodesia)",
     "ZIPRA guerrillas attacked a security post near Victoria Falls overnight. ComOps said the attack was beaten off "
     "and all four attackers were killed.", RHODESIA, [("killed", 4, "zipra")]),
    # -- martyred_own ----------------------------------------------------------------------------------------------
    ("a state's own dead martyred (Dhofar, ministry statement)",
     '"Lance Corporal Hamad Al Kathiri was martyred while defending the post," the Omani Ministry of Defence said.',
     DHOFAR, [("killed", 1, "oman")]),
    ("a rebel group's own dead martyred (Dhofar, rebel radio)",
     '"Two of our comrades were martyred near Rakhyut," a PFLO statement said.', DHOFAR,
     [("killed", 2, "pflo")]),
    ("martyred in the article's own voice names no side (Dhofar)",
     "Salim Musallam was martyred near Rakhyut.", DHOFAR, [("killed", 1, "unknown")]),
    # -- them_antecedent: a convoy attacked ----------------------------------------------------------------------------
    ("them after an attack on a convoy (Guatemala, wire)",
     "An army spokesman said URNG guerrillas opened fire on a convoy of three trucks near Nebaj, wounding five of "
     "them.", GUATEMALA, [("wounded", 5, "guat_gov")]),
    ("them of the group told before, not of the convoy (Guatemala)",
     "URNG guerrillas ambushed the convoy near Nebaj. Troops managed to kill four of them.", GUATEMALA,
     [("killed", 4, "urng")]),
]


@pytest.mark.parametrize("family,text,actors,expected", CASES, ids=[c[0] for c in CASES])
def test_counter_insurgency_sides(family, text, actors, expected):
    assert sides(text, actors) == expected


# -- object_of_the_attack: a bare count after an attack on a force --------------------------------------------------
ATTACK_CASES = [
    ("fire opened at a force (El Salvador, wire)",
     "FMLN guerrillas opened fire at National Guard troops near Suchitoto, killing three, COPREFA said.", SALVADOR,
     [("killed", 3, "salv_gov")]),
    ("a police post attacked (Upper Egypt, local daily)",
     "Militants attacked a police checkpoint outside Mallawi on Friday, wounding four.", EGYPT,
     [("wounded", 4, "egypt_gov")]),
    ("the guerrillas' camp raided (Guatemala, army statement)",
     "Troops raided a URNG camp in the Ixcan, killing five, the Guatemalan army said.", GUATEMALA,
     [("killed", 5, "urng")]),
    ("a bus attacked: no force named, no side from this rule (Upper Egypt)",
     "Gunmen fired on a minibus near Dairut, wounding two.", EGYPT, [("wounded", 2, "civilian")]),
]


@pytest.mark.parametrize("family,text,actors,expected", ATTACK_CASES, ids=[c[0] for c in ATTACK_CASES])
def test_object_of_the_attack(family, text, actors, expected):
    assert sides(text, actors) == expected
