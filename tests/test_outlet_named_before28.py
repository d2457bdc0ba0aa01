"""Session 28's rule `outlet_named_before` (mentions.outlets, asked by mentions.layer through `outlet_of_noun` when
`outlet_taken_up` finds no media speaker): a definite common noun of an outlet ('the newspaper', 'the website',
'the agency', 'the paper') takes up the outlet the article named before with that noun, whether it was named as a
relay, a place of print or a speaker of a party's side. Made-up sentences in the manner of wars that no eval set
holds (the Dhofar-free Omani copy is in real20, so: the Western Sahara sand-wall years' Algerian press, the
Cabinda-free Congo-Brazzaville 1997 war, the Nagorno-Karabakh 1992 wire); every name is invented."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

CASES = [
    ("Brazzaville: the newspaper named as a relay, then 'The newspaper in PLACE'",
     'General Mbemba was quoted by the newspaper La Semaine Africaine as saying: "The militias are beaten." '
     "The newspaper in Pointe-Noire said it had interviewed him at the airport.\n",
     "interviewed him", "La Semaine Africaine", "outlet_named_before"),
    ("Karabakh: a party's news website, then 'the website'",
     "The Armenian news website Lurer said four villagers were wounded near Askeran. Two of the wounded were "
     "shot at a checkpoint, the website added.\n",
     "shot at a checkpoint", "Lurer", "outlet_named_before"),
    ("Karabakh: a state news agency, a relay between, then 'The agency'",
     "Seven soldiers were killed in the shelling of Shusha, the official Azerbaijan State News Agency (ASNA) said. "
     'ASNA quoted Colonel Huseynov as saying: "We hold the heights." '
     "The agency said a second attack began at dawn.\n",
     "second attack", "Azerbaijan State News Agency", "outlet_named_before"),
    ("Brazzaville: a newspaper's short name later, 'the paper' gets its full name",
     "The report, in today's edition of The Brazzaville Courier, said the ceasefire had failed, The Courier said. "
     "More than 40 people died in the fighting at Bacongo, the paper said.\n",
     "Bacongo", "The Brazzaville Courier", "outlet_named_before"),
    ("negative, Karabakh: 'the website' with no website named before",
     "The ministry said so on Monday. Three tanks were destroyed near Lachin, the website added.\n",
     "Three tanks", "website", None),
]


@pytest.mark.parametrize("name,text,content,speaker,rule", CASES, ids=[c[0] for c in CASES])
def test_outlet_named_before(name, text, content, speaker, rule):
    rows = [r for r in quotes_for_article("r.txt", text) if content in r["text"]]
    assert rows, "the statement is found"
    assert rows[0]["speaker"] == speaker
    if rule:
        assert rows[0]["speaker_by"] == rule
