"""Named rules for casualty claims missed entirely, counted by war (issue 11, session 11; eval/RECALL_FAMILIES.md,
"Session 11: recall families across wars"): the second object of one harm verb or harm noun, after 'and'.

The wounds told by their care (`care_of_wounds`) and the victims' cue after a long postmodifier
(`postmodifier_then_died`) are grammar of the cue after the victims (``cue_phrases``); flight in the forms the list
lacked are words of ``data/lexicons/casualties.yaml``.

Each rule is registered in ``rules.RULES`` (a name, a cheap gate of words, a function); the examples in the
docstrings are their tests (doctests), written in the styles of wars in none of the eval sets, and
``tests/test_casualties_recall11.py`` has more.

    >>> [name for name, _, _ in RECALL11_RULES]
    ['the second object of one harm']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import _AUX, _BLOCK, Lexicon
from .numbers import Tok, _tok_index, _tokens, find_quantities
from .phrases import _np

# ----------------------------------------------------------------------------------------------------------
# The second object of one harm: 'killed 19 people in the city and 23 people in the town'
# ----------------------------------------------------------------------------------------------------------

#: words that open a clause of their own in the stretch between the two objects: the second is not the verb's
_CLAUSE = frozenset(["who", "whom", "whose", "which", "that", "where", "when", "while", "they", "he", "she", "it",
                     "we", "but", "then", "after", "before", "because", "as"])
#: finite verbs and auxiliaries of a clause of their own ('killed 19 people and 23 were wounded': the grammar's)
_FINITE = frozenset(["were", "was", "are", "is", "have", "has", "had", "been", "be", "will", "would"])


def _harm_first(f: Found, norm: str, s_start: int, lex: Lexicon) -> bool:
    """The claim's span opens with its own cue: an active harm verb or a harm noun before 'of' ('killed 19
    people', 'the death of 12 civilians'): the cue governs the objects after it."""
    words = norm[f.start - s_start:f.end - s_start].lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return False
    return (words[0],) in lex.active or tuple(words[:2]) in lex.active or \
        words[0] in lex.noun_of and words[1:2] == ["of"]


def _plain_stretch(toks: list[Tok], a: int, b: int, claims: list[Found]) -> bool:
    """The tokens from index a to b (the 'and') outside other claims hold no clause of their own: no verb, no
    clause word, no report, at most ten words ('in the city', ', including six children, outside X,')."""
    rest = [t for t in toks[a:b] if not any(f.start <= t.start < f.end for f in claims)]
    if len(rest) > 10:
        return False
    for t in rest:
        w = t.low
        if t.text in (".", ";", ":") or w in _CLAUSE or w in _FINITE or w in _BLOCK and w != "including" or \
                len(w) > 4 and w.endswith("ed") or w.endswith("ing") and w not in ("including", "morning", "evening"):
            return False
    return True


def _second_head(toks: list[Tok], qe: int, lex: Lexicon) -> tuple[int, list[str], str] | None:
    """The victims' phrase of the second object -> (end index, words, head): a phrase of the grammar's
    (`phrases._np`) with a head, or a capitalised plural after the count ('and four Filipinos': a people the
    lists do not hold, the verb's object beside a counted one)."""
    npr = _np(toks, qe, lex)
    if npr is not None and npr[2] is not None:
        return npr[0], npr[1], npr[2]
    if qe < len(toks) and toks[qe].text[:1].isupper() and toks[qe].low.endswith("s") and len(toks[qe].low) > 4 and \
            (qe + 1 == len(toks) or not toks[qe + 1].text[:1].isupper()):
        return qe + 1, [toks[qe].low], toks[qe].low
    return None


_AMOUNT_WORDS: dict[int, frozenset] = {}
#: 'and' or 'and another' before the second object; the word after it is tested against the amount words
_RX_AND = re.compile(r"\band\s+(?:another\s+)?(?=([\w-]+))")


def _amount_words(lex: Lexicon) -> frozenset:
    """Words an amount can open with: numbers, and the first word of each vague amount ('dozens', 'scores')."""
    if id(lex) not in _AMOUNT_WORDS:
        _AMOUNT_WORDS[id(lex)] = lex.num_words | frozenset(
            p.lower().split()[0] for p in lex.raw["vague_quantifiers"]) - {"a", "an", "the", "of"}
    return _AMOUNT_WORDS[id(lex)]


def second_object(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `second_object` (family F7): a count, a vague amount or one person after 'and' (', and', 'and
    another') with no cue of its own, when the claim before it in the same clause opens with its cue (an active
    harm verb, a harm noun + 'of') and only a prepositional phrase or a subset lies between them: the same cue's
    second object, in its category.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The shelling killed 19 people in Kilinochchi and 23 people in Mullaitivu, the bishop said.")
    [('killed', 19, 19, None, 'unknown'), ('killed', 23, 23, None, 'unknown')]
    >>> claims_in("Troops killed 20 farmers and dozens of villagers.")
    [('killed', 20, 20, None, 'civilian'), ('killed', None, None, 'dozens', 'civilian')]
    >>> claims_in("Raiders are still holding 11 foreigners and four Tamils.")
    [('captured', 11, 11, None, 'unknown'), ('captured', 4, 4, None, 'unknown')]
    >>> claims_in("The mine killed 19 people near the bridge and 23 others were wounded.")  # a clause of its own
    [('killed', 19, 19, None, 'unknown'), ('wounded', 23, 23, None, 'unknown')]
    >>> claims_in("The mine killed 19 people on a road that 23 engineers had cleared.")
    [('killed', 19, 19, None, 'unknown')]
    """
    if not any(not f.subset and _harm_first(f, norm, s_start, lex) for f in found):
        return []   # (the cheap tests first: a claim that opens with its cue, then an amount right after 'and')
    amounts = _amount_words(lex)
    ands = [m for m in _RX_AND.finditer(norm) if m.group(1)[:1].isdigit() or m.group(1).lower() in amounts]
    if not ands:
        return []
    toks: list[Tok] | None = None
    out: list[Found] = []
    for m in ands:
        at = m.start() + s_start
        claims = [f for f in found if f.end <= at]
        prev = next((f for f in reversed(claims) if not f.subset), None)
        if prev is None or not _harm_first(prev, norm, s_start, lex):
            continue
        qs = find_quantities(norm[m.end():m.end() + 60], lex, m.end() + s_start)
        q = qs[0] if qs and qs[0].start == m.end() + s_start else None
        if q is None or not _free(found + out, q.start, q.end):
            continue
        toks = toks or _tokens(norm, s_start)
        k, qe = _tok_index(toks, at), _tok_index(toks, q.end)
        if not _plain_stretch(toks, _tok_index(toks, prev.end), k, claims):
            continue
        phrase = _second_head(toks, qe, lex)
        if phrase is None:
            continue
        end, words, head = phrase
        if end < len(toks) and toks[end].low in _AUX and toks[end].low not in ("in", "to"):
            continue  # 'and 23 others were ...': the clause has its own verb (the grammar's, or nothing said)
        out.append(Found(prev.category, q.low, q.high, q.vague, q.start, toks[end - 1].end, words, head))
    return out


#: (name, gate, find) of each rule, in the order they run; ``rules.RULES`` makes them ``Rule`` records
RECALL11_RULES: tuple[tuple, ...] = (
    ("the second object of one harm", (frozenset({"and"}),), second_object),
)
