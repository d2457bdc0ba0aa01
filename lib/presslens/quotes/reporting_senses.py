"""The reporting sense of verbs that also mean something else (session 21, the census of reporting verbs): 'responded
that the toll was lower' reports, 'police responded to the attack' does not; 'observed that', not 'observed a truce';
'countered that', not 'countered the offensive'; 'she continued: "..."', not 'the shelling continued'. Such a verb is
a cue only with what only speech has: a that-clause or a quote after it, or a quote right before it with at most the
speaker between ('"...," he retorted'). The verbs are the lexicon's (data/lexicons/cues.yaml, `reply_sense` entries).
"""
from __future__ import annotations

import re

#: cue lemmas (data/lexicons/cues.yaml) that report only with a that-clause or a quote (`speech_complement`)
SPEECH_COMPLEMENT_LEMMAS = frozenset(("observe", "comment", "respond", "answer", "counter", "continue", "protest",
                                      "brief", "disclose", "forecast", "cry",
                                      "assure", "reassure", "plead", "notify", "advise", "conclude"))
#: cue lemmas that charge a cause ('attributed the blast to the militia', 'ascribed the deaths to cholera'): a cue
#: only active, with an object and then 'to' (`cause_ascribed`)
ASCRIBING_LEMMAS = frozenset(("attribute", "ascribe"))
#: every lemma whose reporting sense this module decides (`reporting_sense`)
SENSE_LEMMAS = SPEECH_COMPLEMENT_LEMMAS | ASCRIBING_LEMMAS
#: after the verb: at most an object of four words ('responded to the minister that'), then 'that'; or a quote
#: after at most four words and a comma or colon ('countered on state radio: "..."')
_RX_THAT_OR_QUOTE_AFTER = re.compile(r"\s+(?:(?!that\b)[\w'’\-]+\s+){0,4}?that\b|(?:\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?"
                                     r"\s*[,:]?\s*\ue000")
#: before the verb: a quote closed by a comma (the masked quote, U+E000), then at most a speaker of four words
_RX_QUOTE_BEFORE = re.compile(r"\ue000\s*[,:—–-]?\s*(?:[\w.'’\-]+\s+){0,4}$")
#: ... and after it the clause ends or its speaker follows ('"...," retorted Mr Orlov'), no object of its own
_RX_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)—–]|$)|\s+(?:[A-Z]|the\b|a\b|an\b|one\b)")
#: a participle as a modifier or a passive: a determiner or a possessive ('Tbilisi's widely disputed claims', 'the
#: observed pattern') or a form of 'be' ('are disputed by Puntland') right before, with at most an adverb between
_RX_MODIFIER_OR_PASSIVE = re.compile(r"(?:\b(?i:the|a|an|its|his|her|their|this|these|those|is|are|was|were|be|been|"
                                     r"being)|\w['’]s?)\s+(?:[a-z]+ly\s+)?$")


def speech_complement(before: str, after: str) -> bool:
    """Rule `speech_complement`: whether a verb that has a sense other than speech ('respond', 'observe', 'counter',
    'continue', 'protest', ...) stands with what only speech has: a that-clause or a quote after it, or a
    quote right before it with at most its speaker between. `before`, `after`: the masked sentence (quotes as
    U+E000) before and after the verb.

    >>> q = "\\ue000"
    >>> speech_complement("The ministry ", " that no village had been shelled"), speech_complement(q + ", the colonel ", ".")
    (True, True)
    >>> speech_complement("Mr Orlov ", " on state radio: " + q)
    True

    Not the other senses: an object or an adverb and no clause or quote:

    >>> speech_complement("Police ", " to the attack within minutes"), speech_complement("Both sides ", " the truce")
    (False, False)
    >>> speech_complement("The shelling ", " through the night"), speech_complement("The army ", " the offensive near Kessa")
    (False, False)

    Nor a participle as a modifier or a passive, nor an object after a quote ('"...," the army continued its raids'):

    >>> speech_complement("Tbilisi's widely ", " claims that 40 died"), speech_complement("its claims are ", " by the Dhofari council")
    (False, False)
    >>> speech_complement(q + ", the army ", " its raids on the valley")
    False
    """
    if _RX_MODIFIER_OR_PASSIVE.search(before[-30:]):
        return False
    if _RX_THAT_OR_QUOTE_AFTER.match(after):
        return True
    return _RX_QUOTE_BEFORE.search(before[-60:]) is not None and _RX_CLAUSE_ENDS.match(after) is not None


#: an object of one to twelve words, then 'to' and what the cause is ('the blast to the militia', 'it to ETA')
_RX_OBJECT_THEN_TO = re.compile(r"\s+(?!to\b)(?:[\w.,'’\-]+\s+){0,11}?to\s+\S")
#: a form of 'be' or a noun right before the participle with no subject of its own: a passive ('was attributed to')
_RX_BE_BEFORE = re.compile(r"\b(?i:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


def cause_ascribed(before: str, after: str) -> bool:
    """Rule `cause_ascribed`: whether 'attributed'/'ascribed' charges a cause, as 'blamed ... on' does: an object and
    then 'to' after it, and no form of 'be' right before it ('The blast was attributed to ETA': nobody speaks).

    >>> cause_ascribed("The governor ", " the blast to the militia"), cause_ascribed("Doctors ", " the deaths to cholera")
    (True, True)
    >>> cause_ascribed("The blast was ", " to the militia"), cause_ascribed("The quote was ", " by the paper")
    (False, False)
    >>> cause_ascribed("a remark ", " to no one")
    False
    """
    return _RX_BE_BEFORE.search(before[-24:]) is None and _RX_OBJECT_THEN_TO.match(after) is not None


def reporting_sense(lemma: str, before: str, after: str) -> bool:
    """Whether a cue of `SENSE_LEMMAS` is used to report: rule `cause_ascribed` for 'attributed'/'ascribed', rule
    `speech_complement` for the rest (`before`, `after`: the masked sentence before and after the verb).

    >>> reporting_sense("respond", "Police ", " to the attack"), reporting_sense("attribute", "He ", " the raid to the army")
    (False, True)
    """
    if lemma in ASCRIBING_LEMMAS:
        return cause_ascribed(before, after)
    return speech_complement(before, after)
