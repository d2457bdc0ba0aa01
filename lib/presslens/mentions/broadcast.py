"""Named rule for a broadcast taken up by its noun: 'according to Radio Kabul ... The Kabul broadcast said',
'The rebels reported over their clandestine radio ... the broadcast said': the broadcast is who spoke on the
radio before (a station by its name, or a speaker whose statement went out over a radio).
"""
from __future__ import annotations

import re

#: 'the broadcast', 'the Kabul broadcast', 'the radio broadcast', 'this television broadcast', 'the radio'
_RX_BROADCAST_NOUN = re.compile(r"""
    ^(?:[Tt]he|[Tt]his)\s+
    (?:[A-Z][\w\-]*\s+)?                       # the station's town: 'the Kabul broadcast'
    (?:(?:radio|television|TV)\s+)?broadcast$   # '(radio) broadcast'
    |^(?:[Tt]he|[Tt]his)\s+radio$
    """, re.X)
#: a station by its name ('Radio Kabul', 'Radio Free Bougainville', 'Voice of X Radio', 'State Television')
_RX_STATION = re.compile(r"\b(?:Radio|Television|TV|Broadcasting)\b")
#: a station named in the text: 'Radio' and up to three capitalised words, or up to three before 'Radio'
_RX_STATION_IN_TEXT = re.compile(r"\bRadio(?:\s+[A-Z][\w\-]*){1,3}|(?:[A-Z][\w\-]*\s+){1,3}Radio\b")
#: a speaker heard over a radio: 'The rebels reported over their clandestine 15th of September radio'
_RX_OVER_RADIO = re.compile(r"""
    (?P<who>\b(?:[Tt]he\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)     # the subject: one or two words
    \s+(?:said|reported|announced|claimed|declared)\s+(?:over|on)\s+
    (?:[\w\-]+\s+){0,5}?radio\b
    """, re.X)
#: how far back a broadcast is taken up (characters)
_REACH = 2000


def broadcast_taken_up(phrase: str, history, text: str, pos: int) -> str | None:
    """Rule `broadcast_taken_up`: 'the (Kabul) broadcast said' -> who spoke on the radio last before `pos`,
    within a few paragraphs: a speaker that is a station by its name (`history`: (position, name, type, gender)
    of the entities resolved so far), a station the text names ('according to Radio Kabul'), or a subject
    heard over a radio ('The rebels reported over their clandestine radio'); else None.

    >>> t = "In the crash, according to Radio Kabul, 52 died. Rebels denied it. The Kabul broadcast said a missile hit it."
    >>> broadcast_taken_up("The Kabul broadcast", [(49, "rebels", "plural", "")], t, t.index("The Kabul"))
    'Radio Kabul'
    >>> t = "The rebels reported over their clandestine 15th of September radio that 15 died. The broadcast said more."
    >>> broadcast_taken_up("the broadcast", [], t, t.index("The broadcast"))
    'the rebels'
    >>> broadcast_taken_up("the broadcast", [(0, "the army", "org", "")], "The army said 15 died. The broadcast said", 23) is None
    True
    >>> broadcast_taken_up("the report", [], t, 90) is None
    True
    """
    if _RX_BROADCAST_NOUN.match(phrase.strip()) is None:
        return None
    lo = max(0, pos - _REACH)
    found = [(at, name) for at, name, _t, _g in history if lo <= at < pos and _RX_STATION.search(name)]
    found += [(m.start(), m.group(0)) for m in _RX_STATION_IN_TEXT.finditer(text, lo, pos)]
    for m in _RX_OVER_RADIO.finditer(text, lo, pos):       # the subject as resolved when it spoke, if it did
        found.append((m.start(), next((name for at, name, _t, _g in history if m.start() <= at < m.end("who")),
                                      m.group("who"))))
    if not found:
        return None
    name = max(found)[1]
    return name[:1].lower() + name[1:] if name.startswith(("The ", "A ")) else name
