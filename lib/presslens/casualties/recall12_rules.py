"""Named rules for casualty claims missed entirely, counted by war (issue 11, session 12; eval/RECALL_FAMILIES.md,
"Session 12"): one person pointed at by a definite role before their own passive cue.

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_recall12.py`` has more.

    >>> [name for name, _, _ in RECALL12_RULES]
    ['one person by a definite role']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import _BLOCK, _FUNCTION, Lexicon, _alt

# ----------------------------------------------------------------------------------------------------------
# One person by a definite role: 'The driver was seriously injured', 'the police chief of X has died'
# ----------------------------------------------------------------------------------------------------------

#: the categories the rule gives: one person 'evacuated', 'relocated' or 'displaced' is no claim of harm
_DEFINITE_CATEGORIES = frozenset(["killed", "wounded", "captured"])
#: passive cues the rule leaves to the grammar: 'the X was dead' is a state, 'the X dies' a habit or a headline's
_NOT_DEFINITE_CUES = frozenset(["dead", "die", "dies", "dying"])
_DEFINITE_PATTERNS: dict[int, re.Pattern] = {}
#: words before 'the' that make the role no subject of its own ('one of the', 'whether the', 'if the')
_RX_NOT_SUBJECT = re.compile(r"(?:\b(?:of|one|if|whether|unless|not|nor|to)|['’]s)\s*$", re.I)


def _definite_pattern(lex: Lexicon) -> re.Pattern:
    """'the [up to three modifiers] <singular person> [of <up to five words>] was/has been/had been [adverb]
    <passive cue>', or '... (has/had) died/succumbed'."""
    if id(lex) not in _DEFINITE_PATTERNS:
        cues = [c for c, cat in ((" ".join(k), cat) for k, cat in lex.passive.items())
                if cat in _DEFINITE_CATEGORIES and c not in _NOT_DEFINITE_CUES and
                (not c.startswith("among ") or c in ("among the dead", "among those killed", "among the wounded",
                                                      "among the injured"))]
        _DEFINITE_PATTERNS[id(lex)] = re.compile(r"""
            (?<![\w'’-])(?P<det>[Tt]he)\s+
            (?P<mods>(?:[\w'’-]+\s+){0,3}?)                       # 'local army', 'fifth', 'senior'
            (?P<noun>""" + _alt(lex.singular) + r""")
            (?P<of>\s+of\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?      # 'of Afghanistan's southern Kandahar province'
            \s+(?:
                (?P<aux>was|has\s+been|had\s+been)\s+(?:(?:also|later|reportedly|\w+ly)\s+)?  # 'was seriously'
                (?P<cue>""" + _alt(cues) + r""")
              | (?:has\s+|had\s+)?(?:(?:also|later|reportedly)\s+)?(?P<died>died|succumbed)
            )(?![\w-])""", re.X)
    return _DEFINITE_PATTERNS[id(lex)]


def _definite_person_near(words: list[str], lex: Lexicon) -> bool:
    """A singular person word with 'the' at most four words before it: the pattern's cheap necessary test."""
    return any(w.strip(",.;:!?\"'’”“()") in lex.singular and "the" in words[max(0, i - 4):i]
               for i, w in enumerate(words))


def one_by_definite_role(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `one_by_definite_role` (family F10, definite subject): one person pointed at by 'the' and a singular
    role before their own passive cue or 'died': a claim of one (docs/annotation.md: a singular person harmed
    counts 1, each telling a record). The role may take an 'of' phrase ('the police chief of the province').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The bus driver was seriously injured when the mine went off near Vavuniya.")
    [('wounded', 1, 1, None, 'civilian')]
    >>> claims_in("The deputy mayor of the town of Zenica has died of his wounds, officials said.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("A ranger said the local militia commander had been kidnapped on Sunday.")
    [('captured', 1, 1, None, 'unknown')]
    >>> claims_in("The wife of the soldier was killed in the shelling.")  # the wife, not the soldier
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The commander was evacuated by helicopter.")   # no harm
    []
    >>> claims_in("It was not clear whether the pilot was killed.")  # a question
    []
    """
    if not _definite_person_near(norm.lower().split(), lex):
        return []   # (the cheap test first)
    out: list[Found] = []
    for m in _definite_pattern(lex).finditer(norm):
        a, b = m.start() + s_start, m.end() + s_start
        if not _free(found + out, a, b) or _RX_NOT_SUBJECT.search(norm[:m.start()]):
            continue
        mods = m.group("mods").lower().split()
        of = (m.group("of") or "").lower().split()[1:]
        if any(w in _FUNCTION or w in _BLOCK or w[:1].isdigit() for w in mods) or \
                any(w in _BLOCK or w in _FUNCTION and w not in ("the", "a", "an", "of") or w[:1].isdigit() for w in of):
            continue  # 'the two ...', 'the officer who was ...', 'the chief of staff said ...': not one subject
        cat = "killed" if m.group("died") else lex.passive.get(tuple(m.group("cue").lower().split()))
        if cat not in _DEFINITE_CATEGORIES:
            continue
        noun = m.group("noun").lower()
        out.append(Found(cat, 1, 1, None, a, b, [*mods, noun], noun))
    return out


#: (name, gate, find) of each rule, in the order they run; ``rules.RULES`` makes them ``Rule`` records
RECALL12_RULES: tuple[tuple, ...] = (
    ("one person by a definite role", (frozenset({"was", "has", "had", "died", "succumbed"}), frozenset({"the"})),
     one_by_definite_role),
)
