"""Officers and men: a force's loss told by its two ranks (session 27, s27-recall; docs/rules.md "Session 27: officers
and men"). Military English counts a unit's loss as its officers and its men, the rank and file ('20 officers and 115
men killed', 'we captured five officers and 300 men', 'Sixteen officers and 48 men of the Scottish Horse were
wounded'): `men` beside a rank is no sex of the people counted but the rest of the same force, so the two counts are
one loss of one force, summed as ranks of one force are (docs/annotation.md, "Coordinated counts": 'two officers and
nine soldiers' is one sum). Read by the list grammar (listed_kinds.py `coordinated_kinds`, where `men` is otherwise a
demographic word that splits a list: '40 men, 11 women and six children') and by the further counts of an active verb
(further_counts.py `counts_after_harm_verb`, where each counted object is otherwise its own record).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The column lost 14 officers and 212 men killed at Plevna.")
    [('killed', 226, 226, None, 'unknown')]
    >>> claims_in("The dragoons captured three officers and 90 men near Talavera.")
    [('captured', 93, 93, None, 'unknown')]
    >>> claims_in("The Turks lost 12 officers and 400 men in the assault.")
    [('killed', 412, 412, None, 'unknown')]
"""
from __future__ import annotations

#: the claim's `found_by` (provenance)
OFFICERS_AND_MEN = "officers_and_men"
#: the ranks whose count `men` completes (plural heads of the victims' phrase): the commissioned and the
#: non-commissioned ('13 officers and 53 men', '4 NCOs and 30 men')
RANKS = frozenset(["officers", "ncos", "subalterns", "sergeants", "lieutenants", "captains"])
#: the rank and file, counted after a rank
RANK_AND_FILE = frozenset(["men"])


def officers_and_men(heads: list[str]) -> bool:
    """Rule `officers_and_men`: the heads of a list's counts are a rank and then the rank and file (`officers` ...
    `men`), and nothing else: one loss of one force, one sum.

    >>> [officers_and_men(h) for h in (["officers", "men"], ["ncos", "men"], ["men", "women"], ["officers", "soldiers"],
    ...                                 ["men", "officers"], ["officers", "men", "women"])]
    [True, True, False, False, False, False]
    """
    return len(heads) >= 2 and heads[-1] in RANK_AND_FILE and all(h in RANKS for h in heads[:-1])
