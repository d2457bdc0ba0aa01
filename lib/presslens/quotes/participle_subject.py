"""Named rule `participle_subject_phrase` (session 17, docs/rules.md "Session 17: speaker names"): the subject of a
participle cue ('..., saying', '..., accusing') when the sentence's first capitalised word is no name of its own but a
word of a longer subject:

- a capitalised modifier of a common noun: 'Young men recovered the body ..., shouting' -> 'Young men', 'A Tarvian
  weekly first printed the charge, saying' -> 'A Tarvian weekly' (not 'Young', 'Tarvian');
- the opening word of a fronted phrase closed by a comma: 'Emboldened by the claims, loyalist youths attacked ...,
  accusing' -> 'loyalist youths'; 'Six years after denying it, the Navy has admitted ..., saying' -> 'the Navy'.

The subject ends before its finite verb (quotes.lead_subject's verb forms and the auxiliaries); a preposition or a
clause word before the verb leaves the phrase as it was. The rule runs only where the capitalised word is followed by
a lower-case word (the exact test of `attribution._records` before it calls).
"""
from __future__ import annotations

import re

from ..actors import fold
from ..mentions.people_phrase import people_nouns
from .lead_subject import _VERB

#: a word that opens a fronted phrase, not a subject: a participle ('Emboldened', 'Fearing') or a count of time
#: or a number ('Six years after ...', 'Hours before ...')
_RX_FRONTED_WORD = re.compile(r"(?:[A-Z][a-z]+(?:ed|ing)|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
                              r"Twelve|Hours|Days|Weeks|Months|Years|Minutes|Moments)$")
#: the lower-case words of a subject up to its finite verb: one to three words, then an optional adverb, then
#: the verb (a past form, an auxiliary, a present in -s of a few reporting-like verbs)
_RX_SUBJECT_TAIL = re.compile(r"""
    (?P<np>(?:\s+(?!(?:by|of|in|on|at|for|with|to|from|and|or|but|the|a|an|as|after|before|who|which|that|
                      whose|when|where|said|says|told)\b)[a-z][a-z\-’']*){0,3}?)     # the noun and its modifiers
    (?:\s+(?:first|also|later|earlier|today|yesterday|now|then|again|already|reportedly|allegedly|have|has|had))?
    \s+(?:""" + _VERB + r"""|is|are|was|were|has|have|had|will|would|could)\b
    """, re.X)
#: a people noun's place after it, up to the subject's finite verb (rule `people_noun_phrase`, mentions.people_phrase):
#: 'Foreigners in one Dili waterfront hotel checked out'
_RX_PEOPLE_COMPLEMENT = re.compile(r"(?P<np>\s+(?:in|at|from|near|inside)\s+(?:[\w\-’']+\s+){0,5}?[\w\-’']+)"
                                   r"\s+(?:" + _VERB + r"|are|were|have|had)\b")
#: the first letters of the lexicon's people nouns, capitalised (a gate before the fold)
_PEOPLE_INITIALS = frozenset(w[:1].upper() for w in people_nouns())
#: a subject after the fronted phrase's comma: an optional determiner, then a name run or lower-case words
_RX_AFTER_COMMA = re.compile(r"""
    (?P<det>(?:the|The|a|an)\s+)?
    (?!(?:which|who|whom|whose|that|where|when|and|but|or|as|if|although|while|though|because)\b)
    (?P<first>[A-Za-z][\w\-’']*)                         # no clause word: 'Fearing X, which never came,'

    """, re.X)


def participle_subject(head: str, start: int, end: int) -> tuple[int, int] | None:
    """Rule `participle_subject_phrase`: the subject's span in `head` (a sentence's words before a participle cue)
    when `head[start:end]`, the capitalised run the sentence opens on, is one word of a longer subject; None when
    it is the subject itself or the words do not say.

    >>> h = "Young men recovered the body and carried it away, "
    >>> a, b = participle_subject(h, 0, 5); h[a:b]
    'Young men'
    >>> h = "A Tarvian weekly first printed the charge, "
    >>> a, b = participle_subject(h, 0, 9); h[a:b]
    'A Tarvian weekly'
    >>> h = "Emboldened by the claims of victory, loyalist youths attacked migrants, "
    >>> a, b = participle_subject(h, 0, 10); h[a:b]
    'loyalist youths'
    >>> h = "Six years after denying it, the Navy has admitted the raid, "
    >>> a, b = participle_subject(h, 0, 3); h[a:b]
    'the Navy'
    >>> participle_subject("Kord visited the front line, ", 0, 4) is None
    True
    >>> participle_subject("Putin on Monday paid tribute to the pilots, ", 0, 5) is None
    True
    >>> participle_subject("Borvanian troops who fled the town said, ", 0, 9) is None
    True
    >>> h = "Foreigners in one waterfront hotel checked out yesterday, "
    >>> a, b = participle_subject(h, 0, 10); h[a:b]
    'Foreigners in one waterfront hotel'
    """
    word = head[start:end]
    if " " in word.replace("A ", "", 1).replace("An ", "", 1):
        return None         # a run of two names ('Human Rights Watch') is a name: its head is another rule's
    if _RX_FRONTED_WORD.match(word.split()[-1]):
        comma = head.find(", ", end, end + 160)
        if comma < 0:
            return None
        at = comma + 2
        first = _RX_AFTER_COMMA.match(head, at)
        if first is None:
            return None
        if first.group("first")[:1].isupper():      # 'the Navy', 'Kinshasa': the name run to its verb
            tail = re.compile(r"(?:\s+[A-Z][\w\-’'.]*)*").match(head, first.end())
            stop = tail.end()
            return (at, stop) if re.match(r"\s+(?:" + _VERB + r"|is|are|was|were|has|have|had|will)\b",
                                          head[stop:]) else None
        tail = _RX_SUBJECT_TAIL.match(head.replace(" ", " ").lower(), first.end())    # 'pro-government Ivorians'
        return (at, first.end() + len(tail.group("np"))) if tail else None
    if word[:1] in _PEOPLE_INITIALS and fold(word) in people_nouns():
        placed = _RX_PEOPLE_COMPLEMENT.match(head, end)   # rule `people_noun_phrase`: 'Foreigners in one hotel checked out'
        if placed is not None:
            return start, end + len(placed.group("np"))
    tail = _RX_SUBJECT_TAIL.match(head, end)
    if tail is None or not tail.group("np").strip():
        return None
    return start, end + len(tail.group("np"))
