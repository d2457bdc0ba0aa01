"""Rule `claimant_title_form` (docs/rules.md "Session 17: claimants"): a casualty claimant follows the titles convention
of docs/annotation.md ("Settled in session 16: titles in speaker names") as the quote table's speakers do: a name of two
words or more without its titles, a one-word name with the title chain printed before it. Sentences invented in the
styles of wars in none of the eval sets (the Chaco War, the Aden Emergency, the Shifta War, the Biafran war); every
name invented. Negative cases: bodies whose names open on a title word, an office with 'of', a title before the first
word of a longer name, a one-word name never printed after a title."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, case_ids, columns
from presslens.quotes import quotes_for_article


def claimants(text: str) -> list[tuple]:
    """(category, low, claimant) of each claim of `text`, with the quote rows the pipeline gives."""
    return columns(text, CLAIMANT, article="titles.txt", quotes=True)


# (family, text, [(category, low, claimant)]): every expected row must be among the claims
CASES = [
    # a one-word name keeps the whole chain printed before it (a capitalised title was cut from the chain's head)
    ("one_word_keeps_chain", "ADEN - Two bodies were found on the Maalla road on Monday, said Chief Corporal Haidar, a "
     "police officer in the district.", [("killed", 2, "Chief Corporal Haidar")]),
    ("one_word_keeps_chain", '"We lost three men at Boquerón," said Chief Corporal Ayala, a Paraguayan officer.',
     [("killed", 3, "Chief Corporal Ayala")]),
    # a title cut whole by the source phrase's cleaning: put back as printed
    ("one_word_keeps_chain", "Lt. Col. Okonkwo said 12 federal soldiers had been killed near Enugu.",
     [("killed", 12, "Lt. Col. Okonkwo")]),
    ("one_word_keeps_chain", "Major Wario said 14 shifta raiders were killed near Garissa.",
     [("killed", 14, "Major Wario")]),
    # a name of two words or more drops its titles, a later surname alone included
    ("two_words_drop_titles", "Colonel Amadou Ekwueme said 14 rebels were killed. Ekwueme said three soldiers were "
     "wounded.", [("killed", 14, "Amadou Ekwueme"), ("wounded", 3, "Amadou Ekwueme")]),
    ("two_words_drop_titles", "Brigadier Tomas Arce Vega told reporters that 40 Bolivian soldiers died at Nanawa.",
     [("killed", 40, "Tomas Arce Vega")]),
    # left alone: a body whose name opens on a title word, an office with 'of', a name never printed after a title
    ("not_a_titled_name", "The Defence Ministry said 40 Bolivian soldiers were killed at Nanawa.",
     [("killed", 40, "Defence Ministry")]),
    ("not_a_titled_name", "The General Staff said 30 Paraguayan soldiers were killed near Boquerón.",
     [("killed", 30, "General Staff")]),
    ("not_a_titled_name", "Ojukwu said 300 civilians were killed in the air raid on Aba.",
     [("killed", 300, "Ojukwu")]),
    ("not_a_titled_name", "The President of Bolivia, Daniel Salamanca, said 60 soldiers were killed.",
     [("killed", 60, "Daniel Salamanca")]),
]


@pytest.mark.parametrize("family, text, expected", CASES, ids=case_ids(CASES))
def test_claimant_title_form(family, text, expected):
    got = claimants(text)
    for row in expected:
        assert row in got, (family, got)


def test_a_title_before_a_longer_name_is_no_title_of_its_first_word():
    """'Prime Minister Israel Okoro' gives the word 'Israel' no title: a later 'Israel said' is not 'Prime Minister
    Israel' (the titled form must stand as a whole name in the text)."""
    from presslens.casualties.claimant_titles import claimant_title_form
    text = "Prime Minister Israel Okoro spoke on Monday. Israel said 12 soldiers were killed."
    assert claimant_title_form("Israel", text) == "Israel"
    assert claimant_title_form("Okoro", "said President Okoro.") == "President Okoro"


def test_the_claimant_is_the_quote_rows_speaker():
    """The claim inside a quote takes the same name as the quote row's speaker (the one convention for both)."""
    text = '"Two headless bodies lay on the street," said Chief Corporal Haidar, a police officer in Crater.'
    speakers = {q["speaker"] for q in quotes_for_article("titles.txt", text)}
    assert [c for _, _, c in claimants(text)] == ["Chief Corporal Haidar"]
    assert speakers == {"Chief Corporal Haidar"}
