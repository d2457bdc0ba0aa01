"""Named rule for the subject of a participle cue after a fronted adverbial clause: 'Amid clashes that have
raised fears, the U.N. has raised an alarm while warning that ...' -> the U.N. warns, not 'Amid'.
"""
from __future__ import annotations

import re

from .clause import _RX_LEAD_NAME

#: a sentence opening on an adverbial clause or phrase, up to the comma that ends it
_RX_FRONTED = re.compile(r"""
    (?:Amid|Despite|After|Following|Before|During|With|Without|In|On|As|While|Although|Though|Since|When|
       Because|Once|Until|Given|Under|Over|Across)\s       # the clause's opening preposition or subordinator
    [^,\ue000]{2,160}?,\s+                                # its words, to the first comma
    """, re.X)


def subject_after_fronted(head: str) -> tuple[int, int] | None:
    """The span in `head` (a sentence's words before a participle cue) of the main clause's subject that
    follows a fronted adverbial clause, when that subject is a name ('the U.N.', 'Kinshasa', 'the M23').

    >>> h = "Amid renewed shelling around Goma, the U.N. has raised an aid alarm while "
    >>> a, b = subject_after_fronted(h); h[a:b]
    'the U.N.'
    >>> subject_after_fronted("The army said, adding ") is None
    True
    """
    mt = _RX_FRONTED.match(head)
    if mt is None:
        return None
    nm = _RX_LEAD_NAME.match(head, mt.end())
    if nm is None:
        return None
    return nm.start(), nm.end()
