"""A speaker phrase that opens on a clause of its own (docs/rules.md "Session 22: the subject scan running over a
clause"): a clause with its own finite verb joined to the cue's subject by 'and', 'but' or 'as' (rule
`clause_then_subject`), a subject pronoun ending the phrase after a subordinator or in a relative clause without
'that' (rule `pronoun_subject_last`), a long subject before a coordinated non-cue verb (`subject_of_coordinated_verb`).
Every sentence is invented, in the styles of wars in none of the eval sets (the Ifni war, the Katanga secession,
the Zanzibar revolution); every name is made up."""
from __future__ import annotations

import pytest

from presslens.quotes import quotes_for_article
from presslens.quotes.clause_boundary import clause_then_subject, pronoun_subject_last

LEAD = "The fighting went on through the night.\n"


def rows(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], r["cue"]) for r in quotes_for_article("t.txt", LEAD + text)]


def by(text: str) -> list[str]:
    return [r["speaker_by"] for r in quotes_for_article("t.txt", LEAD + text)]


TAKEN = [
    ("a position verb, then 'and' (Ifni)",
     "Bodies lay in the streets of Sidi Ifni and the Spanish Red Cross reported that forty wounded had no doctor.",
     [("Spanish Red Cross", "reported")], "clause_then_subject"),
    ("a present position verb, then 'but' (Katanga)",
     "The town lies on the old copper railway but officials have blamed the raids on Baluba bands.",
     [("officials", "blamed")], "clause_then_subject"),
    ("a linking verb, then 'as' (Zanzibar)",
     "The island council itself appeared divided as four of its members on Sunday called for a new inquiry.",
     [("four of its members", "called for")], "clause_then_subject"),
    ("'after he': the pronoun opens the cue's clause (Katanga)",
     "Mr. Lubaki, now 80, later sued the historian Albert Kasongo after he wrote that 300 miners had been shot.",
     [("Albert Kasongo", "wrote")], "pronoun_subject_last"),
]

#: (name, text, a speaker the rules must not cut the phrase down to)
KEPT = [
    ("two bodies coordinated (Ifni)", "The army and police said the post at Tiliuin had held.", "police"),
    ("a participle with its agent (Katanga)",
     "Officials contacted by the agency said the mine at Kolwezi had been retaken.", "agency"),
    ("a relative's verb (Zanzibar)", "Salum Mbarouk, who fled in 1964, said the police had fired first.", "1964"),
]


@pytest.mark.parametrize("name, text, expected, rule", TAKEN, ids=[c[0] for c in TAKEN])
def test_clause_before_subject_is_cut(name, text, expected, rule):
    assert rows(text) == expected
    assert by(text) == [rule]


@pytest.mark.parametrize("name, text, cut", KEPT, ids=[c[0] for c in KEPT])
def test_subject_without_clause_is_left(name, text, cut):
    assert len(rows(text)) == 1 and cut not in rows(text)[0][0]
    assert not {"clause_then_subject", "pronoun_subject_last"} & set(by(text))


@pytest.mark.parametrize("phrase", [
    "the army and police", "Officials contacted by AFP and the army", "Soldiers deployed in the area and residents",
    "Delegates met in Elisabethville and", "The rebels, as well as the gendarmes", "Many as the refugees"])
def test_clause_then_subject_leaves(phrase):
    assert clause_then_subject(phrase) is None


@pytest.mark.parametrize("phrase", ["the minister and he", "he", "Both she", "the colonel himself", "the consul or they"])
def test_pronoun_subject_last_leaves(phrase):
    assert pronoun_subject_last(phrase) is None


def test_long_subject_before_coordinated_verb():
    text = ("While the shelling went on, three of the nine members of the provincial council met in Jadotville and "
            "appealed for a truce of three months.")
    assert rows(text) == [("three of the nine members of the provincial council", "appealed for")]
