"""Casualty claims: tolls in a headline's shapes: a headline toll, one person by a bare role in a headline list
(casualties/headline_tolls.py). Moved from the session-named test files (tests/test_casualties_real*_families.py,
test_casualties_recall*.py) in session 16, cases and assertions unchanged; the copy is invented, in the styles of
wars in none of the eval sets."""
from __future__ import annotations

import pytest

from claim_families import assert_absent, assert_found, claims


# (family, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND = [
    ("after 'and'", "Villagers and army sergeant killed in Kandy clash", [("killed", 1, 1, None)]),
    ("after a comma, its own cue", "Reporter killed, freelance cameraman hurt in Vientiane blast",
     [("killed", 1, 1, None), ("wounded", 1, 1, None)]),
    ("lower-case object of 'kill'", "Guerrillas kill police superintendent near Sukhumi", [("killed", 1, 1, None)]),
    ("after a comma, no verb of its own", "Police, army sergeant killed", [("killed", 1, 1, None)]),
]


@pytest.mark.parametrize("family,text,expected", FOUND)
def test_found(family, text, expected):
    assert_found(family, claims(text), expected)


# (family, text, records that must not be found: None = no record at all)
ABSENT = [
    # a sentence, not a headline: the cue is an active verb with its object
    ("a sentence", "Villagers and army sergeant killed two rebels near Kandy.", [("killed", 1, 1, None)]),
    # no harm cue after the role
    ("no cue", "Rebels and government sign deal, soldier freed in Sukhumi", None),
    ("unhurt", "Minister, aide unhurt as convoy ambushed near Kandy", None),
    # 'kill' with no person after it
    ("no person", "Militants kill hopes of peace in Kandy", None),
    # an active verb with an object in a headline-like line
    ("an object after the cue", "Army and police officer killed hundreds of cattle, villagers say", None),
    ("an idiom", "Voters and election officer killed time at the polling station", None),
]


@pytest.mark.parametrize("family,text,absent", ABSENT)
def test_absent(family, text, absent):
    assert_absent(family, claims(text), absent)


# (family, rule, text, the (category, low, high, vague) records expected among the article's, each as often)
FOUND_BY_RULE = [
    # -- F4: a headline toll with no link (headline_tolls.headline_toll) -------------------------------------------
    ("F4", "headline_toll", "Death Toll in Famagusta Fighting About 300", [("killed", 300, 300, None)]),
    ("F4", "headline_toll", "Civilian toll in Enugu 85, Red Cross says", [("killed", 85, 85, None)]),
    ("F4", "headline_toll", "Casualty toll in Onitsha fighting 'over 400'", [("casualties", 401, None, None)]),
]


@pytest.mark.parametrize("family,rule,text,expected", FOUND_BY_RULE)
def test_found_by_rule(family, rule, text, expected):
    assert_found(f"{family} {rule}", claims(text), expected)


# (family, rule, text, records that must not be found: None = no record at all)
ABSENT_BY_RULE = [
    ("F4", "headline_toll", "The toll in the town of 5,000 was not known.", None),
    ("F4", "headline_toll", "Toll road fees in Enugu 300, drivers complain", None),
]


@pytest.mark.parametrize("family,rule,text,absent", ABSENT_BY_RULE)
def test_absent_by_rule(family, rule, text, absent):
    assert_absent(f"{family} {rule}", claims(text), absent)
