"""Named rules for a speaker phrase that opens on a clause of its own: the scan leftward from a cue for its subject
ran over a clause with its own finite verb, and the cue's subject starts where that clause ends.

- `clause_then_subject`: a clause with its own finite verb, then a coordinator or a subordinator, then the cue's
  subject: 'Bodies lay in the streets and the Red Crescent (reported)', 'The area lies on a smuggling route but
  officials (have blamed)', 'The council itself appeared split as four of its members (called for)';
- `pronoun_subject_last`: a subject pronoun ending the phrase after other words is the cue's own subject, for a
  subject pronoun is never an object: 'sued the historian after he (wrote)', 'suspended the court he (has accused)'.

Each rule answers with the offset in the phrase where the subject starts, or None when the phrase is left as it
stands ('the army and police', 'officials contacted by AFP', 'X, who fled in 1998,').
"""
from __future__ import annotations

import re

#: finite forms (present and past) of the closed verbs of position, movement, state and harm: a word of these after
#: a subject is its clause's verb ('Bodies lay', 'The area lies', 'delegates met', 'the villagers fled')
CLAUSE_VERBS = frozenset((
    "lay", "lies", "lie", "stood", "stands", "sat", "sits", "remained", "remains", "met", "meets", "fled", "flees",
    "went", "goes", "came", "comes", "arrived", "arrives", "returned", "returns", "left", "fell", "falls", "rose",
    "rises", "appeared", "appears", "seemed", "seems", "became", "becomes", "continued", "continues", "raged",
    "rages", "erupted", "erupts", "burned", "burns", "died", "dies", "mourned", "mourns", "is", "are", "was",
    "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does"))
#: words in -ed that stand in a noun phrase as adjectives, not as its verb ('armed men', 'the wounded')
_ADJECTIVES_ED = frozenset(("armed", "united", "exiled", "unnamed", "alleged", "displaced", "detained", "wounded",
                            "injured", "concerned", "retired", "unidentified", "organized", "organised", "embattled",
                            "besieged", "disputed", "elected", "appointed", "banned", "outlawed", "deposed", "ousted",
                            "isolated", "trusted", "informed", "related", "respected", "based", "owned", "backed",
                            "linked", "allied", "named", "masked", "red", "hundred", "self-styled", "so-called"))
#: what follows a past tense in -ed used as a finite verb with its object or complement ('suspended the court',
#: 'appeared to be'), not a participle's agent or place ('contacted by AFP', 'deployed in the area')
_OBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
                             "those", "to", "him", "them", "it", "us"))
#: words that open a clause's subject after a coordinator: a determiner, a number word, a pronoun
_SUBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those",
                              "some", "many", "most", "several", "two", "three", "four", "five", "six", "both",
                              "officials", "residents", "witnesses", "police", "he", "she", "they", "we"))
#: the words that join the first clause to the cue's: coordinators and subordinators that are no preposition
_JOINERS = frozenset(("and", "but", "as", "while", "whereas", "although", "though", "yet"))
#: 'as' that is no subordinator: 'as well as', 'such as', 'as many as'
_AS_NOT_JOINER = frozenset(("well", "such", "same", "so", "as"))
_AS_NEXT_NOT = frozenset(("many", "much", "few", "well", "far", "long", "soon", "a", "an", "of", "part", "if",
                          "though", "to", "for", "in", "on", "at", "such", "yet"))
#: subject pronouns: never an object
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we"))
#: words before a pronoun that make it a conjunct of the subject, not a new subject ('the minister and he')
_CONJUNCTS = frozenset(("and", "or", "nor", "both", "neither", "either", "than", "like", "but"))

_RX_WORD = re.compile(r"[^\s,;:]+")
#: speed gate (lead, session 22): `clause_then_subject` answers only at a word of _JOINERS, and a word is a run of
#: _RX_WORD's class, so a phrase with no joiner standing between [\s,;:] boundaries (or the ends) has none; IGNORECASE
#: folds at least what `str.lower` maps onto these ASCII letters, so the gate never refuses a phrase the loop takes
_RX_JOINER_GATE = re.compile(r"(?:^|[\s,;:])(?:and|but|as|while|whereas|although|though|yet)(?=[\s,;:]|$)", re.I)
#: speed (session 24): the gate's two branches apart, so that the second opens on its class and `re` skips to it (the
#: `^` branch kept `re` trying the pattern at every position): `_RX_JOINER_GATE.search(p)` is found exactly when
#: `_RX_JOINER_FIRST.match(p) or _RX_JOINER_AFTER.search(p)` is (no MULTILINE: `^` is the string's start only)
_RX_JOINER_FIRST = re.compile(r"(?:and|but|as|while|whereas|although|though|yet)(?=[\s,;:]|$)", re.I)
_RX_JOINER_AFTER = re.compile(r"[\s,;:](?:and|but|as|while|whereas|although|though|yet)(?=[\s,;:]|$)", re.I)


