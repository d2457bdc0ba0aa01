"""Named rule for a cue's subject after a fronted adjunct segment: 'In a statement issued on Friday, the
Polisario Front, which ..., condemned the raid' -> the Front condemns, not 'a statement issued'.
"""
from __future__ import annotations

import re

from .adverbials import _RX_ADVERB_SEGMENT
from .participle_lead import FUNCTION_WORDS

#: a comma segment that opens a sentence on the channel of a statement: 'In a statement released on Saturday'
_RX_FRONTED_SEGMENT = re.compile(r"""
    (?:In|On|At|During|Through|Via|Speaking\s+(?:in|on|at|to))\s+      # the adjunct's preposition
    (?:[\w’'\-]+\s+){0,3}?                                             # 'a', 'a brief', "Friday's"
    (?:statement|interview|message|post|video|communiqu[eé]|press\s+release|briefing|letter|speech|address|
       conference|tweet|broadcast|recording)s?\b                         # the channel of the statement
    """, re.X)


def fronted_adjunct_subject(first: str, second: str) -> bool:
    """Rule `fronted_adjunct_subject`: when the subject search falls back to a sentence's first comma
    segment and that segment is an adjunct, the subject is the next segment, unless that one is a relative
    clause.

    >>> fronted_adjunct_subject("In a statement issued on Friday", "the Polisario Front (POLISARIO)")
    True
    >>> fronted_adjunct_subject("The Polisario Front", "which said"), fronted_adjunct_subject("In a statement", "which is")
    (False, False)
    >>> fronted_adjunct_subject("In 1991", "the Polisario Front")      # a time adjunct: the clause may report no one
    False
    """
    return _RX_FRONTED_SEGMENT.match(first) is not None and second != "" \
        and not second.startswith(("which", "who", "whose", "where", "when"))


#: a noun phrase opened by a determiner: the subject a fronted modifier stands before ('the man', 'the government')
_RX_DETERMINER_NP = re.compile(r"(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*")
#: a lower-case participle phrase after a fronted modifier ('wearing a blue T-shirt', 'dressed in fatigues')
_RX_PARTICIPLE_SEGMENT = re.compile(r"[a-z]+(?:ing|ed)\b")


def fronted_modifier_subject(segments: list[str]) -> int | None:
    """Rule `fronted_modifier_subject`: when the subject search falls back to a sentence's first comma segment
    and that segment is one capitalised word that opens the sentence without naming anyone, a conjunct adverb
    ('Yet, the government, at both levels, admitted') or an adjective or participle followed by a participle
    phrase ('Exhausted, wearing a torn shirt, the man, who ..., said'), the subject is the first later segment that
    is a determiner's noun phrase: its index, else None. `segments`: the comma segments' texts, stripped.

    >>> fronted_modifier_subject(["Yet", "the government", "both at the regional level"])
    1
    >>> fronted_modifier_subject(["Exhausted", "wearing a torn shirt", "the man", "who spoke in French"])
    2
    >>> fronted_modifier_subject(["Ahmed", "the spokesman"]) is None     # a name and its appositive
    True
    >>> fronted_modifier_subject(["Ahmed", "speaking in Kessa", "the spokesman"]) is None   # a name (no -ed adjective)
    True
    >>> fronted_modifier_subject(["Yet", "speaking in Kessa"]) is None   # no determiner's noun phrase
    True
    """
    first = segments[0]
    if " " in first or not first[:1].isupper():
        return None
    if first not in FUNCTION_WORDS:
        if len(segments) < 3 or not _RX_PARTICIPLE_SEGMENT.match(segments[1]) \
                or not _RX_PARTICIPLE_ADJECTIVE.fullmatch(first):
            return None
    for j in range(1, len(segments)):
        if _RX_DETERMINER_NP.fullmatch(segments[j]):
            return j
    return None


#: a capitalised word that is a participle or adjective by its ending ('Emaciated', 'Smiling', 'Visibly'), never
#: a name of the -med/-hed/-yed kind ('Ahmed', 'Mohammed', 'Rashed', 'Zayed')
_RX_PARTICIPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ated|ened|ered|ised|ized|ied|led|ted|ded|sed|ing|ful|ous|ive)")


def fronted_modifier_before(text: str, sp_start: int) -> bool:
    """Whether a speaker phrase at `sp_start` (after ', ') is the subject rule `fronted_modifier_subject` chose
    after its sentence's opening word (the row's provenance: the clause search returns a span only).

    >>> s = "Ten died. Yet, the government, at both levels, admitted it."
    >>> fronted_modifier_before(s, s.index("the government")), fronted_modifier_before(s, s.index("at both"))
    (True, False)
    >>> s = "Ten died. However, the spokesman, speaking by phone, said it."
    >>> fronted_modifier_before(s, s.index("the spokesman"))
    False
    """
    lo = max(text.rfind(". ", max(0, sp_start - 400), sp_start), text.rfind("\n", max(0, sp_start - 400), sp_start))
    segments = [t.strip(" ,\n") for t in text[lo + 1 if lo >= 0 else 0:sp_start].split(",")]
    segments = [t for t in segments if t]
    if not segments or _RX_ADVERB_SEGMENT.fullmatch(segments[0]):
        return False    # 'However, the spokesman, ..., said': rule `lead_adverb_segment` took it first
    return fronted_modifier_subject(segments + [_RX_DETERMINER_NP.match(text, sp_start).group(0)]) == len(segments) \
        if _RX_DETERMINER_NP.match(text, sp_start) else False
