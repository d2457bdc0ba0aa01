"""A state's or a leader's possessive before a body's name ('Ethiopia's Ogaden National Liberation Front',
'Angola's Angop', 'Massoud Barzani's Kurdistan Democratic Party'): the owner is the writer's gloss, not the body's
name; the body is the speaker.  Two rules of the one family, each for a case the other does not see:

- `owner_not_in_mention` (the coreference step, ``mentions.kinds``): a later short form ('The ONLF said', 'Angop
  said', the `it` that continues them) resolved to the fuller form with the owner names the body, where the short
  phrase does not write the owner itself;
- `owner_before_own_name` (the speaker's span, ``quotes.speakers``): the phrase itself written with the owner
  ('Indonesia's Antara news agency said') is cut to the body's own name.

Both keep the owner where it tells whose body it is: before a body's function words only (`Sudan's Foreign
Ministry`, `Drevlia's Defense Ministry`), and where the possessive is inside the name (`Tigray People's Liberation
Front`, `the Prosecutor's Office`).  Each reads its own word lists (the coreference step's generic state-body words;
the span rule's body-function words of lexicons/speakers.yaml), as each was measured.

Rule `owner_not_in_mention`: the article's fullest form of a name (mentions.names `_fullest`) is the longest
capitalised run that holds it; a lede's `Angola's Angop` or `Massoud Barzani's Kurdistan Democratic Party (KDP)`
makes every later `Angop said`, `The KDP said` and the `it` that continues them carry the owner. The owner is a
qualifier of that one mention: the speaker the later phrase names is the body. The owner stays where the phrase
itself writes it (`Sudan's Foreign Ministry said`), where the body's own words are generic (`Drevlia's Defense
Ministry` for `the Defense Ministry`: the owner tells which ministry), and where the possessive is inside the name.

Rule `owner_before_own_name`: the golds of four wars name the body without the owner (`Ogaden National Liberation
Front`, `Angop`, `Kurdistan Democratic Party`, `Antara`); a possessive before a body's *function* words stays,
because there it is what tells whose ministry it is: `Sudan's Foreign Ministry`, `Djibouti's Defence Ministry`,
`Angola's National Radio`, `Korvatia's General Staff` (the golds of six wars keep it). A body's own name is told by
one word of its own: a capitalised word that is no organisation word, title, role, title domain ('Foreign',
'Interior', 'Health') or body-function word (lexicons/speakers.yaml `body_function_words`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import config
from ..actors import fold
from .lexicon import MODIFIER_TITLES, ORG_WORDS, ROLE_WORDS, TITLE_DOMAINS, TITLES


# ----------------------------------------------------------------------------------------------------------
# Rule `owner_not_in_mention`: a short form resolved to the fuller form with the owner names the body
# ----------------------------------------------------------------------------------------------------------

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


# ----------------------------------------------------------------------------------------------------------
# Rule `owner_before_own_name`: the phrase written with the owner, cut to the body's own name
# ----------------------------------------------------------------------------------------------------------

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
