"""Rule `verb_before_noun_cue` (session 16, docs/rules.md "Session 16: speaker names"): a speaker phrase that ends
in a finite verb right before a cue that is a noun ('X confirmed widespread reports that ...', 'X echoed calls for
...', 'X repudiated charges that ...') is the verb's subject, not the verb: the subject speaks by its verb, and
the reports, calls or charges it takes up are others'.

    Ennahdha echoed calls for unity                      -> Ennahdha            (was 'ennahdha echoed')
    A military source, speaking on condition of
      anonymity, confirmed widespread reports that ...   -> A military source   (was 'confirmed widespread')
    Ambassador Yosef Tekoah, in his reply, repudiated
      charges that ... and asked                         -> Yosef Tekoah        (was 'repudiated', both rows)

The subject is the phrase's words before the verb (an adverb such as 'also' dropped), or, when the phrase opens
on the verb, the sentence's first noun phrase before one parenthetical set off by commas ('X, speaking on
condition of anonymity, confirmed'). Left alone: a possessive before the noun ("Moscow's widely disputed claims":
the owner's claims, another rule's), a participle or -ed adjective before the noun ('unconfirmed reports',
'alleged claims'), a cue that is a verb, a sentence whose opening holds more than one parenthetical.
"""
from __future__ import annotations

import re

from .subject_verb import _ADJECTIVES_ED

#: cues that are nouns: the claims, reports, charges or calls of others that a subject's verb takes up
NOUN_CUES = ("reports", "report", "claims", "claim", "charges", "calls", "accusations", "allegations", "assertions",
             "warnings", "denials", "statements", "accounts")
#: -ed words that qualify a noun cue and are no verb of the subject ('unconfirmed reports')
_QUALIFIERS_ED = _ADJECTIVES_ED | frozenset(("unconfirmed", "unverified", "repeated", "published", "detailed", "renewed",
                                             "sustained", "unsubstantiated", "exaggerated", "inflated", "reported",
                                             "continued", "limited", "scattered", "unspecified", "heightened",
                                             "increased", "earlier", "televised", "broadcast", "related"))
#: the phrase: an optional subject, a finite verb in -ed, then up to three lower-case qualifiers of the noun
_RX_VERB_TAIL = re.compile(r"""
    ^(?P<subject>.*?)                         # the verb's subject, maybe empty
    (?:\s*\b(?:also|later|earlier|again|then|too|had|has|have|once)\b)*  # an adverb or auxiliary before the verb
    \s*\b(?P<verb>[a-z]{3,}ed)                # the subject's own finite verb ('confirmed', 'echoed')
    (?P<tail>(?:\s+[a-z][a-z\-]*){0,3})\s*$   # qualifiers of the noun cue ('widespread', 'the'), no possessive
    """, re.X)
#: the end of a reporting clause right before the phrase: the phrase is the subject of a reported clause
_RX_REPORTED_CLAUSE = re.compile(r"\b(?:that|said|says|told\s+\w+)\s+$")
#: words that make a subject a clause of its own
_CLAUSE_WORDS = frozenset(("said", "says", "and", "but", "who", "which", "that", "when", "while", "after", "as"))
#: a sentence's opening: its subject, then one parenthetical set off by commas, right before the verb
_RX_SUBJECT_PARENTHETICAL = re.compile(r"(?P<np>[A-Z][^,;:\"“”]{1,80}?),\s+[^,;:\"“”]{2,100},\s*$")


def _noun_cue_after(text: str, end: int) -> bool:
    """Whether a noun cue stands right after `end` ('... widespread| reports that')."""
    after = text[end:end + 16].split(None, 1)
    return bool(after) and after[0] in NOUN_CUES     # the word itself: 'reported' is no 'report


def verb_before_noun_cue(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """Rule `verb_before_noun_cue`: the speaker phrase text[start:end], when it ends in its own verb before a
    noun cue -> (the verb's subject, its start, its end); None when the phrase is no such verb phrase.

    >>> t = "Ennahdha echoed calls for national unity and reaffirmed its resolve."
    >>> verb_before_noun_cue(t, 0, t.index(" calls"))
    ('Ennahdha', 0, 8)
    >>> t = "A military source, speaking on condition of anonymity, confirmed widespread reports that a baby died."
    >>> verb_before_noun_cue(t, t.index("confirmed"), t.index(" reports"))
    ('A military source', 0, 17)
    >>> t = "His figures stood in stark contrast to Moscow's widely disputed claims that 6,000 died."
    >>> verb_before_noun_cue(t, 0, t.index(" claims")) is None
    True
    >>> t = "The envoy said that they received reports that ten men surrendered."
    >>> verb_before_noun_cue(t, t.index("they"), t.index(" reports")) is None
    True
    >>> t = "A general view shows destroyed buildings following reported strikes."
    >>> verb_before_noun_cue(t, 0, t.index(" reported")) is None
    True
    >>> t = "Officials said there were unconfirmed reports of fighting."
    >>> verb_before_noun_cue(t, t.index("unconfirmed"), t.index(" reports")) is None
    True
    """
    phrase = text[start:end]
    if "ed" not in phrase or not _noun_cue_after(text, end):
        return None         # the gate: an -ed word in the phrase, a noun cue right after it
    mt = _RX_VERB_TAIL.match(phrase)
    if mt is None or mt.group("verb") in _QUALIFIERS_ED or "'" in mt.group("tail") or "’" in mt.group("tail") \
            or any(w.endswith(("s", "ing")) for w in mt.group("tail").split()):
        return None         # a noun or a participle after the -ed word: 'destroyed buildings following
    if _RX_REPORTED_CLAUSE.search(text, max(0, start - 40), start):
        return None         # 'X said at a briefing that they received reports': a statement inside X's
    subject = mt.group("subject").strip(" ,")
    if subject:
        words = subject.split()
        if len(words) > 8 or any(w.lower().strip(",") in _CLAUSE_WORDS for w in words) \
                or not (subject[:1].isupper() or words[0] in ("the", "a", "an", "he", "she", "they", "it", "we")):
            return None     # a clause, not a noun phrase ('The army said it had killed 40 and dismissed')
        a = start + phrase.index(subject)
        return subject, a, a + len(subject)
    cut = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start))
    head = text[cut + 1:start] if cut >= 0 else text[:start]
    sm = _RX_SUBJECT_PARENTHETICAL.search(head)
    if sm is None or sm.start() != len(head) - len(head.lstrip()):
        return None         # the parenthetical must follow the sentence's own first phrase
    a = (cut + 1 if cut >= 0 else 0) + sm.start("np")
    return sm.group("np"), a, a + len(sm.group("np"))
