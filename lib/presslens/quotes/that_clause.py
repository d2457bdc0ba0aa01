"""Named rule `considered_that_clause`: the cue form `considered that` / `considers that` reports a view only when a
clause follows `that` ('the Front considered that the Moroccan action represented a breach'), not when `that` is a
determiner ('the army considered that option too risky').
"""
from __future__ import annotations

import re

#: a clause's first word after 'that': a determiner, a pronoun, 'there', a number or a capitalised word
_RX_CLAUSE_OPENS = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|it|they|he|she|we|this|these|those|there|"
                              r"some|no|all|any|[A-Z]|\d)")


def clause_after_that(after: str) -> bool:
    """Whether the words `after` a cue form ending in `that` open a clause.

    >>> clause_after_that(" the Moroccan action represented a breach"), clause_after_that(" Rabat had broken the truce")
    (True, True)
    >>> clause_after_that(" option too risky"), clause_after_that(" was wrong")
    (False, False)
    """
    return _RX_CLAUSE_OPENS.match(after) is not None
