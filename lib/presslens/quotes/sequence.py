"""Named rule `ended_by_participle`: a statement's last or first part given as the manner of a verb of ending or
opening ('The statement concluded by stressing that ...', 'It ends by saying that ...', 'He opened by recalling
that ...'): the participle after 'by' is a cue whose speaker is that verb's subject.
"""
from __future__ import annotations

import re

#: a verb of ending or opening, then 'by', right before a participle cue
_RX_ENDED_BY = re.compile(r"""\b(?:conclude[sd]?|concluding|end(?:s|ed)?|finish(?:es|ed)?|clos(?:es|ed)|wrap(?:s|ped)\s+up|
    beg(?:an|ins)|open(?:s|ed)|start(?:s|ed))\s+by\s*$""", re.X | re.I)


def ended_by_participle(before: str, form: str) -> bool:
    """Whether a participle cue (`form`) follows 'concluded by', 'ends by', 'began by' ... (`before`: the words
    before the cue): a cue, not a participle governed by a preposition ('killed by', 'by saying so' alone).

    >>> ended_by_participle("The communiqué concluded by ", "stressing"), ended_by_participle("It finishes by ", "saying")
    (True, True)
    >>> ended_by_participle("He was shot by ", "saying"), ended_by_participle("The statement concluded by ", "said")
    (False, False)
    """
    return form.endswith("ing") and _RX_ENDED_BY.search(before) is not None
