"""Session 27's rule `aside_head` (quotes.relative_head, asked by quotes.speakers `_phrase_narrowed`): a speaker
phrase inside an aside between the subject and its verb, between dashes or in a comma relative clause, is never
the speaker; the subject printed before the aside is. Made-up sentences in the manner of wars that no eval set
holds (the Katanga secession 1961, the Ifni War 1957); every name is invented."""
from __future__ import annotations

import pytest

from presslens.actors import Actors, _conflict
from presslens.quotes import quotes_for_article

KATANGA = Actors([_conflict("katanga", {
    "sides": {"onuc": "United Nations forces in the Congo", "katanga": "Katangese gendarmerie and government"},
    "keywords": {"onuc": ["United Nations"], "katanga": ["Katangese"]}})])

CASES = [
    ("Katanga: a name between spaced hyphens",
     "But Mr Kabwe - considered the right-hand man to President Mulenda - insisted that the gendarmes had lost "
     "only four men.\n", "Kabwe", "only four men"),
    ("Katanga: a relative clause between em dashes",
     "In a rare interview Mulenda \u2014 who leads a secession with strong backing from mining money in Brussels "
     "\u2014 said it was possible that the United Nations had fired first.\n", "Mulenda", "fired first"),
    ("Ifni: a place in a comma relative closed before the verb",
     "Colonel Arbeloa, who flew in from Sidi Ifni, Morocco, late on Friday, was quoted by the radio as saying "
     "that nine legionaries had died.\n", "Arbeloa", "nine legionaries"),
    ("negative, Ifni: the relative closes before the speaker",
     "In Sidi Ifni, which the legion held, a chaplain said ten men had died.\n", "chaplain", "ten men"),
    ("negative, Katanga: a dateline's dash, no aside",
     "ELISABETHVILLE \u2014 A Katangese officer said six gendarmes had died at the tunnel.\n", "Katangese officer",
     "six gendarmes"),
]


@pytest.mark.parametrize("name,text,speaker,content", CASES, ids=[c[0] for c in CASES])
def test_aside_head(name, text, speaker, content):
    rows = [r for r in quotes_for_article("r.txt", text, actors=KATANGA) if content in r["text"]]
    assert rows, "the statement is found"
    assert speaker.lower() in rows[0]["speaker"].lower()
    if not name.startswith("negative"):
        assert rows[0]["speaker_by"] == "aside_head"
