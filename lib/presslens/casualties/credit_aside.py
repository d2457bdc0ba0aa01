"""A closing credit with an aside after it (rule `credit_before_aside`): '..., officials said on Monday — the worst
violence in years', '..., Radio X reports having confirmed it with the families', '..., sources said.(Photo/Name)'.

English lets a sentence's closing credit ('..., X said') be followed by an aside that is no part of the credit: a
dash's comment, a participle clause, a bracketed caption. The credit still owns the clause before it; the trailing
cue (`_TRAILING_CUE`, anchored at the sentence's end) misses it only because the aside comes last."""
from __future__ import annotations

import re

from .source_phrase import _TRAILING_CUE, _WHEN_AFTER, _clean_claimant, _could_speak

#: where an aside can open after a credit: a dash, a perfect participle (`having`), a participle clause after a
#: comma (', adding that ...'), a bracket that closes the sentence ('.(Xinhua/Liu Bing)')
_ASIDE_OPEN = re.compile(r"\s+(?:—|–|--)\s|\s—|\s+having\s|,\s+[a-z]+ing\b|\.?\s*\((?=[^()]*\)[\s.”\"'’]*$)")
#: the credit's verb just before the aside (with at most a time after it): a cheap test before `_TRAILING_CUE`
_CREDIT_TAIL = re.compile(r"\b(?:said|says|say|reported|reports|told\s+[\w'’.]+(?:\s+[\w'’.]+)?)"
                          r"(?:\s+(?:late|early|on)){0,2}(?:\s+[A-Z]?[a-z]+day|\s+overnight|\s+(?:night|morning|"
                          r"evening|afternoon))*\s*$")
#: (the words a credit needs and the characters an aside needs: a sentence without them is not tried)
_VERBS = ("said", "say", "report", "told")
_GATE = ("—", "–", "--", " having ", "ing", "(")
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i"))


def credit_before_aside(sent: str) -> str | None:
    """The source of a closing credit that an aside follows, else None.

    >>> credit_before_aside("Nine herders were killed near Bor, county officials said on Monday — the third raid "
    ...                     "this month, the radio added.")
    'county officials'
    >>> credit_before_aside("Two marines died in the blast, Radio Sahel reports having spoken to their families.")
    'Radio Sahel'
    >>> credit_before_aside("Four villagers were wounded, camp elders said early Sunday.(Photo/A. Diallo)")
    'camp elders'
    >>> credit_before_aside("Officials said 12 died — most of them children — in the raid.") is None
    True
    """
    if not any(v in sent for v in _VERBS) or not any(g in sent for g in _GATE):
        return None
    for m in _ASIDE_OPEN.finditer(sent):
        head = sent[:m.start()]
        if not _CREDIT_TAIL.search(head, max(0, len(head) - 60)):
            continue
        head = _WHEN_AFTER.sub("", head) if ("day" in head[-30:] or "overnight" in head[-30:]) else head
        c = _TRAILING_CUE.search(head)
        if c and c.group("who").strip().lower() not in _PRONOUNS and _could_speak(c.group("who")):
            return _clean_claimant(c.group("who")) or None
    return None
