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
#: cue lemmas of doubt voiced ('questioned whether ...', 'questioned the claim'), which also mean an interrogation
#: ('police questioned two suspects', 'when questioned'): a cue only active, with a clause or a thing doubted
#: (`doubt_voiced`)
DOUBT_LEMMAS = frozenset(("question",))
#: every lemma whose reporting sense this module decides (`reporting_sense`)
SENSE_LEMMAS = SPEECH_COMPLEMENT_LEMMAS | ASCRIBING_LEMMAS | DOUBT_LEMMAS
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
    if lemma in DOUBT_LEMMAS:
        return doubt_voiced(before, after)
    return speech_complement(before, after)


#: after 'questioned': an indirect question ('whether the attack was planned'), or a determiner or a possessive
#: opening the thing doubted ('the claim', 'the military's loyalty', 'Moscow's account')
_RX_DOUBTED = re.compile(r"\s+(?:(?:whether|if|why|how|what)\b|(?:the|this|that|these|those|its|his|her|their|"
                         r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s?)\s+(?P<head>(?:[\w\-]+\s+){0,3}[\w\-]+))")
#: the interrogation's object: a person or people ('the suspects', 'the two men', 'their prisoners')
_RX_PERSONS = re.compile(r"\b(?:suspects?|detainees?|prisoners?|captives?|men|man|women|woman|boys?|girls?|people|"
                         r"persons?|witness(?:es)?|survivors?|drivers?|passengers?|residents?|villagers?|soldiers?|"
                         r"officers?|fighters?|rebels?|members?|students?|refugees?|crew)\b", re.I)
#: an adverbial clause's or a passive's participle: 'When questioned, ...', 'Asked and questioned ...'
_RX_CLAUSE_PARTICIPLE = re.compile(r"(?:^|[,;(—–]|\b(?i:when|if|after|while|once|being))\s*$")


def doubt_voiced(before: str, after: str) -> bool:
    """Rule `doubt_voiced`: whether 'questioned' voices a doubt, a statement (`Some observers questioned whether the
    clashes were planned`, `He questioned the army's loyalty`), not an interrogation (`Police questioned two
    suspects`) nor a participle (`When questioned, the boy said`, `an account questioned by observers`).

    >>> doubt_voiced("Some Moscow observers ", " whether the raids were planned"), doubt_voiced("He also ", " the army's loyalty")
    (True, True)
    >>> doubt_voiced("The rebel leader ", " the claim and charged that ..."), doubt_voiced("Aden's mayor ", " London's figures")
    (True, True)

    Not the interrogation, the participle or the passive:

    >>> doubt_voiced("Police ", " the two suspects for hours"), doubt_voiced("Police ", " three men")
    (False, False)
    >>> doubt_voiced("When ", ", the boy said he was from the village"), doubt_voiced("The announcement, initially ", " by observers")
    (False, False)
    >>> doubt_voiced("The witnesses were ", " about the raid")
    False
    """
    if _RX_MODIFIER_OR_PASSIVE.search(before[-30:]) or _RX_CLAUSE_PARTICIPLE.search(before[-12:]):
        return False
    mt = _RX_DOUBTED.match(after)
    if mt is None:
        return False
    return mt.group("head") is None or _RX_PERSONS.search(mt.group("head")) is None
