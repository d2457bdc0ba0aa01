"""Named rules for casualty claims missed entirely, counted by war (issue 11, session 13; eval/RECALL_FAMILIES.md,
"Session 13"): a toll told as a headline, its figure after the toll's place with no verb.

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_recall13.py`` has more.

    >>> [name for name, _, _ in RECALL13_RULES]
    ['a headline toll']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon
from .numbers import find_quantities

# ----------------------------------------------------------------------------------------------------------
# A headline toll: 'Death Toll in Jaffna Clashes About 60', 'Civilian toll in Grozny 220, officials say'
# ----------------------------------------------------------------------------------------------------------

#: before the figure: the toll noun (up to two words before it), its place ('in <up to five words>') and a quote
_RX_TOLL_BEFORE = re.compile(r"""
    (?<![\w'’-])(?P<mods>(?:[A-Za-z][\w'’-]*\s+){0,2}?)(?P<toll>[Tt]oll|TOLL)
    (?:\s+(?:in|from|after|of)\s+(?P<place>(?:[\w'’.-]+\s+){0,4}?[A-Za-z][\w'’.-]*))?   # 'in Armenia-Azerbaijan Clashes'
    \s*['‘"“]?\s*$                                                  # "Death toll 'around 100'"
""", re.X)
#: after the figure: the clause ends (a headline's end, a comma before its source, a dash)
_RX_TOLL_AFTER = re.compile(r"""\s*['’"”]?\s*(?:$|[,;:–—]|\s-\s|\.\s*$)""")
#: the toll's own words that give another category than the dead
_TOLL_CATEGORY = {"casualty": "casualties", "injury": "wounded", "wounded": "wounded"}
#: words of the place that make the figure no toll ('the toll of the town of 5,000', 'the toll in 2014')
_NOT_PLACE = frozenset("of to at is was are were be has had have rose risen rises climbed reached stands stood the a an"
                       .split())


def headline_toll(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `headline_toll` (family F4, a toll told with no link): the toll noun, its place ('in <up to five
    words>') and the figure right after it, ending the clause, as headlines write it ('Death Toll in X Clashes
    About 600', 'Civilian Toll in Panama 220, U.S. Says'): the toll's figure, killed (or casualties for a
    'casualty toll').  A figure after 'of', 'to', a verb or an article is the grammar's ('the toll rose to 14').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Death Toll in Mindoro Ferry Clashes About 140")
    [('killed', 140, 140, None, 'unknown')]
    >>> claims_in("Civilian toll in Jaffna 85, aid group says")
    [('killed', 85, 85, None, 'civilian')]
    >>> claims_in("Death toll 'over 300'")
    [('killed', 301, None, None, 'unknown')]
    >>> claims_in("The toll in the town of 5,000 was not known.")   # a population, not the toll
    []
    >>> claims_in("Toll road fees in Lagos 300, drivers complain")  # not a toll of people
    []
    """
    out: list[Found] = []
    for q in find_quantities(norm, lex, s_start):
        if q.vague is not None or q.low is None:
            continue
        before = _RX_TOLL_BEFORE.search(norm, max(0, q.start - s_start - 80), q.start - s_start)
        if before is None or not _RX_TOLL_AFTER.match(norm, q.end - s_start):
            continue
        place = (before.group("place") or "").lower().split()
        if any(w in _NOT_PLACE or w[:1].isdigit() for w in place) or norm[before.end("toll"):].lstrip()[:4] == "road":
            continue
        mods = before.group("mods").lower().split()
        if any(w in _NOT_PLACE for w in mods):
            continue  # 'the toll ...' opens a sentence of the grammar's, not a headline
        category = next((_TOLL_CATEGORY[w] for w in mods if w in _TOLL_CATEGORY), "killed")
        a, b = before.start("toll") - len(before.group("mods")) + s_start, q.end + s_start
        if _free(found + out, a, b):
            out.append(Found(category, q.low, q.high, None, a, b, mods[-2:], None, toll=True))
    return out


#: (name, gate, find) of each rule, in the order they run; ``rules.RULES`` makes them ``Rule`` records
RECALL13_RULES: tuple[tuple, ...] = (
    ("a headline toll", (frozenset({"toll"}),), headline_toll),
)
