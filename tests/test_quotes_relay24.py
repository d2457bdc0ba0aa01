"""Session 24 relays (branch s24-relay): the cue `stated` before a cited source (rule `citing_source`, widened to
the verb 'state'). Sentences are invented, in the style of wire copy of a made-up border war between Kessa and
Borvania; no sentence is copied from an eval text. Speakers are written as the mention layer names unnamed ones
(lower case, the head before its modifier)."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article


def _rows(text):
    return [(r["speaker"], r["kind"], r["cue"], r["text"], r["found_by"]) for r in quotes_for_article("t.txt", text)]


@pytest.mark.parametrize("text,expected", [
    ("The Orlo daily newspaper stated, citing sources in the border police, that four officers had been captured.",
     [("sources", "indirect", "citing", "four officers had been captured", "citing_source")]),
    ("The Zeta news agency stated on Sunday, quoting Kessa's defence ministry, that the pass had fallen.",
     [("kessa's defence ministry", "indirect", "quoting", "the pass had fallen", "citing_source")]),
])
def test_stated_citing(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text", [
    # a body (no outlet) that states, citing its records: the body speaks, as after 'said'
    "The Kessa interior ministry stated, citing hospital records, that 31 civilians had died.",
    # 'citing' a reason is no source
    "The Orlo daily newspaper stated that the road to Orlo was closed, citing security concerns.",
])
def test_stated_citing_not_taken(text):
    rows = _rows(text)
    assert [r[2] for r in rows] == ["stated"] and rows[0][4] != "citing_source"
