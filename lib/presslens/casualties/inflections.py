"""Verbs of harm in every form (issue 11): casualties.yaml's `lemmas:` lists each verb once, by its base form, and
the lexicon gets all its forms: the base and the third person ('Militants massacre 12', headline 'Gunmen kill 9'),
the past and the participle ('slaughtered 40', '40 were slaughtered'), the gerund ('storming the village,
abducting 12'). Hand-written lists had missed forms at random (`executed` but not `executing`, `kidnapped` but
not `kidnapping`, `slaughtered` only as active): one missing form is a missed family of sentences in every war.
"""
from __future__ import annotations

from collections.abc import Mapping

#: forms no spelling rule gives: third person, past forms (the participle last), gerund
_IRREGULAR = {
    "slay": ("slays", ("slew", "slain"), "slaying"),
    "shoot": ("shoots", ("shot",), "shooting"),
    "take": ("takes", ("took", "taken"), "taking"),
    "kidnap": ("kidnaps", ("kidnapped", "kidnaped"), "kidnapping"),
}
_VOWELS = frozenset("aeiou")


def _doubles(verb: str) -> bool:
    """A one-syllable verb ending consonant-vowel-consonant doubles its last letter ('gun' -> 'gunned').

    >>> _doubles("gun"), _doubles("kill"), _doubles("maim"), _doubles("round")
    (True, False, False, False)
    """
    return (len(verb) <= 4 and len(verb) >= 3 and verb[-1] not in _VOWELS | set("wxy")
            and verb[-2] in _VOWELS and verb[-3] not in _VOWELS
            and sum(c in _VOWELS for c in verb) == 1)


def verb_forms(verb: str) -> tuple[str, str, tuple[str, ...], str]:
    """One verb -> (base, third person, past forms with the participle last, gerund), by English spelling rules.

    >>> verb_forms("massacre")
    ('massacre', 'massacres', ('massacred',), 'massacring')
    >>> verb_forms("gun"), verb_forms("slay")[2], verb_forms("lynch")[1]
    (('gun', 'guns', ('gunned',), 'gunning'), ('slew', 'slain'), 'lynches')
    """
    if verb in _IRREGULAR:
        third, past, ing = _IRREGULAR[verb]
        return verb, third, past, ing
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    stem = verb + verb[-1] if _doubles(verb) else verb
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        past, ing = verb[:-1] + "ied", verb + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    return verb, third, (past,), ing


def lemma_cues(lemmas: Mapping[str, list[str]]) -> dict[str, tuple[list[str], list[str]]]:
    """`lemmas:` {category: [verb or phrasal verb]} -> {category: (active cues, passive cues)}; a phrasal verb
    ('gun down', 'shoot dead', 'round up') inflects its first word. Active: every form (victims follow);
    passive: the participle (victims precede: '12 were gunned down', '12 villagers abducted'). A phrasal verb's
    base and third person are left out (below).

    >>> act, pas = lemma_cues({"killed": ["gun down"]})["killed"]
    >>> act, pas
    (['gunned down', 'gunning down'], ['gunned down'])
    """
    out: dict[str, tuple[list[str], list[str]]] = {}
    for cat, verbs in (lemmas or {}).items():
        active, passive = [], []
        for phrase in verbs:
            head, *rest = phrase.split()
            tail = "".join(" " + w for w in rest)
            base, third, past, ing = verb_forms(head)
            # a phrasal verb's base and third person ('gun down', 'rounds up') are rare and their first word is
            # a common noun: the past and the gerund only
            active += [f + tail for f in ((*past, ing) if rest else (base, third, *past, ing))]
            passive.append(past[-1] + tail)
        out[cat] = (active, passive)
    return out


#: plurals no spelling rule gives
_IRREGULAR_PLURALS = {"child": "children", "wife": "wives", "passer-by": "passers-by", "passerby": "passersby",
                      "youth": "youths", "chief": "chiefs"}


def noun_plural(noun: str) -> str:
    """A person noun -> its plural by English spelling ('pilot' -> 'pilots', 'deputy' -> 'deputies', 'crewman' ->
    'crewmen', 'woman' -> 'women').

    >>> [noun_plural(w) for w in ("pilot", "deputy", "envoy", "crewman", "woman", "coach", "passer-by")]
    ['pilots', 'deputies', 'envoys', 'crewmen', 'women', 'coaches', 'passers-by']
    """
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


def person_plurals(singular: list[str], *, leave: frozenset[str] = frozenset()) -> frozenset[str]:
    """Rule `plural_of_person` (session 23): the lexicon's singular persons -> their plurals, each a victims' head
    as the listed `victim_heads` are ('killing four American pilots' where only 'pilot' was listed), but those in
    `leave`.

    >>> sorted(person_plurals(["pilot", "crewman", "reporter"], leave=frozenset(["reporters"])))
    ['crewmen', 'pilots']
    """
    return frozenset(noun_plural(w) for w in singular) - leave
