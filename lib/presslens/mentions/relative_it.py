"""Rule `relative_it_subject`: 'it' in a relative clause of its own sentence ('strikes against what it said were drug
boats', 'a villa that it said served as a hideout') is that sentence's subject, a body or a state named at its
start, not a body named further back (session 27, branch s27-antecedent; docs/rules.md). The examples are composed
(the Ruvian war), none from an eval text.
"""
from __future__ import annotations

import re

from .pronouns import _RX_FRONTED
from .salience import _sentence_starts

#: 'what it' / 'that it' right before the pronoun (checked on the few characters before it)
_RX_RELATIVE_BEFORE = re.compile(r"\b(?:what|that)\s+$")
#: the sentence's subject: capitalised words (maybe after 'The'), maybe one lower-case body noun, then its finite verb
_RX_SUBJECT = re.compile(r"""
    (?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w\-’'.]*\s+){0,3}[A-Z][\w\-’'.]*                     # 'The U.S.', 'Ruvian State'
        (?:\s+(?:television|radio|army|military|government|ministry|police|navy|media))?)   # 'Ruvia television'
    \s+(?:(?:has|have|had)\s+(?:also\s+)?)?[a-z]+(?:ed|wed)\b                                # 'has carried', 'showed'
    """, re.X)


def relative_it_subject(text: str, pos: int) -> tuple[str, int] | None:
    """Rule `relative_it_subject`: 'it' at `pos` right after 'what' or 'that' -> (the subject phrase of its own
    sentence, its position) when the sentence opens (after a fronted adjunct or not) on capitalised words and a
    finite verb in '-ed'; else None.

    >>> t = "Ruvia has carried out strikes against what it said were drug boats."
    >>> relative_it_subject(t, t.index("it said"))
    ('Ruvia', 0)
    >>> t = "On Monday (May 2), Ruvia launched strikes on what it claimed were camps."
    >>> relative_it_subject(t, t.index("it claimed"))
    ('Ruvia', 19)
    >>> t = "Tarsia television showed a villa that it said served as a hideout."
    >>> relative_it_subject(t, t.index("it said"))
    ('Tarsia television', 0)
    >>> t = "Ruvia said it had struck camps."
    >>> relative_it_subject(t, t.index("it had")) is None       # no relative clause
    True
    """
    if not _RX_RELATIVE_BEFORE.search(text, max(0, pos - 6), pos):
        return None
    s = _sentence_starts(text, max(0, text.rfind("\n", 0, pos) + 1), pos)[-1]
    lead = _RX_FRONTED.match(text, s, pos)
    for a in ((s, lead.end()) if lead else (s,)):
        mt = _RX_SUBJECT.match(text, a, pos)
        if mt is not None:
            return mt.group("np"), mt.start("np")
    return None
