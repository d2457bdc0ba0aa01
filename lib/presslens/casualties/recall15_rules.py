"""Named rules for casualty claims missed across wars (issue 11, session 15; eval/RECALL_FAMILIES.md, "Session 15:
claim recall"): one person told by a bare role in a headline's later part ('Civilians and armed police officer killed
in X', 'Reporter killed, freelance photographer hurt in Y', 'Gunmen kill police superintendent, eight civilians').

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_recall15.py`` has more.

    >>> [name for name, _, _ in RECALL15_RULES]
    ['one person by a bare role in a headline list']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt

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


RECALL15_RULES: tuple[tuple, ...] = (
    ("one person by a bare role in a headline list",
     (frozenset({"killed", "dead", "slain", "wounded", "injured", "hurt", "kidnapped", "abducted", "kill", "kills"}),),
     role_in_headline_list),
)
