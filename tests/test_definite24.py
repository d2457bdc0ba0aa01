"""Session 24, the speaker itself (docs/rules.md "Session 24: the definite description"): a bare definite
description (`the spokesman`, `the network`) the layer left unresolved takes the nearest earlier noun phrase with its
head (rule `definite_antecedent`, mentions.definite, asked by mentions.layer `_definite`). Made-up sentences in the
manner of wars no eval set holds (the Sand War of 1963, the Shaba invasions of 1977-78, the Agacher Strip war of
1985), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.definite import definite_antecedent
from quote_rows import row_near


def _row(text: str, cue_at: str) -> dict:
    return row_near(text, cue_at)


POSITIVE = [
    ("Sand War: 'the spokesman' after an indefinite spokesman in a possessive",
     "Algerian troops held Tinjoub, was a Moroccan Government spokesman's only comment on Tuesday. The spokesman "
     "added that 40 Algerian soldiers had been captured.\n", "The spokesman added",
     ("a Moroccan Government spokesman", "definite_antecedent")),
    ("Shaba: 'the network' after a network named in apposition",
     "The Belgian television network Telezaire reported that rebels held Mutshatsha. Later the network said "
     "that 20 Europeans had been killed in Kolwezi.\n", "the network said",
     ("Telezaire", "definite_antecedent")),
    ("Agacher: 'the journalist' after an indefinite journalist with a bracketed acronym",
     "Fighting went on near Dionouga, a Burkina Broadcasting (RTB) journalist said on Friday. Later the "
     "journalist said that Malian aircraft had bombed Ouahigouya.\n", "the journalist said",
     ("a Burkina Broadcasting (RTB) journalist", "definite_antecedent")),
    ("Shaba: 'the spokesman who ...' (a relative clause after the head), and 'He' after it",
     "A Zairean army spokesman said rebels had fled Kolwezi. Two paratroopers were killed, the spokesman who "
     "declined to be named told AFP. He said the airport was open.\n", "the spokesman who",
     ("a Zairean army spokesman", "definite_antecedent")),
    ("Shaba: 'He' after the relative-clause spokesman takes the same spokesman",
     "A Zairean army spokesman said rebels had fled Kolwezi. Two paratroopers were killed, the spokesman who "
     "declined to be named told AFP. He said the airport was open.\n", "He said",
     ("a Zairean army spokesman", "placed_antecedent")),
    ("Sand War: a place ending its clause is no name in apposition: the journalist, not Figuig",
     "Fighting went on near Figuig, a Moroccan journalist said. Later the journalist said that six died.\n",
     "the journalist said", ("a Moroccan journalist", "definite_antecedent")),
]


@pytest.mark.parametrize("name,text,cue_at,expected", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_definite_description_takes_earlier_phrase(name, text, cue_at, expected):
    row = _row(text, cue_at)
    assert (row["speaker"], row["speaker_by"]) == expected, row


NEGATIVE = [
    ("Shaba: the head word only modifies another noun ('an army spokesman' heads no 'army')",
     "An army spokesman in Kinshasa said the airport was open. Later the army said that Kolwezi had been "
     "retaken.\n", "the army said"),
    ("Sand War: only the same definite description before: nothing to take",
     "The spokesman of the royal cabinet spoke in Rabat. Later the spokesman said that Hassi Beida was calm.\n",
     "the spokesman said that"),
    ("Agacher: the head word after a preposition is no indefinite phrase's head",
     "Troops spoke to a crowd of the journalist's friends. Later the journalist said the border was shut.\n",
     "the journalist said"),
]


@pytest.mark.parametrize("name,text,cue_at", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_definite_description_not_taken(name, text, cue_at):
    assert _row(text, cue_at)["speaker_by"] != "definite_antecedent"


def test_no_earlier_phrase():
    assert definite_antecedent("The spokesman said six died.", "spokesman", 0) is None


APPOSED = [
    ("Shaba: a name opening its sentence, an agency in apposition",
     "The Shaba Press Service, a news agency that is pro-FNLC, said the mines were shelled. Later the agency said "
     "ten died.", "agency", "Shaba Press Service"),
    ("Sand War: a place before the comma closes a clause; the indefinite phrase is the subject after it",
     "Fighting went on near Figuig, a Moroccan journalist said. Later the journalist said six died.", "journalist",
     "a Moroccan journalist"),
]


@pytest.mark.parametrize("name,text,head,expected", APPOSED, ids=[c[0] for c in APPOSED])
def test_apposition(name, text, head, expected):
    assert definite_antecedent(text, head, text.index("the " + head)) == expected
