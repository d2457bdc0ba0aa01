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


# --- rule `verb_before_noun_cue` (quotes.verb_noun_cue) ------------------------------------------------------
NOUN_CUE_CASES = [
    ("Biafra: a subject, its verb, a noun cue",
     "The Biafran Red Cross echoed calls for a ceasefire and reaffirmed that 300 civilians had died in Owerri.\n",
     "Biafran Red Cross"),
    ("Chaco: a subject, a parenthetical, then its verb and an adjective before the noun cue",
     "A Paraguayan officer, speaking on condition of anonymity, confirmed widespread reports that 200 Bolivian "
     "soldiers had surrendered at Boquerón.\n",
     "a paraguayan officer"),
    ("Dhofar: an ambassador's verb before charges, then a coordinated cue",
     "Omani Ambassador Salim Al-Harthy, in his reply to the council, repudiated charges that Oman had shelled the "
     "border villages and asked whether the rebels had been armed from abroad.\n",
     "Salim Al-Harthy"),
]


@pytest.mark.parametrize("name,text,expected", NOUN_CUE_CASES, ids=[c[0] for c in NOUN_CUE_CASES])
def test_verb_before_noun_cue_in_quotes(name, text, expected):
    rows = _rows(text)
    assert rows, rows
    by_rule = [r for r in rows if r["speaker_by"] == "verb_before_noun_cue"]
    assert by_rule, rows
    assert all(r["speaker"].lower() == expected.lower() for r in by_rule), rows


@pytest.mark.parametrize("text,start_word,cue_word", [
    # a possessive before the noun cue: the owner's claims, not the subject's
    ("His figures stood in stark contrast to Lagos's widely disputed claims that 6,000 soldiers died.", "His", "claims"),
    # an -ed qualifier of the noun, no verb of a subject
    ("Aden officials said there were unconfirmed reports of fighting in Crater.", "unconfirmed", "reports"),
    # a statement inside another's: 'X said that they received reports'
    ("The envoy said at a briefing that they received reports that ten men had surrendered.", "they", "reports"),
    # an -ed word before a noun and a participle: a caption, no subject's verb
    ("A general view shows destroyed buildings following reported strikes on Ipoh.", "A", "reported"),
    # a clause before the verb, not a noun phrase
    ("The army said it had killed 40 guerrillas and dismissed rebel claims that it lost a plane.", "The", "claims"),
])
def test_verb_before_noun_cue_left_alone(text, start_word, cue_word):
    from presslens.quotes.verb_noun_cue import verb_before_noun_cue
    assert verb_before_noun_cue(text, text.index(start_word), text.index(" " + cue_word)) is None


def test_verb_before_noun_cue_negative_in_quotes():
    text = "Aden officials said there were unconfirmed reports of fighting in Crater.\n"
    assert all(r["speaker_by"] != "verb_before_noun_cue" for r in _rows(text))
