"""Victim sides and claimants of session 7 (issue 11; the held-out families the lead described): a count that
continues another (`continuation_of_count`), `N of them` whose `them` is not the agent (`them_not_the_agent`),
losses of a named force's unit (`losses_of_the_named_force`), the guide's `people` rows (`people.civilian_place`,
`civilians_addressed`), singular role nouns (`a policeman`), and `the army said` when a rebel group's name holds
`Army` (`mentions.state_nouns`). Sentences are invented, in the styles of wars in none of the eval sets (Angola,
Colombia, Western Sahara, Aceh, Sierra Leone, Casamance, Northern Ireland); every name is invented or generic."""
from __future__ import annotations

import pytest

from claim_families import VICTIM_SIDE, columns
from presslens.actors import Actors, _conflict

ART = "sides_s7.txt"

ANGOLA = Actors([_conflict("angola", {
    "sides": {"faa": "the Angolan state: Angolan Armed Forces (FAA), police", "unita": "UNITA and its rebel fighters"},
    "government_side": "faa", "rebel_side": "unita", "articles": [ART],
    "keywords": {"faa": ["FAA", "Angolan army", "Luanda"], "unita": ["UNITA"]},
    "actors": [{"name": "Angolan Armed Forces", "aliases": ["FAA"], "side": "faa", "kind": "org"}]})])
COLOMBIA = Actors([_conflict("colombia", {
    "sides": {"col_gov": "the Colombian state: army, police", "eln": "the National Liberation Army (ELN) guerrillas"},
    "government_side": "col_gov", "rebel_side": "eln", "articles": [ART],
    "keywords": {"col_gov": ["Colombian army"], "eln": ["ELN"]},
    "actors": [{"name": "National Liberation Army", "aliases": ["ELN"], "side": "eln", "kind": "org"},
               {"name": "Colombian Army", "side": "col_gov", "kind": "org"}]})])
#: the same war with no registry body for the state's army
COLOMBIA_BARE = Actors([_conflict("colombia", {
    "sides": {"col_gov": "the Colombian state: army, police", "eln": "the National Liberation Army (ELN) guerrillas"},
    "government_side": "col_gov", "rebel_side": "eln", "articles": [ART],
    "keywords": {"col_gov": ["Colombian army"], "eln": ["ELN"]},
    "actors": [{"name": "National Liberation Army", "aliases": ["ELN"], "side": "eln", "kind": "org"}]})])
SAHARA = Actors([_conflict("western-sahara", {
    "sides": {"morocco": "the Moroccan state: Royal Armed Forces, gendarmerie",
              "polisario": "the Polisario Front and its Sahrawi fighters"},
    "government_side": "morocco", "rebel_side": "polisario", "articles": [ART],
    "keywords": {"morocco": ["Moroccan", "Royal Armed Forces"], "polisario": ["Polisario", "Sahrawi"]}})])
ACEH = Actors([_conflict("aceh", {
    "sides": {"tni": "the Indonesian state: army (TNI), police", "gam": "the Free Aceh Movement (GAM) rebels"},
    "government_side": "tni", "rebel_side": "gam", "articles": [ART],
    "keywords": {"tni": ["TNI", "Indonesian army"], "gam": ["GAM"]}})])
SIERRA_LEONE = Actors([_conflict("sierra-leone", {
    "sides": {"slgov": "the Sierra Leonean state: army (SLA), Kamajor militia allies",
              "ruf": "the Revolutionary United Front (RUF) rebels"},
    "government_side": "slgov", "rebel_side": "ruf", "articles": [ART],
    "keywords": {"slgov": ["SLA", "Sierra Leone Army"], "ruf": ["RUF"]}})])
ULSTER = Actors([_conflict("northern-ireland", {
    "sides": {"uk": "the British state: British Army, RUC", "pira": "the Provisional IRA"},
    "government_side": "uk", "rebel_side": "pira", "articles": [ART],
    "keywords": {"uk": ["British Army", "RUC"], "pira": ["IRA", "Provisional IRA"]}})])

#: a war between two states
FALKLANDS = Actors([_conflict("falklands", {
    "sides": {"argentina": "the Argentine state: its army, navy and air force",
              "uk": "the British state: its task force, army, navy"},
    "countries": {"argentina": ["Argentina"], "uk": ["United Kingdom", "Britain"]}, "articles": [ART],
    "keywords": {"argentina": ["Argentine", "Argentinian"], "uk": ["British", "Royal Navy"]}})])


def sides(text: str, actors) -> list[tuple]:
    return columns(text, VICTIM_SIDE, actors=actors, article=ART)


