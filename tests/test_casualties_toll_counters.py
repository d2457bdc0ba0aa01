"""A toll told through a counting noun of general English (session 22, s22-recall; docs/rules.md "Session 22: casualty
claims missed on fresh copy"): rule `toll_counting_noun` (casualties/toll_counters.py) and the bound before the count
of rule `number_after_count` (casualties/phrases.py). Sentences in the styles of wars in none of the eval sets (the
Second Boer War, Zanzibar 1964, the Laotian civil war); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties import extract_article
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, cat, low, high", [
    # a counting noun, 'of', the harm (a passive cue or a harm noun), a link verb, the count
    ("By Tuesday the estimate of burghers killed at the river had risen to 1,200, the Times correspondent wrote.",
     "killed", 1200, 1200),
    ("The tabulation of deaths on the island since the revolution now stood at 640.", "killed", 640, 640),
    ("The tally of the dead in Stone Town reached 85 on Sunday.", "killed", 85, 85),
    ("The estimated number of casualties, currently at 47, is expected to rise, the mission said.",
     "casualties", 47, 47),
    ("The total of prisoners taken at the pass stood at 400.", "captured", 400, 400),
    ("The figure of those wounded in the shelling of Vientiane was 212.", "wounded", 212, 212),
    # number_after_count: a bound before the count no longer hides 'the number of'
    ("The ambush brought to at least 19 the number of Royal Army soldiers killed this month.", "killed", 19, None),
])
def test_toll_counting_noun_reads_the_count(text, cat, low, high):
    rows = claims_in(text)
    assert (cat, low, high) in [(r[0], r[1], r[2]) for r in rows]


@pytest.mark.parametrize("text", [
    # a counting noun with no harm after its 'of'
    "The number of checkpoints on the Mafeking road had risen to 40.",
    "The estimate of the garrison's strength stood at 3,000 men.",
    # the harm is another clause's, past the comma
    "The tally of villages, where the raiders killed cattle, stood at 12.",
    # a sentence break between the counting noun and the count
    "The total of the dead was not given. Officials said at 9 the council would meet.",
])
def test_toll_counting_noun_leaves_other_counts(text):
    assert all(r["found_by"] != "toll_counting_noun" for r in extract_article("t.txt", text))
    assert not [r for r in claims_in(text) if r[1] in (40, 3000, 12, 9)]


def test_the_rule_names_itself_in_found_by():
    rows = extract_article("t.txt", "The tabulation of deaths in the district now stood at 88, the agency said.")
    assert [(r["category"], r["low"], r["found_by"]) for r in rows] == [("killed", 88, "toll_counting_noun")]
