"""Named rule `named_the_dead`: `named` is a cue when a speaker names people or places it reports on, its object a
noun phrase opened by a determiner or a number ('named the four soldiers killed', 'named two of the dead men as X and
Y', 'named the slain members as ...', 'named two provincial capitals among the targets'); not a name given ('a
commander named Didier', 'an islet named Green Island'), a passive ('asked not to be named', 'was named as'), or a
namesake ('named after').
"""
from __future__ import annotations

import re

#: the object opens on a determiner, a possessive or a number: 'the four', 'two of', 'five men', 'all the'
_RX_COUNTED_OBJECT = re.compile(r"""
    \s+(?:the|these|those|all|both|its|their|his|her|several|some|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|
       eleven|twelve|dozens|scores|hundreds)(?=\s+(?:of\b|[a-z])))\s
    """, re.X)
#: a passive or an infinitive before: 'be named', 'was named', 'being named', 'not named'
_RX_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|not|newly|so|to)\s+$", re.I)


def named_the_dead(before: str, after: str) -> bool:
    """Whether `named` between `before` (the words before it in its sentence, up to 16 characters) and `after` (the
    rest of its sentence) reports whom or what a speaker named.

    >>> named_the_dead("the army last night ", " the four soldiers killed in the ambush")
    True
    >>> named_the_dead("official, ", " two of the dead men as A and B")
    True
    >>> named_the_dead("a commander ", " Didier or Didi"), named_the_dead("not to be ", " said the town fell")
    (False, False)
    >>> named_the_dead("The victim was ", " as a farmer"), named_the_dead("a street ", " after the war")
    (False, False)
    """
    return _RX_COUNTED_OBJECT.match(after) is not None and _RX_PASSIVE_BEFORE.search(before) is None
