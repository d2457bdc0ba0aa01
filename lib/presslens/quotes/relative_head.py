"""Rule `relative_clause_head`: a speaker phrase that is a relative clause ('who appeared on television Saturday
... and', 'who returned from the front') is never the speaker: the cue is the relative clause's own verb (or one
coordinated with it), and the speaker is the head the clause hangs on, printed just before its comma ('the
whereabouts of Hun Sen, who appeared on television ... and accused'; 'an Austrian traveler, Helmut Wolf, who
returned from Timisoara Wednesday said'): a name, or a determiner and its noun ('the governor, who ...').

Left alone: a relative with no comma before it (the head is inside the phrase: 'those who fled said', 'a man who
lives nearby'), a head that is no noun phrase (a clause's end, a number), 'Who' with a capital (a question or the
World Health Organization's acronym in another case).

The examples are made up in the styles of wars in no eval set (the Shaba invasions, the Casamance conflict).
"""
from __future__ import annotations

import re

#: the head just before the relative's comma: a name of one to four capitalised words (with the lower-case joints
#: of names), or a determiner and one to four words ending in a lower-case noun ('the provincial governor')
_RX_HEAD = re.compile(r"""
    (?:^|(?<=[\s(\u201c"]))
    (?P<head>
        [A-Z][\w'\u2019.\-]+(?:\s+(?:[A-Z][\w'\u2019.\-]*|al-[A-Z][\w'\u2019\-]*|bin|ibn|de|da|dos|van|von)){0,3}
      | (?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w'\u2019.\-]+\s+){0,3}[a-z][a-z\-]+
    )
    \s*,\s*$""", re.X)
#: capitalised words that open a sentence or an adverbial, not a name ('In Kolwezi, which ...': no head)
_OPENERS = frozenset(("But", "And", "In", "On", "At", "After", "Before", "Meanwhile", "However", "From", "Near",
                      "It", "He", "She", "They", "We", "This", "That", "There", "Here", "Today", "Yesterday"))


def relative_clause_head(text: str, sp_start: int, phrase: str) -> tuple[str, int, int] | None:
    """The head a relative-clause speaker phrase `phrase` (at `sp_start` in `text`) hangs on: (head, start, end),
    or None when the phrase is no relative clause or no head stands before its comma.

    >>> t = "Nobody knew the whereabouts of Nguza Karl-i-Bond, who appeared on radio Sunday and accused Kinshasa."
    >>> relative_clause_head(t, t.index("who"), "who appeared on radio Sunday and")
    ('Nguza Karl-i-Bond', 31, 48)
    >>> t = "But a Belgian engineer, Paul Maes, who returned from Kolwezi Tuesday said the town had fallen."
    >>> relative_clause_head(t, t.index("who"), "who returned from Kolwezi Tuesday")
    ('Paul Maes', 24, 33)
    >>> t = "Fighting went on, the provincial governor, who toured the front, told reporters."
    >>> relative_clause_head(t, t.index("who"), "who toured the front")[0]
    'the provincial governor'

    No comma before the relative, no relative at all, or no noun phrase before the comma:

    >>> t = "Villagers who fled the shelling said ten were killed."
    >>> relative_clause_head(t, t.index("who"), "who fled the shelling") is None
    True
    >>> relative_clause_head("Paul Maes, the engineer said", 11, "the engineer") is None
    True
    >>> t = "Ten were killed, who witnesses said were civilians."
    >>> relative_clause_head(t, t.index("who"), "who witnesses") is None
    True
    >>> t = "In Kolwezi, which the rebels held, a priest said ten were killed."
    >>> relative_clause_head(t, t.index("which"), "which the rebels held, a priest") is None
    True
    """
    if phrase[:4] != "who " and phrase[:6] != "which ":
        return None
    before = text[max(0, sp_start - 80):sp_start]
    if "," not in before[-3:]:
        return None
    mt = _RX_HEAD.search(before)
    if mt is None:
        return None
    head = mt.group("head")
    if head.split()[0] in _OPENERS or head.endswith("ed"):
        return None     # 'In Kolwezi, which ...' leaves no head; 'the rebels killed, who' is a clause
    start = sp_start - len(before) + mt.start("head")
    return head, start, start + len(head)
