"""Named rule `inner_comment_clause`: a statement of another speaker nested in a sentence as a comment clause,
`, as X (has) claimed` or `what X say(s) is ...`. The inner speaker gets a row of its own (docs/annotation.md:
each cue is its own record): after `as`, its content is the clause the comment is about (back to the cue before,
a dash, a semicolon or the sentence's start); after `what`, the predicate that follows (`is a concerted effort
...`). The statement around it ends where the comment clause starts, so the outer row keeps its own words.

    'The army denied opening fire on marchers, as witnesses have claimed.'
        -> the army denied 'opening fire on marchers'; witnesses claimed 'opening fire on marchers'
    'The group said 40 houses burned, as part of what the villagers say is a campaign of expulsion.'
        -> the group said '40 houses burned, as part of'; the villagers say 'is a campaign of expulsion'

Only a cue with nothing after it but a stop, a comma, an adjunct with no `that` (`as X claimed on Sunday.`),
or, after `what`, a copula: a cue with an object (`as the UN said its peacekeepers ...`) is an ordinary cue.
"""
from __future__ import annotations

import re

from ..mentions.lexicon import Cue
from .spans import MASK

#: the comment clause: its lead word, its speaker, the cue, and what may follow the cue
_RX_INNER = re.compile(r"""
    (?P<lead>,?[ ]as[ ]|\bwhat[ ])                                        # ', as' comment clause or a free relative
    (?P<subject>(?:[A-Za-z][\w'’.\-]*[ ]){0,3}?[A-Za-z][\w'’.\-]*)        # its speaker: one to four words
    [ ](?:(?:has|have|had)[ ])?(?:(?:also|long|repeatedly|previously|earlier)[ ])?
    (?P<cue>claimed|claims|claim|said|says|say|alleged|alleges|allege|reported|insisted|insists|insist|
            maintained|maintains|maintain|contended|contends|contend|stated)\b
    (?P<tail>[ ]*(?:[,.;:!?)]|$)                                         # nothing after the cue but a stop
      |[ ](?:on|in|at|from|during|earlier|last|this|yesterday)\b         # an adjunct (checked for 'that' below)
      |[ ](?P<copula>is|are|was|were)\b)                                  # 'what X say is ...'
    """, re.X)
#: words a comment clause's speaker never holds ('as well as the army said', 'as soon as', 'what it was')
_NOT_SUBJECT = frozenset(("as", "that", "which", "who", "well", "soon", "long", "far", "much", "if", "though", "is",
                          "was", "were", "are", "been", "had", "has", "have", "and", "or", "but", "not", "than",
                          "it", "this", "there", "what", "when", "where", "such"))
#: where the clause a comment is about starts, at the latest: a dash, semicolon or colon
_RX_CLAUSE_OPEN = re.compile(r".*(?:[;:]|\s[\u2013\u2014-]\s)", re.S)
_RX_LEADING = re.compile(r"[\s,]*(?:that\s+)?")


def inner_comment_items(m: str, sa: int, sb: int, items: list, forms: dict[str, Cue]) -> tuple[list, list] | None:
    """Rule `inner_comment_clause`: (the sentence's other items, one new item per comment clause `, as X claimed` /
    `what X say is`); an item the cue already had is dropped for the new one; None when the sentence has none.

    An item is [clause_start, cue_start, cue_end, cue, speaker span, after, participle, surface, content span].

    >>> from presslens.mentions.lexicon import _cues
    >>> s = "Troops fired on marchers, as witnesses have claimed."
    >>> [(it[7], s[it[4][0]:it[4][1]], s[it[8][0]:it[8][1]]) for it in inner_comment_items(s, 0, len(s), [], _cues()[0])[1]]
    [('claimed', 'witnesses', 'Troops fired on marchers')]
    >>> inner_comment_items("The UN said, as it has said before, that aid is stuck.", 0, 55, [], _cues()[0]) is None
    True
    """
    new: list = []
    for mt in _RX_INNER.finditer(m, sa, sb):
        subject, lead = mt.group("subject"), mt.group("lead")
        words = subject.lower().split()
        if any(w in _NOT_SUBJECT for w in words) or MASK in subject:
            continue
        if "what" in lead and mt.group("copula") is None:
            continue        # 'what X said' without a predicate: the object of another verb, not a statement's content
        if "what" not in lead and mt.group("copula") is not None:
            continue
        rest = m[mt.end():sb]
        stop = re.search(r"[,.;:!?]", rest)
        if mt.group("tail").strip() and mt.group("copula") is None and mt.group("tail").strip()[0].isalpha() \
                and (" that " in f" {rest[:stop.start() if stop else len(rest)]} " or MASK in rest[:stop.start() if stop else len(rest)]):
            continue        # 'as the army said on Sunday that ...': an ordinary cue with its content
        cue = forms.get(mt.group("cue").lower())
        if cue is None:
            continue
        cs, ce = mt.start("cue"), mt.end("cue")
        sp = (mt.start("subject"), mt.end("subject"))
        if mt.group("copula") is not None:
            content = (mt.start("copula"), _clause_end(m, mt.start("copula"), sb))
        else:
            content = _clause_before(m, sa, mt.start(), items)
        if content is None or content[1] - content[0] < 8:
            continue
        new.append([mt.start(), cs, ce, cue, sp, ce, False, mt.group("cue"), content])
    if not new:
        return None
    taken = {it[1] for it in new}
    return [it for it in items if it[1] not in taken], new


def _clause_before(m: str, sa: int, end: int, items: list) -> tuple[int, int] | None:
    """The clause a comment `, as X claimed` is about: from the last cue before it (or a dash, a semicolon, the
    sentence's start) to the comment, without a leading `that`."""
    start = sa
    for it in items:
        if it[2] <= end and it[2] > start and len(it) <= 8:
            start = it[2]
    opened = _RX_CLAUSE_OPEN.match(m, start, end)
    if opened:
        start = opened.end()
    lead = _RX_LEADING.match(m, start, end)
    start = lead.end() if lead else start
    while end > start and m[end - 1] in " ,":
        end -= 1
    return (start, end) if end > start else None


def _clause_end(m: str, pos: int, sb: int) -> int:
    """Where a free relative's predicate ends: the sentence's end, before its stop."""
    end = sb
    while end > pos and m[end - 1] in " .!?":
        end -= 1
    return end
