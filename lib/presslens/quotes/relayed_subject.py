"""Named rule `relayed_subject_speaks`: an outlet's (or a report's) credit closing a sentence whose own subject is a
named person or body that made the statement with a verb of its own: 'Armed Forces chief Tan Sri X explained that
..., The Star Online reported'; 'X, the prime minister of Y, praised the strike in a statement ..., The Associated
Press reported'; 'National Police chief General X declined to speculate ..., other than saying that ..., the Jakarta
Globe reported'; 'Jaish al-Adl, or the Army of Justice, claimed responsibility, the report said'. The sentence's
subject speaks: the outlet relays it (docs/annotation.md, a wire credit is the speaker only when the outlet itself
reports the fact; the nested credit after an outlet is the inner speaker's, session 16). Rule `outlet_relays_source`
(quotes.relay) splits such a sentence when the subject's verb is itself a cue that the finder kept; this rule names
the speaker where the finder kept one statement credited to the outlet (session 18, docs/rules.md "Session 18:
speaker names").

The subject's verb must be a reporting cue of data/lexicons/cues.yaml ('explained', 'claimed'), or any past-tense
verb when the sentence itself says the subject spoke ('in a statement', ', saying', 'other than saying'); a subject
that only acted ('Rebels attacked the town ..., AP reported'), was acted on ('X has been killed') or has yet to speak
('has yet to confirm') leaves the credit to the outlet.
"""
from __future__ import annotations

import re

#: the verbs of a credit that closes its sentence ('..., the AP reported', '..., the report said')
RELAY_CUES = frozenset(("reported", "reports", "said", "says", "wrote", "writes"))

#: the sentence's subject: capitalised words (with the lower-case joints of names and titles: 'Armed Forces chief Tan
#: Sri X', 'Jaish al-Adl'), an optional appositive between commas, the subject's auxiliaries and time words, then
#: its verb
_RX_SUBJECT_VERB = re.compile(r"""
    ^(?:(?:Meanwhile|Earlier|Later|However|Separately|Also|But|And),?\s+)?
    (?P<subject>
        (?:The\s+)?[A-Z][\w\-.’']*
        (?:\s+(?:[A-Z][\w\-.’']*|al-[\w’']+|el-[\w’']+|bin|of|chief|de|la|da))*
    )
    (?:,\s+(?:or\s+)?[^,;:]{3,90},)?                                  # ', the prime minister of X,'
    \s+(?:(?:also|earlier|later|then|has|have|had|on\s+[A-Z][a-z]+)\s+)*
    (?P<verb>[a-z]+ed)\b
    """, re.X)
#: what tells that a subject whose verb is no cue spoke: a statement it issued, a participle of speech
_SPOKE = (" in a statement", ", saying", "other than saying")
#: verbs of a subject that did not speak, though a speech word follows ('refused to comment, saying nothing')
_NOT_SPOKEN = frozenset(("refused", "failed", "killed", "attacked", "wounded", "died", "arrested"))


def relayed_subject(statement: str, cue_forms) -> tuple[int, int] | None:
    """(start, end) of the subject in `statement` (the words a closing credit reports) when the subject made the
    statement; None when it did not, or when the statement opens on no capitalised subject. `cue_forms`: the
    lexicon's cue forms (a container of words).

    >>> forms = {"explained", "claimed", "said"}
    >>> s = "Army chief General Tomas Ferro explained that the raiders fled"
    >>> a, b = relayed_subject(s, forms); s[a:b]
    'Army chief General Tomas Ferro'
    >>> s = "Ana Brel, the governor of Kessa, praised the raid in a statement"
    >>> a, b = relayed_subject(s, forms); s[a:b]
    'Ana Brel'
    >>> relayed_subject("Rebels attacked the town at dawn", forms) is None
    True
    >>> relayed_subject("Tomas Ferro, a farmer, has been killed in the clashes", forms) is None
    True
    """
    mt = _RX_SUBJECT_VERB.match(statement)
    if mt is None:
        return None
    verb = mt.group("verb")
    if verb not in cue_forms and (verb in _NOT_SPOKEN or not any(w in statement for w in _SPOKE)):
        return None
    return mt.start("subject"), mt.end("subject")


def credit_closes(text: str, statement_end: int, speaker_start: int) -> bool:
    """Whether only a comma and an article stand between a statement's last word and its credit's speaker
    ('..., the Jakarta Globe reported').

    >>> t = "X explained that Y fled, The Star Online reported."
    >>> credit_closes(t, 23, 25)
    True
    """
    between = text[statement_end:speaker_start]
    return len(between) < 12 and "," in between and "." not in between
