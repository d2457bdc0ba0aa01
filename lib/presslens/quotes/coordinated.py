"""Named rule `clause_after_conjunction`: a cue whose subject opens a new clause after a conjunction or a
subordinator inside the sentence, when the words before the cue are not one noun phrase:

- 'It was unclear what was hit, but a resident in the town said no fighters were there' -> the resident;
- 'Officers claimed 10 rebels died but other sources said only one body was found' -> two statements;
- 'Kovac has called for talks but has said his men will resist' -> the second cue has Kovac's voice
  (nothing but auxiliaries stands between the conjunction and the cue);
- 'The shelling went on after the Red Cross said 22 people were killed' -> the Red Cross (a subordinator
  only when no cue stands before it in the sentence: there the clause is that cue's content).
"""
from __future__ import annotations

import re

from .adverbials import _AUX_TAIL, _may_end_in_aux
from .spans import MASK

#: a conjunction that opens a clause of its own (the last one before the cue is taken)
_RX_CONJ = re.compile(r"(?:,\s*|\s)(but|and|while|whereas|yet|as|after|before|when|because|since|though|although|once|"
                      r"until)\s+(?=\S)")
_COORDINATORS = frozenset(("but", "and", "while", "whereas", "yet"))
#: nothing but auxiliaries and time adverbs between the conjunction and the cue: 'but has also', 'and later'
_RX_AUX_ONLY = re.compile(r"(?:(?:has|have|had|also|later|then|again|now|repeatedly|would|will|earlier|further|"
                          r"previously|since|has\s+since)\s+)*$")
#: a finite verb or a preposition opening what should be a noun phrase
_RX_NOT_NP = re.compile(r"(?:^|\s)(?:is|are|was|were|been|being|be|had|has|have|did|does|do|will|would|could|should|"
                        r"can|may|might|must|not|that|which|to)(?=\s|$)|^(?:in|on|at|of|for|from|by|with|to|into|over|under|"
                        r"about|after|before|than|the\s+[a-z]+ed|it|this)\b")


def clause_after_conjunction(m: str, lo: int, cs: int, has_item_before: bool, cue_form: str = "said"):
    """Where the subject of a cue at `cs` starts after the last conjunction in `m[lo:cs]`, as
    (conjunction start, subject span or None); None when no conjunction opens a clause there. A subject
    span of None means the cue is coordinated with the clause before and shares its speaker.

    >>> s = "It was unclear what was hit, but a resident in the town said no fighters were there."
    >>> c, sp = clause_after_conjunction(s, 0, s.index(" said") + 1, False); s[sp[0]:sp[1]]
    'a resident in the town'
    >>> s = "Kovac has called for talks but has said his men will resist."
    >>> clause_after_conjunction(s, 26, s.index("said"), True)
    (26, None)
    >>> s = "The shelling went on after the Red Cross said 22 people were killed."
    >>> c, sp = clause_after_conjunction(s, 0, s.index("said"), False); s[sp[0]:sp[1]]
    'the Red Cross'
    >>> clause_after_conjunction(s, 0, s.index("said"), True) is None
    True
    >>> s = "Two aides, the chief trainer, were also confirmed dead, and Ana Lima was confirmed dead."
    >>> clause_after_conjunction(s, 0, s.rindex("confirmed"), False, "confirmed") is None
    True
    """
    seg = m[lo:cs]
    if cue_form in _NOUN_FORMS or " " not in seg or MASK in seg:
        return None
    last = None
    for last in _RX_CONJ.finditer(seg):
        pass
    if last is None:
        return None
    word = last.group(1)
    if word not in _COORDINATORS and has_item_before:
        return None         # 'X said the town fell after the militia said ...': the clause is X's content
    rest = seg[last.end():]
    if _RX_AUX_ONLY.fullmatch(rest):
        if word in ("but", "and") and has_item_before and rest.strip():
            return lo + last.start(), None
        return None
    phrase = rest
    if _may_end_in_aux(phrase):
        phrase = _AUX_TAIL.sub("", phrase)
    phrase = phrase.strip()
    words = phrase.split()
    if not words or len(words) > 10 or _RX_NOT_NP.search(phrase) or phrase[-1:] in ",;:":
        return None
    if not (phrase[:1].isupper() or words[0].lower() in _DETERMINERS or words[-1].endswith("s")
            or plural_head_modified(words)):
        return None         # 'and troops fired': a plural noun or a determiner or a name opens a subject
    a = lo + last.end()
    return lo + last.start(), (a, a + len(phrase))


#: what opens a plural head's postmodifier: a preposition, 'familiar'/'close' ('sources familiar with ...') or 'who'
_POSTMODIFIER_OPENERS = frozenset(("in", "at", "from", "of", "on", "near", "inside", "across", "familiar", "close", "who"))


def plural_head_modified(words: list[str]) -> bool:
    """Rule `plural_head_modified`: whether a subject after a conjunction is a plural noun with a postmodifier
    ('but sources familiar with the development indicate that', 'and doctors who provided care said'), whose last
    word need not be a plural: a lower-case word in -s first (not -ss, not a possessive), then a preposition,
    'familiar', 'close' or 'who', three words or more.

    >>> plural_head_modified("sources familiar with the development".split()), plural_head_modified("doctors who provided care".split())
    (True, True)
    >>> plural_head_modified("reporters in the area".split())
    True

    Not a singular head, a possessive, a verb in -ss, or a head with nothing after it:

    >>> plural_head_modified("the chief of police".split()), plural_head_modified("boss of the militia".split())
    (False, False)
    >>> plural_head_modified("sources".split())
    False
    """
    if len(words) < 3 or words[1].lower() not in _POSTMODIFIER_OPENERS:
        return False
    head = words[0]
    return head.isalpha() and head.islower() and head.endswith("s") and not head.endswith("ss")


#: cue forms that are also nouns ('Armenia made territorial claims'): the rule leaves them alone
_NOUN_FORMS = frozenset(("claims", "claim", "reports", "report", "calls", "call", "warning", "estimates", "demands",
                         "pledges", "promises", "denials"))
_DETERMINERS = frozenset(("a", "an", "the", "one", "two", "three", "several", "some", "other", "another", "many",
                          "his", "her", "its", "their", "local", "senior", "military", "police", "security", "residents",
                          "witnesses", "officials"))


def conjunction_item(m: str, sa: int, cs: int, ce: int, cue, surface: str, items: list) -> list | None:
    """The item (quotes.attribution's layout) of rule `clause_after_conjunction` for a cue at [cs, ce) of the
    sentence starting at `sa`, after the sentence's `items` so far; None when the rule does not apply."""
    lo = items[-1][2] if items else sa
    found = clause_after_conjunction(m, lo, cs, bool(items), cue.form)
    if found is None:
        return None
    conj, sp = found
    if sp is None:
        sp = items[-1][4]
        if sp is None:
            return None
    return [conj, cs, ce, cue, sp, ce, False, surface]
