"""A final credit whose speaker carries a non-restrictive relative clause between it and the cue: '"...," the
spokesman, who did not want to be identified, said.' (rule `relative_after_credit`).

The subject scan (quotes.clause) reads a comma segment opening on a determiner as an appositive of a name before it
('Ali Musa, the spokesman, who ..., said': Ali Musa speaks); after a clause or a quote there is no name before it, and
the determiner phrase is the speaker.
"""
from __future__ import annotations

import re

from ..mentions.lexicon import _find_cues
from .spans import MASK

#: a non-restrictive relative on the speaker, its own verb first ('who asked not to be named', 'who included a
#: church leader', 'who did not wish to be identified'); 'who police said' has its own subject and is left
_RX_RELATIVE = re.compile(r"(?:who|whose)\s+(?:asked|declined|did|does|spoke|requested|would|was|were|is|are|has|had|"
                          r"have|gave|works|lives|lost|fled|included|include|insisted|refused|witnessed|saw|"
                          r"survived|escaped|heads|led|leads|[a-z]+ed\b)")
#: the speaker: a determiner and at most five words, no comma ('the spokesman', 'a senior army officer', 'the residents')
_RX_DETERMINER_PHRASE = re.compile(r"(?:the|a|an|one|two|three|several|some)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,4}")
#: a clause's finite verb: what a content segment before the speaker holds (a name's appositive holds none)
_RX_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|had|has|have|did|could|can|may|might)\b")


def relative_after_credit(segments: list[str], closed: bool) -> int | None:
    """Index of the speaker's segment among the comma segments before a cue (`segments`, from the sentence's start;
    `closed`: the words before the cue end on a comma) when the last is a non-restrictive relative on a determiner
    phrase that follows a clause or a quote; else None.

    >>> relative_after_credit(["\\ue000\\ue000,", " the spokesman,", " who did not want to be identified,"], True)
    1
    >>> relative_after_credit(["Eight people were killed in the area,", " the residents,", " who included a priest,"], True)
    1
    >>> relative_after_credit(["The raids were carried out on Monday,", " in Yana,", " the source,",
    ...                        " who did not wish to be identified"], False)
    2
    >>> relative_after_credit(["Ali Musa,", " the spokesman,", " who asked not to be named,"], True)
    >>> relative_after_credit(["The men were freed,", " the spokesman,", " who police said"], True)
    """
    n = len(segments)
    while n and not segments[n - 1].strip(" ,"):
        n -= 1          # the empty segment after a closing comma
    if n < 3:
        return None
    segments = segments[:n]
    last = segments[-1].strip(" ,")
    if not _RX_RELATIVE.match(last) or (not closed and "," in last):
        return None
    speaker = segments[-2].strip(" ,")
    if not _RX_DETERMINER_PHRASE.fullmatch(speaker) or _RX_FINITE.search(speaker) or _find_cues(speaker):
        return None
    before = segments[:-2]
    if not any(MASK in s or _RX_FINITE.search(s) for s in before):
        return None     # 'Ali Musa, the spokesman, who ...': an appositive of the name before
    return len(segments) - 2
