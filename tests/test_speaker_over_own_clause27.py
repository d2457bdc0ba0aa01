"""Session 27 (docs/rules.md "Session 27: the antecedent of a pronoun (branch s27-antecedent)"): 'he'/'she' opening
the sentence after a person's statement is that statement's speaker, not another person the same sentence names in
the speaker's own clause (a relative clause, an apposition) (rule `speaker_over_own_clause`, mentions.own_clause,
asked by mentions.kinds `_pronoun_chosen`). Made-up sentences in the manner of wars no eval set holds (the Tupamaros
in Uruguay, the Cristero War, the Costa Rican civil war of 1948), positive and negative."""
from __future__ import annotations

import pytest

from quote_rows import row_near

POSITIVE = [
    ("Tupamaros: an unnamed source whose relative clause names a minister, then 'He confirmed'",
     "MONTEVIDEO, Aug. 8. A source in the Montevideo police, which answers to Interior Minister Eduardo Aréchaga, "
     "said two guerrillas were killed in the raid. He confirmed that a policeman was wounded.\n", "He confirmed",
     "a source"),
    ("Cristero: a priest named after his words, his apposition naming a general, then '\"...,\" he said'",
     "GUADALAJARA, June 2. \"The federal troops burned the church at dawn,\" said Father Aristeo Pedroza, the "
     "chaplain of the rebel general Enrique Gorostieta. \"Nine villagers died in the fire,\" he said.\n", "he said",
     "Father Aristeo Pedroza"),
]

NEGATIVE = [
    ("Costa Rica: a person named in the next sentence is the nearer antecedent",
     "SAN JOSE, March 20. A source in the Civil Guard said two rebels died at San Isidro. President Teodoro Picado "
     "visited the barracks on Monday. He said the army would hold the capital.\n", "He said", "a source"),
    ("Cristero: a person named before the statement's sentence is no person of its clause",
     "GUADALAJARA, June 3. General Enrique Gorostieta rode north on Sunday. A priest at the church said nine died. "
     "He said the troops left at noon.\n", "He said", None),
    ("Tupamaros: 'He' never takes a woman's statement",
     "MONTEVIDEO, Aug. 9. Maria Ortiz, a nurse at the clinic of Dr. Carlos Vaz, said nine were hurt. "
     "He said the wards were full.\n", "He said", "Maria Ortiz"),
]


@pytest.mark.parametrize("label, text, cue_at, expected", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_speaker_over_own_clause_taken(label, text, cue_at, expected):
    row = row_near(text, cue_at)
    assert (row["speaker"], row["speaker_by"]) == (expected, "speaker_over_own_clause")


@pytest.mark.parametrize("label, text, cue_at, _", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_speaker_over_own_clause_left(label, text, cue_at, _):
    row = row_near(text, cue_at)     # (the layer's own choice stands, whichever it is)
    assert row["speaker_by"] != "speaker_over_own_clause", row["speaker"]
