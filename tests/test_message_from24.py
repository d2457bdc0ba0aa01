"""Session 24, the speaker phrase's bounds (docs/rules.md "Session 24: the speaker phrase's bounds"): a message noun
with 'from' a place (`A message from Kandy states`, `Latest reports from Lima say`) is the speaker as a whole phrase,
not the place (rule `message_from_place`, mentions.message_from, asked by quotes.speakers `_name_kept`). Made-up
sentences in the manner of wars no eval set holds (the Chaco-era Leticia war of 1932-33, the Kandyan war of 1818,
the Suez crisis of 1956), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.message_from import message_from_place
from quote_rows import row_near


def _row(text: str, cue_at: str) -> dict:
    return row_near(text, cue_at, slack=40)


POSITIVE = [
    ("Leticia: a sentence-initial 'Latest' before the reports",
     "BOGOTA, February 16. Latest reports from Lima say that Peruvian troops have reinforced the garrison at "
     "Leticia.\n", "Latest reports", "latest reports from Lima"),
    ("Kandyan war: 'A message from' a town",
     "COLOMBO, March 3. A message from Kandy states that the rebels have burned the stores at Badulla.\n",
     "A message from", "a message from Kandy"),
    ("Leticia: the sentence-initial head read as a name",
     "LIMA, January 20. Information from Tarapaca indicates that since January 13 "
     "the Colombian flotilla has moved up the Putumayo.\n", "Information from", "information from Tarapaca"),
]


@pytest.mark.parametrize("label,text,cue_at,speaker", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_message_from_place_taken(label, text, cue_at, speaker):
    row = _row(text, cue_at)
    assert (row["speaker"], row["speaker_by"]) == (speaker, "message_from_place"), label


def test_not_taken():
    """An outlet's reports, a body as the source, a head that is no message noun, a place not the name: left."""
    assert message_from_place("Port Said", "Havas reports from Port Said") is None
    assert message_from_place("Foreign Office", "A message from the Foreign Office") is None
    assert message_from_place("Ismailia", "Egyptian troops from Ismailia") is None
    assert message_from_place("Cairo", "A message from Ismailia") is None


def test_named_source_unchanged():
    """A named person's statement with 'from' in another clause keeps the person."""
    text = "General Hugh Stockwell said the landing from Cyprus had gone to plan, and 20 Egyptians were captured.\n"
    row = _row(text, "General Hugh")
    assert row["speaker"] == "Hugh Stockwell" or row["speaker"].endswith("Stockwell")


def test_an_outlets_reports_stay_the_outlets():
    """Lead, at the merge: 'according to reports from <an outlet the registry or the layer knows as media>' is the
    outlet's report (as `complement_kept` keeps it: 'a report by <a paper>'), not a message from a place."""
    from types import SimpleNamespace

    from presslens.quotes.speakers import _name_kept
    outlet = SimpleNamespace(name="Kandy", side="media")
    place = SimpleNamespace(name="Kandy", side=None)
    assert _name_kept(outlet, "A message from Kandy", "", None) == (None, None)
    assert _name_kept(place, "A message from Kandy", "", None) == ("a message from Kandy", "message_from_place")
