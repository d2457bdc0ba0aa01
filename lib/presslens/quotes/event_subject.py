"""Named rule `event_subject`: a cue verb whose subject is an event, not a speaker ('The upsurge in violence
threatened to ...', 'The pre-dawn attack on the post underlined the instability', 'The clashes of yesterday demanded
13 lives'): an attack, a surge or a beginning threatens, underlines or demands as a thing does; nobody speaks.
"""
from __future__ import annotations

import re

#: cues an event may be the subject of, as a thing that threatens, shows or takes lives (lemmas of cues.yaml)
EVENT_ACT_LEMMAS = frozenset(("threaten", "underline", "highlight", "demand", "claim", "indicate", "suggest",
                              "confirm", "reveal", "stress"))

#: a clause that is only a subject headed by an event noun, with an optional prepositional phrase after the head and
#: auxiliaries before the cue: 'The upsurge in violence ', 'The disastrous beginning to the UN's mission ', 'The armed
#: clashes of yesterday and today '. The head is the first noun: 'The war ministry ' or 'Attack survivors ' (a
#: modifier before another noun) do not match.
_RX_EVENT_SUBJECT = re.compile(r"""
    \s*(?:(?:The|the|This|this|That|that|These|these|Its|its|Their|their|A|a|An|an|Yesterday's|Sunday's|
             Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s+)?   # a determiner
    (?:(?!(?:of|in|on|to|by|and|or)\b)[a-z][\w\-]*\s+){0,3}?                        # lower-case modifiers
    (?i:upsurge|surge|escalation|outbreak|beginning|spate|wave|attacks?|assaults?|bombings?|blasts?|explosions?|
       clash(?:es)?|fighting|violence|unrest|riots?|shelling|ambush(?:es)?|massacres?|killings?|raids?|
       incidents?|offensive|crisis|war|conflict|hostilities|bloodshed)                   # the event, the head
    (?:\s+(?:in|on|of|to|against|at|near|by|from|across|along|between|over)\s+(?:(?!\b(?:who|which|that|whom)\b)[^,;:\ue000]){1,70}?)? # its complement (no relative)
    \s+(?:(?:has|have|had|also|further|again|now|already|only|may|might|could|would|will)\s+)*$  # auxiliaries
    """, re.X)


def event_subject(before: str) -> bool:
    """Rule `event_subject`: whether the words of the sentence before a cue (`before`) are a subject headed by an
    event noun, so that the cue is used of what the event does.

    >>> event_subject("The upsurge in violence "), event_subject("The pre-dawn attack on fighters loyal to Ayombekov ")
    (True, True)
    >>> event_subject("The armed clashes of yesterday and today "), event_subject("Violence has ")
    (True, True)
    >>> event_subject("The war ministry "), event_subject("Attack survivors "), event_subject("The army ")
    (False, False, False)
    >>> event_subject("After the attack, the rebels "), event_subject("The Resistance ")
    (False, False)
    >>> event_subject("The attack by gunmen who ")      # the relative's subject speaks: 'who claimed it'
    False
    """
    if len(before) > 140:
        return False        # a subject noun phrase is short; a longer clause holds more than a subject
    return _RX_EVENT_SUBJECT.fullmatch(before) is not None


#: nouns of harm and armed events: a phrase headed by one names what happened, never who spoke
EVENT_HEADS = frozenset((
    "attack", "attacks", "raid", "raids", "killing", "killings", "crime", "crimes", "unrest", "shelling", "fighting",
    "violence", "battle", "battles", "clash", "clashes", "bombing", "bombings", "blast", "blasts", "explosion",
    "explosions", "massacre", "massacres", "ambush", "ambushes", "assault", "assaults", "offensive", "hostilities",
    "bloodshed", "riot", "riots", "upsurge", "surge", "escalation", "outbreak", "spate", "deaths", "death",
    "casualties", "fatalities", "injuries", "bodies", "corpses"))
#: where a noun phrase's head run ends: a preposition, a conjunction, a relative, a verb of the clause
_HEAD_STOPS = frozenset(("of", "in", "on", "at", "by", "for", "from", "to", "with", "near", "against", "after",
                         "before", "during", "since", "over", "across", "along", "between", "and", "or", "but",
                         "who", "which", "that", "whose", "as"))
_LEAD_WORDS = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "such"))
_RX_WORD = re.compile(r"[\w’'\-]+")


def noun_head(phrase: str) -> str:
    """The head word of a noun phrase (lower case): the last word of its opening run, before a preposition, a
    conjunction, a relative or a participle after the first word.

    >>> noun_head("the attack on the Togolese team"), noun_head("UN officials visiting the camp after the attack")
    ('attack', 'officials')
    >>> noun_head("Fresh gun battles and occasional shelling"), noun_head("Killing at least four people")
    ('battles', 'killing')
    """
    words = _RX_WORD.findall(phrase)
    while len(words) > 1 and words[0].lower() in _LEAD_WORDS:
        words = words[1:]
    head = ""
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in _HEAD_STOPS or (i > 0 and lw.endswith(("ing", "ed")) and w[:1].islower() and head):
            break
        head = lw
    return head


#: (speed, session 22) the gate of `event_noun_speaker`: the head `noun_head` gives is one of the phrase's words
#: (`_RX_WORD`) lowered, so a phrase none of whose words is in EVENT_HEADS has no event head (~99% of the subjects).
#: An ASCII phrase's words are its runs of ASCII letters, digits, '_', "'" and '-' (what `\w` and the class hold among
#: ASCII characters): its bytes with every other byte made a space, split, are those words, lowered as `str.lower`
#: lowers ASCII; a C translation instead of the pattern's search at each position.
_ASCII_NON_WORD = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) in "_'-") else 32 for c in range(256))
_EVENT_HEADS_ASCII = frozenset(h.encode() for h in EVENT_HEADS)


def event_noun_speaker(phrase: str) -> bool:
    """Rule `event_noun_speaker`: whether a subject phrase taken before a cue is headed by a noun of harm or of an
    armed event (an attack, a raid, killing, crimes, shelling, unrest, deaths): such a phrase can say nothing, so the
    cue has no speaker on its left (the words were read as a subject where the cue word is not one's verb:
    'the three crimes reported carry a life sentence', 'Killing on a mass scale is reported, indicating ...').

    >>> event_noun_speaker("the three crimes"), event_noun_speaker("Fresh gun battles and occasional shelling")
    (True, True)
    >>> event_noun_speaker("Civil unrest in the northern hills"), event_noun_speaker("the attack on the convoy")
    (True, True)
    >>> event_noun_speaker("Attack survivors"), event_noun_speaker("the war ministry"), event_noun_speaker("four officers")
    (False, False, False)
    >>> event_noun_speaker("UN officials visiting the camp after the attack")
    False
    >>> event_noun_speaker("fighting raged")        # a clause of its own (its verb next): not this rule's
    False
    """
    if phrase.isascii():
        if _EVENT_HEADS_ASCII.isdisjoint(phrase.encode().lower().translate(_ASCII_NON_WORD).split()):
            return False
    elif EVENT_HEADS.isdisjoint(map(str.lower, _RX_WORD.findall(phrase))):
        return False
    head = noun_head(phrase)
    if head not in EVENT_HEADS:
        return False
    after = phrase.lower().split(head, 1)[-1].split()
    return not (after and after[0].endswith("ed"))
