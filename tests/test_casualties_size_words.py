"""Lexicon `vague_adjectives`, the size words of general English (session 26, s26-recall; docs/rules.md "Session 26:
casualty claims missed"): `big`, `great`, `enormous`, `frightful`, `terrible`, `small`, `slight` ... before a harm noun
(`big losses`, `a terrible toll`) or as its predicate (`the losses were small`) make a vague claim, as `heavy` and
`light` always did. Sentences in the styles of wars in none of the eval sets (the Crimean War, the Franco-Prussian
War, the Boshin War); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # none of these was read at the base
    ("The Russians are said to have suffered big losses before Sebastopol.", ("casualties", None, None, "big")),
    ("The Bavarians drove back the French with frightful losses.", ("casualties", None, None, "frightful")),
    ("Enormous losses were reported among the Zouaves at the Alma.", ("casualties", None, None, "enormous")),
    ("Great toll of samurai in the fighting at Toba", ("killed", None, None, "great")),
    ("The Prussian losses were small, the correspondent writes.", ("casualties", None, None, "small")),
    ("Our casualties were slight, the despatch says.", ("casualties", None, None, "slight")),
])
def test_size_words_make_a_vague_claim(text, claim):
    assert claim in [r[:4] for r in claims_in(text)]


@pytest.mark.parametrize("text", [
    # a size word of something else, or a comparison: no claim
    ("The Allies took big guns up to the heights of Inkerman."),
    ("The losses were smaller than in the spring, the correspondent writes."),
    ("A great number of muskets fell into the hands of the Prussians."),
    ("The risk of losses is small, the engineers said of the new trenches."),
])
def test_what_the_size_words_do_not_take(text):
    assert claims_in(text) == []
