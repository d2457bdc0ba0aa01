"""Rule `responsibility_claimed`: a count inside a claim of responsibility is the article's own fact.

docs/annotation.md ("Conventions settled across the dev sets"): in `The FMLN claimed responsibility for the
ambush, which killed six soldiers` the group claims who did it, not how many died: the six dead are told in the
article's voice (claimant null) and `claimed` hedges nothing.  A group's own count after a saying verb (`claimed
responsibility for the raid and said it had killed 20 soldiers`) stays the group's claim, hedged as before.
"""

from __future__ import annotations

import re

from .found import Found

#: a claim of responsibility: 'claimed responsibility for', 'claiming credit for', 'claimed it planted the bomb'
RX_RESPONSIBILITY = re.compile(r"""
    \bclaim(?:ed|s|ing)?\s+
    (?:(?:full\s+|sole\s+)?(?:responsibility|credit)\s+for
     |(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:planted|carried\s+out|staged|was\s+behind|were\s+behind|set\s+off|
        detonated|laid|mounted|launched))\b
""", re.X | re.I)
#: a saying verb after the claim of responsibility: the count after it is the group's own claim
_RX_SAID_AFTER = re.compile(r"\b(?:said|says|saying|added|adding|claimed|claiming|announced|stated|boasted)\b", re.I)
_RX_CLAIM_WORD = re.compile(r"\bclaim(?:ed|s|ing)?\b", re.I)


def responsibility_covers(sent: str, a: int, f: Found) -> bool | None:
    """True when claim f (text offsets; the sentence starts at a) is told inside a claim of responsibility, False
    when a saying verb after that claim makes it the group's own, None when the sentence claims no responsibility
    or f comes before it.

    >>> s = "The FMLN claimed responsibility for the ambush, which killed six soldiers near San Miguel."
    >>> responsibility_covers(s, 0, Found("killed", 6, 6, None, s.index("killed"), s.index(" near"), [], None))
    True
    >>> s = "The rebels claimed responsibility for the raid and said they had killed 20 soldiers."
    >>> responsibility_covers(s, 0, Found("killed", 20, 20, None, s.index("killed"), len(s) - 1, [], None))
    False
    """
    m = RX_RESPONSIBILITY.search(sent)
    if m is None or f.start - a < m.end():
        return None
    return not _RX_SAID_AFTER.search(sent, m.end(), f.start - a)


def only_claim_is_responsibility(sent: str) -> bool:
    """True when every 'claim' word of the sentence is its claim of responsibility (then `claimed` hedges nothing).

    >>> only_claim_is_responsibility("IS killed dozens of people and claimed it planted the bomb.")
    True
    >>> only_claim_is_responsibility("The army claimed 40 rebels died; the rebels claimed responsibility for it.")
    False
    """
    claims = _RX_CLAIM_WORD.findall(sent)
    return bool(claims) and len(claims) == len(RX_RESPONSIBILITY.findall(sent))
