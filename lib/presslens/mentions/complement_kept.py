"""Named rule for a speaker phrase whose head is a common noun and whose only name stands in the head's complement
('Reports from Skopje say', 'A human rights group founded by exiled Tibetans said', 'The government of Ethiopia's
largest region, Oromiya, accused', 'Troops loyal to President Vieira said'), or a body named head first through an
'of' chain ('The Border Guard Directorate of the State Committee for National Security (SCNS) of Tajikistan
stated'): the speaker is the whole phrase, as the annotation guide keeps an unnamed speaker's phrase and a body's
name; the mention layer's name is the complement's (a place, a people, a person the head is loyal to).
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import ORG_WORDS, ROLE_WORDS

#: where a head's complement starts: a preposition, a participle with its preposition, or an appositive comma
_RX_COMPLEMENT = re.compile(r"""
    \s+(?:from|of|by|founded\s+by|loyal\s+to|close\s+to|allied\s+to|based\s+in)\s+
    """, re.X)
#: the heads whose complement never names the speaker itself: a report, a group, a government, troops
_COMMON_HEADS = frozenset(("report", "reports", "group", "groups", "government", "governments", "troops", "forces",
                           "soldiers", "fighters", "militiamen", "units", "organisation", "organization",
                           "organisations", "organizations", "authorities", "administration"))
#: a relative clause or a second appositive after the complement: no part of the speaker ('..., who is backed by')
_RX_CLAUSE_TAIL = re.compile(r",\s*(?:who|which|that|whose|where)\b.*$|,\s*$", re.S)
_RX_BRACKETS = re.compile(r"\s*\([^)]{1,12}\)")
_RX_LEAD = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
_RX_THE = re.compile(r"^[Tt]he\s+")
#: an 'of' chain of a body's name: capitalised words, 'of', 'for', 'the', 'and', bracketed acronyms
_RX_OF_CHAIN = re.compile(r"^(?:[A-Z][\w\u2019'.\-]*|of|for|the|and|on|\([A-Z]{2,8}\))(?:\s+(?:[A-Z][\w\u2019'.\-]*|of|for|the|and|on|\([A-Z]{2,8}\)))*$")


def complement_kept(name: str, phrase: str) -> str | None:
    """Rule `complement_kept`: the speaker phrase itself when the layer's `name` stands only in the complement of a
    common-noun head ('reports from Skopje') or ends a body's 'of' chain; else None.

    >>> complement_kept("Skopje", "Reports from Skopje"), complement_kept("Tibetans", "A human rights group founded by exiled Tibetans")
    ('reports from Skopje', 'a human rights group founded by exiled Tibetans')
    >>> complement_kept("Joao Vieira", "Troops loyal to President Vieira, who is backed by Senegal")
    'troops loyal to President Vieira'
    >>> complement_kept("Oromiya", "The government of Ethiopia’s largest region, Oromiya")
    'government of Ethiopia’s largest region, Oromiya'
    >>> complement_kept("Tajikistan", "The Border Guard Directorate of the State Committee for National Security (SCNS) of Tajikistan")
    'Border Guard Directorate of the State Committee for National Security of Tajikistan'

    A person or body named in the head, a role's complement, a person's own 'of' and a place after 'in' stay:

    >>> complement_kept("Jan Egeland", "Jan Egeland of the Norwegian Refugee Council") is None
    True
    >>> complement_kept("Liwa al-Sahil", "a spokesman for Liwa al-Sahil"), complement_kept("Kessa", "officials in Kessa")
    (None, None)
    >>> complement_kept("Health Ministry", "officials from the Health Ministry") is None
    True

    A report by someone, or from a body, is its author's (the document rules):

    >>> complement_kept("PostCourier", "a report by local newspaper PostCourier") is None
    True
    >>> complement_kept("Health Ministry", "reports from the Health Ministry") is None
    True
    """
    mt = _RX_COMPLEMENT.search(phrase)
    if mt is None:
        return None
    head = phrase[:mt.start()]
    last = name.split()[-1] if name else ""
    if not last or last in head or last not in phrase[mt.end():]:
        return None
    words = _RX_LEAD.sub("", head).split()
    if not words:
        return None
    hw = fold(words[-1])
    if hw in ROLE_WORDS or hw.rstrip("s") in ROLE_WORDS:
        return None     # 'a spokesman for X', "Lusa's correspondent in ...": the role rules decide
    whole = _RX_CLAUSE_TAIL.sub("", phrase).rstrip(" ,")
    bare = _RX_THE.sub("", whole)
    of_chain = mt.group(0).strip() == "of" and _RX_OF_CHAIN.match(_RX_LEAD.sub("", whole)) is not None
    if hw in ("report", "reports") and (mt.group(0).strip() != "from"
                                        or any(fold(w) in ORG_WORDS for w in phrase[mt.end():].split())):
        return None     # 'a report by newspaper X' is X's (a document's author); 'reports from Skopje' come from a place
    if hw in _COMMON_HEADS and not of_chain and all(w[:1].islower() for w in words[1:]) \
            and (len(words) == 1 or words[0][:1].islower()):
        return bare[:1].lower() + bare[1:]      # 'reports from Skopje', 'troops loyal to President Vieira'
    if hw in ORG_WORDS and of_chain and all(w[:1].isupper() for w in words):
        return _RX_BRACKETS.sub("", bare)       # 'Border Guard Directorate of ... of Tajikistan'
    return None
