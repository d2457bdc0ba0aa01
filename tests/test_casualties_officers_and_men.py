"""Rule `officers_and_men` (casualties/ranks.py, read by listed_kinds.py `coordinated_kinds` and further_counts.py
`counts_after_harm_verb` / `side_lost_people`; session 27, s27-recall): a force's loss told by its ranks, its officers
and then its men, the rank and file ('20 officers and 115 men killed', 'we captured five officers and 300 men'), is
one loss of one force: one summed record, `found_by` `officers_and_men`. `men` beside women or children stays a
demographic word that splits a list, and ranks beside another force stay apart. Sentences in the styles of wars in
none of the eval sets (the Crimean War, the Franco-Prussian War, the Russo-Turkish War of 1877-78, the Peninsular
War); names are invented."""
from __future__ import annotations

import pytest

from presslens.actors import Actors
from presslens.casualties import extract_article
from presslens.casualties.rules import claims_in


@pytest.mark.parametrize("text, claim", [
    # each split in two at the base (or its first count alone after an active verb)
    ("Eleven officers and 230 men of the Coldstream Guards were killed at Inkerman.", ("killed", 241, 241)),
    ("The brigade's casualties totaled 9 officers and 160 men killed and 14 officers and 310 men wounded.",
     ("killed", 169, 169)),
    ("The brigade's casualties totaled 9 officers and 160 men killed and 14 officers and 310 men wounded.",
     ("wounded", 324, 324)),
    ("At least 3 officers and 40 men were wounded at Gravelotte.", ("wounded", 43, None)),
    ("The Prussians captured 27 officers and 1,100 men at Sedan.", ("captured", 1127, 1127)),
    ("The Turks lost 12 officers and 400 men before Plevna.", ("killed", 412, 412)),
])
def test_officers_and_men_are_one_sum(text, claim):
    rows = [r[:3] for r in claims_in(text)]
    assert claim in rows
    assert len(rows) == len({r[0] for r in rows})   # the parts are no records of their own


@pytest.mark.parametrize("text, claims", [
    # `men` beside women and children: people counted by sex, one record each
    ("Villagers said 40 men, 11 women and six children had been killed at Balaklava.",
     [("killed", 40, 40), ("killed", 11, 11), ("killed", 6, 6)]),
    ("Eight officers, 40 men and three women were killed when the magazine blew up at Badajoz.",
     [("killed", 8, 8), ("killed", 40, 40), ("killed", 3, 3)]),
    # ranks of two forces stay apart
    ("The Prussians captured 12 soldiers and three policemen at Metz.", [("captured", 12, 12), ("captured", 3, 3)]),
    # ranks of one force without `men`: one sum, as before
    ("Two officers and nine soldiers were killed near Shipka.", [("killed", 11, 11)]),
])
def test_other_lists_are_read_as_before(text, claims):
    assert [r[:3] for r in claims_in(text)] == claims


def test_officers_and_men_is_the_found_by():
    text = "Eleven officers and 230 men of the Coldstream Guards were killed at Inkerman, the War Office said."
    rows = extract_article("crimea.txt", text, actors=Actors([]))
    assert [(r["low"], r["found_by"]) for r in rows] == [(241, "officers_and_men")]
