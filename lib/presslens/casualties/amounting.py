"""Verbs of amounting between the harmed and their count (session 25, s25-recall; docs/rules.md "Session 25: casualty
claims missed and false on the newest copy"): 'Our casualties probably aggregate 250', 'the toll comprised 14
civilians', 'The Dutch killed in Indonesia numbered slightly more than 300'. The verbs are toll links of the lexicon
(casualties.yaml `toll_links`), read by the toll grammar (phrases.py `_toll`) after a toll noun or `casualties` /
`losses`; `amounting_verb` reads the subject the toll grammar has no branch for: the harmed named by a participle or
adjective of harm ('the Dutch killed', 'the enemy dead', 'the wounded'); `amounting_subject` gives the count its
victims' words (claims.py `_category`)."""
from __future__ import annotations

from .lexicon import Lexicon
from .numbers import Tok

#: the claim's `found_by` (provenance) where the verb linked the count
AMOUNTING_VERB = "amounting_verb"
#: verbs of amounting whose subject is the harmed themselves ('the dead numbered 300'); a subset of `toll_links`
AMOUNTING_VERBS = frozenset(["numbered", "aggregate", "aggregates", "aggregated", "comprised"])
#: the participles and adjectives of harm that name the harmed as a noun phrase's head
_HARMED = frozenset(["killed", "dead", "slain", "wounded", "injured", "captured", "missing"])
_FINITE = frozenset(["was", "were", "is", "are", "had", "has", "have", "been", "be"])
_STOPS = frozenset([".", ";", ",", ":", "(", ")", "\"", "“", "”"])
#: words that open the clause a subject stands in: 'said (that) the Dutch killed numbered 1500'
_CLAUSE_OPENERS = frozenset(["that", "said", "says", "say", "reported", "stated", "announced", "and", "but"])


def _verb_at(toks: list[Tok], qi: int) -> int | None:
    """The index of a verb of amounting before the count at qi, a bound's words between ('numbered slightly more
    than 300'), or None."""
    v = qi - 1
    while v > 0 and toks[v].low not in AMOUNTING_VERBS and qi - v <= 3 and toks[v].low.isalpha():
        v -= 1
    return v if v > 0 and toks[v].low in AMOUNTING_VERBS else None


def amounting_verb(toks: list[Tok], qi: int, lex: Lexicon) -> str | None:
    """Rule `amounting_verb`: a verb of amounting right before a count whose subject is the harmed, named by a
    participle or adjective of harm within the six words before the verb, no clause mark or finite verb between
    ('The Dutch killed in Indonesia numbered slightly more than 300', 'the enemy dead numbered 1500') -> the harm's
    category. A verb of amounting without a harm in its subject is no claim ('The Jordanian forces numbered around
    55,000').

    >>> from presslens.casualties.rules import claims_in
    >>> claims_in("The Greeks killed at Domokos numbered more than 600, the Turkish staff said.")
    [('killed', 601, None, None, 'unknown')]
    >>> claims_in("The Russian wounded numbered 1,200.")
    [('wounded', 1200, 1200, None, 'unknown')]
    >>> claims_in("The Bavarian garrison numbered 3,000.")
    []
    """
    v = _verb_at(toks, qi)
    if v is None:
        return None
    for k in range(v - 1, max(-1, v - 7), -1):
        t = toks[k]
        if t.text in _STOPS or t.low in _FINITE:
            return None  # another clause, or the harm is a verb's ('were wounded in the hospital numbered 4')
        if t.low in _HARMED and k > 0:
            cat = lex.passive.get((t.low,))
            return cat if cat in ("killed", "wounded", "captured") else None
    return None


def amounting_subject(toks: list[Tok], qi: int, words: list[str]) -> list[str] | None:
    """The victims' words of a count after a verb of amounting (rule `amounting_verb`): the count's own when it has
    them ('the toll comprised 14 civilians'), else its subject's, from the clause's start to the verb ('Palar said
    that the Dutch killed numbered 1500' -> ['the', 'dutch', 'killed']); None without the verb, so the toll grammar's
    words stand."""
    v = _verb_at(toks, qi)
    if v is None:
        return None
    if words:
        return words
    k = v - 1
    while k > 0 and v - k < 8 and toks[k - 1].text not in _STOPS and toks[k - 1].low not in _CLAUSE_OPENERS:
        k -= 1
    return [t.low for t in toks[k:v] if t.low.isalpha()]
