"""Named rule `owner_before_own_name`: a state's or a leader's possessive written before a body's own name
('Ethiopia's Ogaden National Liberation Front (ONLF)', 'Angola's Angop', 'Massoud Barzani's Kurdistan Democratic
Party', 'Indonesia's Antara news agency') is the writer's gloss, not the name: the golds of four wars name the body
without it (`Ogaden National Liberation Front`, `Angop`, `Kurdistan Democratic Party`, `Antara`). A possessive
before a body's *function* words stays, because there it is what tells whose ministry it is: `Sudan's Foreign
Ministry`, `Djibouti's Defence Ministry`, `Angola's National Radio`, `Korvatia's General Staff` (the golds of six
wars keep it).

A body's own name is told by one word of its own: a capitalised word that is no organisation word, title, role,
title domain ('Foreign', 'Interior', 'Health') or body-function word (lexicons/speakers.yaml `body_function_words`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import config
from ..actors import fold
from .lexicon import MODIFIER_TITLES, ORG_WORDS, ROLE_WORDS, TITLE_DOMAINS, TITLES

#: words that name what a body does, not which body it is ('State Emergency Service', 'General Staff')
_FUNCTION_WORDS = frozenset(fold(w) for w in config.lexicon("speakers").get("body_function_words", ()))

#: OWNER's NAME: the owner one to three capitalised words (a state, a place, a person), the name one to six
#: capitalised words or acronyms, nothing else (a lower-case word, 'of' or 'for' leaves the phrase alone:
#: 'Azerbaijan Interior Ministry's Barda regional press service', 'Britain's Ministry of Defence')
_RX_OWNER_NAME = re.compile(r"""
    (?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['\u2019]s\s+
    (?P<name>[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,5})
    """, re.X)


def _generic(word: str) -> bool:
    """Whether a capitalised word of a body's name says only what kind of body it is."""
    w = fold(word).strip(".")
    return w in ORG_WORDS or w in TITLES or w in ROLE_WORDS or w in TITLE_DOMAINS or w in MODIFIER_TITLES \
        or w in _FUNCTION_WORDS


@lru_cache(maxsize=1 << 12)
def owner_before_own_name(name: str) -> str | None:
    """Rule `owner_before_own_name`: a body's name with a possessive owner before its own name -> the name
    without the owner; None when there is no owner, the owner is itself a body or a people ('New People's Army',
    'International Organization for Migration's ...'), or the name has no word of its own.

    >>> owner_before_own_name("Ethiopia's Ogaden National Liberation Front")
    'Ogaden National Liberation Front'
    >>> owner_before_own_name("Angola’s Angop"), owner_before_own_name("Massoud Barzani's Kurdistan Democratic Party")
    ('Angop', 'Kurdistan Democratic Party')
    >>> owner_before_own_name("Sudan's Foreign Ministry") is None, owner_before_own_name("Tigray People's Liberation Front") is None
    (True, True)
    """
    mt = _RX_OWNER_NAME.fullmatch(name)
    if mt is None:
        return None
    owner = mt.group("owner").split()
    if any(_generic(w) or fold(w) in _PEOPLES for w in owner):
        return None     # 'Korvatia State Service's X', "New People's Army", "Workers' ..."
    words = mt.group("name").split()
    if all(_generic(w) for w in words):
        return None     # "Sudan's Foreign Ministry": the owner tells whose ministry
    return mt.group("name")


#: plural nouns that a body's own name puts in the possessive ('People's Liberation Army', "Martyrs' Brigades")
_PEOPLES = frozenset(("people", "peoples", "workers", "women", "martyrs", "mothers", "farmers", "soldiers",
                      "veterans", "citizens", "children", "youth"))
