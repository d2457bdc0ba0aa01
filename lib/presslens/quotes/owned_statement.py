"""A statement noun with its owner, as the object of another statement's cue: the owner's statement of its own.

Rule `owned_statement_in_object` (session 25, branch s25-pairing): in `Pakistan rejected India's claim that it killed
many militants`, the object of `rejected` is a statement noun whose possessor made the statement (general English: the
genitive of a noun of saying is its subject, `India's claim` = what India claimed). Each cue is its own record
(docs/annotation.md, "Statements"), so the owner gets a record whose content follows `that` (or `of` and a gerund),
and the outer statement keeps its whole object as its content (it is built without this item: the owner's phrase is
no clause that ends it). The golds give both records (india-pakistan-2019, indo-pakistani-war-1965).
"""
from __future__ import annotations

import re

from ..mentions.lexicon import Cue
from .adverbials import _ADVERBIAL

#: right after the cue (past adverbials): an optional determiner-free owner in the genitive, a modifier, the noun,
#: then 'that' or 'of' and a gerund (`rubbished Pakistan's claim of gaining victory`)
_RX_OWNED = re.compile(r"""
    \s*(?:the\s+)?(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})['’]s\s+    # the owner: a name in the genitive
    (?:[a-z\-]+\s+)?                                               # a modifier ('repeated', 'latest')
    (?P<noun>claims?|statements?|assertions?|allegations?|accusations?)
    \s+(?:that\s+|of\s+(?=[a-z]+ing\b))(?=\S)                      # its content
    """, re.X)
_LEMMAS = {"claim": ("claim", "distancing"), "statement": ("state", "neutral"), "assertion": ("assert", "neutral"),
           "allegation": ("allege", "distancing"), "accusation": ("accuse", "distancing")}


def owned_statement_in_object(m: str, sb: int, items: list) -> list[list]:
    """A sentence's items (quotes.attribution's layout) -> the owners' statements in their cues' objects, as items
    with their content span (its ninth field) up to the outer statement's end (`sb`: the sentence's end, or the
    next item's start).

    >>> s = "Tarsk rejected on Monday Velmora's claim that its gunners had shot down two helicopters."
    >>> cs = s.index("rejected")
    >>> [(s[it[4][0]:it[4][1]], it[7], s[it[8][0]:it[8][1]]) for it in owned_statement_in_object(s, len(s) - 1,
    ...  [[0, cs, cs + 8, None, (0, 5), cs + 8, False, "rejected"]])]
    [('Velmora', 'claim', 'its gunners had shot down two helicopters')]
    >>> owned_statement_in_object("Tarsk rejected the claim that it had fired.", 42, [[0, 6, 14, None, (0, 5), 14, False, "rejected"]])
    []
    """
    out: list[list] = []
    for k, it in enumerate(items):
        ce = it[2]
        if "’s " not in m[ce:ce + 60] and "'s " not in m[ce:ce + 60]:
            continue        # (the cheap gate: a genitive right after the cue)
        end = items[k + 1][1] if k + 1 < len(items) else sb
        adv = _ADVERBIAL.match_len(m, ce, end)
        mt = _RX_OWNED.match(m, ce + (adv or 0), end)
        if mt is None:
            continue
        noun = mt.group("noun")
        lemma, ctype = _LEMMAS[noun.rstrip("s")]
        stop = len(m[:end].rstrip(" .,;:!?"))
        if stop <= mt.end():
            continue
        out.append([mt.start("owner"), mt.start("noun"), mt.end("noun"), Cue(noun, lemma, ctype, "clause"),
                    mt.span("owner"), mt.end(), False, noun, (mt.end(), stop)])
    return out
