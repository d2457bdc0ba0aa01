"""A final credit with a non-restrictive relative between its speaker and the cue (rule `relative_after_credit`,
quotes/relative_credit.py; docs/rules.md "Session 19: statement recall"): '"...," the spokesman, who did not want to
be identified, said.' Every sentence is invented, in the styles of wars in none of the eval sets (the Dhofar
rebellion, the Chaco war, the Biafran war, the Ifni war); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


FOUND = [
    ("after a direct quote (Dhofar, wire)",
     '"The rebels tried to break out towards the coast," the spokesman, who did not want to be identified, said.',
     [("spokesman", "said", "The rebels tried to break out towards the coast")]),
    ("after a clause, the relative with its own verb (Chaco)",
     "Twelve soldiers were killed near the fort, the officer, who asked not to be named, told reporters.",
     [("officer", "told", "Twelve soldiers were killed near the fort")]),
    ("a plural speaker whose relative says who they are (Biafra)",
     "Four more villages were shelled on Sunday, the refugees, who included two nurses, said.",
     [("refugees", "said", "Four more villages were shelled on Sunday")]),
    ("the relative's closing comma missing (Ifni)",
     "The post was overrun on Tuesday, in the south of the enclave, the source, who did not wish to be identified said.",
     [("source", "said", "The post was overrun on Tuesday, in the south of the enclave")]),
]

LEFT = [
    ("a name before the role: the name speaks (Dhofar)",
     "Salim Harib, the spokesman, who asked not to be named, said the road was open.",
     [("Salim Harib", "said", "the road was open")]),
    ("a name before the relative after a clause (Chaco)",
     "The fort held, Colonel Ruiz Otero, who commanded it, said.",
     [("Ruiz Otero", "said", "The fort held")]),
    ("a relative that holds the cue's own subject: 'who police said' (Biafra)",
     "Two men were held, the driver, who police said was armed, and his cousin.",
     [("police", "said", "was armed, and his cousin")]),
    ("the relative on the sentence's subject, the cue in the relative's clause (Ifni)",
     "The men, who were freed on Monday, told reporters they had been beaten.",
     [("men", "told", "they had been beaten")]),
]


@pytest.mark.parametrize("name, text, expected", FOUND, ids=[c[0] for c in FOUND])
def test_relative_after_credit_found(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text, expected", LEFT, ids=[c[0] for c in LEFT])
def test_relative_after_credit_left(name, text, expected):
    assert rows(text) == expected
