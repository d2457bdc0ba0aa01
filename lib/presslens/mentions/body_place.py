"""Named rule for a body named with the place it sits in ('the United Nations mission in East Timor', 'the
Tibetan government in exile'): the place is part of the body's name, where the mention layer's name stops at
the head noun ('United Nations mission').
"""
from __future__ import annotations

import re

#: the heads of bodies that a place completes (a mission, a government, an embassy ... *in* somewhere)
_RX_BODY_HEAD = re.compile(r"(?:[Mm]ission|[Gg]overnment|[Ee]mbassy|[Dd]elegation|[Aa]dministration)$")

#: ' in exile' or ' in ' and a capitalised place of up to four words ('in Somalia', 'in the Central African
#: Republic'), ending the phrase or before a coordinated speaker (' and the U.N. human rights office')
_RX_PLACE = re.compile(r"""
    \s+in\s+
    (?P<place>exile
      |(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+)?[A-Z][\w’'\-]*){0,3})
    (?=$|\s*,|\s+and\s)
    """, re.X)


def body_place_kept(name: str, phrase: str) -> str | None:
    """Rule `body_place_kept`: a capitalised body's name with the place that follows it in the speaker phrase
    ('U.N. mission' in 'The U.N. mission in Somalia and the U.N. human rights office' -> 'U.N. mission in
    Somalia'), or None. Lower-case phrases ('officials in Anbar province') are left: the scorer's head rule
    already takes them, and a place there is often where the person stood, not part of a name.

    >>> body_place_kept("U.N. mission", "The U.N. mission in Somalia and the U.N. human rights office")
    'U.N. mission in Somalia'
    >>> body_place_kept("Tibetan government", "The Tibetan government in exile")
    'Tibetan government in exile'
    >>> body_place_kept("exiled Tibetan government", "The exiled Tibetan government in India") is None
    True
    >>> body_place_kept("Defense Ministry", "The Defense Ministry in Baku") is None
    True
    >>> body_place_kept("U.N. mission", "The U.N. mission in the city") is None
    True
    """
    if not name[:1].isupper() or _RX_BODY_HEAD.search(name) is None:
        return None
    at = phrase.find(name)
    mt = _RX_PLACE.match(phrase, at + len(name)) if at >= 0 else None
    return f"{name} in {mt.group('place')}" if mt else None
