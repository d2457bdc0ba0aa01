"""Session 15 speaker coreference (docs/rules.md "Session 15: speaker coreference"): made-up sentences in the manner
of wars that no eval set holds (Biafra 1967-70, the Dhofar rebellion, the Eritrean war of independence, the Aden
Emergency), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.owners import owner_not_in_mention
from presslens.quotes import quotes_for_article

# Rule `owner_not_in_mention` (mentions.owners): a body's short form (an acronym, a short name) or the `it` that
# continues it, resolved to a fuller form that another sentence wrote with an owner's possessive, names the body.
# The owner stays where the phrase itself writes it, where the body's words are generic (whose ministry) and where
# the possessive is part of the name.
OWNER_CASES = [
    ("Dhofar: a country's possessive in the lede, the acronym later",
     "Fighting spread across Oman's Dhofar Liberation Front (DLF) strongholds last week.\n\n"
     "The DLF said its fighters had shot down a helicopter near Salalah.\n",
     ["Dhofar Liberation Front"]),
    ("Eritrea: a leader's possessive, the acronym and the 'it' after it",
     "Guerrillas of Osman Saleh Sabbe's Eritrean Liberation Front (ELF) attacked the garrison at Keren.\n\n"
     "The ELF said 40 soldiers were killed. It added that two of its men died.\n",
     ["Eritrean Liberation Front", "Eritrean Liberation Front"]),
    ("negative, Biafra: the phrase itself writes the owner",
     "Nigeria's Defence Ministry said federal troops had taken Onitsha.\n",
     ["Nigeria's Defence Ministry"]),
    ("negative, Aden: a generic body keeps its owner (whose ministry)",
     "Britain's Defence Ministry announced new patrols in the Radfan.\n\n"
     "The Defence Ministry said two soldiers were wounded in Crater.\n",
     ["Britain's Defence Ministry"]),
]


@pytest.mark.parametrize("name,text,expected", OWNER_CASES, ids=[c[0] for c in OWNER_CASES])
def test_owner_not_in_mention(name, text, expected):
    rows = quotes_for_article("o.txt", text)
    assert [r["speaker"] for r in rows][:len(expected)] == expected


def test_owner_not_in_mention_marks_its_rows():
    rows = quotes_for_article("o.txt", OWNER_CASES[0][1])
    assert rows[0]["speaker_by"] == "owner_not_in_mention"


@pytest.mark.parametrize("full,phrase,known,expected", [
    ("Oman's Dhofar Liberation Front", "the DLF", False, "Dhofar Liberation Front"),
    ("Nigeria's Biafra Radio", "Biafra Radio", False, "Biafra Radio"),
    ("Aden's Qasim Agency", "Qasim", True, "Qasim Agency"),
    # negatives: a place, a name's own possessive, a role's possessive, a generic body, the phrase writing it
    ("Oman's Dhofar", "Dhofar", False, None),
    ("Eritrean People's Liberation Front", "the EPLF", False, None),
    ("the Prosecutor's Office", "the Prosecutor's Office", False, None),
    ("Nigeria's Federal Military Government", "the Federal Military Government", False, None),
    ("Britain's High Commission", "Britain's High Commission", False, None),
    ("Nigeria's Ojukwu", "Ojukwu", False, None),
])
def test_owner_not_in_mention_function(full, phrase, known, expected):
    assert owner_not_in_mention(full, phrase, known=known) == expected
