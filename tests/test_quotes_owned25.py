"""Session 25 statement bounds (branch s25-pairing): a statement noun with its owner as the object of another cue
(rule `owned_statement_in_object`, quotes/owned_statement.py). Sentences are invented, in the style of wire copy of
a made-up highland war between Tarsk and the Velmora Front; no sentence is copied from an eval text."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article


def _rows(text):
    return [(r["speaker"], r["cue"], r["text"], r["found_by"]) for r in quotes_for_article("t.txt", text)]


@pytest.mark.parametrize("text,outer,owned", [
    ("Tarsk rejected on Monday Velmora's claim that its gunners had shot down two helicopters.",
     ("Tarsk", "rejected", "Velmora's claim that its gunners had shot down two helicopters"),
     ("Velmora", "claim", "its gunners had shot down two helicopters")),
    ("A Front commander dismissed the Interior Ministry’s repeated assertion that the pass had reopened.",
     ("a Front commander", "dismissed", "the Interior Ministry’s repeated assertion that the pass had reopened"),
     ("Interior Ministry", "assertion", "the pass had reopened")),
    ("A new history of the war has rubbished Tarsk's claim of winning the siege of Orsk.",
     ("a new history of the war", "rubbished", "Tarsk's claim of winning the siege of Orsk"),
     ("Tarsk", "claim", "winning the siege of Orsk")),
])
def test_owned_statement_in_object(text, outer, owned):
    rows = [r[:3] for r in _rows(text)]
    assert outer in rows     # the outer statement keeps its whole object
    assert owned in rows     # the owner's statement of its own
    assert [r[3] for r in _rows(text) if r[:3] == owned] == ["owned_statement_in_object"]


@pytest.mark.parametrize("text", [
    # no owner: the claim is nobody's record
    "Tarsk rejected the claim that its gunners had fired first.",
    # an owner's noun that is no statement
    "Tarsk rejected Velmora's offer of talks on the pass.",
    # the owner's claim as a subject, no cue before it
    "Velmora's claim that the pass had fallen could not be confirmed.",
    # the genitive of a noun that is not the cue's object
    "Tarsk said Velmora's gunners had fired on the convoy.",
])
def test_owned_statement_not_taken(text):
    assert all(r[3] != "owned_statement_in_object" for r in _rows(text))
