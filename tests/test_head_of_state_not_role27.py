"""Session 27 (docs/rules.md "Session 27: the antecedent of a pronoun or role (branch s27-antecedent)"): a definite role
that names no head's office ('the official', 'the head of the National Guard', 'the journalist') is not given the
last person spoken of when the article titles that person a head of state or government (rule
`head_of_state_not_role`, mentions.head_of_state, asked by mentions.kinds `_last_holding`). Made-up sentences in the
manner of wars no eval set holds (the Cristero War, the Costa Rican civil war of 1948, the Tupamaros), positive and
negative."""
from __future__ import annotations

import pytest

from quote_rows import row_near

POSITIVE = [
    ("Costa Rica: the president named before is not 'the head of the Civil Guard'",
     "SAN JOSE, March 20. President Teodoro Picado flew to Cartago on Monday. The rains have closed the road from "
     "Cartago to the south for a week, and the trucks that carry rice and beans to the mountain towns have stopped at "
     "the river crossings where the bridges were burned in the first days. Nine rebels were killed in the hills, "
     "the head of the Civil Guard said.\n", "the head", "Teodoro Picado"),
    ("Cristero: the president is not 'the official'",
     "MEXICO CITY, June 2. President Plutarco Calles spoke to the Congress on Monday. The churches of Jalisco have "
     "been closed since the summer, and the villages of the highlands have sent their young men to the hills, where "
     "the bands ride at night and burn the railway stations along the line. Twelve federal soldiers died "
     "near Tepatitlán, the official said.\n", "the official", "Plutarco Calles"),
]

NEGATIVE = [
    ("Tupamaros: a minister may be 'the official'",
     "MONTEVIDEO, Aug. 8. Interior Minister Eduardo Aréchaga visited the prison on Monday. Two guards were "
     "wounded, the official said.\n", "the official", "Eduardo Aréchaga"),
    ("Cristero: 'the president' is the president",
     "MEXICO CITY, June 3. President Plutarco Calles spoke to the Congress on Monday. Twelve federal soldiers died "
     "near Tepatitlán, the president said.\n", "the president", "Plutarco Calles"),
]


@pytest.mark.parametrize("label, text, cue_at, head", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_head_of_state_not_given_the_role(label, text, cue_at, head):
    row = row_near(text, cue_at, slack=40)
    assert row["speaker"] != head and not row["speaker"][:1].isupper(), row["speaker"]


@pytest.mark.parametrize("label, text, cue_at, holder", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_role_still_given(label, text, cue_at, holder):
    row = row_near(text, cue_at, slack=40)
    assert row["speaker"] == holder, row["speaker"]