# (family, text, registry, [(category, low, victim_side)])
CASES = [
    # -- continuation_of_count -------------------------------------------------------------------------------------
    ("another N in the next sentence (Angola, wire)",
     "Four FAA soldiers died in the ambush on Tuesday. Another four were wounded, the army said.", ANGOLA,
     [("killed", 4, "faa"), ("wounded", 4, "faa")]),
    ("the remaining N deaths (Sierra Leone, local daily)",
     "The deaths of three RUF commanders were confirmed on Monday, while the remaining 17 deaths were confirmed by "
     "the army on Tuesday.", SIERRA_LEONE,
     [("killed", 3, "ruf"), ("killed", 17, "ruf")]),
    ("a further N (Colombia, state media)",
     "Twelve ELN guerrillas died in the bombing near Arauca; a further five were wounded, the ministry said.",
     COLOMBIA, [("killed", 12, "eln"), ("wounded", 5, "eln")]),
    ("another N people after a weapon alone stay unknown (Angola)",
     "Drone strikes killed 17 people in Bie province on Monday. Another 20 people were injured.", ANGOLA,
     [("killed", 17, "unknown"), ("wounded", 20, "unknown")]),
    ("another N people after a market's civilians are civilians (Angola)",
     "Rebels shelled the market in Luena, killing 11 people. Another 20 people were injured, a local official said.",
     ANGOLA, [("killed", 11, "civilian"), ("wounded", 20, "civilian")]),
    # -- them_not_the_agent ----------------------------------------------------------------------------------------
    ("them: not the subject who killed them (Angola, wire)",
     "UNITA rebels ambushed the convoy near Andulo. Troops managed to kill four of them before the rebels withdrew.",
     ANGOLA, [("killed", 4, "unita")]),
    ("them: not the subject who pursued them (Western Sahara)",
     "Polisario fighters shelled the berm near Mahbes overnight. Moroccan troops pursued them, and six of them died "
     "in the fighting.", SAHARA, [("killed", 6, "polisario")]),
    ("them: the object of 'with', before a participle after a comma (Angola, wire)",
     "Soldiers at the checkpoint exchanged fire with the attackers, killing seven of them, the army spokesman said.",
     ANGOLA, [("killed", 7, "unita")]),
    ("them: the subject when no one harms them (Aceh)",
     "Indonesian army soldiers were sent to the village. Six of them were killed by a landmine.", ACEH,
     [("killed", 6, "tni")]),
    ("them: hostages held in a place are not the place's side (Colombia)",
     "Talks on the release of the 40 hostages still held by the ELN in Arauca are at a delicate stage. Officials "
     "believe at least 12 of them are no longer alive.", COLOMBIA,
     [("captured", 40, "unknown"), ("killed", 12, "unknown")]),
    # -- losses_of_the_named_force ----------------------------------------------------------------------------------
    ("the unit lost N men (Angola, local daily)",
     "The FAA's 32nd Battalion was sent to retake Mavinga in March with 500 men. The unit lost 40 men in the first "
     "week, its commander said.", ANGOLA, [("killed", 40, "faa")]),
    ("a named force's patrol, then a bare count (Aceh)",
     "A patrol of the Indonesian army hit a roadside bomb near Lhokseumawe on Friday. Five were killed and seven "
     "wounded.", ACEH, [("killed", 5, "tni"), ("wounded", 7, "tni")]),
    ("a communique item: the patrol fired on, then 'One man killed' (Aceh; session 27: the head `man`)",
     "A patrol of the Indonesian army was fired on near Lhokseumawe last night. One man killed, two wounded.", ACEH,
     [("killed", 1, "tni"), ("wounded", 2, "tni")]),
    ("it had N dead (Sierra Leone)",
     "A company of the Sierra Leone Army held the bridge at Mile 91 for three days. It had five dead and 12 wounded "
     "by Friday.", SIERRA_LEONE, [("killed", 5, "slgov"), ("wounded", 12, "slgov")]),
    ("the attacked force told in the passive (Northern Ireland)",
     "Two British Army patrols were ambushed near Crossmaglen on Friday night, resulting in several casualties.",
     ULSTER, [("casualties", None, "uk")]),
    ("a vessel hit: its crew are its force's (Falklands, two states)",
     "A Royal Navy destroyer was hit by an Exocet missile on Tuesday. Twenty crew members were killed.", FALKLANDS,
     [("killed", 20, "uk")]),
    ("a vessel sunk by the other side: the crew are the vessel's (Falklands)",
     "An Argentine patrol boat was sunk by a British helicopter near South Georgia. Four sailors died.", FALKLANDS,
     [("killed", 4, "argentina")]),
    # -- toll_owner_before -----------------------------------------------------------------------------------------
    ("the toll noun's owner before the count (Falklands)",
     "Argentine troops attacked the ridge overnight. The British lost nine men, while Argentine losses were "
     "estimated at 50.", FALKLANDS, [("killed", 9, "uk"), ("casualties", 50, "argentina")]),
    ("losses for a side (Colombia, wire)",
     "The defence minister said losses for the ELN have been between 80 and 90 members since January.", COLOMBIA,
     [("casualties", 80, "eln")]),
    ("two sides named at the toll noun: no owner (Angola)",
     "Losses on the FAA and UNITA sides were put at 300.", ANGOLA, [("casualties", 300, "unknown")]),
    ("the attacked force after a sentence about other people (Northern Ireland)",
     "The violence left 40 people dead last year. The RUC patrol was ambushed near Newry, resulting in several "
     "casualties.", ULSTER, [("killed", 40, "unknown"), ("casualties", None, "uk")]),
    ("two sides in the passage: no owner (Angola)",
     "A UNITA column attacked an FAA patrol near Cuito. Five were killed.", ANGOLA,
     [("killed", 5, "unknown")]),
    ("villagers in the passage: no owner (Angola)",
     "An FAA patrol escorted villagers back to Cuito on Monday. Five were killed when a lorry hit a mine.", ANGOLA,
     [("killed", 5, "unknown")]),
    # -- singular role nouns ---------------------------------------------------------------------------------------
    ("a policeman, a serviceman (Angola)",
     "A policeman was killed in Huambo on Sunday. A serviceman was wounded by a mine the next day.", ANGOLA,
     [("killed", 1, "faa"), ("wounded", 1, "faa")]),
    # -- people.civilian_place ---------------------------------------------------------------------------------------
    ("a bus hit: its people are civilians (Angola)",
     "A roadside bomb tore through a bus near Kuito on Monday, killing 14 people.", ANGOLA,
     [("killed", 14, "civilian")]),
    ("a camp sheltering migrants (Western Sahara)",
     "Gunmen raided a camp sheltering migrants near Tifariti and killed nine people.", SAHARA,
     [("killed", 9, "civilian")]),
    ("claimed N lives at a wedding (Angola)",
     "Gunmen raided a wedding in Cuemba on Saturday. The attack claimed 12 lives, a local official said.", ANGOLA,
     [("killed", 12, "civilian")]),
    ("claimed N lives after a weapon alone (Angola)",
     "Drone strikes hit Bie province on Monday. The attack claimed 12 lives.", ANGOLA, [("killed", 12, "unknown")]),
    ("civilians warned are not the victims (Western Sahara)",
     "Shelling killed 11 people near Mahbes on Friday, a day after the army warned civilians to leave the area.",
     SAHARA, [("killed", 11, "unknown")]),
    ("homes to return to are no place of harm (Aceh)",
     "The army told residents not to return to homes in the district. Artillery fire killed 22 people on Thursday.",
     ACEH, [("killed", 22, "unknown")]),
]


