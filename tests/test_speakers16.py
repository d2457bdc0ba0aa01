"""Session 16, speaker names (docs/rules.md "Session 16: speaker names"): rule `title_complement_name`
(mentions.title_complement), a person's name after a job title whose complement is a body's or a field's words.
Made-up sentences in the manner of wars no eval set holds (Biafra 1967-70, the Chaco War, the Dhofar rebellion,
the Aden Emergency, the Malayan Emergency), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.names import _strip_titles
from presslens.mentions.title_complement import title_complement_name
from presslens.quotes import quotes_for_article


def _rows(text: str) -> list[dict]:
    return quotes_for_article("t.txt", text)


CASES = [
    ("Biafra: a deputy chief of a general staff before the name",
     "Two villages near Enugu were shelled, Deputy Chief of General Staff Ojo Bello said on Monday.\n",
     ("Ojo Bello", "said")),
    ("Chaco: a member of parliament with a place before the title",
     "Concepción Member of Parliament Rosa Benítez told reporters that 40 soldiers had died at Boquerón.\n",
     ("Rosa Benítez", "told")),
    ("Dhofar: an adviser on a process, the complement after 'on the'",
     "Royal Adviser on the Peace Process Salim Al-Harthy said the rebels had left the ridge.\n",
     ("Salim Al-Harthy", "said")),
    ("Aden: a commissioner for a field with two words",
     "High Commissioner for Internal Security Charles Hardy said two soldiers were wounded in Crater.\n",
     ("Charles Hardy", "said")),
    ("negative Malaya: a complement with a place of its own is left to the older readers",
     "Special Envoy for Malaya Edward Gent said the bandits had burned the estate.\n",
     None),
    ("negative Biafra: a body after the complement, no person",
     "The Office of the General Staff said 300 rebels were killed near Onitsha.\n",
     None),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_title_complement_name_in_quotes(name, text, expected):
    rows = _rows(text)
    assert rows, rows
    if expected is not None:
        assert expected in [(r["speaker"], r["cue"]) for r in rows], rows
    else:
        assert all(r["speaker_by"] != "title_complement_name" for r in rows), rows


@pytest.mark.parametrize("run,before,expected", [
    ("Deputy Chief of General Staff Ojo Bello", "", "Ojo Bello"),
    ("Woman Member of Parliament Rosa Benítez", "", "Rosa Benítez"),
    ("Peace Process Salim Al-Harthy", "Royal Adviser on the ", "Salim Al-Harthy"),
    ("Special Envoy for Malaya Edward Gent", "", None),             # 'Malaya' is no complement word
    ("Chief of General Staff Headquarters", "", None),              # no name after the complement
    ("Minister of Defence", "", None),                              # an office, no person
    ("Chief of General Staff ONLF", "", None),                      # an acronym is no personal name
    ("Peace Process Salim Al-Harthy", "a walk on the ", None),      # 'walk' is no title noun
    ("General Staff Ojo Bello", "", None),                          # no title noun and preposition before it
])
def test_title_complement_name(run, before, expected):
    assert title_complement_name(run, before) == expected


def test_strip_titles_uses_the_rule():
    assert _strip_titles("Deputy Chief of General Staff Ojo Bello") == "Ojo Bello"
    assert _strip_titles("U.S. Secretary of State John F. Kerry") == "John F. Kerry"     # the older reader still
