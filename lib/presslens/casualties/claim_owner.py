"""Rule `claim_noun_owner`: a count told as the content of someone's claim noun is that someone's claim, whoever
reports it ("Moscow's widely disputed claims that 6,000 of its troops were killed", "a claim made by the rebels that
they abducted a soldier", "claims by the guerrillas that six soldiers died"); the denial of such a claim is
casualties.hedges.denied_claim's."""
from __future__ import annotations

import re

from .found import Found

_RX_CLAIM_OWNER = re.compile(r"""
    (?:(?P<owner>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w.\-]*|the\s+[a-z]+(?:\s+[a-z]+)?)['’]s?\s+  # "Moscow's", "the army's"
       (?:[a-z\-]+\s+){0,3}?claims?                                  # 'widely disputed claims'
     | claims?\s+(?:made\s+|issued\s+|put\s+forward\s+|published\s+)?by\s+   # 'a claim made by'
       (?P<by>(?:the\s+)?[\w'’.\-]+(?:\s+[\w'’.\-]+){0,3}?)                  # 'naxals', 'communist rebels'
    )\s+that\b
    """, re.X)


def claim_noun_owner(sent: str, a: int, f: Found) -> str | None:
    """The owner of the claim noun whose `that` clause holds the count f, as named, else None.

    >>> s = "Security agencies are checking a claim made by naxals that they abducted a commando, sources said."
    >>> claim_noun_owner(s, 0, Found("captured", 1, 1, None, s.index("abducted"), s.index(", sources"), [], None))
    'naxals'
    >>> s = "His figures contrast with Moscow's widely disputed claims that 6,000 of its troops were killed."
    >>> claim_noun_owner(s, 0, Found("killed", 6000, 6000, None, s.index("6,000"), len(s) - 1, [], None))
    'Moscow'
    >>> s = "They checked a claim by the rebels that they shot a pilot after the raid that left 22 soldiers dead."
    >>> claim_noun_owner(s, 0, Found("killed", 22, 22, None, s.index("22"), len(s) - 1, [], None)) is None
    True
    >>> s = "The army said 12 rebels were killed, rejecting claims that civilians died."
    >>> claim_noun_owner(s, 0, Found("killed", 12, 12, None, s.index("12"), s.index(" were"), [], None)) is None
    True
    """
    best = None
    for m in _RX_CLAIM_OWNER.finditer(sent):
        if a + m.end() <= f.start:
            best = m
        else:
            break
    if best is None:
        return None
    between = sent[best.end():f.start - a]
    if re.search(r"[.;]\s|\b(?:but|while|whereas|that|which|who)\b", between):
        return None     # the count stands in a clause of its own ('... after the ambush that left 22 dead')
    return best.group("owner") or best.group("by")
