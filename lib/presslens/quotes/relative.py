"""Named rule `relative_cue`: a cue in a relative clause right after its speaker ('..., according to Ana
Kovac, who added that the road was cut', 'The shelling was confirmed by Colonel Ruiz, who said "we lost
nine men"', 'added the statement, which said the sweep went on'): the relative pronoun's antecedent speaks,
and the clause before ends at the pronoun.
"""
from __future__ import annotations

import re

from .spans import MASK

#: the relative pronoun (and what may stand between it and the cue) at the end of the words before the cue
_RX_RELATIVE_TAIL = re.compile(r"(?P<rel>,?\s*\b(?:who|which)\s+)(?:(?:has|have|had|also|later|then|earlier|"
                               r"has\s+since|had\s+earlier|would)\s+)*$")
#: a person's name (two capitalised words at least) right before a relative without a comma: 'General Ana Ruiz who said'
_RX_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+$")
#: the antecedent: a name run, or a determiner phrase headed by a document or body noun, right before the pronoun
_RX_ANTECEDENT = re.compile(r"""(?:
      (?:[A-Z][\w.'’\-]*\s+){0,5}[A-Z][\w.'’\-]*                                  # a name: 'Ana Kovac'
    | (?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:statement|report|release|communiqu[eé]|message|letter|
         ministry|army|group|agency|office|mission|council|spokesman|spokeswoman|spokesperson|official|commander)
    )$""", re.X)


def relative_speaker(m: str, sa: int, cs: int, items: list) -> tuple[int, tuple[int, int]] | None:
    """(where the relative clause starts, the speaker span) of a cue at `cs` that opens a relative clause
    after its speaker, else None. A speaker item that ends right before the pronoun gives its span
    ('according to X, who added').

    >>> s = "Two shops burned, according to Ana Kovac, who added that the road was cut."
    >>> c, sp = relative_speaker(s, 0, s.index("added"), []); s[sp[0]:sp[1]], s[c:c + 5]
    ('Ana Kovac', ', who')
    >>> s = "Nine died, added the statement, which said the sweep went on."
    >>> c, sp = relative_speaker(s, 0, s.index(" said") + 1, []); s[sp[0]:sp[1]]
    'the statement'
    >>> relative_speaker("the men who said it", 0, 12, []) is None
    True
    >>> s = "The toll was given by the head of the mission, General Ana Ruiz who said it would rise."
    >>> c, sp = relative_speaker(s, 0, s.index(" said") + 1, []); s[sp[0]:sp[1]]
    'General Ana Ruiz'
    >>> s = "Rallies grew around Ana Ruiz, the daughter of the late general Pablo Ruiz, who vowed to fight on."
    >>> c, sp = relative_speaker(s, 0, s.index("vowed"), []); s[sp[0]:sp[1]]
    'Ana Ruiz'
    """
    head = m[max(sa, cs - 40):cs]
    if "who" not in head and "which" not in head:
        return None
    rel = _RX_RELATIVE_TAIL.search(head)
    if rel is None:
        return None
    rel_at = cs - len(head) + rel.start("rel")
    restrictive = "," not in rel.group("rel")
    if restrictive and not (items and items[-1][4] and 0 <= rel_at - items[-1][4][1] <= 2) \
            and not _RX_NAME_BEFORE.search(m, max(sa, rel_at - 60), rel_at):
        return None     # 'the men who said it': a restrictive relative is the subject's, not a speaker's clause
    for it in reversed(items):
        sp = it[4]
        if sp is not None and 0 <= rel_at - sp[1] <= 2:
            return rel_at, sp
    before = m[max(sa, rel_at - 80):rel_at]
    if MASK in before[-3:]:
        return None
    ante = _RX_ANTECEDENT.search(before)
    if ante is None:
        return None
    lead = before[:ante.start()]
    end = len(before)
    if " of " in lead[lead.rfind(",") + 1:] + " ":
        # 'X, the son of the slain leader Y, who vowed': Y names the appositive; X, before it, speaks
        end = lead.rfind(",")
        ante = _RX_ANTECEDENT.search(before, 0, end) if end > 0 else None
        if ante is None:
            return None
    a = rel_at - len(before) + ante.start()
    return rel_at, (a, a + ante.end() - ante.start())
