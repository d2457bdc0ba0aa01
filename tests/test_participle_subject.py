"""Rule `participle_subject_phrase` (quotes.participle_subject; docs/rules.md "Session 17: speaker names"): a
participle cue's subject when the sentence opens on a capitalised word that is no name of its own (a modifier of a
common noun, or a fronted phrase's first word). Made-up sentences in the manner of wars that no eval set holds (the
Dhofar rebellion, the Malayan Emergency, the Chaco War, the Aden Emergency), positive and negative."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.participle_subject import participle_subject

# (id, text, [(speaker, cue)])
CASES = [
    ("Aden: a capitalised adjective before a common noun is the noun phrase's",
     "Young men carried the bodies to the mosque, shouting that the army had fired on the crowd.\n",
     [("young men", "shouting")]),
    ("Dhofar: 'A X magazine first printed ..., saying'",
     "A Tarvian magazine first printed the charge, saying the shells had hit the hospital.\n",
     [("a Tarvian magazine", "saying")]),
    ("Malaya: a fronted participle phrase, then the subject after its comma",
     "Emboldened by the radio's claims of victory, loyalist youths attacked the market, accusing traders of "
     "hiding rebels.\n",
     [("loyalist youths", "accusing")]),
    ("negative, Chaco: a name followed by its verb stays the name",
     "Kord visited the front line on Monday, saying the rebels had been pushed back.\n",
     [("Kord", "saying")]),
    ("negative, Chaco: a preposition before the verb leaves the name",
     "Estigarribia on Monday paid tribute to the pilots, confirming that several aircraft were lost.\n",
     [("Estigarribia", "confirming")]),
    ("negative, Dhofar: a run of names with its head is the other rule's",
     "Human Rights Watch researchers visited the camp, saying conditions were dire.\n",
     [("Human Rights Watch researchers", "saying")]),
    ("negative, Aden: a relative clause after the noun is no verb of the subject",
     "Masked gunmen who stormed the station read a statement, saying the king had fled.\n",
     [("masked gunmen", "read"), ("masked gunmen", "saying")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_participle_subject_phrase(name, text, expected):
    assert [(r["speaker"], r["cue"]) for r in quotes_for_article("p.txt", text)] == expected


@pytest.mark.parametrize("head,end,expected", [
    ("Young men recovered the body, ", 5, "Young men"),
    ("Six years after denying it, the Navy has admitted the raid, ", 3, "the Navy"),
    ("Hours before the truce, rebels shelled the port, ", 5, "rebels"),
    ("Kord visited the front line, ", 4, None),
    ("Fearing reprisals, which never came, ", 7, None),
    ("Chaco veterans of the war marched, ", 5, None),
])
def test_participle_subject_span(head, end, expected):
    found = participle_subject(head, 0, end)
    assert (head[found[0]:found[1]] if found else None) == expected
