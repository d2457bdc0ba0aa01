"""Rule `role_holder` (mentions.role_holders): a definite role named as speaker is the person the article names
as that role's holder, end to end on the quote extractor, with sentences in the styles of wars that are in no
eval set (Angola, Nicaragua, Western Sahara, Cyprus 1974, Rhodesia, and invented wars between invented
countries). Every sentence and name is composed for the test."""
from __future__ import annotations

import pytest

from presslens.mentions.names import _inventory
from presslens.mentions.role_holders import AMBIGUOUS, holder_roles, role_holder, role_of_phrase
from presslens.quotes import quotes_for_article


def _speakers(text: str) -> list[str]:
    return [r["speaker"] for r in quotes_for_article("t.txt", text)]


@pytest.mark.parametrize("text,want", [
    # `Role, Name,` before the role as speaker
    ("The Defence Minister, Jacinto Muxima, said the column had reached Cuito at dawn.\n\n"
     "Heavy shelling was reported further south.\n\n"
     "The Defence Minister said that the curfew would hold until Sunday.",
     ["Jacinto Muxima", "Jacinto Muxima"]),
    # `Role Name`: a capitalised title before the name, the title alone later
    ("Speaking in Nicosia, Deputy High Commissioner for Refugees Ilse Marwood said the camps were full.\n\n"
     "The Deputy High Commissioner, who toured the line on Friday, said that 4,000 more had crossed.",
     ["Ilse Marwood", "Ilse Marwood"]),
    # `Name, the body's role,` then the role with the body before it
    ("Tomás Herrera, the army's spokesman, said nine contras were killed near Jinotega.\n\n"
     "The army spokesman said that two soldiers were wounded.",
     ["Tomás Herrera", "Tomás Herrera"]),
    # no holder before: the first named after it within the paragraph
    ("The governor said that the dam at Kariba still held, and Governor Edwin Mafu later toured the wall.",
     ["Edwin Mafu"]),
], ids=["state radio, Role, Name, (Angola)", "wire, Role Name title (Cyprus 1974)",
        "local daily, Name, body's role (Nicaragua)", "weekly, holder named after in the paragraph (Rhodesia)"])
def test_role_as_speaker_is_its_holder(text, want):
    assert _speakers(text) == want


def test_two_holders_before_leave_the_role():
    """'The minister' after two ministers named: the phrase cannot tell them apart, so it stays a role."""
    text = ("Interior Minister Baba Sidi met Finance Minister Ould Brahim in Laayoune on Monday.\n\n"
            "The minister said that the berm had been breached in two places.")
    assert _speakers(text) == ["minister"]


def test_a_holder_of_another_office_is_not_the_role():
    """'the farmer' is no 'X, the region's spokesman', however near he was named."""
    text = ("Kofi Arhin, the Tenmar region's spokesman, said the raiders came at night.\n\n"
            "One farmer lost seven members of his family. Two of his children were wounded, the farmer said.")
    assert _speakers(text) == ["Kofi Arhin", "farmer"]


def test_qualifiers_choose_the_holder():
    """'The Defence Minister' is the defence minister, not the sports minister named nearer."""
    t = ("Defence Minister Ilse Varga spoke in Ostrava. The Sports Minister, Pavel Kron, was held hostage.\n\n"
         "The Defence Minister said the curfew would run until Tuesday.")
    assert role_holder(t, _inventory(t, None), t.index("The Defence Minister said"), "The Defence Minister") == "Ilse Varga"
    assert role_holder(t, _inventory(t, None), t.index("The Defence Minister said"), "The minister") == AMBIGUOUS


@pytest.mark.parametrize("phrase,want", [
    ("The Defence Minister", ("minister", {"defence"})),
    ("the army spokesman", ("spokesman", {"army"})),
    ("the province's governor", ("governor", set())),
    ("The Kestrian Foreign Minister", ("minister", {"kestrian", "foreign"})),
    ("the elder Okafor", None),
    ("a spokesman", None),
    ("the head of the militia", None),
    ("the farmer", None),
    ("the new minister", None),
])
def test_role_of_phrase(phrase, want):
    got = role_of_phrase(phrase)
    assert (got[0], set(got[1])) == want if want else got is None


def test_holder_roles_read_title_and_appositions():
    t = "Rebels fled, said Colonel Ruben Soto, commander of the Fifth Brigade, on Monday."
    at = t.index("Ruben")
    assert {"commander", "colonel"} <= holder_roles(t, at, at + len("Ruben Soto"))


def test_a_person_named_since_in_the_paragraph_competes():
    """'Defence Minister X ... Her colleague for the interior, Y, was more cautious. "...," the minister said':
    Y, named since in the role's own paragraph, may be the minister too; the role stays as it stands."""
    text = ("In Ostrava, the cabinet spoke with two voices. On Monday, Defence Minister Ilse Varga told deputies that "
            "the pass would reopen. Her colleague for the interior, Pavel Varga, 58, was more cautious. \"We will open "
            "the pass when it is safe,\" the minister said on state radio.")
    assert _speakers(text) == ["Ilse Varga", "minister"]


def test_a_capitalised_role_is_no_name():
    """'The Kestrian Official said': a title in capitals is a role (the person who spoke last), not a name."""
    text = ("Brig. Gen. Tomas Vrell told reporters in Arlo that 900 rebels were killed in the offensive.\n\n"
            "The Kestrian Official said that 40 more had been taken prisoner.")
    assert _speakers(text) == ["Tomas Vrell", "Tomas Vrell"]