@pytest.mark.parametrize("family,text,actors,expected", CASES, ids=[c[0] for c in CASES])
def test_sides_s7(family, text, actors, expected):
    assert sides(text, actors) == expected


def claimants(text: str, actors) -> list[tuple]:
    """(low, victim_side, claimant, claimant_side) with the quote rows, as `presslens casualties` runs."""
    return columns(text, ("low", "victim_side", "claimant", "claimant_side"), actors=actors, article=ART,
                   quotes=True)


def test_the_army_is_not_the_rebels_liberation_army():
    text = ("Fighters of the National Liberation Army attacked an army patrol near Saravena on Monday, officials said. "
            "The army said it killed 20 rebels in the fighting that followed. \"We lost two soldiers,\" the army said.")
    assert claimants(text, COLOMBIA) == [(20, "eln", "Colombian Army", "col_gov"),
                                         (2, "col_gov", "Colombian Army", "col_gov")]


def test_the_army_without_a_registry_body_stays_the_states():
    text = ("The National Liberation Army said on Tuesday its fighters had ambushed a convoy. "
            "The army said it killed 20 rebels near Saravena.")
    rows = claimants(text, COLOMBIA_BARE)
    assert [(r[0], r[1], r[3]) for r in rows] == [(20, "eln", "col_gov")]
    assert rows[0][2] != "National Liberation Army"


def test_the_rebels_own_claim_stays_theirs():
    text = "The National Liberation Army said it killed 12 soldiers near Saravena on Sunday."
    assert claimants(text, COLOMBIA) == [(12, "col_gov", "National Liberation Army", "eln")]


@pytest.mark.parametrize("text,claimant", [
    ("Six Moroccan soldiers were killed near the berm, the Minister of Defence said.", "Minister of Defence"),
    ("The Moroccan Minister of the Interior said two gendarmes were wounded in Smara.",
     "Moroccan Minister of the Interior"),
])
def test_office_title_is_the_claimant(text, claimant):
    """Rule `title_of_office` (mentions.names._strip_titles): the office, not its portfolio's words ('of Defence')."""
    assert [r[2] for r in claimants(text, SAHARA)] == [claimant]


@pytest.mark.parametrize("text,expected", [
    ("Security agencies are checking a claim made by the ELN that its fighters killed four soldiers near Arauca, "
     "officials said.", [(4, "col_gov", "National Liberation Army", "eln")]),
    ("The figures contrast with Luanda's widely disputed claims that just over 300 of its troops were killed.",
     [(301, "faa", "Luanda", "faa")]),
    ("Officials dismissed as propaganda a claim by the rebels that 12 soldiers were killed near Saravena.",
     [(12, "col_gov", "the rebels", "eln")]),
])
def test_claim_noun_owner(text, expected):
    """Rule `claim_noun_owner` (casualties.claim_owner): the owner of 'claims that' makes the claim."""
    actors = ANGOLA if "Luanda" in text else COLOMBIA
    assert [r[:4] for r in claimants(text, actors)] == expected
