"""Rule `accuser_owns_count`: a count told as the object of a named subject's accusation, blame or denunciation ('Sudan
accused it of executing seven soldiers', 'Serb officials blame the guerrillas for the deaths of some civilians', 'The
Polisario Front denounces the death of 12 civilians') is that subject's claim, even inside another speaker's statement
('X said it "regrets the loss of life" after Y accused it of ...': Y's). A denial's count is left to the quote rows
and casualties.hedges (one dev war has one: no convention to follow)."""
from __future__ import annotations

import re

from ..mentions.speaker_sides import _country_or_capital
from .found import Found

#: the words the rule's pattern needs, lower-cased (an exact necessary test before it: one of them is printed before
#: the count)
_GATE = ("accuse", "blame", "denounce")
#: a named subject and its verb of accusing, blaming or denouncing ('Serb officials blame', "Lima's army on Tuesday
#: accused", 'The Polisario Front denounces', 'Sudan accused')
_RX_ACCUSER = re.compile(r"""
    (?<![\w'’.\-])(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’.\-]*
        (?:\s+(?:officials|authorities|government|forces|army|military|ministry|police|rebels|leaders|spokesman))?)
    \s+(?:(?:on|this|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:has\s+|have\s+|had\s+)?
    (?P<verb>accus|blam|denounc)[a-z]*\b
    """, re.X)
#: a capitalised word that opens a sentence and names no one ('It has denied', 'The accused')
_NOT_SUBJECTS = frozenset("The He She It They We I This That These Those A An Monday Tuesday Wednesday Thursday "
                          "Friday Saturday Sunday Today Yesterday".split())
#: what the count's clause must hold after each verb ('accused X of', 'blamed X for'); none for the others
_LINK = {"accus": re.compile(r"\bof\b"), "blam": re.compile(r"\bfor\b")}
#: the count stands in a clause or statement of its own after the verb: a clause break, a relative, another cue, a
#: statement noun (`statement_owner`'s and `claim_noun_owner`'s), a comma that opens no subset
_RX_BREAK = re.compile(r"""[.;:]\s|\b(?:but|while|whereas|which|who|where|when|as|after|before|said|says|saying|told|
    according|added|adding|that|claims?|reports?|statements?|allegations?)\b|,\s+(?!including|among)""", re.X)


def accuser_owns_count(sent: str, a: int, f: Found) -> tuple[str, int] | None:
    """(the subject, its start in the sentence) of the accusation, blame or denunciation whose object holds the count
    f, else None (rule `accuser_owns_count`).

    >>> s = "Lima said it regretted the deaths after Quito accused it of killing three fishermen on the river."
    >>> accuser_owns_count(s, 0, Found("killed", 3, 3, None, s.index("three"), s.index(" on the"), [], None))
    ('Quito', 40)
    >>> s = "Greek officials blame the rebels for the deaths of four shepherds."
    >>> accuser_owns_count(s, 0, Found("killed", 4, 4, None, s.index("deaths"), len(s) - 1, [], None))
    ('Greek officials', 0)
    >>> s = "The Kalahari army on Monday accused the rebels of shooting nine herders."
    >>> accuser_owns_count(s, 0, Found("killed", 9, 9, None, s.index("nine"), len(s) - 1, [], None))
    ('The Kalahari army', 0)

    Left alone: a relative clause or a cue of its own after the verb, a passive without its subject, a claim noun
    (`statement_owner`'s), a denial, a verb that condemns:

    >>> s = "Quito accused Lima of an ambush that killed three fishermen."
    >>> accuser_owns_count(s, 0, Found("killed", 3, 3, None, s.index("three"), len(s) - 1, [], None)) is None
    True
    >>> s = "Quito accused Lima of lying but said three fishermen were killed."
    >>> accuser_owns_count(s, 0, Found("killed", 3, 3, None, s.index("three"), len(s) - 1, [], None)) is None
    True
    >>> s = "The militia has been accused of killing 600 people."
    >>> accuser_owns_count(s, 0, Found("killed", 600, 600, None, s.index("600"), len(s) - 1, [], None)) is None
    True
    >>> s = "The army accused rebel radio of claims that it killed 12 civilians."
    >>> accuser_owns_count(s, 0, Found("killed", 12, 12, None, s.index("12"), len(s) - 1, [], None)) is None
    True
    >>> s = "The army denied that its troops shot nine herders."
    >>> accuser_owns_count(s, 0, Found("killed", 9, 9, None, s.index("nine"), len(s) - 1, [], None)) is None
    True
    >>> s = "The mayor condemned the killing of nine herders."
    >>> accuser_owns_count(s, 0, Found("killed", 9, 9, None, s.index("nine"), len(s) - 1, [], None)) is None
    True
    """
    lim = f.start - a
    head = sent[:lim]
    low = head.lower()
    if not any(w in low for w in _GATE):
        return None
    best = None
    for m in _RX_ACCUSER.finditer(head):
        best = m
    if best is None or best.group("who") in _NOT_SUBJECTS:
        return None
    between = head[best.end():]
    verb = best.group("verb")
    link = _LINK.get(verb)
    if link is not None and not link.search(between):
        return None
    if _RX_BREAK.search(between):
        return None
    return best.group("who"), best.start("who")


def country_accuser(who: str) -> bool:
    """Whether an accuser is a country or its capital named bare ('Sudan', 'Addis Ababa'): it stands as written (the
    mention layer would take a one-word name for a longer one's surname: 'Sudan' for 'South Sudan').

    >>> country_accuser("Sudan"), country_accuser("Addis Ababa"), country_accuser("Halimi")
    (True, True, False)
    """
    return _country_or_capital(who) is not None
