"""Named rule for a speaker phrase headed by a message noun whose complement names where it came from: 'A message
from Fez states', 'Latest reports from Tirana say', 'Advices from Lima report'. A message or a report from a place is
no statement of the place (its government, its people): the annotation guide keeps such an unnamed source's whole
phrase ('a message from Fez'). `complement_kept` (mentions.complement_kept) keeps 'reports from Skopje' but not the
other message nouns, nor a head whose sentence-initial modifier is capitalised only because it opens the sentence.
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ORG_WORDS

#: nouns of a message or a piece of news (general English and the cable English of old copy)
_MESSAGE_HEADS = frozenset(("message", "messages", "report", "reports", "cable", "cables", "dispatch", "dispatches",
                            "despatch", "despatches", "telegram", "telegrams", "advices", "news", "word",
                            "information", "intelligence", "rumours", "rumors", "accounts"))
#: general adjectives that open a sentence capitalised ('Latest reports from ...'): no name
_OPENING_ADJECTIVES = frozenset(("latest", "later", "earlier", "further", "recent", "new", "fresh", "unofficial",
                                 "official", "unconfirmed", "private", "other", "first", "late", "some", "many",
                                 "several", "conflicting"))
_RX = re.compile(r"^(?P<head>(?:[\w\-]+\s+){0,3}?[\w\-]+)\s+from\s+(?P<place>[A-Z][\w\u2019'.\-]*"
                 r"(?:\s+[A-Z][\w\u2019'.\-]*){0,2})$")


def message_from_place(name: str, phrase: str) -> str | None:
    """Rule `message_from_place`: the whole phrase (first letter lower-cased) when `phrase` is a message noun with
    its modifiers and 'from' a capitalised place, and the layer's `name` stands in that place (or is the bare head,
    capitalised at the sentence's start); else None.

    >>> message_from_place("Kandy", "A message from Kandy"), message_from_place("Lima", "Latest reports from Lima")
    ('a message from Kandy', 'latest reports from Lima')
    >>> message_from_place("Port Said", "Unofficial advices from Port Said")
    'unofficial advices from Port Said'

    The sentence-initial head itself taken for a name ('Information from Ogaden indicates'):

    >>> message_from_place("Information", "Information from Harar")
    'information from Harar'

    A name in the head, a body as the source, a capitalised modifier that may be a name, another head: not taken.

    >>> message_from_place("Lima", "Reuters reports from Lima"), message_from_place("War Ministry", "A message from the War Ministry")
    (None, None)
    >>> message_from_place("Lima", "Peruvian troops from Lima"), message_from_place("Lima", "Havas messages from Lima")
    (None, None)
    """
    mt = _RX.match(phrase.strip())
    if mt is None or not name:
        return None
    place = mt.group("place")
    words = mt.group("head").split()
    own_head = fold(name) == fold(words[-1]) and len(words) == 1    # 'Information' read as a name
    if (not own_head and name.split()[-1] not in place.split()) or any(fold(w) in ORG_WORDS for w in place.split()):
        return None
    if fold(words[-1]) not in _MESSAGE_HEADS:
        return None
    mods = words[:-1]
    if mods and fold(mods[0]) in ("a", "an", "the"):
        mods = mods[1:]
    for i, w in enumerate(mods):
        if w[:1].isupper() and not (i == 0 and words[0] == w and fold(w) in _OPENING_ADJECTIVES):
            return None         # 'Reuters reports', 'Havas messages': an outlet's
    if words[0][:1].isupper() and fold(words[0]) not in ("a", "an", "the") and words[0] != words[-1] \
            and fold(words[0]) not in _OPENING_ADJECTIVES:
        return None
    whole = phrase.strip()
    return whole[:1].lower() + whole[1:]
