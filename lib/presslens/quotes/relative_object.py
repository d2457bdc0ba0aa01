"""A relative clause whose pronoun is the subject of the cue's own clause: 'the islands, which Ruritania claims were
stolen', 'a crackdown that a monitoring group says has killed 300', 'rebels whom the army says were captured'
(rule `relative_object_speaker`). The subject between the pronoun and the cue speaks; the statement is the clause
after the cue (its subject the pronoun's antecedent). The cue must be followed at once by a finite verb: 'which the
army said on Monday' or 'that the minister says' with a 'that' clause of its own is not this construction.
"""
from __future__ import annotations

import re

#: the relative pronoun, then the speaker: a pronoun, or at most six words of a noun phrase (no comma, no verb)
_RX_RELATIVE_SUBJECT = re.compile(
    r"""\b(?:which|whom|who|that)\s+
        (?P<subject>
            (?:it|they|he|she|we)                                   # 'who it said was directing'
          | (?:(?:the|a|an|its|their|his|her)\s+)?                  # a determiner
            (?:(?!(?:is|are|was|were|has|have|had|will|would|did|does|do|not)\b)[\w.'’\-]+\s+){0,5}
            (?!(?:is|are|was|were|has|have|had|will|would|did|does|do|not)\b)[\w.'’\-]+  # the head
        )\s*$""", re.X)
#: a verb before 'that' (its complement, not a relative): 'noted that', 'says that'
_RX_VERB_BEFORE = re.compile(r"\b(?:\w+ed|\w+s|said|told|thought|knew|felt|saw)\s*$")
#: right after the cue: the finite verb of the cue's clause, whose subject the pronoun is
_RX_FINITE_AFTER = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|remains?|"
                              r"remained|belongs?|belonged)\b")


def relative_object_speaker(head: str, after: str) -> tuple[int, int] | None:
    """Span in `head` (the sentence's words before a clause cue) of the speaker of a relative 'which X claims were
    ...' (`after`: the words after the cue); else None.

    >>> head = "Troops retook the islands, which Ruritania "
    >>> a, b = relative_object_speaker(head, " were stolen 150 years ago."); head[a:b]
    'Ruritania'
    >>> head = "The junta has answered with a crackdown that a local monitoring group "
    >>> a, b = relative_object_speaker(head, " has killed more than 300 people."); head[a:b]
    'a local monitoring group'
    >>> relative_object_speaker("The town, which the army ", " on Monday that it held.") is None
    True
    >>> relative_object_speaker("Rebels who ", " were killed.") is None
    True
    >>> relative_object_speaker("The report noted that medical ", " were not released.") is None
    True
    """
    if not _RX_FINITE_AFTER.match(after):
        return None
    mr = _RX_RELATIVE_SUBJECT.search(head)
    if mr is None:
        return None
    if head.startswith("that", mr.start()) and _RX_VERB_BEFORE.search(head, 0, mr.start()):
        return None     # 'noted that medical reports were ...': a complement 'that', no relative
    a, b = mr.span("subject")
    return a, b
