"""Session 27 (docs/rules.md "Session 27: the antecedent of a pronoun or role (branch s27-antecedent)"): 'it' in a
relative clause of its own sentence ('against what it said were', 'a villa that it said served') is the sentence's
subject (rule `relative_it_subject`, mentions.relative_it, asked first by mentions.kinds `_pronoun` for 'it'). Made-up
sentences in the manner of wars no eval set holds (the Cristero War, the Tupamaros, the Costa Rican civil war of
1948), positive and negative."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

POSITIVE = [
    ("Tupamaros: a state's strikes 'against what it said were' camps, a body named before",
     "MONTEVIDEO, Aug. 8. The Interior Ministry published a list of the dead on Monday. Uruguay has carried out a "
     "series of raids against what it said were guerrilla safe houses in the capital.\n", "Uruguay"),
    ("Costa Rica: a broadcaster's film of a house 'that it said served' as a depot",
     "SAN JOSE, March 20. The Civil Guard sealed the road to Cartago. Costa Rica television showed a house near "
     "the border that it said served as a rebel depot.\n", "costa rica television"),
]

NEGATIVE = [
    ("Cristero: 'it said' with no relative word keeps the layer's choice",
     "MEXICO CITY, June 2. The War Ministry said it had retaken Tepatitlán from the rebels.\n"),
    ("Tupamaros: a person's sentence is no body's",
     "MONTEVIDEO, Aug. 9. Raúl Sendic wrote a letter that it said was forged.\n"),
]


def _it_row(text: str) -> dict | None:
    return next((r for r in quotes_for_article("t.txt", text) if r.get("speaker_by") == "relative_it_subject"), None)


@pytest.mark.parametrize("label, text, speaker", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_relative_it_is_its_subject(label, text, speaker):
    row = _it_row(text)
    assert row is not None and row["speaker"].lower().replace(".", "") == speaker.lower(), \
        quotes_for_article("t.txt", text)


@pytest.mark.parametrize("label, text", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_relative_it_left(label, text):
    assert _it_row(text) is None
