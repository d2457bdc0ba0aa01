"""Victim-side rule of session 15 (docs/rules.md, "Session 15: victim sides"): victims owned by 'the group'.

- ``group_anaphor`` (rule `group_anaphor`): victims whose owner is a bare definite group noun that points back to an
  armed group the article has named ('killing some members of the group', 'two prisoners belonging to the rebel
  outfit', 'the group sustained around 80 deaths') are the non-state side's men: the side the registry makes the
  rebels (the one named so far, where it has several). Only the bare noun, with at most a word of armed kind
  before it ('the rebel outfit'): 'the group of journalists', 'the group's leaders' or 'a group of villagers' name
  another group, and an unnamed non-state side (none in the registry) leaves the count to the older rules (punjab's
  Bhindranwale Tiger Force, casamance's MFDC, ogaden's ONLF in the dev sets).
"""
from __future__ import annotations

import re

#: a bare group noun, with at most one word of armed kind before it; never 'the group of X' or 'the group's X'
_GROUP = r"""the\s+(?:(?:rebel|militant|armed|separatist|insurgent|guerrilla|terrorist|extremist|jihadist|outlawed|
    banned|underground)\s+)?(?:group|outfit|organi[sz]ation)(?!\s+of\b|['’]s|\w)"""
#: the victims' head then the owner: 'members of the group', 'prisoners belonging to the rebel outfit'
_RX_OWNED = re.compile(r"""\b(?:of|from|belonging\s+to|within)\s+""" + _GROUP, re.VERBOSE)
#: the owner before the count, as who suffered it: 'the group sustained around 80 deaths', 'the outfit has lost'
_RX_SUFFERED = re.compile(_GROUP + r"""\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:sustained|suffered|lost)\s+
    (?:\w+\s+){0,2}$""", re.VERBOSE)
#: the victims' heads that a group owns (a member's word, or none: 'the group sustained 80 deaths')
_HEADS = frozenset(["members", "member", "fighters", "cadres", "militants", "men", "prisoners", "activists",
                    "operatives", "guerrillas", "rebels", "deaths", "dead", "casualties", "losses", "fatalities"])


def group_anaphor(c) -> tuple[str, str] | None:
    """Rule `group_anaphor`: victims owned by 'the group' / 'the outfit' -> the non-state side named so far.
    `c` is the victims module's claim view (its sentence, claim text, head, registry view).

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("sarn", {"sides": {"sarn_gov": "the Sarn republic: army, police",
    ...     "front": "the Sarn Liberation Front, an armed separatist movement"},
    ...     "government_side": "sarn_gov", "rebel_side": "front", "articles": ["example.txt"],
    ...     "keywords": {"front": ["SLF"]}})])
    >>> claims_in("The SLF has been fighting since 1990. Police said they had killed nine members of the group.", reg)
    [('killed', 9, 9, None, 'front')]
    >>> claims_in("The SLF said a shell killed nine members of the group of lawyers.", reg)  # another group
    [('killed', 9, 9, None, 'unknown')]
    >>> claims_in("Human Rights Watch said two members of the group were wounded.", reg)  # no armed group named
    [('wounded', 2, 2, None, 'unknown')]
    """
    f, sw = c.f, c.sw
    if f.named or c.role == "civilian" or not sw.nonstate or not c.claim_low or \
            ("group" not in c.sent_low and "outfit" not in c.sent_low and "organi" not in c.sent_low):
        return None
    if f.head is not None and f.head not in _HEADS:
        return None
    at = c.sent_low.find(c.claim_low)
    if at < 0:
        return None
    end = at + len(c.claim_low)
    owned = _RX_OWNED.search(c.sent_low, at, end + 40) if f.head not in ("deaths", "dead", "casualties", "losses",
                                                                         "fatalities") else None
    if owned is not None and owned.start() > end + 12:
        owned = None  # the owner must follow the victims' head ('nine members' + ' of the group'), not a later word
    if owned is None and _RX_SUFFERED.search(c.sent_low[max(0, at - 80):at]) is None:
        return None
    from .sides_generic import nonstate_near
    side = nonstate_near(sw, f.end, c.words)
    if side not in sw.belligerents or not _named_before(side, c, at):
        return None
    c.by = "group_anaphor"
    return side, "fighters" if c.vtype == "unknown" else c.vtype


def _named_before(side: str, c, at: int) -> bool:
    """Whether the claim's sentence before the count, or one of the two sentences before it, names `side` (a registry
    name or keyword): the antecedent 'the group' points back to ('Human Rights Watch said two members of the group
    were hurt' names no armed group to point back to)."""
    story = c.story or []
    before = [*(s.lower() for s in story[-3:-1]), c.sent_low[:at]] if story else [c.prev_sent_low, c.sent_low[:at]]
    for text in before:
        words = re.findall(r"[\w'’-]+", text)
        for k in range(len(words)):
            if c.sw.side_of_words(words[k:k + 3]) == side:
                return True
    return False
