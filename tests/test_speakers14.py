"""Session 14 speaker coreference (docs/rules.md "Session 14: speaker coreference"): made-up sentences in the manner
of wars that no eval set holds (Cyprus 1974, Bangladesh 1971, Uganda-Tanzania 1979, the Malayan Emergency, the
Chaco War), positive and negative."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.named_next import office_holder_phrase

# Rule `office_named_next` (quotes.named_next): a wire lede's unnamed office holder is the named person whose
# statement comes right after, with no person named between; spokespeople, sources kept anonymous on purpose, a
# quote in the official's own words and a person named between are left alone.
NEXT_CASES = [
    ("Cyprus: lede official, named commissioner in the next paragraph",
     "NICOSIA, July 22 - Shelling killed at least 30 people in Famagusta, a Cypriot official said on Monday.\n\n"
     "The shells fell on the old town after dawn, Andreas Christou, the district commissioner, told reporters.\n",
     ["Andreas Christou", "Andreas Christou"]),
    ("Bangladesh: 'the head of X' named as the next speaker",
     "More than 200 bodies were found near Khulna, the head of the district relief committee said on Friday.\n\n"
     "Abdul Karim told reporters that most of the dead were farmers.\n",
     ["Abdul Karim", "Abdul Karim"]),
    ("Uganda-Tanzania: 'a top official' then 'said NAME, chairman of ...'",
     "Tanzanian troops shelled Masaka overnight. But a top official promised a swift response to the raid. "
     '"We will drive them back across the Kagera," said Yusuf Mwinyi, chairman of the defence council.\n',
     ["Yusuf Mwinyi", "Yusuf Mwinyi"]),
    ("negative, Malaya: a spokesman is no holder named next (the principal speaks next)",
     "Guerrillas ambushed a rubber estate lorry near Ipoh, a spokesman for the police said.\n\n"
     "High Commissioner Gerald Templer said the estate would be guarded.\n",
     ["a spokesman for the police", "Gerald Templer"]),
    ("negative, Chaco: an official kept anonymous on purpose",
     "A senior Bolivian official, who spoke on condition of anonymity, said the fort had fallen.\n\n"
     "Colonel Hans Kundt said the garrison withdrew in good order.\n",
     ["a senior Bolivian official", "Hans Kundt"]),
    ("negative, Cyprus: a quote in the unnamed official's own words is the copy's anonymous credit",
     '"The toll will rise as more bodies are found," a senior police official said.\n\n'
     "Police Chief Nikos Sampson said the curfew would stay.\n",
     ["a senior police official", "Nikos Sampson"]),
    ("negative, Bangladesh: another person named between",
     "Troops opened fire on students in Dacca, an official said.\n\n"
     "Sheikh Mujibur Rahman was arrested at his home. Tikka Khan said order had been restored.\n",
     ["an official", "Tikka Khan"]),
    ("negative, Malaya: plural officials stay a group",
     "Twelve insurgents were killed near Kuantan, officials said.\n\n"
     "Harold Briggs said the new villages were working.\n",
     ["officials", "Harold Briggs"]),
]


@pytest.mark.parametrize("name,text,expected", NEXT_CASES, ids=[c[0] for c in NEXT_CASES])
def test_office_named_next(name, text, expected):
    assert [r["speaker"] for r in quotes_for_article("n.txt", text)] == expected


def test_office_named_next_marks_its_rows():
    text = NEXT_CASES[0][1]
    rows = quotes_for_article("n.txt", text)
    assert [r["speaker_by"] for r in rows][0] == "office_named_next"
    assert rows[0]["anonymous"] is False


@pytest.mark.parametrize("phrase,expected", [
    ("a Cypriot official", True), ("the director of a hospital in Khulna", True), ("the head of the relief committee", True),
    ("a spokesman for the police", False), ("officials", False), ("a witness", False), ("a diplomat", False),
    ("an official who asked not to be named", False), ("an unnamed official", False),
])
def test_office_holder_phrase(phrase, expected):
    assert office_holder_phrase(phrase) is expected


# Rule `they_subject_before` (mentions.pronouns, hook in mentions.kinds `_pronoun`): 'they' takes the plural group
# that is the subject of its own sentence (over an earlier speaker), or, when nothing else fits, of the sentence just
# before; a sentence opening on no group, a singular subject and a group named only as an object are left alone.
THEY_CASES = [
    ("Cyprus: the group that is its own sentence's subject, no speaker before",
     "Greek Cypriot officials showed reporters the ruins of the school in Kyrenia, where they said 14 pupils died.\n",
     ["Greek Cypriot officials"]),
    ("Bangladesh: its own sentence's group over an earlier speaker",
     "The Pakistani army said the city was calm.\n"
     "Indian military officials did not comment on the claim, but they said troops crossed the border.\n",
     ["Pakistani army", "indian military officials"]),
    ("Uganda-Tanzania: the sentence before opens on a nation's plural",
     "Despite weeks of shelling, the Tanzanians have never taken the airfield at Entebbe. "
     "Last week they announced that the road to Kampala was open.\n",
     ["Tanzanians"]),
    ("negative, Chaco: a sentence before that opens on no group leaves 'they'",
     "The rains flooded the fort at Boqueron. Last week they announced that the garrison had left.\n",
     ["they"]),
    ("negative, Malaya: a group named as an object is no subject",
     "The planters met the police at Ipoh. Last week they announced that the estates were safe.\n",
     ["they"]),
    ("negative, Cyprus: an earlier speaker still takes 'they' over the group of the sentence before",
     "Turkish Cypriot leaders said the villages were shelled.\n"
     "Greek troops entered Famagusta at dawn. They said later that nine people had died.\n",
     ["Turkish Cypriot leaders", "Turkish Cypriot leaders"]),
]


@pytest.mark.parametrize("name,text,expected", THEY_CASES, ids=[c[0] for c in THEY_CASES])
def test_they_subject_before(name, text, expected):
    assert [r["speaker"] for r in quotes_for_article("t.txt", text)] == expected
