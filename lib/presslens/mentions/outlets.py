"""Named rules for an outlet taken up by its common noun: 'the Kosovo daily Koha Ditore reports ... the
paper says' -> the paper is the outlet that spoke before, with its side (media) (`outlet_taken_up`); or the outlet
the article named before with that noun, whoever it quoted and whatever its side (`outlet_named_before`).
"""
from __future__ import annotations

import re

#: a definite common noun of a news outlet ('the news site', 'the paper', 'the broadcaster'), with a place after it
#: ('The newspaper in Sharjah')
_RX_OUTLET_NOUN = re.compile(r"^(?:the|this)\s+(?:news\s+)?(site|website|portal|newspaper|paper|daily|weekly|outlet|"
                             r"broadcaster|channel|station|tabloid|service|wire\s+service|agency|magazine)"
                             r"(\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?$", re.I)
#: the nouns `outlet_named_before` reads: the noun of the phrase -> the nouns an outlet may be named with
_NAMED_WITH = {"newspaper": ("newspaper", "paper", "daily"), "paper": ("newspaper", "paper", "daily"),
               "daily": ("newspaper", "paper", "daily"), "website": ("website", "site"), "site": ("website", "site"),
               "agency": ("agency",)}
#: a capitalised name run (`Al-Khaleej`, `Rasid`, `Saudi Press Agency`, `The Washington Post`)
_NAME = r"(?:[A-Z][\w'’-]*|of|al-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of))*"
#: capitalised words after an outlet's noun that name no outlet ('told the paper Tuesday', 'the agency On Monday')
_NOT_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                       "July August September October November December The A An In On At He She It They We But And "
                       "That This Last Earlier Later Yesterday Today".split())
_RX_NEWSPAPER = re.compile(r"\b(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:Post|Times|Herald|Tribune|Journal|Gazette|"
                           r"Telegraph|Guardian|Observer|Chronicle|Courier|Mail|Express|Mirror|Standard|Daily)\b")


def _outlets_in(text: str, noun: str):
    """Each outlet `text` names with the noun `noun` stands for -> (end, name), in order.

    >>> [n for _, n in _outlets_in("quoted by the newspaper Al-Khaleej as saying", "newspaper")]
    ['Al-Khaleej']
    >>> [n for _, n in _outlets_in("The Saudi Shia news website Rasid said", "website")]
    ['Rasid']
    >>> [n for _, n in _outlets_in("the official Saudi Press Agency (SPA) said", "agency")]
    ['Saudi Press Agency']
    >>> [n for _, n in _outlets_in("in today's edition of The Washington Post, said", "paper")]
    ['The Washington Post']
    >>> _outlets_in("the minister told the paper Tuesday that", "paper")
    []
    """
    words = _NAMED_WITH.get(noun, ())
    found, low = [], text.lower()
    for word in words:
        if word not in low:
            continue
        for m in re.finditer(rf"\b(?:news\s+)?{word}\s+({_NAME})", text):     # 'the newspaper Al-Khaleej'
            if m.group(1).split()[0] not in _NOT_NAMES:                        # 'told the paper Tuesday'
                found.append((m.end(1), m.group(1)))
        if word == "agency":                                                   # 'the Saudi Press Agency'
            found += [(m.end(), m.group(0)) for m in re.finditer(rf"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+Agency\b", text)]
    if "newspaper" in words:
        found += [(m.end(), m.group(0)) for m in _RX_NEWSPAPER.finditer(text)]
    return sorted(found)


def outlet_named_before(phrase: str, text: str, pos: int, window: int = 2500) -> str | None:
    """Rule `outlet_named_before`: a definite common noun of an outlet ('the newspaper', 'the website', 'the
    agency') takes up the last outlet the article named before `pos` with that noun ('the newspaper Al-Khaleej',
    'the news website Rasid', 'the Saudi Press Agency', or a newspaper's own name for 'the paper'), when no outlet
    spoke before as media (`outlet_taken_up`): the outlet may have been named as a relay or a place of print,
    and its side may be a party's.

    >>> t = 'He was quoted by the newspaper Al-Khaleej as saying: "We won." The newspaper in Sharjah said'
    >>> outlet_named_before("The newspaper in Sharjah", t, t.index("The newspaper"))
    'Al-Khaleej'
    >>> outlet_named_before("the website", "The news website Rasid said so. Later the website added", 40)
    'Rasid'
    >>> outlet_named_before("the website", "The ministry said so. Later the website added", 30) is None
    True
    >>> t = "The story, in today's edition of The Washington Post, said so, The Post said. The paper added"
    >>> outlet_named_before("The paper", t, t.index("The paper"))
    'The Washington Post'
    """
    m = _RX_OUTLET_NOUN.match(phrase.strip())
    if m is None or m.group(1).lower() not in _NAMED_WITH:
        return None
    found = _outlets_in(text[max(0, pos - window):pos], m.group(1).lower())
    if not found:
        return None
    last = found[-1][1].strip()
    tail = last.split()[1:] if last.startswith("The ") else last.split()
    # 'The Post' named last, 'The Washington Post' before it: the full name
    return next((n for _, n in found if len(n.split()) > len(tail) and n.split()[-len(tail):] == tail), last)


def outlet_taken_up(phrase: str, history, sides: dict, pos: int) -> str | None:
    """Rule `outlet_taken_up`: 'the news site says' -> the last speaker before `pos` whose side is media
    (`history`: (position, name, type, gender) of the entities resolved so far; `sides`: name -> side).

    >>> h = [(0, "Koha Ditore", "org", ""), (40, "Adem Demaci", "person", "m")]
    >>> outlet_taken_up("the paper", h, {"Koha Ditore": "media", "Adem Demaci": "kla"}, 90)
    'Koha Ditore'
    >>> outlet_taken_up("the paper", h, {"Adem Demaci": "kla"}, 90) is None, outlet_taken_up("the group", h, {}, 90) is None
    (True, True)
    >>> outlet_taken_up("the news service", h, {"Koha Ditore": "media"}, 90), outlet_taken_up("the agency", h, {"Koha Ditore": "media"}, 90)
    ('Koha Ditore', 'Koha Ditore')
    >>> outlet_taken_up("the agency", h + [(60, "UNHCR", "org", "")], {"Koha Ditore": "media", "UNHCR": "un"}, 90) is None
    True
    """
    m = _RX_OUTLET_NOUN.match(phrase.strip())
    if m is None or m.group(2):     # 'the newspaper in Sharjah': `outlet_named_before` only
        return None
    if phrase.rstrip().endswith("agency"):     # 'the agency': the outlet only when the last body that spoke is one
        last = next((h for h in reversed(history) if h[0] < pos and h[2] != "person"), None)
        return last[1] if last is not None and sides.get(last[1]) == "media" else None
    return next((h[1] for h in reversed(history) if h[0] < pos and sides.get(h[1]) == "media" and h[2] != "person"), None)


def outlet_of_noun(phrase: str, history, sides: dict, text: str, pos: int) -> tuple[str, str] | None:
    """An outlet's common noun -> (the outlet, the rule that named it): `outlet_taken_up`, else `outlet_named_before`.

    >>> outlet_of_noun("the website", [], {}, "The news website Rasid said so. Later the website added", 40)
    ('Rasid', 'outlet_named_before')
    """
    taken = outlet_taken_up(phrase, history, sides, pos)
    if taken:
        return taken, "outlet_taken_up"
    named = outlet_named_before(phrase, text, pos)
    return (named, "outlet_named_before") if named else None
