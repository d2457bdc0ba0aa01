"""Statement recall, session 20 (docs/rules.md "Session 20: statement recall"): rule `relative_object_speaker` (a
relative pronoun that is the subject of the cue's own clause, 'the islands, which X claims were stolen': the subject
between pronoun and cue speaks) and rule `bare_title_credit` (an inverted credit with a title and no determiner,
'"...," said police spokesman X.'). Every sentence is invented, in the styles of wars in none of the eval sets (the
Ogaden war, the Cyprus emergency, the Dhofar rebellion, the Chaco war); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.relative_object import relative_object_speaker

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(r["speaker"], r["cue"], r["text"], r["found_by"]) for r in quotes_for_article("t.txt", LEAD + text)]


TAKEN = [
    ("'which' and a country (Ogaden)",
     "Somali units held the wells at Dagahbur, which Addis Ababa claims were seized by regular troops.",
     ("Addis Ababa", "claims", "were seized by regular troops")),
    ("'that' after a noun and a determiner phrase (Cyprus)",
     "The curfew followed a bombing that a police spokesman says has wounded eleven soldiers.",
     ("a police spokesman", "says", "has wounded eleven soldiers")),
    ("'whom' and a plural subject (Dhofar)",
     "The guerrillas whom Omani officials said were captured at Sarfait have been flown to Salalah.",
     ("Omani officials", "said", "were captured at Sarfait")),
]


@pytest.mark.parametrize("label,text,want", TAKEN, ids=[t[0] for t in TAKEN])
def test_relative_object_speaker_taken(label, text, want):
    got = [r for r in rows(text) if r[3] == "relative_object_speaker"]
    assert len(got) == 1
    speaker, cue, content, _ = got[0]
    assert (speaker, cue) == want[:2] or (speaker.endswith(want[0].split()[-1]) and cue == want[1])
    assert content.startswith(want[2])


LEFT = [
    ("a complement 'that' after a verb: 'reports' is a noun (Chaco)",
     "The bulletin noted that field reports were not received from Boquerón."),
    ("the cue has its own 'that' clause, no finite verb right after it (Cyprus)",
     "The village, which the army said on Monday that it had cleared, was quiet."),
    ("a belief is not a statement (Dhofar)",
     "They reached a shrine that many pilgrims believe is the grave of a saint."),
]


@pytest.mark.parametrize("label,text", LEFT, ids=[t[0] for t in LEFT])
def test_relative_object_speaker_left(label, text):
    assert all(r[3] != "relative_object_speaker" for r in rows(text))


def test_subject_span_and_refusals():
    head = "The convoy was hit near a bridge which the rebels "
    a, b = relative_object_speaker(head, " were guarding.")
    assert head[a:b] == "the rebels"
    assert relative_object_speaker(head, " on Monday.") is None
    assert relative_object_speaker("Villagers who ", " were hurt.") is None


# --- rule `bare_title_credit` (quotes.bare_title): '"...," said police spokesman X.' ---------------------------------

from presslens.quotes.bare_title import bare_title_credit  # noqa: E402

BARE_TAKEN = [
    ("a bare title then the name (Ogaden)",
     '"The wells at Dagahbur are in our hands," said army spokesman Tesfaye Gebre.', "Tesfaye Gebre"),
    ("a comma between title and name (Cyprus)",
     '"Two patrols were ambushed near the monastery," said district police chief, Andreas K Costa.', "Andreas K Costa"),
    ("'says' and a colon (Dhofar)",
     "The guerrillas will not hold the plateau, says spokesman Salim Bakhit: the army is closing in.", "Salim Bakhit"),
]


@pytest.mark.parametrize("label,text,want", BARE_TAKEN, ids=[t[0] for t in BARE_TAKEN])
def test_bare_title_credit_taken(label, text, want):
    got = [r for r in rows(text) if r[3] == "bare_title_credit"]
    assert len(got) == 1 and got[0][0].endswith(want.split()[-1]) and got[0][1] in ("said", "says")


BARE_LEFT = [
    ("a time phrase after the cue (Chaco)", '"The fort has fallen," said on Monday Colonel Rojas.'),
    ("an object-taking cue: 'warned residents' (Cyprus)", '"Stay indoors," warned residents Nicosia.'),
    ("a determiner: the ordinary inverted credit (Ogaden)", '"We hold Jijiga," said a Somali spokesman.'),
]


@pytest.mark.parametrize("label,text", BARE_LEFT, ids=[t[0] for t in BARE_LEFT])
def test_bare_title_credit_left(label, text):
    assert all(r[3] != "bare_title_credit" for r in rows(text))


def test_bare_title_span():
    s = '"We held," said police spokesman Ali Musa.'
    a, b = bare_title_credit(s, s.index("said") + 4, len(s))
    assert s[a:b] == "police spokesman Ali Musa"
    assert bare_title_credit('"We held," said the spokesman.', 15, 31) is None