def _finite_at(words: list[str], i: int) -> bool:
    """Whether `words[i]` is a finite verb with a subject before it (a word of CLAUSE_VERBS, or a past tense in -ed
    followed by its object or complement)."""
    if i == 0:
        return False
    w, prev = words[i].lower(), words[i - 1].lower()
    if prev in ("who", "which", "that", "whose", "whom", "the", "a", "an", "and", "or", "to"):
        return False        # a relative's verb, an adjective after its determiner, an infinitive
    if w in CLAUSE_VERBS:
        return True
    if len(w) > 4 and w.endswith("ed") and w not in _ADJECTIVES_ED and i + 1 < len(words):
        return words[i + 1].lower() in _OBJECT_OPENERS
    return False


def clause_then_subject(phrase: str) -> int | None:
    """Rule `clause_then_subject`: where the cue's subject starts in `phrase` (the words before a cue) when a clause
    with its own finite verb comes first, joined by 'and', 'but', 'as', 'while' ...; else None.

    >>> p = "Bodies lay in the streets of Enugu and the Biafran Red Cross"
    >>> p[clause_then_subject(p):]
    'the Biafran Red Cross'
    >>> p = "The town lies on the old caravan route but officials"
    >>> p[clause_then_subject(p):]
    'officials'
    >>> p = "The junta itself appeared divided as four of its colonels on Sunday"
    >>> p[clause_then_subject(p):]
    'four of its colonels on Sunday'
    >>> [clause_then_subject(p) for p in ("the army and police", "Officials contacted by AFP and the army",
    ...                                   "Soldiers deployed in the area and residents", "X met in Asuncion and")]
    [None, None, None, None]
    """
    if " " not in phrase or not (_RX_JOINER_FIRST.match(phrase) or _RX_JOINER_AFTER.search(phrase)):
        return None
    spans = [(mt.start(), mt.end()) for mt in _RX_WORD.finditer(phrase)]
    words = [phrase[a:b] for a, b in spans]
    verb = next((i for i in range(1, len(words) - 2) if _finite_at(words, i)), None)
    if verb is None:
        return None
    for j in range(verb + 1, len(words) - 1):
        w = words[j].lower()
        if w not in _JOINERS:
            continue
        nxt = words[j + 1]
        if w == "as" and (words[j - 1].lower() in _AS_NOT_JOINER or nxt.lower() in _AS_NEXT_NOT):
            continue
        if nxt.lower() in _SUBJECT_OPENERS or (nxt[:1].isupper() and nxt.lower() not in ("in", "on", "at")):
            return spans[j + 1][0]
        return None     # 'and in the capital ...', 'and then': no subject opens here
    return None


def pronoun_subject_last(phrase: str) -> int | None:
    """Rule `pronoun_subject_last`: where a subject pronoun that ends `phrase` after other words starts (it opens
    the cue's own clause: after a subordinator, or in a relative clause without 'that'); else None.

    >>> p = "later sued the historian Okafor after he"
    >>> p[pronoun_subject_last(p):]
    'he'
    >>> p = "President Osei dissolved the tribunal they"
    >>> p[pronoun_subject_last(p):]
    'they'
    >>> [pronoun_subject_last(p) for p in ("the minister and he", "he", "Both she", "the colonel himself")]
    [None, None, None, None]
    """
    cut = phrase.rstrip().rfind(" ")
    if cut < 0:
        return None
    last = phrase[cut + 1:].rstrip()
    if last not in _SUBJECT_PRONOUNS:
        return None
    before = phrase[:cut].split()
    if not before or before[-1].lower().strip(",") in _CONJUNCTS:
        return None
    return cut + 1
