"""Named rule for a speaker phrase that runs over its own clause: 'Noriega thanked his supporters, urged them
to fight on and asked for aid', 'It made no mention of missiles but said': the cue is the clause's second,
coordinated verb, and the speaker is the subject before the first.
"""
from __future__ import annotations

import re

#: words in -ed that stand in a subject's noun phrase, not as its verb ('armed men', 'exiled government')
_ADJECTIVES_ED = frozenset(("armed", "united", "exiled", "unnamed", "alleged", "displaced", "detained", "wounded",
                            "injured", "concerned", "retired", "unidentified", "self-styled", "organized",
                            "organised", "embattled", "besieged", "disputed", "elected", "appointed", "banned",
                            "outlawed", "deposed", "ousted", "isolated", "trusted", "informed", "related", "respected",
                            "based", "owned", "backed", "led", "run", "linked", "allied"))
#: cues that are nouns: 'It followed a Houthi claim' is the Houthis' claim, not a second verb of 'It'
_NOUN_CUES = frozenset(("claim", "claims", "report", "reports", "statement", "account", "accounts", "assertion",
                        "allegation", "allegations", "announcement", "figures", "toll", "estimate"))

_RX_SUBJECT_VERB = re.compile(r"""
    ^(?P<subject>
       (?:(?:[Tt]he\s+)?(?:[A-Z][\w\-’'.]*|[Ii]t|[Hh]e|[Ss]he|[Tt]hey)  # a capitalised word, or a pronoun
          (?:\s+[A-Z][\w\-’'.]*){0,3}                                 # up to three more capitalised words
        |[Tt]he\s+[a-z]+(?<!ly))                                       # or 'the' and a common noun: 'The group'
     )
    \s+(?P<verb>[a-z]{3,}ed|made|gave|took|did\s+not|did\s+n[o’']t)   # the clause's own finite verb
    \s+(?!by\b|in\b|at\b|on\b|from\b|with\b|to\b)\S                    # an object, not a participle's complement
    """, re.X)


#: a subject pronoun at the phrase's end: the cue's own subject ('... what it described as')
_RX_LAST_SUBJECT = re.compile(r"\b(?:it|he|she|they|we|I)\s*$", re.I)


def subject_before_verb(phrase: str, cue: str = "said") -> str | None:
    """Rule `subject_before_verb`: the subject of a speaker phrase that holds its own verb and object, or None.

    >>> subject_before_verb("Noriega thanked his supporters"), subject_before_verb("It made no mention of missiles but")
    ('Noriega', 'It')
    >>> subject_before_verb("The group did not disclose when the incidents took place, but")
    'The group'
    >>> subject_before_verb("Residents interviewed by the Tribune") is None, subject_before_verb("The armed men") is None
    (True, True)
    >>> subject_before_verb("Rebel leaders based in Peshawar") is None, subject_before_verb("local sources") is None
    (True, True)
    >>> subject_before_verb("A respected local doctor") is None, subject_before_verb("the privately owned daily") is None
    (True, True)
    >>> subject_before_verb("It followed a Houthi", "claim") is None
    True

    A phrase that ends in a subject of its own ('the shelling hit what they', cue 'called') leaves the cue to
    that subject: the first subject is not the speaker.

    >>> subject_before_verb("The shelling destroyed what they", "called") is None
    True
    """
    if cue in _NOUN_CUES:
        return None
    mt = _RX_SUBJECT_VERB.match(phrase)
    if mt is None or mt.group("verb") in _ADJECTIVES_ED or mt.group("subject") in ("A", "An") \
            or _RX_LAST_SUBJECT.search(phrase.rstrip()[-6:]):
        return None
    return mt.group("subject")
