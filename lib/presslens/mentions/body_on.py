"""Named rule for a body whose name holds 'on' ('State Committee on National Security', 'Council on Foreign
Relations', 'Committee on Tribals Unity'): the capitalised runs of the mention layer part at 'on', so a speaker
came out as the name's tail ('National Security', 'Foreign Relations') or its head noun ('committee').
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ROLE_WORDS

#: a body's head noun that takes 'on' and its subject in its own name
_HEADS = r"(?:Committee|Council|Commission|Conference|Panel|Forum|Board|Tribunal)"
#: the body's whole name: up to three capitalised words, the head, 'on', and up to five capitalised words joined by
#: 'and', 'of', 'for', 'the' ('State Committee on National Security', 'Commission on Human Rights and Justice')
_RX_BODY_ON = re.compile(r"""
    (?P<body>(?:[A-Z][\w\u2019'\-]*\s+){0,3}""" + _HEADS + r"""
      \s+on\s+
      (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July
          |August|September|October|November|December)\b)
      [A-Z][\w\u2019'\-]*(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w\u2019'\-]*){0,4})
    """, re.X)
_CUE_WORDS = frozenset(("said", "says", "told", "stated", "claimed", "reported"))


def names_body_on(text: str) -> bool:
    """Whether an article names a body with 'on' at all (the gate of `body_on_named`'s search in the article).

    >>> names_body_on("the State Committee on National Security said"), names_body_on("Mujahid on Twitter said")
    (True, False)
    """
    at = [i for i in (text.find(head) for head in _HEAD_ON) if i >= 0]
    return bool(at) and _RX_BODY_ON.search(text, max(0, min(at) - 80)) is not None


#: the heads with their 'on', as plain strings: a `str` search each, before the pattern (which would be tried at every
#: capital of the article)
_HEAD_ON = ("Committee on ", "Council on ", "Commission on ", "Conference on ", "Panel on ", "Forum on ", "Board on ",
            "Tribunal on ")


def body_on_named(name: str, phrase: str, text: str, *, anonymous: bool) -> str | None:
    """Rule `body_on_named`: the whole name of a body named with 'on' when the speaker came out as a part of it;
    else None. The name is read in the speaker phrase ('The Committee on Tribals Unity (COTU' -> 'committee'),
    else where the article writes the layer's name after the body's head and 'on' ('It said', 'It' being
    'National Security' of the 'State Committee on National Security').

    >>> body_on_named("committee", "The Committee on Tribals Unity (COTU", "", anonymous=True)
    'Committee on Tribals Unity'
    >>> body_on_named("New York-", "The New York- based Council on Foreign Relations", "", anonymous=True)
    'Council on Foreign Relations'
    >>> t = "the regional head of the State Committee on National Security (GKNB) was found dead."
    >>> body_on_named("National Security", "It", t, anonymous=False)
    'State Committee on National Security'

    A role of the body is the role's; a committee sitting on a day, or a name the body does not hold, stay:

    >>> body_on_named("head", "The head of the Council on Foreign Relations", "", anonymous=True) is None
    True
    >>> body_on_named("Security Council", "The Security Council on Monday", "", anonymous=False) is None
    True
    >>> body_on_named("Ana Ruiz", "Ana Ruiz", "Ana Ruiz of the Council on Human Rights", anonymous=False) is None
    True
    """
    if " on " in phrase:
        mt = _RX_BODY_ON.search(phrase)
        if mt is not None:
            before = fold(phrase[:mt.start()]).split()
            inside = name in mt.group("body") or fold(name) in fold(mt.group("body")).split()
            if any(w in ROLE_WORDS or w.rstrip("s") in ROLE_WORDS for w in before) or any(w in _CUE_WORDS for w in before):
                return None
            if inside or (anonymous and name in phrase[:mt.start()]):
                return _tail_clean(mt.group("body"))
    if name[:1].isupper() and " " in name and ("on " + name) in text:
        for mt in _RX_BODY_ON.finditer(text):
            if mt.group("body").endswith(" on " + name):
                return _tail_clean(mt.group("body"))
    return None


def _tail_clean(body: str) -> str:
    """The body's name without a sentence's leading 'The'."""
    return body[4:] if body.startswith("The ") else body
