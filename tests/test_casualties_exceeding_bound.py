"""A count after a verb of exceeding (session 24, s24-oldcopy; docs/rules.md "Session 24: casualty claims missed in
old and cabled copy"): rule `exceeding_verb_bound` (casualties/numbers.py) reads `exceeded 100` as `more than 100`
(101 or more) and `did not exceed 85` as 85 at most; the toll links take the verb's other forms (`exceed`, `exceeds`,
`surpassed`, `surpasses`). Sentences in the styles of wars in none of the eval sets (the Crimean War, the
Franco-Prussian War, the Greco-Turkish War of 1897); names are invented."""
from __future__ import annotations

import pytest

from presslens.casualties.numbers import find_quantities
from presslens.casualties.lexicon import load_lexicon
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each read 100/100 (or no claim) before the rule
    ("The Russian losses at the Alma are said to exceed 5,000.", ("casualties", 5001, None)),
    ("French casualties before Metz exceed 12,000, the correspondent writes.", ("casualties", 12001, None)),
    ("The toll at Domokos may well have exceeded 300.", ("killed", 301, None)),
    ("Prussian casualties surpassed 2,000 in the two days.", ("casualties", 2001, None)),
    # negated: a ceiling
    ("The War Office said British casualties did not exceed 40.", ("casualties", None, 40)),
    ("The Greek losses at Velestino did not exceed 60, the consul wrote.", ("casualties", None, 60)),
])
def test_a_count_after_a_verb_of_exceeding_is_a_bound(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]


@pytest.mark.parametrize("text, bounds", [
    ("Deaths said to top 700 at Sebastopol", [(701, None)]),
    ("casualties never exceeded 90", [(None, 90)]),
    # `top` as an adjective is no verb: no bound
    ("the Cossacks killed the top 10 officers of the battery", [(10, 10)]),
    # a bound of its own stays
    ("the toll exceeded more than 200", [(201, None)]),
    # a verb of exceeding with other words between it and the count: no bound
    ("the Turks exceeded the Greeks by 300 men", [(300, 300)]),
])
def test_the_bound_read_by_the_number_reader(text, bounds):
    assert [(q.low, q.high) for q in find_quantities(text, load_lexicon())] == bounds


@pytest.mark.parametrize("text, claim", [
    # no verb of exceeding: the count is exact, as before
    ("The Russian losses at the Alma were 5,000.", ("casualties", 5000, 5000)),
    ("Fourteen Zouaves were killed before the Malakoff.", ("killed", 14, 14)),
])
def test_other_counts_stay_exact(text, claim):
    assert claim in [r[:3] for r in claims_in(text)]
