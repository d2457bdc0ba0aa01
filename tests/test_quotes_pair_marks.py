"""Quotation marks typed as two ASCII characters (``...'', ``...``, ``...″), as wire archives keep them (rule
`tex_quote_marks`, quotes/tex_quotes.py), and a relative clause after a credit's adjunct that is no content (rule
`relative_not_content`, quotes/content.py); docs/rules.md "Session 19: statement recall". Every sentence is
invented, in the styles of wars in none of the eval sets (the Chaco war, the Biafran war, the Dhofar rebellion, the
Football war's neighbour the Soccer-pitch riots aside: the Ifni war); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.spans import _mask, find_quote_spans

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"]) for r in quotes_for_article("t.txt", LEAD + text)]


FOUND = [
    ("backticks and apostrophes, then a second quote (Chaco, wire archive)",
     "``The fort is ours,'' said Captain Rolando Ibarra. ``We took it at dawn,'' he added.",
     [("Rolando Ibarra", "said", "The fort is ours"), ("Rolando Ibarra", "added", "We took it at dawn")]),
    ("backticks at both ends (Biafra)",
     "``They have used those tricks before,`` said Okafor in a telephone interview from Lagos.",
     [("Okafor", "said", "They have used those tricks before")]),
    ("a double prime closing (Dhofar)",
     "``Our forces will not fire unless fired upon,\u2033 said Salim Harib, a government spokesman.",
     [("Salim Harib", "said", "Our forces will not fire unless fired upon")]),
    ("a pair inside an indirect statement keeps the statement (Ifni)",
     "The garrison said the raid caused ``heavy losses'' among the attackers.",
     [("garrison", "said", "the raid caused ``heavy losses'' among the attackers")]),
    ("the quote before a credit whose adjunct carries a relative (Biafra)",
     '"We fight on," Ojukwu said on National Radio, which remained in rebel hands.',
     [("Ojukwu", "said", "We fight on")]),
]

LEFT = [
    ("a plural possessive is no mark (Chaco)",
     "The soldiers' wives said they had not been paid.",
     [("soldiers' wives", "said", "they had not been paid")]),
    ("a relative on the content's own noun stays in the content (Dhofar)",
     "The minister said the rebels, who fled last week, had returned.",
     [("minister", "said", "the rebels, who fled last week, had returned")]),
]


@pytest.mark.parametrize("name, text, expected", FOUND, ids=[c[0] for c in FOUND])
def test_pair_marks_found(name, text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("name, text, expected", LEFT, ids=[c[0] for c in LEFT])
def test_pair_marks_left(name, text, expected):
    assert rows(text) == expected


def test_pair_mark_masked_whole():
    s = "``Go,'' he said."
    assert _mask(s, find_quote_spans(s)) == "\ue000" * 7 + " he said."
    assert find_quote_spans('He said "yes".') == [(8, 12, True)]
