"""Rule `shot_no_outcome`: people counted as shot, with no outcome word (docs/annotation.md, "Conventions settled
across the dev sets": `were shot` takes the category the article tells).

`Three students were shot` says neither killed nor wounded.  The category is what the sentence tells: `wounded`
where it names wounds, injuries or a hospital; `killed` where it names deaths, bodies or a shot to the head;
`casualties` where nothing tells.  `shot dead`, `shot and killed`, `shot down`, `shot at` are not this rule's.

    >>> [name for name, _, _ in SHOT_RULES]
    ['people counted as shot, no outcome told']
"""
from __future__ import annotations

import re

from .found import Found, free as _free
from .lexicon import Lexicon, _alt
from .numbers import count_word

_SHOT_PATTERNS: dict[int, re.Pattern] = {}
#: what the sentence tells of the outcome, after the count
_RX_WOUNDED = re.compile(r"\b(?:wounds?|wounded|injur(?:y|ies|ed)|hospitali[sz]ed|hospitals?|survived|treated|"
                         r"not\s+life[\s-]threatening)\b", re.I)
_RX_KILLED = re.compile(r"\b(?:in\s+the\s+head|dead|died|killed|killing|killings|bodies|executed|massacred?)\b", re.I)


def _shot_pattern(lex: Lexicon) -> re.Pattern:
    if id(lex) not in _SHOT_PATTERNS:
        numbers = [w for w in lex.numbers if " " not in w and w not in ("a", "an", "zero", "one")]
        _SHOT_PATTERNS[id(lex)] = re.compile(
            r"(?<![\w'’-])(?P<count>\d{1,3}(?:,\d{3})*|(?i:" + _alt(numbers) + r"))\s+"
            r"(?:(?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<head>" + _alt(lex.heads) + r")"
            r"(?:\s+and\s+an?\s+(?P<one>" + _alt(lex.singular) + r"))?"      # 'six men and a woman'
            r"|(?=who\s))"                                                     # 'Three who tried to flee'
            r"(?:\s*\bwho\s+[^,.;:]{1,40}?)?"
            r"\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+)?shot\b"
            r"(?!\s+(?:dead|down|at|and\s+killed|to\s+death|and\s+wounded|and\s+injured))")
    return _SHOT_PATTERNS[id(lex)]


def shot_no_outcome(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `shot_no_outcome`: 'N <people> were shot' -> the category the sentence tells, else `casualties`.

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("Three students were shot outside the university in Managua on Friday.")
    [('casualties', 3, 3, None, 'civilian')]
    >>> claims_in("Two guards were shot near the gate, but their wounds are not life-threatening.")
    [('wounded', 2, 2, None, 'unknown')]
    >>> claims_in("Witnesses said five men and a boy were shot in the head near the quarry.")
    [('killed', 6, 6, None, 'civilian')]
    >>> claims_in("Two helicopters were shot down over the Chaco.")
    []
    """
    out: list[Found] = []
    for m in _shot_pattern(lex).finditer(norm):
        n = count_word(m.group("count"), lex)
        if not n:
            continue
        n += 1 if m.group("one") else 0
        rest = norm[m.start():]
        category = "wounded" if _RX_WOUNDED.search(rest) else "killed" if _RX_KILLED.search(rest) else "casualties"
        words = [*(m.group("mods") or "").lower().split(), *([m.group("head").lower()] if m.group("head") else [])]
        if m.group("one"):
            words.append(m.group("one").lower())
        if any(w in ("of", "the", "and", "were", "was") for w in words[:-1]):
            continue
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found(category, n, n, None, a, b, words, words[-1] if words else None))
    return out


#: (name, gate, find): registered in ``rules.RULES``
SHOT_RULES: tuple[tuple, ...] = (
    ("people counted as shot, no outcome told", (frozenset({"shot"}),), shot_no_outcome),
)
