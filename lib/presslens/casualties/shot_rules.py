"""Rule `shot_no_outcome`: people counted as shot, with no outcome word (docs/annotation.md, "Conventions settled
across the dev sets": `were shot` takes the category the article tells).

`Three students were shot` says neither killed nor wounded.  The category is what the sentence tells: `wounded`
where it names wounds, injuries or a hospital; `killed` where it names deaths, bodies or a shot to the head;
`casualties` where nothing tells.  `shot dead`, `shot and killed`, `shot down`, `shot at` are not this rule's.

    >>> [name for name, _, _ in SHOT_RULES]
    ['people counted as shot, no outcome told', 'one person shot, no outcome told']
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


#: a body part that a shot survives, or a tell that the person lives: the one person shot is `wounded`
_RX_LIVES = re.compile(r"\b(?:legs?|heel|foot|feet|arms?|hands?|shoulders?|knees?|thighs?|recover(?:ed|ing)?)\b", re.I)
_PERSON_PATTERNS: dict[int, re.Pattern] = {}


def _person_pattern(lex: Lexicon) -> re.Pattern:
    """One person (a pronoun, `a`/`the` + a person noun, a name with its age, a name before `, who`), then `was shot`."""
    if id(lex) not in _PERSON_PATTERNS:
        _PERSON_PATTERNS[id(lex)] = re.compile(
            r"(?:(?<![\w'’-])(?P<pron>[Hh]e|[Ss]he)"                                    # 'he was shot'
            r"|(?<![\w'’-])(?P<det>[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w'’-]+\s+){0,2}?"   # 'a riot police officer'
            r"(?P<head>" + _alt(lex.singular) + r")(?:\s*,\s*who|\s+who)?"
            r"|(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,\s*(?:\d{1,2}\s*,|who))"  # 'Erignac, 60,'
            r"\s+(?:was|had\s+been)\s+(?:also\s+|twice\s+|accidentally\s+|reportedly\s+)?shot\b"
            r"(?!\s+(?:dead|down|at|and|to\s+death|through\s+the\s+heart))")
    return _PERSON_PATTERNS[id(lex)]


def person_shot_no_outcome(norm: str, s_start: int, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Rule `person_shot_no_outcome`: one person `was shot`, no outcome word -> 1, `wounded` where the sentence tells
    a wound (a limb, a recovery), else `killed` (the one person shot of war copy is told dead: the golds' reading).

    Nothing where the sentence already holds a claim (its outcome told there: `he had been shot ... and died`).

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("A customs officer was shot in the chest on Monday while on patrol near the border.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("Kovac, 41, was shot four times as he left the mayor's office.")
    [('killed', 1, 1, None, 'unknown')]
    >>> claims_in("The first casualty was Private Hale, who was twice shot through the leg.")
    [('wounded', 1, 1, None, 'unknown')]
    >>> claims_in("He was shot at from the ridge but escaped.")
    []
    """
    if any(s_start <= f.start < s_start + len(norm) for f in found):
        return []
    out: list[Found] = []
    for m in _person_pattern(lex).finditer(norm):
        rest = norm[m.end():]
        category = "wounded" if _RX_WOUNDED.search(rest) or _RX_LIVES.search(rest) else "killed"
        who = (m.group("pron") or m.group("head") or m.group("name")).lower()
        a, b = m.start() + s_start, m.end() + s_start
        if _free(found + out, a, b):
            out.append(Found(category, 1, 1, None, a, b, [who], who, named=bool(m.group("pron") or m.group("name")),
                             rule="person_shot_no_outcome"))
    return out


#: (name, gate, find): registered in ``rules.RULES``
SHOT_RULES: tuple[tuple, ...] = (
    ("people counted as shot, no outcome told", (frozenset({"shot"}),), shot_no_outcome),
    ("one person shot, no outcome told", (frozenset({"shot"}),), person_shot_no_outcome),
)
