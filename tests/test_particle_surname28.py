"""Session 28's rule `particle_surname` (mentions.names `_fullest`, `_without_article`; named in `speaker_by` by
mentions.kinds `_name`): a surname written with its particle ('Bin Salim', 'Van der Veer') or without its Arabic
article ('Hilali' for al-Hilali) names the person whose full name the article gave before, not a second person of
that short name; `ben` joins a name run as `bin` does. Made-up sentences in the manner of wars that no eval set
holds (the Zanzibar Revolution 1964, West New Guinea 1962, Darfur 2003); every name is invented."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article

CASES = [
    ("Zanzibar: a surname that keeps its particle",
     "Sheikh Ali bin Salim, an aide at the palace, said the sultan had fled by boat. \"The guards were outnumbered "
     "and ran out of ammunition,\" Bin Salim said.\n", "outnumbered", "Ali bin Salim", "particle_surname"),
    ("Zanzibar: 'ben' inside a name run",
     "Prince Khalid ben Hamoud spoke to the chiefs at the fort. \"We will retake the island,\" Ben Hamoud said on "
     "Sunday.\n", "retake the island", "Khalid ben Hamoud", "particle_surname"),
    ("West New Guinea: a Dutch surname of three words",
     "Major Leen van der Veer, who commands the marines at Fakfak, spoke by radio. Van der Veer said nine "
     "infiltrators had been captured near the coast.\n", "nine infiltrators", "Leen van der Veer",
     "particle_surname"),
    ("Darfur: the surname without its Arabic article",
     "Militia commander Musa al-Hilali told reporters that his men had not entered the camp. Hilali said the "
     "army had fired first.\n", "fired first", "Musa al-Hilali", "particle_surname"),
    ("negative, Zanzibar: two men of one surname, the later one speaks",
     "Ali bin Salim left the island on Friday. Omar bin Salim, his cousin, stayed at the port. \"The port is "
     "quiet,\" Bin Salim said.\n", "port is quiet", "Omar bin Salim", None),
    ("negative, West New Guinea: no fuller name given",
     "\"We hold the airstrip,\" Van Heuvel said on Tuesday.\n", "airstrip", "Van Heuvel", "name"),
]


@pytest.mark.parametrize("name,text,content,speaker,rule", CASES, ids=[c[0] for c in CASES])
def test_particle_surname(name, text, content, speaker, rule):
    rows = [r for r in quotes_for_article("r.txt", text) if content in r["text"]]
    assert rows, "the statement is found"
    assert rows[0]["speaker"] == speaker
    if rule:
        assert rows[0]["speaker_by"] == rule
