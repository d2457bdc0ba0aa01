"""Session 26, a participle left at the end of an unnamed speaker phrase (docs/rules.md "Session 26: speakers on
real copy (branch s26-speaker)"): a reduced relative clause after the head noun ('a statement issued in X', 'rebels
battling Y') is cut with its complement, and its participle was kept as the phrase's last word (rule
`participle_after_head`, mentions.participle_tail, asked by mentions.phrases `_unnamed_out`). Made-up sentences in
the manner of wars no eval set holds (the Chaco War, the Biafran War), positive and negative."""
from __future__ import annotations

import pytest

from presslens.mentions.participle_tail import participle_after_head
from quote_rows import row_near

POSITIVE = [
    ("Chaco: an army statement issued in a capital",
     "ASUNCION, Dec. 9. A Paraguayan Army statement issued in Asuncion said 2,000 Bolivians had died at Nanawa.\n",
     "A Paraguayan Army statement", "a Paraguayan Army statement"),
    ("Biafra: guerrillas battling in a place",
     "Lagos, July 3. Biafran guerrillas battling in the creeks claimed they had taken the bridge.\n",
     "Biafran guerrillas", "biafran guerrillas"),
]


@pytest.mark.parametrize("label, text, cue_at, expected", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_participle_cut(label, text, cue_at, expected):
    row = row_near(text, cue_at)
    assert (row["speaker"].lower(), row["speaker_by"]) == (expected.lower(), "participle_after_head")


@pytest.mark.parametrize("phrase", ["people living", "a Spaniard returning", "Thursday evening", "the wounded",
                                    "two hundred", "the rebels' political wing", "occasional shelling",
                                    "relatives of the accused", "the newly displaced", "Colonel Reed"])
def test_participle_left(phrase):
    assert participle_after_head(phrase) == phrase


def test_travellers_keep_their_participle():
    row = row_near("Lagos, July 3. People living in Onitsha said the shelling had lasted all night.\n", "People")
    assert row["speaker"] == "people living" and row["speaker_by"] != "participle_after_head"
