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
