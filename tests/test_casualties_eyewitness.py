"""Casualty claims: an unnamed eyewitness who saw the dead, as the claimant (casualties/eyewitness.py). Moved from the
session-named test files (tests/test_casualties_real*_families.py, test_casualties_recall*.py) in session 16, cases
and assertions unchanged; the copy is invented, in the styles of wars in none of the eval sets."""
from __future__ import annotations

from presslens.casualties import extract_article


def test_eyewitness_who_saw_the_dead_is_the_claimant():
    """'A Reuters witness saw about 12 bodies, four of them in cars' (Chechnya style): the witness claims both."""
    recs = extract_article("a.txt", "An AFP correspondent saw about 20 bodies, six of them in a burnt-out bus, on the "
                                    "road out of Samashki.")
    assert [(r["low"], r["claimant"]) for r in recs] == [(20, "an AFP correspondent"), (6, "an AFP correspondent")]
