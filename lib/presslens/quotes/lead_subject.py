"""Named rule `subject_of_coordinated_verb`: a cue coordinated with a verb that is not a cue takes the subject of
that verb, the noun phrase that opens the clause:

- 'Prime Minister Kareth appeared on state television and ordered troops to hold' -> Prime Minister Kareth;
- 'the rebel fighters fled to the hills and vowed to fight on' -> the rebel fighters;
- 'A Reuters photographer saw six bodies, two of them in a truck, and said ...' -> A Reuters photographer.

Without it the words from the subject to the conjunction are read as one speaker phrase ('X appeared on state
television and'), or the name that opens them is cut out of its noun phrase ('A Reuters').
"""
from __future__ import annotations

import re

from ..mentions.lexicon import _cues

#: a past-tense verb (not a participle that is mostly an adjective: 'armed', 'based')
_VERB = (r"(?!(?:armed|based|united|aged|masked|need|seed|speed|red|bed|shed|hundred|feed|reed|embed)\b)[a-z]{2,}ed"
         r"|saw|fled|went|met|took|made|gave|spoke|came|left|wrote|held|sent|ran|began|sought|rose|fought|struck|"
         r"won|lost|hit|brought|heard|read|stood|kept|drove|flew|rode|sat|withdrew|broke|shot|chose|caught|threw|led")
_RX_VERB = re.compile(r"(?:" + _VERB + r"|said|says|told|tells)")
#: the subject (a determiner, up to ten words, no comma), then a past-tense verb that is not a cue
_RX_LEAD_SUBJECT = re.compile(r"""
    (?P<np>(?:(?:the|a|an|The|A|An|Its|His|Her|Their)\s+)?
        (?!(?:the|a|an|its|his|her|their|this|that|to|of|in|on|at|for|by|with|from|as|after|before|when|while|if)\s)
        (?:[\w.'’\-]+\s+){0,9}?[\w.'’\-]+)
    \s+(?:(?:also|later|then|first|briefly|quickly|had|has|have)\s+)?
    (?P<verb>{VERB})\b
    (?P<rest>[^\ue000]*?)
    ,?\s+(?:and|but)\s*$
    """.replace("{VERB}", _VERB), re.X)
#: words that cannot end a subject noun phrase
_NOT_LAST = frozenset(("the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from",
                       "is", "are", "was", "were", "has", "have", "had", "who", "which", "that", "its", "his", "her",
                       "their", "it", "there"))


def subject_of_coordinated_verb(clause: str) -> tuple[int, int] | None:
    """Span of the subject in `clause` (the words from the start of the sentence or subject to the conjunction
    before a cue) when the cue is coordinated with a non-cue verb, else None.

    >>> s = "Prime Minister Kareth appeared on state television earlier on Sunday and "
    >>> a, b = subject_of_coordinated_verb(s); s[a:b]
    'Prime Minister Kareth'
    >>> s = "A Reuters photographer saw six bodies, two of them in a truck, and "
    >>> a, b = subject_of_coordinated_verb(s); s[a:b]
    'A Reuters photographer'
    >>> s = "five of the eight members of the federal presidency met in the capital and"    # up to ten words
    >>> a, b = subject_of_coordinated_verb(s); s[a:b]
    'five of the eight members of the federal presidency'
    >>> s = "the rebel fighters fled to the hills and"
    >>> a, b = subject_of_coordinated_verb(s); s[a:b]
    'the rebel fighters'
    >>> subject_of_coordinated_verb("Jon Kerr has called for talks but") is None
    True
    >>> subject_of_coordinated_verb("the armed men and") is None, subject_of_coordinated_verb("Rescuers and") is None
    (True, True)
    """
    mt = _RX_LEAD_SUBJECT.match(clause)
    if mt is None:
        return None
    if mt.group("verb").lower() in _cues()[0]:
        return None     # 'X called for talks but has said ...': a cue of its own (quotes.coordinated)
    np = mt.group("np")
    words = np.split()
    if words[-1].lower() in _NOT_LAST or any(w.lower() in ("who", "which", "that", "and", "or") or _RX_VERB.fullmatch(w)
                                             for w in words) \
            or (words[-1].islower() and words[-1].endswith("ly")):
        return None
    return mt.start("np"), mt.end("np")
