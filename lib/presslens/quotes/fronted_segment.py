"""Named rule for a cue's subject after a fronted adjunct segment: 'In a statement issued on Friday, the
Polisario Front, which ..., condemned the raid' -> the Front condemns, not 'a statement issued'.
"""
from __future__ import annotations

import re

#: a comma segment that opens a sentence on the channel of a statement: 'In a statement released on Saturday'
_RX_FRONTED_SEGMENT = re.compile(r"""
    (?:In|On|At|During|Through|Via|Speaking\s+(?:in|on|at|to))\s+      # the adjunct's preposition
    (?:[\w’'\-]+\s+){0,3}?                                             # 'a', 'a brief', "Friday's"
    (?:statement|interview|message|post|video|communiqu[eé]|press\s+release|briefing|letter|speech|address|
       conference|tweet|broadcast|recording)s?\b                         # the channel of the statement
    """, re.X)


def fronted_adjunct_subject(first: str, second: str) -> bool:
    """Rule `fronted_adjunct_subject`: when the subject search falls back to a sentence's first comma
    segment and that segment is an adjunct, the subject is the next segment, unless that one is a relative
    clause.

    >>> fronted_adjunct_subject("In a statement issued on Friday", "the Polisario Front (POLISARIO)")
    True
    >>> fronted_adjunct_subject("The Polisario Front", "which said"), fronted_adjunct_subject("In a statement", "which is")
    (False, False)
    >>> fronted_adjunct_subject("In 1991", "the Polisario Front")      # a time adjunct: the clause may report no one
    False
    """
    return _RX_FRONTED_SEGMENT.match(first) is not None and second != "" \
        and not second.startswith(("which", "who", "whose", "where", "when"))
