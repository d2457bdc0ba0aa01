"""Rule `claim_noun_owner`: a count told as the content of someone's claim noun is that someone's claim, whoever
reports it ("Moscow's widely disputed claims that 6,000 of its troops were killed", "a claim made by the rebels that
they abducted a soldier", "claims by the guerrillas that six soldiers died"); the denial of such a claim is
casualties.hedges.denied_claim's."""
from __future__ import annotations

import re

from .found import Found
from .scan import class_opened

_RX_CLAIM_OWNER = re.compile(r"""
    (?:(?P<owner>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w.\-]*|the\s+[a-z]+(?:\s+[a-z]+)?)['’]s?\s+  # "Moscow's", "the army's"
       (?:[a-z\-]+\s+){0,3}?claims?                                  # 'widely disputed claims'
     | claims?\s+(?:made\s+|issued\s+|put\s+forward\s+|published\s+)?by\s+   # 'a claim made by'
       (?P<by>(?:the\s+)?[\w'’.\-]+(?:\s+[\w'’.\-]+){0,3}?)                  # 'naxals', 'communist rebels'
    )\s+that\b
    """, re.X)
#: (searched from the characters a match opens on, scan.class_opened: a capital, t or c; the same Match objects)
_RX_CLAIM_OWNER = class_opened(_RX_CLAIM_OWNER)


def claim_noun_owner(sent: str, a: int, f: Found) -> str | None:
    """The owner of the claim noun whose `that` clause holds the count f, as named, else None.

    >>> s = "Security agencies are checking a claim made by naxals that they abducted a commando, sources said."
    >>> claim_noun_owner(s, 0, Found("captured", 1, 1, None, s.index("abducted"), s.index(", sources"), [], None))
    'naxals'
    >>> s = "His figures contrast with Moscow's widely disputed claims that 6,000 of its troops were killed."
    >>> claim_noun_owner(s, 0, Found("killed", 6000, 6000, None, s.index("6,000"), len(s) - 1, [], None))
    'Moscow'
    >>> s = "They checked a claim by the rebels that they shot a pilot after the raid that left 22 soldiers dead."
    >>> claim_noun_owner(s, 0, Found("killed", 22, 22, None, s.index("22"), len(s) - 1, [], None)) is None
    True
    >>> s = "The army said 12 rebels were killed, rejecting claims that civilians died."
    >>> claim_noun_owner(s, 0, Found("killed", 12, 12, None, s.index("12"), s.index(" were"), [], None)) is None
    True
    """
    best = None
    for m in _RX_CLAIM_OWNER.finditer(sent):
        if a + m.end() <= f.start:
            best = m
        else:
            break
    if best is None:
        return None
    between = sent[best.end():f.start - a]
    if re.search(r"[.;]\s|\b(?:but|while|whereas|that|which|who)\b", between):
        return None     # the count stands in a clause of its own ('... after the ambush that left 22 dead')
    return best.group("owner") or best.group("by")


#: rule `statement_owner`: a statement noun and what ties it to its content ('a statement by', "X's report of")
_RX_STATEMENT_NOUN = re.compile(r"\b(?:claims?|statements?|reports?|allegations?|assertions?)\s+"
                                r"(?:(?:made|issued|published|put\s+forward)\s+)?(?P<link>by|that|of)\b")
#: the words a statement noun's gate needs (an exact necessary test before the pattern: one of them is printed, as the
#: pattern's lower-case words, before the count)
_STATEMENT_GATE = ("claim", "statement", "report", "allegation", "assertion")
#: the possessive owner right before the noun ('the minister's', "ONLF's", "minister's", 'the doctor's')
_RX_POSSESSIVE = re.compile(r"""
    (?:(?P<cap>(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w.\-]*)     # 'Moscow', 'the Defence Ministry' without 'the'
     | (?P<the>[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)               # 'the police minister'
     | (?<![\w'’])(?P<word>[a-z]+))                         # a headline's bare noun: "minister's claim"
    ['’]s?\s+(?:[a-z\-]+\s+){0,3}?$                          # the apostrophe, a few adjectives ('widely disputed')
    """, re.X)
