"""Rule `amounting_verb` (casualties/amounting.py, read by phrases.py `_toll`; the verbs of amounting in
casualties.yaml `toll_links`; session 25, s25-recall): a verb of amounting (`numbered`, `aggregate`, `comprised`)
links the harmed to their count: after a toll noun or `casualties` / `losses` (the toll grammar's branches), or after
a participle or adjective of harm that names the harmed ('the enemy dead numbered 900'). Sentences in the styles of
wars in none of the eval sets (the Russo-Turkish War of 1877-78, the War of the Pacific, the Anglo-Egyptian War of
1882); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each no claim at the base
    ("The Turks killed before Plevna numbered slightly more than 2,000, the Russian staff reported.",
     ("killed", 2001, None)),
    ("The Chilean wounded numbered 700.", ("wounded", 700, 700)),
    ("Our casualties probably aggregate 120.", ("casualties", 120, 120)),
    ("The official toll comprised 45 villagers.", ("killed", 45, 45)),
    ("The Egyptian dead numbered about 2,000 at Tel el-Kebir.", ("killed", 2000, 2000)),
])
def test_a_verb_of_amounting_links_the_harmed_to_their_count(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    # no harm in the subject: strengths, not losses
    "The Russian army before Plevna numbered 100,000.",
    "The Peruvian garrison numbered about 2,500 men.",
    # the harm is in another clause
    "Ten villagers were killed; the garrison numbered 400.",
    # an ordinal or a page, not a count of the harmed
    "The wounded were in the hospital numbered 4.",
])
def test_no_harmed_subject_no_claim(text):
    rows = claims_in(text)
    assert not any(r[1] in (100000, 2500, 400, 4) for r in rows)
