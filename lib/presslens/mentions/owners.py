"""Rule `owner_not_in_mention`: a body's short form resolved to a fuller form that another sentence gave with an
owner's possessive ('Ethiopia's Ogaden National Liberation Front', 'Massoud Barzani's Kurdistan Democratic Party')
names the body, not the owner's phrase.

The article's fullest form of a name (mentions.names `_fullest`) is the longest capitalised run that holds it; a
lede's `Angola's Angop` or `Massoud Barzani's Kurdistan Democratic Party (KDP)` makes every later `Angop said`,
`The KDP said` and the `it` that continues them carry the owner. The owner is a qualifier of that one mention:
the speaker the later phrase names is the body. The owner stays where the phrase itself writes it (`Sudan's
Foreign Ministry said`), where the body's own words are generic (`Drevlia's Defense Ministry` for `the Defense
Ministry`: the owner tells which ministry), and where the possessive is inside the name (`Tigray People's
Liberation Front`, `the Prosecutor's Office`).
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ORG_WORDS, ROLE_WORDS

#: an owner's possessive (one to four capitalised words, maybe joined by 'of') before a capitalised body name
_RX_OWNED_NAME = re.compile(r"^((?:[A-Z][\w\-]*\s+(?:of\s+)?){0,3}[A-Z][\w\-]*)['’]s\s+([A-Z][\w\-]*(?:\s+[\w\-]+){0,6})$")

#: owners that are part of a name ('People's Army', "Workers' Party", 'Martyrs' Brigade')
_NAME_OWNERS = frozenset(("people", "peoples", "women", "workers", "children", "martyrs", "nation", "nations",
                          "god", "allah", "mother", "veterans", "soldiers", "farmers", "students", "prophet"))

#: words of a state body's name that do not tell whose body it is ('Defense Ministry', 'State Emergency Service')
_GENERIC_NAME_WORDS = frozenset(("national", "general", "state", "federal", "central", "foreign", "defence", "defense",
                                 "interior", "health", "emergency", "service", "services", "public", "security",
                                 "armed", "information", "home", "internal", "affairs", "justice", "news", "of",
                                 "the", "and", "for", "high", "supreme", "joint", "chief", "chiefs", "military",
                                 "presidential", "prime", "minister", "ministry's", "civil", "protection",
                                 "prosecutor", "prosecutor's", "general's", "regional", "provincial", "local"))


def owner_not_in_mention(full: str, phrase: str, *, known: bool = False) -> str | None:
    """Rule `owner_not_in_mention`: `full`, the fullest form a name `phrase` resolved to, as `OWNER's BODY` where
    the phrase does not write the owner and the body is a body's proper name (an organisation word with a word
    that is neither an organisation word nor a generic state-body word; or `known`: the registry knows the
    phrase's name as a body) -> BODY; None when the owner stays.

    >>> owner_not_in_mention("Ethiopia's Ogaden National Liberation Front", "The ONLF")
    'Ogaden National Liberation Front'
    >>> owner_not_in_mention("Massoud Barzani's Kurdistan Democratic Party", "the KDP")
    'Kurdistan Democratic Party'
    >>> owner_not_in_mention("Angola's Angop", "Angop", known=True)
    'Angop'
    >>> owner_not_in_mention("Manipur's Kangpokpi", "Kangpokpi") is None     # a place: no body's name
    True
    >>> owner_not_in_mention("Sudan's Foreign Ministry", "Sudan's Foreign Ministry") is None    # the phrase writes it
    True
    >>> owner_not_in_mention("Drevlia's Defense Ministry", "the Defense Ministry") is None      # generic: whose ministry
    True
    >>> owner_not_in_mention("Tigray People's Liberation Front", "the TPLF") is None            # inside the name
    True
    """
    if "'s " not in full and "’s " not in full:
        return None
    mt = _RX_OWNED_NAME.match(full)
    if mt is None:
        return None
    owner, body = mt.group(1), mt.group(2)
    if owner.split()[-1] in phrase or owner.split()[0] in phrase:
        return None
    last = fold(owner.split()[-1])
    if last in _NAME_OWNERS or last in ORG_WORDS or last in ROLE_WORDS:
        return None
    if not known and not any(fold(w) in ORG_WORDS for w in body.split()):
        return None
    if not any(w[:1].isupper() and fold(w) not in ORG_WORDS and fold(w) not in _GENERIC_NAME_WORDS
               for w in body.split()):
        return None
    return body
