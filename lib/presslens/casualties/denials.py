"""Denials and non-denials: a denial cue that the words before it cancel ('has neither confirmed nor denied', 'did not
deny'), which ``hedges`` reads before marking a claim disputed.
"""
from __future__ import annotations

import re


# ----------------------------------------------------------------------------------------------------------
# A denial that is no denial
# ----------------------------------------------------------------------------------------------------------

#: 'has neither confirmed nor denied', 'did not deny', 'has not denied', 'would not confirm or deny'
_RX_NON_DENIAL = re.compile(r"\b(?:neither\s+(?:\w+\s+){0,2}?(?:nor|or)|not\s+(?:\w+\s+)?(?:or|nor)|(?:did|does|has|have|"
                            r"had|would|will)\s*(?:not|n[o’']t)\s+(?:yet\s+)?)\s*$", re.I)


def is_non_denial(sent: str, cue_start: int) -> bool:
    """A denial cue that the words before it cancel: 'Israel has neither confirmed nor denied responsibility',
    'The army did not deny the toll' dispute nothing.

    >>> s = "The army has neither confirmed nor denied responsibility."
    >>> is_non_denial(s, s.index("denied"))
    True
    >>> s = "The army denied responsibility."
    >>> is_non_denial(s, s.index("denied"))
    False
    """
    return _RX_NON_DENIAL.search(sent[max(0, cue_start - 60):cue_start]) is not None
