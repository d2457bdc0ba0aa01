"""Session 12's coreference (docs/rules.md "Session 12: coreference"): rule `conjunct_named`
(mentions.names._conjunct_named), a surname takes its full name from the last conjunct of a name run joined by
'and' ('... of Ahmed Massoud and Amrullah Saleh ... Saleh said' -> 'Amrullah Saleh'), while a run that joins two
names is still no fuller form of either as a whole (rule `coordinated_names_apart`). Every sentence is composed for
the test in the manner of copy from wars in no eval set (Bougainville, Dhofar, the Biafran war); every name is
invented."""
from __future__ import annotations

import pytest

from presslens.mentions.names import _conjunct_named, _tokens
from presslens.quotes import quotes_for_article


def _speakers(text: str) -> list[str]:
    return [r["speaker"] for r in quotes_for_article("a.txt", text)]


@pytest.mark.parametrize("text, speaker", [
    ("The whereabouts of rebel commander Sam Kauona and Joseph Tarupa, the former minister who had joined the "
     "rebels, were unknown on Monday.\n\nTarupa said the blockade had cut off the clinics at Arawa.",
     "Joseph Tarupa"),
    ("Talks between the sultanate's envoy Khalid Al-Rawas and rebel spokesman Salim Bait Kathir broke down on "
     "Sunday.\n\nKathir told reporters that 40 fighters had been killed in the mountains.",
     "Salim Bait Kathir"),
    ("Both Colonel Chukwu Ojo and Major Emeka Nwosu were at the front near Onitsha.\n\n"
     "Nwosu said federal shelling had killed 12 civilians.",
     "Emeka Nwosu"),
], ids=["surname of the second conjunct", "title and three words", "both titled"])
def test_surname_takes_its_full_name_from_the_last_conjunct(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ("Sam Kauona and Joseph Tarupa met on Monday.\n\nKauona said the blockade had cut off the clinics at Arawa.",
     "Sam Kauona"),      # the first conjunct: its own full name, not the whole run
    ("Fighting between Nigeria and Biafra went on.\n\nBiafra said federal shelling had killed 12 civilians.",
     "Biafra"),          # a one-word conjunct is no fuller name
    ("Talks between Yemen and South Yemen broke down.\n\nYemen said its troops had killed 12 rebels.",
     "Yemen"),           # the name is a conjunct as it stands: neither the other conjunct nor the run
], ids=["first conjunct", "one-word conjuncts", "name is a conjunct"])
def test_conjunct_not_the_run(text, speaker):
    assert speaker in _speakers(text)


@pytest.mark.parametrize("run, name, expected", [
    ("Sam Kauona and Joseph Tarupa", "Tarupa", "Joseph Tarupa"),
    ("Sam Kauona & Joseph Tarupa", "Joseph Tarupa", "Sam Kauona & Joseph Tarupa"),   # a conjunct as it stands
    ("Nigeria and Biafra", "Biafra", "Nigeria and Biafra"),       # a conjunct as it stands: the run, so none
    ("Yemen and South Yemen", "Yemen", "Yemen and South Yemen"),
    ("Oman Says Yemen Shelled Border", "Yemen", None),              # a headline clause, no 'and'
    ("Sam Kauona and Joseph Tarupa", "Kauona", "Sam Kauona"),      # the first conjunct
    ("Sam Kauona and Joseph Tarupa", "Ojo", None),                 # in neither
])
def test_conjunct_named(run, name, expected):
    assert _conjunct_named(run, _tokens(name)) == expected
