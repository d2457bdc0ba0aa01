"""Rule `age_of_person` (casualties/claims.py `_not_a_count`; session 27, s27-recall): a number after a person noun
and `of` is the person's age or command, never a count of victims ('a child of 10 were killed' is one child, not ten
dead; the older register's 'a boy of 12', 'a man of 40'; 'the commander of 300 soldiers was killed' is one death), a
plain fault: no reading wants the age counted. Sentences in the
styles of wars in none of the eval sets (the Russo-Turkish War of 1877-78, the Balkan Wars, the Greco-Turkish War of
1919-22); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, age", [
    ("A child of 10 was killed when the shell struck the church at Kars.", 10),
    ("His brother, two colonels and a boy of 12 were killed when the bashi-bazouks fired on the house.", 12),
    ("A woman of 60 was wounded by the bombardment of Adrianople.", 60),
    ("Irregulars shot a man of 45 and two of his sons near Smyrna.", 45),
])
def test_an_age_is_no_count(text, age):
    assert not any(r[1] == age for r in claims_in(text))


@pytest.mark.parametrize("text, claim", [
    ("A child of 10 was killed when the shell struck the church at Kars.", ("killed", 1, 1)),
    # a count after a body's noun, or after a person who leads it, is read as before
    ("A detachment of 30 soldiers was killed near Kirk Kilisse.", ("killed", 30, 30)),
    ("The commander of 300 soldiers was killed at Lule Burgas.", ("killed", 1, 1)),
])
def test_the_people_are_counted(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]
