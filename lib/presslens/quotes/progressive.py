"""Named rule `progressive_cue`: a cue's -ing form after 'is/are/was/were/been' is the finite verb of its clause, not a
participle taking the speaker of the clause before ('both sides were claiming victories', 'China is calling the
assault a terrorist attack', 'the government has been denying the reports'): the subject before the auxiliary speaks.
"""
from __future__ import annotations

import re

from ..mentions.lexicon import Cue
from .clause import _subject_left
from .cues import _cue_refused

#: the auxiliary of a progressive right before the cue, an adverb allowed: 'were ', 'has been ', 'is now '
_RX_PROGRESSIVE_AUX = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:also|still|now|repeatedly|already|increasingly|"
                                 r"openly|publicly|again)\s+)?$")

#: 'what' before or in the subject: 'what he was saying' is a thing said, named, not a statement reported
_RX_WHAT = re.compile(r"\b[Ww]hat\b")


def progressive_item(m: str, sa: int, sb: int, cs: int, ce: int, cue: Cue, surface: str) -> list | None:
    """The item [clause start, cue start, cue end, cue, speaker span, content start, False, surface] of an -ing
    cue form at [cs, ce) of the masked sentence [sa, sb) that follows a progressive auxiliary, its speaker the
    subject before the auxiliary (rule `progressive_cue`), else None. A sentence with no subject there ('what was
    being said') or a cue used otherwise (quotes.cues._cue_refused) gives None, and so does 'are demanding' (a campaign
    going on: 'Militants ... are demanding to join Kosovo', 'They were demanding the reinstatement of Morsi' have no
    record in the golds).

    >>> from presslens.mentions.lexicon import _cues
    >>> s = "Both sides were claiming significant victories."
    >>> it = progressive_item(s, 0, len(s), s.index("claiming"), s.index("claiming") + 8, _cues()[0]["claiming"], "claiming")
    >>> s[it[4][0]:it[4][1]]
    'Both sides'
    >>> s = "Nobody knew what he was saying about the war."
    >>> progressive_item(s, 0, len(s), s.index("saying"), s.index("saying") + 6, _cues()[0]["saying"], "saying") is None
    True
    >>> s = "Rebels attacked the town, claiming it was a base."
    >>> progressive_item(s, 0, len(s), s.index("claiming"), s.index("claiming") + 8, _cues()[0]["claiming"], "claiming") is None
    True
    """
    if cue.lemma == "demand":
        return None         # 'militants are demanding to join X': a campaign going on, which the golds do not record
    before = m[max(sa, cs - 30):cs]
    if " is " not in before and "re " not in before and "as " not in before and "been " not in before:
        return None         # a cheap literal test first: 'is', 'are', 'were', 'was', 'been' before the cue
    aux = _RX_PROGRESSIVE_AUX.search(before)
    if aux is None:
        return None
    sp = _subject_left(m, sa, cs - len(before) + aux.start())
    if sp is not None and _RX_WHAT.search(m, max(sa, sp[0] - 8), sp[1]):
        return None         # 'what he was saying': a free relative, the words are not reported
    if sp is None or sp[1] <= sp[0] or _cue_refused(m, sa, sb, cs, ce, cue):
        return None
    return [sp[0], cs, ce, cue, sp, ce, False, surface]
