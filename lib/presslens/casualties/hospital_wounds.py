"""Named rule for people taken to hospital with wounds ('A passer-by was sent to the hospital with a wound'): wounded,
one person or the count (session 8).

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function; ``rules.RULES`` lists the
rules of every family by name, in the order they run); the examples in the docstrings are their tests (doctests), and
``tests/test_casualties_hospital_wounds.py`` has more, with sides, written in the styles of wars in none of the eval
sets.

    >>> [name for name, _, _ in HOSPITAL_WOUNDS_RULES]
    ['taken to hospital with wounds']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt
from .numbers import count_word


# ----------------------------------------------------------------------------------------------------------
# Taken to hospital with wounds: 'A passer-by was sent to the hospital with a wound'
# ----------------------------------------------------------------------------------------------------------

_HOSPITAL_PATTERNS: dict[int, re.Pattern] = {}
_ORDINALS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"


def _hospital_pattern(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _HOSPITAL_PATTERNS:
        numbers = [w for w in lex.numbers if " " not in w and w not in ("a", "an", "zero")]
        _HOSPITAL_PATTERNS[id(lex)] = re.compile(
            r"(?<![\w'’-])(?:(?P<one>[Aa]n?|[Aa]nother|[Tt]he\s+(?:" + _ORDINALS + r"))\s+"
            r"(?P<mods1>(?:[\w'’-]+\s+){0,2}?)(?P<noun>" + _alt(lex.singular) + r")"
            r"|(?P<count>\d{1,3}(?:,\d{3})*|(?i:" + _alt(numbers) + r"))\s+(?P<mods2>(?:[\w'’-]+\s+){0,2}?)"
            r"(?P<heads>" + _alt(lex.heads) + r"))"
            r"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|later\s+|then\s+)?"
            r"(?:sent|taken|rushed|delivered|admitted|evacuated|brought|flown|airlifted)\s+(?:in\s+)?to\s+"
            r"(?:(?:the|a|local|nearby|a\s+local|a\s+nearby|the\s+local|the\s+district|the\s+regional)\s+)?"
            r"hospitals?\s+with\s+(?:(?:a|an|multiple|several|serious|severe|minor|gunshot|bullet|shrapnel|stab|"
            r"knife|burn|head|leg)\s+){0,3}(?:wounds?|injuries|injury|burns)\b")
    return _HOSPITAL_PATTERNS[id(lex)]


def hospital_with_wounds(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `hospital_with_wounds`: people sent or taken to hospital with wounds ('A passer-by was sent to the
    hospital with a wound', 'The third gunman was delivered to a local hospital with gunshot wounds', 'Four
    gendarmes were evacuated to hospital with shrapnel wounds'): wounded, one person or the count.  The wound must
    be named: 'was taken to hospital for tests' is no claim.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("A passer-by was also sent to the hospital with a wound, police in Bouaké said.")
    [('wounded', 1, 1, None, 'civilian')]
    >>> claims_in("The third rebel was delivered to a local hospital with gunshot wounds.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("The minister was sent to hospital with a fever.")
    []
    """
    out: list[Found] = []
    for m in _hospital_pattern(lex).finditer(norm):
        if m.group("one"):
            n, words = 1, [*m.group("mods1").lower().split(), m.group("noun").lower()]
        else:
            n, words = count_word(m.group("count"), lex), [*m.group("mods2").lower().split(), m.group("heads").lower()]
        if not n or any(w in ("of", "and", "the", "was", "were") for w in words[:-1]):
            continue
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found("wounded", n, n, None, a, b, words, words[-1]))
    return out


#: (name, gate, find) of each rule, in the order they run (``rules.RULES`` lists them by name)
HOSPITAL_WOUNDS_RULES: tuple[tuple, ...] = (
    ("taken to hospital with wounds", (frozenset({"hospital", "hospitals"}), frozenset({"with"}),
                                       frozenset({"wound", "wounds", "injuries", "injury", "burns"})),
     hospital_with_wounds),
)
