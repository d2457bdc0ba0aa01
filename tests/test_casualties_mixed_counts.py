"""Casualty claims: counts called civilian, mixed or a war's toll by the words around them (casualties/mixed_counts.py).
Moved from the session-named test files (tests/test_casualties_real*_families.py, test_casualties_recall*.py) in
session 16, cases and assertions unchanged; the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import rows
from war_registries import GENERAL


# (family, text, registry, article, [(category, low, high, vague, victim_side)]): the article's records, exactly
ROWS = [
    # -- people counted 'including civilians' are a mixed group ----------------------------------------------------
    ("N people, including civilians, have been killed (Karabakh)",
     "More than 50 people, including civilians, have been killed in Stepanakert since Tuesday, officials said.",
     GENERAL, "real_families.txt",
     [("killed", 51, None, None, "unknown")]),
    ("strikes killed N people including a civilian (Sudan)",
     "Drone strikes killed eight people including a civilian in Kassala, the RSF said.",
     GENERAL, "real_families.txt",
     [("killed", 8, 8, None, "unknown"), ("killed", 1, 1, None, "civilian")]),
    # -- a war's toll, a mixed count, 'All civilians' --------------------------------------------------------------
    ("a war's toll beside the displaced stays unknown (Kurdistan)",
     "More than 30,000 people have died in the conflict, and about 380,000 have been displaced from their villages.",
     None, "real3_families.txt",
           [("killed", 30001, None, None, "unknown"), ("displaced", 380000, 380000, None, "civilian")]),
    ("most of whom were civilians: a mixed count (Chechnya)",
     "The siege of the city claimed the lives of 4,000 people, most of whom were civilians, the monitors said.", None,
     "real3_families.txt",
     [("killed", 4000, 4000, None, "unknown")]),
    ("the words that say civilians stand (Balkans)",
     "At least 40 civilians were killed in the fighting around Vitez.", None,
     "real3_families.txt",
     [("killed", 40, None, None, "civilian")]),
    ("N dead and M wounded. All civilians. (Balkans)",
     "At least 11 killed in shelling of Tuzla. “So far, 11 dead and 30 wounded. All civilians,” the mayor wrote.",
     None, "real3_families.txt",
           [("killed", 11, None, None, "civilian"), ("killed", 11, 11, None, "civilian"),
            ("wounded", 30, 30, None, "civilian")]),
]


@pytest.mark.parametrize("family,text,actors,article,expected", ROWS, ids=[c[0] for c in ROWS])
def test_rows(family, text, actors, article, expected):
    assert rows(text, actors, article) == expected
