"""Session 28's rule `outlet_named_before` (mentions.outlets, asked by mentions.layer through `outlet_of_noun` when
`outlet_taken_up` finds no media speaker): a definite common noun of an outlet ('the newspaper', 'the website',
'the agency', 'the paper') takes up the outlet the article named before with that noun, whether it was named as a
relay, a place of print or a speaker of a party's side. Made-up sentences in the manner of wars that no eval set
holds (the Katanga secession 1960-1963, the Aden Emergency 1963-1967); every name is invented."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

CASES = [
    ("Katanga: the newspaper named as a relay, then 'The newspaper in PLACE'",
     'General Kabemba was quoted by the newspaper Le Courrier Katangais as saying: "The militias are beaten." '
     "The newspaper in Jadotville said it had interviewed him at the airport.\n",
     "interviewed him", "Le Courrier Katangais", "outlet_named_before"),
    ("Aden: a party's news website, then 'the website'",
     "The nationalist news website Sawt said four villagers were wounded near Sheikh Othman. Two of the wounded were "
     "shot at a checkpoint, the website added.\n",
     "shot at a checkpoint", "Sawt", "outlet_named_before"),
    ("Aden: a state news agency, a relay between, then 'The agency'",
     "Seven soldiers were killed in the shelling of Dhala, the official Federal News Agency (FNA) said. "
     'FNA quoted Colonel Haidari as saying: "We hold the heights." '
     "The agency said a second attack began at dawn.\n",
     "second attack", "Federal News Agency", "outlet_named_before"),
    ("Katanga: a newspaper's short name later, 'the paper' gets its full name",
     "The report, in today's edition of The Elisabethville Courier, said the ceasefire had failed, The Courier said. "
     "More than 40 people died in the fighting at Kolwezi, the paper said.\n",
     "Kolwezi", "The Elisabethville Courier", "outlet_named_before"),
    ("negative, Katanga: a day after the outlet's noun is no outlet's name",
     "Colonel Ilunga told the paper Tuesday that the bridge was held. Forty militiamen were killed at Kamina, "
     "the paper said.\n", "Forty militiamen", "paper", None),
    ("negative, Aden: 'the website' with no website named before",
     "The ministry said so on Monday. Three armoured cars were destroyed near Lahej, the website added.\n",
     "Three armoured cars", "website", None),
]


@pytest.mark.parametrize("name,text,content,speaker,rule", CASES, ids=[c[0] for c in CASES])
def test_outlet_named_before(name, text, content, speaker, rule):
    rows = [r for r in quotes_for_article("r.txt", text) if content in r["text"]]
    assert rows, "the statement is found"
    assert rows[0]["speaker"] == speaker
    if rule:
        assert rows[0]["speaker_by"] == rule
