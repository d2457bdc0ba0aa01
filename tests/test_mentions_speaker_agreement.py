"""Pronoun agreement and the side of state speakers (session 6's speaker-error families D and H,
eval/real/SPEAKER_ERRORS.md), each rule checked end to end on the quote extractor with sentences in the styles
of wars that are in no eval set (Angola, Western Sahara, Algeria, Northern Ireland, the Falklands, the Iran-Iraq
war, Eritrea's war of independence). Every sentence and name is composed for the test."""
from __future__ import annotations

import pytest

from presslens.actors import load_actors
from presslens.quotes import quotes_for_article


def _rows(text: str, actors=None) -> list[tuple[str, str]]:
    return [(r["speaker"], r["speaker_side"]) for r in quotes_for_article("t.txt", text, actors=actors)]


# rule statement_speaker_first (mentions.pronouns): a person named inside a statement is not the 'he'/'she'
# who opens the next one
@pytest.mark.parametrize("text,want", [
    ("Former envoy Amina Lobo said President Rui Neto had lost the trust of his allies. She said the talks "
     "in Luanda had failed.", "Amina Lobo"),
    ("According to the army chief, General Joaquim Dala, troops took three villages and killed the rebel "
     "commander Paulo Kamy, who ran them. \u201cWe have cleared the road to Huambo,\u201d he said.",
     "Joaquim Dala"),
], ids=["wire, she after a man named in the content (Angola)", "radio, he after a rebel named killed (Angola)"])
def test_pronoun_continues_the_statement_speaker(text, want):
    assert _rows(text)[-1][0] == want


def test_pronoun_of_the_other_gender_stays_with_the_person_named():
    """The statement's speaker is a woman: 'he' is the man named inside her statement."""
    text = ("Amina Lobo, a spokeswoman for the party, said President Rui Neto had been warned. "
            "He said he had not.")
    assert _rows(text)[-1][0] == "Rui Neto"


# rule surname_speaker_since (mentions.pronouns): 'he' after a speaker named by a surname with its article
def test_he_after_a_surname_speaker(tmp_path):
    reg = tmp_path / "actors.yaml"
    reg.write_text('sides: {fln: "the FLN", france: "the French state"}\n'
                   "actors:\n  - {name: Karim Belkacem, side: fln, kind: person}\n")
    text = ("Foreign Minister Karim Belkacem condemned the raid on Tuesday.\n"
            "The shells hit two quarters of the old town, according to al-Mansouri, who added that nine children "
            "were among the wounded.\n"
            "\u201cThis is the worst night since the spring,\u201d he said.")
    assert _rows(text, load_actors(reg))[-1][0] == "al-Mansouri"


def test_he_after_a_country_speaker_is_not_the_country(tmp_path):
    reg = tmp_path / "actors.yaml"
    reg.write_text('sides: {uk: "the British state", argentina: "the Argentine state"}\n'
                   "keywords: {uk: [Britain, British, London], argentina: [Argentina, Argentine, Buenos Aires]}\n"
                   "actors:\n  - {name: Jorge Ruiz, side: argentina, kind: person}\n")
    text = ("Colonel Jorge Ruiz spoke at the garrison.\n"
            "The islands have always belonged to Argentina, said Colonel Ruiz in the statement. He said British "
            "ships had fired first.")
    assert _rows(text, load_actors(reg))[-1][0] == "Jorge Ruiz"


# rule they_plural_before (mentions.pronouns): 'they' is never one named person
@pytest.mark.parametrize("text,head", [
    ("Polisario spokesman Ahmed Salem said the column had withdrawn. I also spoke to drivers who came from Smara "
     "yesterday. They say the road is mined.", "drivers"),
    ("The Interior Ministry said 23 men were detained in Tindouf. Relatives of several of the men told us they were "
     "shepherds. They said the men were taken before dawn.", "relatives"),
], ids=["radio transcript, drivers (Western Sahara)", "daily, relatives (Western Sahara)"])
def test_they_is_the_plural_people_named_just_before(text, head):
    speaker, side = _rows(text)[-1]
    assert speaker.split()[0] == head and side == "civilian"


def test_they_after_a_person_is_a_body():
    text = ("The Ulster Freedom Front said in a statement that the bomb was meant for the barracks. Its spokesman "
            "Sean Kerr said the device was small. They said a warning had been given.")
    assert _rows(text)[-1][0] == "Ulster Freedom Front"


def test_they_after_unnamed_plural_officials():
    text = ("Colonel Tomas Ferreira said nine soldiers were killed at the post. Security officials, however, said the "
            "post was inside an orchard near Cabinda. They described it as a night attack.")
    assert _rows(text)[-1][0] == "Security officials".lower()


# rule viewpoint_side (mentions.viewpoint): a state speaker whose words name no side takes the side its
# statement does not blame
TWO_STATES = ('sides: {iran: "the Iranian state", iraq: "the Iraqi state"}\n'
              "government_side: iran\n"
              "keywords: {iran: [Iran, Iranian, Tehran], iraq: [Iraq, Iraqi, Baghdad]}\n"
              "actors:\n  - {name: Saddam Hussein, side: iraq, kind: person}\n")


@pytest.mark.parametrize("text,side", [
    ("Two border posts near Basra were hit overnight by Iranian artillery fire, killing four soldiers, a military "
     "official said on Monday.", "iraq"),
    ("The army repelled another provocation launched by Iraqi forces near Dezful, the Defence Ministry said. "
     "The ministry said nine attackers were killed.", "iran"),
    ("Iraqi shelling of Abadan killed six civilians, a security official told the agency.", "iran"),
], ids=["agency, artillery fire by the other side", "state media, provocation launched by", "wire, shelling"])
def test_state_speaker_takes_the_side_it_does_not_blame(tmp_path, text, side):
    reg = tmp_path / "actors.yaml"
    reg.write_text(TWO_STATES)
    rows = _rows(text, load_actors(reg))
    assert rows and all(s == side for _, s in rows)


def test_state_speaker_naming_its_state_keeps_it(tmp_path):
    reg = tmp_path / "actors.yaml"
    reg.write_text(TWO_STATES)
    text = "Iranian artillery fire hit two posts near Basra, an Iranian military official said."
    assert _rows(text, load_actors(reg)) == [("an Iranian military official", "iran")]


def test_unnamed_source_without_a_state_word_is_left_alone(tmp_path):
    reg = tmp_path / "actors.yaml"
    reg.write_text(TWO_STATES)
    text = "Iraqi shelling hit the market in Abadan, sources told the agency."
    assert _rows(text, load_actors(reg))[0][1] != "iran"


# rule adjective_body_before (mentions.pronouns): 'the Ruvian claim' is the body that spoke before under that name
@pytest.mark.parametrize("text,want", [
    ("The Moroccan army said its jets had struck a Polisario column near Smara. The Polisario Front did not comment "
     "on the Moroccan claim to have destroyed six vehicles.", "moroccan army"),
    ("The British Ministry of Defence said two frigates were hit. It followed an Argentine claim to have sunk a "
     "destroyer.", None),
], ids=["wire, the claim of the army that spoke (Western Sahara)", "no body of that name spoke (Falklands)"])
def test_claim_named_by_an_adjective(text, want):
    speakers = [s for s, _ in _rows(text)]
    if want is None:
        assert "argentine army" not in [s.lower() for s in speakers]
    else:
        assert speakers[-1].lower() == want
