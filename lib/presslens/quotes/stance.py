"""Named rule `expressed_stance`: `expressed` / `expresses` / `expressing` is a cue only when its object is a stance
held about something, a word of opinion, view, regret, concern or resolve (the stances the dev golds record; 'expressed
hope' is left, tests/test_quotes_recall15.py), with at most three modifiers before
it ('expressed the opinion that ...', 'expressed renewed concern over ...', 'expressed determination not to ...',
'expressed his "regret that ..."'); condolences, thanks, support and a feeling alone are no statement ('expressed
its heartfelt condolences', 'the views expressed are his own').
"""
from __future__ import annotations

import re

from .spans import MASK

#: the object: up to three lower-case modifiers ('the', 'his', 'renewed', 'deep', 'grave'), then a stance noun, or a
#: quote (masked) that opens on one ('his "regret that ...'); the noun's plural too ('views', 'concerns')
_RX_STANCE_OBJECT = re.compile(r"""
    \s+(?:(?:the|a|an|his|her|its|their|our|my|[a-z]+ly|renewed|deep|grave|serious|strong|firm|growing|great|
             full|some|new|further|cautious|continued|personal|public)\s+){0,3}
    (?:opinion|view|belief|determination|resolve|regret|concern)s?\b
    """, re.X)


def stance_after(after: str) -> bool:
    """Whether the words `after` an `express` form begin with a stance as its object (a quote that opens on one is
    masked by then: a masked quote right after a possessive counts, its words being the statement).

    >>> stance_after(" the opinion that the tempo has slowed"), stance_after(" renewed concern Tuesday over ...")
    (True, True)
    >>> stance_after(" determination not to surrender"), stance_after(" its heartfelt condolences to the family")
    (True, False)
    >>> stance_after(" are his own"), stance_after(" firm support for Pakistan")
    (False, False)
    """
    if _RX_STANCE_OBJECT.match(after):
        return True
    m = re.match(r"\s+(?:his|her|its|their|our|my)\s+" + MASK + r"{3}", after)
    return m is not None
