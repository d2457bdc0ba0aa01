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
    (?P<lead>,[ ]as[ ]|[ ]as[ ]|w(?<!\ww)hat[ ])                          # ', as' comment clause or a free relative
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


#: cues whose passive inside another statement names a speaker of its own ('an accusation which is denied by X',
#: 'a toll reported by some media', 'Responsibility ... was claimed by X'); not 'confirmed by', 'disputed by', 'cited
#: by' (the dev golds give those no row of their own: docs/rules.md "Session 12")
_INNER_PASSIVE_LEMMAS = frozenset(("deny", "claim", "report"))
_RX_BY_AGENT = re.compile(r"[ ]+by[ ]+(?=\S)")
#: before the participle: a relative pronoun and an auxiliary ('which is', 'that was'), or an auxiliary alone
_RX_RELATIVE_AUX = re.compile(r",?[ ]*\b(?:which|that)[ ]+(?:is|are|was|were|has[ ]+been|have[ ]+been|had[ ]+been)[ ]+"
                              r"(?:also[ ]+|since[ ]+|strongly[ ]+|flatly[ ]+)?$")
_RX_AUX = re.compile(r",?[ ]*\b(?:is|are|was|were|has[ ]+been|have[ ]+been|had[ ]+been)[ ]+(?:also[ ]+|since[ ]+)?$")
#: the noun phrase a relative pronoun takes up: after the last comma, a determiner opening it
_RX_ANTECEDENT_NP = re.compile(r"(?:^|,[ ]*)(?P<np>(?:an?|the|this|that|these|those|such|its|their|his|her)[ ][^,]{2,80}?)[ ]*$")
#: a relative clause set off by commas after a sentence's subject ('Responsibility for the assault, which ..., was')
_RX_SUBJECT_BEFORE_RELATIVE = re.compile(r"[^,]{3,80}?(?=,[ ]*(?:which|who|that)\b)")


def inner_passive_item(m: str, sa: int, sb: int, cs: int, ce: int, cue: Cue, surface: str, items: list,
                       agent_of) -> list | None:
    """Rule `passive_inside_statement`: a passive `denied`/`claimed`/`reported by X` after another statement's cue
    in the sentence is X's statement, its content the noun phrase the passive is said of: the antecedent of
    `which is denied by`, the sentence's subject before its relative clause (`Responsibility for the assault,
    which ..., was claimed by`), or, with no auxiliary (`the fall of X reported by some media`), the words after
    the cue before; None otherwise. `agent_of(pos)` -> the agent's span after `by`.

    >>> from presslens.mentions.lexicon import _cues
    >>> from presslens.quotes.clause import _np_right
    >>> s = "Kessa accused Tarvian troops of crossing the river, an accusation which is denied by Tarvia."
    >>> c = _cues()[0]; a = s.index("accused"); d = s.index("denied")
    >>> outer = [0, a, a + 7, c["accused"], (0, 5), a + 7, False, "accused"]
    >>> it = inner_passive_item(s, 0, len(s), d, d + 6, c["denied"], "denied", [outer], lambda p: _np_right(s, p, len(s)))
    >>> s[it[4][0]:it[4][1]], s[it[8][0]:it[8][1]], s[it[0]:d]
    ('Tarvia', 'an accusation', ', an accusation which is ')
    """
    if not items or cue.lemma not in _INNER_PASSIVE_LEMMAS or not cue.form.endswith("ed"):
        return None
    by = _RX_BY_AGENT.match(m, ce, sb)
    if by is None:
        return None
    agent = agent_of(by.end())
    if agent is None or MASK in m[agent[0]:agent[1]]:
        return None
    before = items[-1]
    if before[2] > cs or before[6]:
        return None
    head = m[before[2]:cs]
    rel = _RX_RELATIVE_AUX.search(head)
    if rel:             # '..., an accusation which is denied by X'
        np = _RX_ANTECEDENT_NP.search(head, 0, rel.start())
        if np is None:
            return None
        start = before[2] + np.start("np")
        content = (start, before[2] + np.end("np"))
        clause_start = before[2] + np.start()
    elif _RX_AUX.search(head):      # 'Responsibility for the assault, which ..., was claimed by X'
        subj = _RX_SUBJECT_BEFORE_RELATIVE.match(m, sa, before[1])
        if subj is None or before[1] < subj.end():
            return None
        content = (sa + len(m[sa:subj.end()]) - len(m[sa:subj.end()].lstrip()), subj.end())
        clause_start = before[2] + _RX_AUX.search(head).start()
    elif head.strip() and "," not in head and " that " not in f" {head} ":    # 'denied the fall of X reported by Y'
        lead = len(head) - len(head.lstrip())
        content = (before[2] + lead, cs)
        while content[1] > content[0] and m[content[1] - 1] == " ":
            content = (content[0], content[1] - 1)
        clause_start = cs
    else:
        return None
    if content[1] - content[0] < 3:
        return None
    return [clause_start, cs, ce, cue, agent, agent[1], False, surface, content]


#: an agent that runs to a comma or stop: a determiner or capital, then at most 14 words
_RX_AGENT_TO_COMMA = re.compile(r"(?:the[ ])?[A-Z][^,;.\ue000]{2,110}?(?=[ ]*(?:,|;|\.(?:\s|$)|$))")


def agent_to_comma(m: str, pos: int, sb: int) -> tuple[int, int] | None:
    """The agent of rule `passive_inside_statement` when the noun-phrase rules find none: a name that runs to the
    next comma ('by the Front for the Liberation of the State of Cabinda - Military Position (Flec-MP), a ...'),
    at most 14 words; else None.

    >>> s = "was claimed by the Front for the Liberation of Kessa - Military Position (FLK-MP), a faction."
    >>> a, b = agent_to_comma(s, 15, len(s)); s[a:b]
    'the Front for the Liberation of Kessa - Military Position (FLK-MP)'
    """
    mt = _RX_AGENT_TO_COMMA.match(m, pos, sb)
    if mt is None or len(mt.group(0).split()) > 14:
        return None
    return mt.start(), mt.end()
