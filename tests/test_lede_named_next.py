"""A lede's unnamed speaker named by the very next statement (docs/rules.md "Session 17: speaker names"): rule
`body_named_next` (quotes.body_named_next: 'a medical group said. / The X Society said'; an outlet, fighters named by
their origin) and the run of the same unnamed speaker's own rows before the name (`same_unnamed_run`, which
`office_named_next` reads too: 'an official said ... He blamed ... / X, the commissioner, said'). Made-up sentences
in the manner of wars that no eval set holds (the Dhofar rebellion, the Malayan Emergency, the Chaco War, the Aden
Emergency), positive and negative."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article
from presslens.quotes.body_named_next import body_head

CHACO = Actors([_conflict("chaco", {
    "sides": {"bolivia": "the Bolivian state and its army", "flf": "the Febrerista Liberation Front, a rebel movement"},
    "countries": {"bolivia": ["Bolivia"]}, "keywords": {"flf": ["Febrerista Liberation Front"]}})])

# (id, text, the speakers in order)
CASES = [
    ("Malaya: 'a medical group' then the society named as the next speaker",
     "Twenty villagers died when the estate was raided, a medical group said on Tuesday.\n\n"
     "The Malayan Red Crescent Society said most of the dead were rubber tappers.\n",
     ["Malayan Red Crescent Society", "Malayan Red Crescent Society"]),
    ("Dhofar: 'a newspaper' then the daily named with its medium",
     "Rebels killed twelve soldiers in an ambush near Salalah, a newspaper reported on Sunday.\n\n"
     "The ambush took place on the coast road on Friday, the Al Watan daily said.\n",
     ["Al Watan", "Al Watan"]),
    ("Chaco: fighters named by their origin, then their front",
     "Paraguayan rebels based in the Chaco claimed on Monday to have killed 40 Bolivian soldiers.\n"
     "The Febrerista Liberation Front said three of its fighters had died in the clashes.\n",
     ["Febrerista Liberation Front", "Febrerista Liberation Front"]),
    ("Aden: the unnamed official's own 'He blamed' row comes before the name",
     "ADEN, June 3 - Nine people were killed in a grenade attack on a bus, a British official said on Monday. "
     "He blamed the rebels for the attack.\n\n"
     "The grenade was thrown from a rooftop, Humphrey Trevelyan, the high commissioner, told reporters.\n",
     ["Humphrey Trevelyan"] * 3),
    ("negative, Aden: the person named next has another role in apposition (not the holder, nor the run before)",
     "The head of the Aden port union has rejected the curfew, saying it was a trap.\n\n"
     "Ahmed Saleh, a fisherman near the harbour, said the shooting had stopped.\n",
     ["head", "head", "Ahmed Saleh"]),
    ("negative, Aden: an acronym before 'separatists' names the body already",
     "FLOSY separatists said they had killed four soldiers.\n"
     "The Front for the Liberation of Occupied South Yemen said its fighters had withdrawn.\n",
     ["FLOSY separatists", "Front for the Liberation of Occupied South Yemen"]),
    ("negative, Dhofar: 'a group of villagers' is people, not a body",
     "Eleven people died in the shelling, a group of villagers said.\n\n"
     "The Dhofar Liberation Front said the shells came from the sea.\n",
     ["a group of villagers", "Dhofar Liberation Front"]),
    ("negative, Dhofar: a wire agency next is no newspaper",
     "Rebels killed twelve soldiers near Salalah, a newspaper reported on Sunday.\n\n"
     "The ambush took place on the coast road, Reuters said.\n",
     ["a newspaper", "Reuters"]),
    ("negative, Malaya: a state's ministry is no rights group",
     "Twenty villagers died when the estate was raided, a rights group said on Tuesday.\n\n"
     "The Defence Ministry said the dead were insurgents.\n",
     ["a rights group", "Defence Ministry"]),
    ("negative, Malaya: a person named between",
     "Twenty villagers died when the estate was raided, a rights group said on Tuesday, citing Father John Tan.\n\n"
     "The Malayan Civil Liberties Union said most of the dead were tappers.\n",
     ["a rights group", "Malayan Civil Liberties Union"]),
    ("negative, Malaya: the body named next spoke before (another body's lede)",
     "The Malayan Red Crescent Society said the camps were full.\n\n"
     "Twenty villagers died in the raid, a medical group said.\n\n"
     "The Malayan Red Crescent Society said most of the dead were tappers.\n",
     ["Malayan Red Crescent Society", "a medical group", "Malayan Red Crescent Society"]),
    ("negative, Malaya: a quote in the group's own words is the copy's anonymous credit",
     "\"Twenty villagers died,\" a medical group said.\n\n"
     "The Malayan Red Crescent Society said most of the dead were tappers.\n",
     ["a medical group", "Malayan Red Crescent Society"]),
    ("negative, Chaco: the state's army next is not the rebels",
     "Paraguayan rebels claimed on Monday to have killed 40 Bolivian soldiers.\n"
     "The Bolivian army said three of its soldiers had died in the clashes.\n",
     ["paraguayan rebels", "Bolivian army"]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_lede_named_next(name, text, expected):
    assert [r["speaker"] for r in quotes_for_article("n.txt", text, actors=CHACO)] == expected


def test_body_named_next_marks_its_rows_and_takes_the_side():
    rows = quotes_for_article("n.txt", CASES[2][1], actors=CHACO)
    assert rows[0]["speaker_by"] == "body_named_next"
    assert (rows[0]["speaker_side"], rows[0]["anonymous"]) == ("flf", False)


def test_an_outlet_named_without_a_side_keeps_the_lede_row_side():
    rows = quotes_for_article("n.txt", CASES[1][1])
    assert (rows[0]["speaker"], rows[0]["speaker_side"]) == ("Al Watan", "media")


@pytest.mark.parametrize("phrase,head", [
    ("an Omani rights group", "group"), ("a news agency", "agency"), ("Tarvian guerrillas", "guerrillas"),
    ("a group of residents", None), ("the group", None), ("a senior official", None), ("GAM separatists", None),
    ("Kurdish fighters", None),
])
def test_body_head(phrase, head):
    assert body_head(phrase) == head
