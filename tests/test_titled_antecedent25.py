"""Session 25, the speaker itself (docs/rules.md "Session 25: the titled surname (branch s25-speaker)"): 'he'/'she'
takes a person named by a title and one surname in its own sentence or the one before ('General Varga cabled ...
He claimed'), whom the name inventory (two words or more) does not hold (rule `titled_surname_before`,
mentions.titled_antecedent, asked by mentions.kinds `_pronoun_chosen`). Made-up sentences in the manner of wars no
eval set holds (the Chaco War, the Rif War, the Greco-Turkish war of 1919-22), positive and negative."""
from __future__ import annotations

import pytest

from quote_rows import row_near

POSITIVE = [
    ("Chaco: a general's cable, then 'He claimed' (no antecedent before)",
     "ASUNCION, Dec. 9. General Estigarribia cabled to the President a long story of the assaults on Nanawa. "
     "He claimed that the Bolivians had lost 2,000 men.\n", "He claimed",
     ("General Estigarribia", "titled_surname_before")),
    ("Rif: figures given by a titled officer, then 'He said' (the person named in full earlier is farther)",
     "The rebel leader Abd el-Krim Khattabi held the heights above Anual. The column of Colonel Silvestre "
     "fell back to Melilla on Monday. He said that 128 of his men were wounded.\n", "He said",
     ("Colonel Silvestre", "titled_surname_before")),
    ("Greco-Turkish: 'Mr.' with its dot is no sentence's end",
     "SMYRNA, Sept. 3. Mr. Venizelos sailed for London on Sunday. He said the Greek army had "
     "lost 400 men at Afyon.\n", "He said",
     ("Mr. Venizelos", "titled_surname_before")),
]

NEGATIVE = [
    ("Chaco: a person named in full since is the nearer antecedent",
     "General Estigarribia met the envoy Carlos Saavedra at Villa Montes. He said the talks had failed.\n",
     "He said", "General Estigarribia"),
    ("Rif: 'She' never takes a title of the other gender",
     "Mr. Silvestre met the nurses at Melilla. She said 12 wounded had arrived.\n", "She said", "Mr. Silvestre"),
    ("Greco-Turkish: a body's word after the title is no surname",
     "The General Staff met in Ankara on Monday. He said the front was quiet.\n", "He said", "General Staff"),
    ("Chaco: two sentences back is too far",
     "General Estigarribia left Nanawa on Sunday. The rains came on Monday. He said the road was cut.\n",
     "He said", "General Estigarribia"),
]


@pytest.mark.parametrize("label, text, cue_at, expected", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_titled_surname_taken(label, text, cue_at, expected):
    row = row_near(text, cue_at)
    assert (row["speaker"], row["speaker_by"]) == expected


@pytest.mark.parametrize("label, text, cue_at, not_expected", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_titled_surname_left(label, text, cue_at, not_expected):
    row = row_near(text, cue_at)
    assert row["speaker"] != not_expected and row["speaker_by"] != "titled_surname_before"
