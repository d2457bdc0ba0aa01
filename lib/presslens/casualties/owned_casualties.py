"""Rule `casualties_owned_before` (docs/rules.md, "Session 17: victim sides"): bare counts that list a side's
casualties announced just before them are that side's.

A dispatch names whose casualties it is about to count, then counts them with no words of who: `We've learned more
about American casualties. Eighteen men died, 86 were wounded`; `Doctors treating Vietnamese Ranger casualties said
at least 75 Rangers were dead and 164 wounded`; `casualties suffered by its forces ... totaled 679 killed and 2,563
wounded` (said by the state). The older rules leave such counts `unknown` (nothing in their own phrase tells).
Asked in ``victims._victim`` after the claim's own words, its grammar and its role have said nothing.
"""
from __future__ import annotations

import re

from .people import civilian_place

#: the casualties' owner before the noun: 'American casualties', '39th Vietnamese Ranger casualties', and (rule
#: `loss_owned_before`) 'the Federal loss', 'Somali losses'
_RX_OWNER_BEFORE = re.compile(r"((?:[\w'’-]+\s+){1,3})(?:casualt(?:ies|y\s+figures|y\s+list)|loss(?:es)?)\b")
#: the owner after it: 'casualties suffered by its forces', 'casualties among the Kurdish forces', 'Loss to Kansas
#: troops' (rule `loss_owned_before`)
_RX_OWNER_AFTER = re.compile(r"\b(?:casualt(?:ies|y\s+figures)|loss(?:es)?)\s+(?:suffered\s+by|among|of|to)\s+"
                             r"(?:the\s+)?"
                             r"((?:[\w'’-]+\s*){1,3}?)(?=\s+(?:on|in|at|near|during|since|from|totall?ed|were|was|"
                             r"numbered|stood|reached|rose)\b|[,;:.]|$)")
#: counts that name people, not a force's losses ('Eighteen people died' after 'American casualties')
_PEOPLE_HEADS = frozenset(["people", "persons", "person", "residents", "villagers", "civilians"])
_OWN = frozenset(["its", "their", "our"])
_CATEGORIES = frozenset(["killed", "wounded", "casualties"])


def _one_side(words: list[str], sw) -> str | None:
    """The one belligerent side the words name ('American' -> the US side), None for none or several ('Soviet and
    Afghan')."""
    sides = {s for w in words if (s := sw.side_of_words([w]))}
    return sides.pop() if len(sides) == 1 else None


def _owner(text: str, claimant_side: str | None, sw) -> tuple[str | None, str]:
    """The side whose casualties `text` announces ('American casualties', 'casualties suffered by its forces', the
    claimant's own), else None; and the words of the announcing phrase."""
    for m in _RX_OWNER_AFTER.finditer(text):
        words = re.findall(r"[\w'’-]+", m.group(1))
        if words and words[0] in _OWN:
            return (claimant_side if claimant_side in sw.belligerents else None), m.group(0)
        return _one_side(words, sw), m.group(0)
    for m in _RX_OWNER_BEFORE.finditer(text):
        words = re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", m.group(1)))
        if words and words[-1] in _OWN:
            return (claimant_side if claimant_side in sw.belligerents else None), m.group(0)
        return _one_side(words, sw), m.group(0)
    return None, ""


def casualties_owned_before(c) -> tuple[str, str] | None:
    """Rule `casualties_owned_before`: a count with no words of who (`86 were wounded`, `Eighteen men died`, `679
    killed`) after its sentence's words or the sentence before name one side's casualties (`American casualties.`,
    `casualties suffered by its forces ... totaled`): that side's. Not for `people` and other civilian words, nor
    where the sentence names a civilian place. `c`: the victims module's claim view.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("isthmus", {"sides": {"marda": "the Mardan expeditionary force: its army and navy",
    ...     "junta": "the isthmus junta and its militia"}, "keywords": {"marda": ["Mardan"], "junta": ["junta"]},
    ...     "articles": ["example.txt"]})])
    >>> claims_in("The briefing turned to Mardan casualties. Eleven men died and 40 were wounded.", reg)
    [('killed', 11, 11, None, 'marda'), ('wounded', 40, 40, None, 'marda')]
    >>> claims_in("The briefing turned to Mardan casualties. Eleven people died in the market.", reg)
    [('killed', 11, 11, None, 'civilian')]
    """
    f = c.f
    if f.named or c.role is not None or f.category not in _CATEGORIES or f.head in _PEOPLE_HEADS:
        return None
    if "casualt" not in c.sent_low and "casualt" not in c.prev_sent_low and "loss" not in c.sent_low and \
            "loss" not in c.prev_sent_low:  # exact: both paths need one of the words
        return None
    at = c.sent_low.find(c.claim_low) if c.claim_low else -1
    if at < 0:
        return None
    before = re.split(r"[;:]", c.sent_low[max(0, at - 120):at])[-1]  # 'Peshmerga Casualty Figures Raised; 90 Killed
    # in Iraq': a clause of its own, another count
    owner, phrase = _owner(before, c.claimant_side, c.sw) if "casualt" in before or "loss" in before else (None, "")
    if owner is None and at <= 60:  # the sentence's first counts, after a sentence that ends announcing them
        prev = c.prev_sent_low.rstrip(" .:;\"”")
        if prev.endswith(("casualties", "casualty figures", " loss", " losses")):
            owner, phrase = _owner(prev[-80:], c.claimant_side, c.sw)
    if owner is None or civilian_place(c.sent_low, "", c.lex, c.sw) is not None:
        return None
    c.by = "loss_owned_before" if "casualt" not in phrase else "casualties_owned_before"
    return owner, "fighters" if c.vtype == "unknown" else c.vtype