#: an acronym used as the noun's attribute ('ONLF reports of mass casualties'): with 'of' only
_RX_ACRONYM_BEFORE = re.compile(r"(?<![\w'’])(?P<acr>[A-Z]{2,}[A-Za-z\-]*)\s+$")
#: the owner after 'by': a short phrase, or a role and the person it names in apposition ('by X's minister, Y Z,')
_RX_BY_OWNER = re.compile(r"""\s+
    (?:(?P<role>[^,;.]{2,80}),\s+(?P<name>(?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+),     # 'minister for X, Y Z,'
     | (?P<by>(?:the\s+)?[\w'’.\-]+(?:\s+[\w'’.\-]+){0,3}?))                              # 'the police minister'
    \s+that\b""", re.X)
#: words a possessive owner is never ('Monday's statement', "yesterday's report"): a time, not a source
_TIME_OWNERS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week "
                         "month year".split())
#: the count stands in a clause of its own after the noun's content opened (a comma too, but before a subset:
#: 'that 40 soldiers, including two officers, died')
_RX_CLAUSE_BREAK = re.compile(r"[.;]\s|,\s+(?!including|among|most|many|some|all)|\b(?:but|while|whereas|that|which|who)\b")


def _noun_owner(sent: str, m: re.Match) -> tuple[str | None, int]:
    """(the owner of the statement noun matched by m, as named, else None; where its content starts)."""
    if m.group("link") == "by":
        by = _RX_BY_OWNER.match(sent, m.end())
        return ((by.group("name") or by.group("by")), by.end()) if by else (None, m.end())
    before = sent[max(0, m.start() - 60):m.start()]
    poss = _RX_POSSESSIVE.search(before)
    if poss:
        owner = poss.group("cap") or poss.group("the") or poss.group("word")
        return (None if owner.lower().split()[-1] in _TIME_OWNERS else owner), m.end()
    acr = _RX_ACRONYM_BEFORE.search(before) if m.group("link") == "of" else None
    return (acr.group("acr") if acr else None), m.end()


def statement_owner(sent: str, a: int, f: Found) -> str | None:
    """The owner of the statement noun whose content holds the count f (rule `statement_owner`: 'a statement by the
    police minister that 11 people were killed', "the minister's claim that", 'ONLF reports of mass casualties', 'a
    claim by the minister for X, Y Z, that'), whoever reports or denies it; None when no owner is named or the count
    stands in a clause of its own.

    >>> s = "Police cannot confirm a statement by the police minister that 11 men were killed near Aden."
    >>> statement_owner(s, 0, Found("killed", 11, 11, None, s.index("11"), s.index(" near"), [], None))
    'the police minister'
    >>> s = "The government has denied ONLF reports of mass casualties."
    >>> statement_owner(s, 0, Found("killed", None, None, "mass", s.index("mass"), len(s) - 1, [], None))
    'ONLF'
    >>> s = "A claim by the minister for the south, Tomas Arce, that rebels killed 17 civilians is a lie, the radio said."
    >>> statement_owner(s, 0, Found("killed", 17, 17, None, s.index("17"), s.index(" is"), [], None))
    'Tomas Arce'
    >>> s = "After the army's statement that two soldiers died, rebels attacked a post, killing 30 people."
    >>> statement_owner(s, 0, Found("killed", 30, 30, None, s.index("30"), s.index(" people"), [], None)) is None
    True
    >>> s = "Monday's report of 40 dead was revised."
    >>> statement_owner(s, 0, Found("killed", 40, 40, None, s.index("40"), s.index(" was"), [], None)) is None
    True
    >>> s = "The Defence Ministry reports that 40 soldiers were killed."
    >>> statement_owner(s, 0, Found("killed", 40, 40, None, s.index("40"), len(s) - 1, [], None)) is None
    True
    """
    lim = f.start - a   # a match ends before the count, so its noun is printed (in lower case) before it
    if not any(sent.find(w, 0, lim) >= 0 for w in _STATEMENT_GATE):
        return None
    best = None
    for m in _RX_STATEMENT_NOUN.finditer(sent):
        if a + m.end() > f.start:
            break
        best = m
    if best is None:
        return None
    owner, content = _noun_owner(sent, best)
    if owner is None or a + content > f.start or _RX_CLAUSE_BREAK.search(sent[content:f.start - a]):
        return None
    return owner
