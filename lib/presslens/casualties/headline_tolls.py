"""Named rules for tolls told in a headline's shapes: a toll with its figure after the toll's place and no verb ('Death
Toll in Jaffna Clashes About 60', session 13) and one person by a bare role in a headline's later part ('Civilians
and armed police officer killed in X', session 15). (One person by a bare role as a whole headline, 'Bomb kills
policeman', is ``wire_rules``'.)

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_headline_tolls.py`` has more, with sides, written in the styles of wars in none of the eval
sets.

    >>> [name for name, _, _ in HEADLINE_TOLLS_RULES]
    ['a headline toll', 'one person by a bare role in a headline list']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt
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


# ----------------------------------------------------------------------------------------------------------
# One person by a bare role in a headline's later part
# ----------------------------------------------------------------------------------------------------------

#: the category of a headline's cue
_HEADLINE_CATEGORY = {"killed": "killed", "dead": "killed", "slain": "killed", "shot dead": "killed",
                      "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
                      "kidnapped": "captured", "abducted": "captured", "kill": "killed", "kills": "killed"}
#: a headline's later item: after ', ' or ' and ', a bare role (up to three modifiers, no determiner) and its cue
_RX_ITEM_THEN_CUE = r"""
    (?:,\s*|\s+and\s+|\s+&\s+)                                   # the item opens after a comma or 'and'
    (?P<mods>(?:[\w'’-]+\s+){{0,3}}?)(?P<noun>{nouns})\s+          # 'armed police officer', 'freelance photographer'
    (?P<cue>killed|dead|slain|shot\s+dead|wounded|injured|hurt|kidnapped|abducted)
    (?=\s*(?:$|,|;|:|-|–|\b(?:in|by|as|after|near|during|at|on|amid|while|when|over)\b))   # not 'officer killed two'
"""
#: a headline's harm verb whose object is a bare role: 'kill police superintendent, eight civilians'
_RX_VERB_THEN_ITEM = r"""
    \b(?P<cue>kill|kills)\s+
    (?P<mods>(?:[a-z][\w'’-]*\s+){{0,2}}?)(?P<noun>{nouns})       # 'police superintendent' (lower case: the older
    (?=\s*(?:$|,|;|:|-|–|\b(?:in|near|at|on|and|as|after)\b))      # rule reads 'kills Al-Shabaab official')
"""
_RX: dict[int, tuple[re.Pattern, re.Pattern]] = {}
#: words no bare role's modifiers hold: a determiner, a number, a function word starts another phrase
_NOT_MOD = frozenset("the a an of and his her their its one two three four five six seven eight nine ten more "
                     "another other to who in on at by for with from".split())


def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    if id(lex) not in _RX:
        nouns = _alt(lex.singular | {"official"})
        _RX[id(lex)] = (re.compile(_RX_ITEM_THEN_CUE.format(nouns=nouns), re.X | re.I),
                        re.compile(_RX_VERB_THEN_ITEM.format(nouns=nouns), re.X))
    return _RX[id(lex)]


def _headline(norm: str) -> bool:
    """A headline: one short line with no closing full stop."""
    text = norm.strip()
    return 0 < len(text) <= 140 and not text.endswith((".", "?", "!", '"', "”")) and "\n" not in text


def role_in_headline_list(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `role_in_headline_list`: in a headline, one person told by a bare role (no article, no number) as a
    later item of a list (after a comma or 'and') before its cue, or as the object of 'kill(s)' with a lower-case
    role: one record each (the headline's first item is `one_by_role`'s).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Villagers and army sergeant killed in Kandy clash")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Reporter killed, freelance cameraman hurt in Vientiane blast")
    [('killed', 1, 1, None, 'civilian'), ('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("Gunmen kill police constable near Sukhumi")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Villagers and army sergeant killed two rebels near Kandy.")   # a sentence; an active verb
    [('killed', 2, 2, None, 'unknown')]
    >>> claims_in("Rebels and government sign deal, soldier freed in Sukhumi")
    []
    """
    if not _headline(norm):
        return []
    item_rx, verb_rx = _patterns(lex)
    out: list[Found] = []
    for rx in (item_rx, verb_rx):
        for m in rx.finditer(norm):
            mods = m.group("mods").lower().split()
            if any(w in _NOT_MOD or w[:1].isdigit() or w.endswith(("'s", "’s")) for w in mods):
                continue
            a, b = m.start("mods") + s_start, m.end("noun" if rx is verb_rx else "cue") + s_start
            if _free(found + out, a, b):
                cue = re.sub(r"\s+", " ", m.group("cue").lower())
                out.append(Found(_HEADLINE_CATEGORY[cue], 1, 1, None, a, b, [*mods, m.group("noun").lower()],
                                 m.group("noun").lower()))
    return out


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
HEADLINE_TOLLS_RULES: tuple[tuple, ...] = (
    ("a headline toll", (frozenset({"toll"}),), headline_toll),
    ("one person by a bare role in a headline list",
     (frozenset({"killed", "dead", "slain", "wounded", "injured", "hurt", "kidnapped", "abducted", "kill", "kills"}),),
     role_in_headline_list),
)
