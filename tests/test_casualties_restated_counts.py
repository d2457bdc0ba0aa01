"""Casualty claims: counts that restate another: 'as many' (casualties/restated_counts.py). Moved from the session-named
test files (tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases and assertions
unchanged; the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import rows


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- 'N of them' after a count; 'as many' ----------------------------------------------------------------------
    ("killed and as many wounded (Western Sahara)",
     "The Polisario said six Moroccan soldiers had been killed and as many wounded near Guelta.", None,
     "real3_families.txt",
     [("killed", 6, 6, None, "unknown"), ("wounded", 6, 6, None, "unknown")]),
    ("as many as N is a bound, not a restatement (Chechnya)",
     "Four fighters were killed and as many as 30 wounded.", None,
     "real3_families.txt",
     [("killed", 4, 4, None, "unknown"), ("wounded", None, 30, None, "unknown")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected
