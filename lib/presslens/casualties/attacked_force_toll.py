"""The toll of a force told as attacked in the passive: rule `toll_of_attacked_force`.

A report of an attack ON one side's unit, in the passive (`A patrol was ambushed ...`, `A Peruvian helicopter was shot
down Sunday, killing seven`), or in the reduced passive of a wire or a parliamentary list (`Police patrol fired upon at
X last night. One man killed.`), gives a bare toll that follows it (the participle of the same sentence, or a toll
that opens the next sentence) to the attacked unit's side. `object_of_the_attack` (side_continuation.py) reads the
active voice (`rebels attacked an army post, killing two`); this is its passive. Not for an attacked unit of no side
(`a work party was ambushed`, `the village was attacked`: the `people` rows decide), nor for a toll joined to the
attack by `and` (`two helicopters were shot down and five people were killed`: the toll of the day, not of the unit).
Asked last in `victims._victim`: it only fills a side every other rule left `unknown`.
"""
from __future__ import annotations

import re

#: a passive (or reduced passive) attack: the subject's last words, an optional auxiliary, the participle; a reduced
#: passive (no auxiliary) is taken only when the participle has no object after it (a place, a time or the end)
_RX_PASSIVE_ATTACK = re.compile(r"""
    (?P<subj>(?:[\w'’.-]+\s+){0,5}[\w'’-]+)                 # the attacked unit: up to six words before the verb
    (?:,[^,.;]{1,40},)?\s+                                  # a place between commas: 'Police patrol, Abbeydorney, ...'
    (?P<aux>(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?
    (?:reportedly\s+|allegedly\s+)?
    (?:ambushed|attacked|fired\s+(?:on|upon|at)|shot\s+down|raided)
    (?P<after>\s+(?:at|in|near|on|along|outside|last|yesterday|this|early|late|sunday|monday|tuesday|wednesday|
                  thursday|friday|saturday)\b|\s*[.,;]|\s*$)
    """, re.X)

#: heads that say nothing of whose the victims were ('One man killed', 'No casualties')
_BARE_HEADS = frozenset({"man", "men", "person", "persons", "people", "casualties", "fatalities", "dead", "bodies"})

#: the words that open a clause inside the subject's six words: the attacked unit is after the last of them
_RX_CLAUSE_START = re.compile(r"\b(?:said|says|say|that|when|after|and|while|as|reported|claimed|where|who|which)\b")

#: the words that join the toll to the attack in its own sentence: a participle or 'resulting in', never 'and'
_RX_JOINED_TOLL = re.compile(r",\s*(?:killing|wounding|injuring|leaving|resulting\s+in)\s+[^,.;]{0,40}$")


def _attacked_side(clause: str, c) -> str | None:
    """The side of the unit `clause` tells as attacked in the passive, or None."""
    from .sides import _role_of
    m = None
    for m in _RX_PASSIVE_ATTACK.finditer(clause):
        pass
    if m is None:
        return None
    subj = _RX_CLAUSE_START.split(m.group("subj").lower())[-1]  # 'the army said a patrol' -> 'a patrol'
    words = [w for w in re.findall(r"[\w'’-]+", re.sub(r"['’]s\b", "", subj))
             if w not in ("a", "an", "the", "its", "their", "of")]
    if not m.group("aux") and len(words) > 4:
        return None  # a reduced passive is a short item ('Police patrol ambushed.'), not a clause's tail
    side = c.sw.side_of_words(words)
    if side is None:
        role = _role_of(words, c.lex)
        side = c.sw.state if role == "state" else c.sw.nonstate if role == "nonstate" else None
    return side if side in c.sw.belligerents else None


def toll_of_attacked_force(c) -> tuple[str, str] | None:
    """Rule `toll_of_attacked_force`: a bare toll right after a passive attack on one side's unit is that side's.

    >>> from presslens.actors import Actors, _conflict
    >>> from presslens.casualties.rules import claims_in
    >>> reg = Actors([_conflict("mizoram", {"sides": {"india_gov": "the Indian state: army, Assam Rifles, police",
    ...     "mnf": "the Mizo National Front rebels"}, "government_side": "india_gov", "rebel_side": "mnf",
    ...     "articles": ["example.txt"], "keywords": {"india_gov": ["Assam Rifles"], "mnf": ["MNF"]}})])
    >>> claims_in("An Assam Rifles convoy was ambushed near Aizawl on Monday, killing six.", reg)
    [('killed', 6, 6, None, 'india_gov')]
    >>> claims_in("Police patrol fired upon at Lunglei last night. One man killed.", reg)
    [('killed', 1, 1, None, 'india_gov')]
    >>> claims_in("A bus was ambushed near Aizawl on Monday, killing six.", reg)  # no side's unit
    [('killed', 6, 6, None, 'unknown')]
    """
    f = c.f
    if (f.head is not None and f.head not in _BARE_HEADS) or f.named or c.role is not None or not c.claim_low:
        return None
    at = c.sent_low.find(c.claim_low)
    if at < 0:
        return None
    before = c.sent_low[:at + len(c.claim_low)]
    if at > 3:  # the toll inside the attack's sentence: joined by a participle
        if not _RX_JOINED_TOLL.search(before):
            return None
        side = _attacked_side(c.sent_low[:at], c)
    else:  # a toll opening its sentence: the sentence before tells the attack, and ends with it
        prev = c.prev_sent_low.strip()
        if not prev or len(prev) > 160:
            return None
        side = _attacked_side(prev, c)
    if side is None:
        return None
    return side, "fighters" if c.vtype == "unknown" else c.vtype
