"""Session 16, titles in speaker names (docs/rules.md "Session 16: titles in speaker names"): rule
`title_kept_single_name` (mentions.name_titles), a person the article names by one word after a printed title keeps
the title ('King Hussein'); a name of two words or more drops it, as before. Made-up sentences in the manner of
wars no eval set holds (Biafra 1967-70, the Chaco War, the Dhofar rebellion, Katanga 1960-63, Western Sahara, the
Aden Emergency, the Malayan Emergency, Zanzibar 1964), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.name_titles import titled_single_name
from presslens.quotes import quotes_for_article


def _rows(text: str) -> list[dict]:
    return quotes_for_article("t.txt", text)


POSITIVE = [
    ("Dhofar: a ruler named by one word after his title",
     "Sultan Qaboos said the rebels had been driven from the plateau.\n", "Sultan Qaboos"),
    ("Biafra: a rank chain of two words before a surname",
     "Two villages near Enugu were shelled, said Staff Sergeant Okafor, the post's commander.\n",
     "Staff Sergeant Okafor"),
    ("Chaco: an abbreviated rank and its modifier, 'First Lt.'",
     "First Lt. Benítez said the fort at Boquerón had fallen after three days.\n", "First Lt. Benítez"),
    ("Katanga: a religious title and a see after the name",
     "Archbishop Malula of Kinshasa said the dead had been left in the streets of Elisabethville.\n",
     "Archbishop Malula of Kinshasa"),
    ("Western Sahara: a later bare mention takes the title printed at the first",
     "Sheikh Brahim said the column had been ambushed near Smara.\n\n"
     "\"We lost eleven men,\" Brahim said.\n", "Sheikh Brahim"),
]


@pytest.mark.parametrize("name,text,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_title_kept_single_name(name, text, expected):
    rows = _rows(text)
    assert rows and all(r["speaker"] == expected for r in rows), rows


NEGATIVE = [
    ("Aden: a name of two words drops its title, as before",
     "Colonel Ahmed Saleh said the grenade attack had wounded four soldiers in Crater.\n", "Ahmed Saleh"),
    ("Malaya: a title with no name after it stays a role phrase",
     "The Major said the bandits had burned the estate near Ipoh.\n", None),
    ("Malaya: a lower-case role stays a role phrase",
     "A police chief said two planters had been killed near Ipoh.\n", None),
    ("Zanzibar: a title ending one sentence is no title of the next one's subject",
     "The rebels met the Governor. Okello said the island was theirs.\n", "Okello"),
    ("Biafra: 'Chief of Staff X' keeps today's reading (rule `title_complement_name`)",
     "Chief of Staff Philip Effiong said the army would stand down.\n", "Philip Effiong"),
]


@pytest.mark.parametrize("name,text,expected", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_title_left_alone(name, text, expected):
    rows = _rows(text)
    assert rows, rows
    assert all(r["speaker_by"] != "title_kept_single_name" for r in rows), rows
    if expected is not None:
        assert expected in [r["speaker"] for r in rows], rows


@pytest.mark.parametrize("name,text,expected", [
    ("Hussein", "AMMAN - King Hussein said on Sunday ... Hussein said.", "King Hussein"),
    ("Rahman", "said Chief Corporal Rahman, the commander.", "Chief Corporal Rahman"),
    ("Wylie", "LURD's Gen. Wylie said", "Gen. Wylie"),
    ("Ojukwu", "Lt. Col. Ojukwu said", "Lt. Col. Ojukwu"),
    ("Diallo", "Colonel Amadou Diallo said. Diallo added.", None),    # a full name: the title is not Diallo's
    ("Major", "the Major said it was over", None),                   # a title, no name
    ("Ali", "He met the Governor. Ali said the road was shut.", None),   # 'Governor.' ends a sentence
    ("UNITA", "General UNITA said", None),                           # an acronym is no personal name
    ("Khan", "Major Jia Khan said", None),                           # a two-word name: 'Jia' is no title
    ("Bello", "Bello said the road was shut", None),                 # no title printed
    ("Serafim of", "Metropolitan Serafim of said", None),            # an 'of' with no place after it
])
def test_titled_single_name(name, text, expected):
    assert titled_single_name(name, text) == expected
