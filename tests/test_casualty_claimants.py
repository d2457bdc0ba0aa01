"""Casualty claimants resolved on the article's mention layer (presslens.mentions), the same families as the
quote speakers: a surname with an adverb, an acronym, a document's author, a body's common noun, a possessive
role, an object pronoun, a body's data. Styles of wars none of the eval sets covers; every name is invented.

Each case runs twice: with the quote rows (the claim sits in a statement: its speaker is the claimant) and
without them (the sentence's own source phrase is resolved)."""
from __future__ import annotations

import pytest

from claim_families import CLAIMANT, columns

# (id, text, [(category, low, claimant)])
CASES = [
    ("surname with an adverb",
     "Brigadier Tunde Okafor toured Damboa on Monday. Okafor also said 23 insurgents were killed in the raid.",
     [("killed", 23, "Tunde Okafor")]),
    ("acronym after its expansion",
     "The Sudanese Armed Forces (SAF) shelled Omdurman. SAF said 40 militiamen were killed.",
     [("killed", 40, "Sudanese Armed Forces")]),
    ("the message: its author",
     "Governor Amina Bello posted a message on Facebook on Monday. The message said 12 villagers were killed in Gwoza.",
     [("killed", 12, "Amina Bello")]),
    ("the committee: its full name",
     "The Karabakh Committee for Missing Persons met on Thursday. The committee said 41 people had been killed.",
     [("killed", 41, "Karabakh Committee for Missing Persons")]),
    ("the province's governor named earlier",
     "Governor Valige Tauabo of Cabo Delgado visited Palma. The province's governor said 17 insurgents were killed.",
     [("killed", 17, "Valige Tauabo")]),
    ("according to him",
     "Gebremedhin Tesfay, a teacher in Adigrat, stayed in the town. According to him, at least 40 civilians were killed.",
     [("killed", 40, "Gebremedhin Tesfay")]),
    ("a document before the pronoun: In a separate statement it",
     "The Tigray Defence Forces (TDF) took Alamata on Sunday. In a separate statement it said 35 soldiers were killed.",
     [("killed", 35, "Tigray Defence Forces")]),
    ("the latest figures of a body",
     "At least 64 people have been killed, according to the latest figures of the Health Directorate of Blue Nile State.",
     [("killed", 64, "Health Directorate of Blue Nile State")]),
]


def _claims(text: str, with_quotes: bool):
    return columns(text, CLAIMANT, article="c.txt", quotes=with_quotes)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_claimant_from_the_quote_rows(name, text, expected):
    assert _claims(text, True) == expected


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_claimant_from_the_sentence(name, text, expected):
    assert _claims(text, False) == expected


def test_a_pronoun_without_antecedent_names_no_one():
    """Negative: 'he' with no person before stays unresolved (no claimant is invented)."""
    claims = _claims("Fighting resumed near Shusha. He said 14 soldiers were killed.", False)
    assert [c[:2] for c in claims] == [("killed", 14)] and claims[0][2] in (None, "he")
