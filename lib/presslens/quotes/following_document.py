"""Rule `following_document_issuer`: the speaker of a statement announced by a colon after a clause that hands on a
document ('The army command issued the following statement: "..."', 'The Foreign Office has received the following
telegram from the consul at Zanzibar: "..."'). The colon credit (quotes.attribution) takes the whole clause before
the colon as the speaker phrase; the speaker is the document's author: the subject of the verb that issues it
(`issued`, `sent`, `released`, `published`, `read out`, `has`: a paper's 'has the following'), or the `from` phrase
after the document (`received the following dispatch from General Y`, `published the following letter from Y`).
A receiving verb with no `from` phrase names no author (the receiver does not speak): the phrase is left as it is.

The examples are made up in the styles of wars in no eval set (the Zanzibar revolution, the First Balkan War, the Boxer rising).
"""
from __future__ import annotations

import re

from .subject_span import time_after_subject

#: verbs whose subject hands on a document it wrote or stands behind ('issued', 'read out', a paper's 'has')
_ISSUE_VERBS = frozenset((
    "issued", "issues", "issue", "sent", "sends", "send", "released", "releases", "release", "published",
    "publishes", "publish", "read", "reads", "broadcast", "broadcasts", "has", "have", "had", "carries", "carried",
    "carry", "prints", "printed", "cabled", "cables", "telegraphed", "telegraphs", "wired", "wires", "gave", "gives",
    "made", "makes", "put", "puts", "circulated", "distributed", "transmitted", "addressed", "addresses",
    "despatched", "dispatched", "wrote", "writes", "delivered", "posted", "posts"))
#: verbs whose subject receives the document: its author is the `from` phrase, else no one in the clause
_RECEIVE_VERBS = frozenset(("received", "receives", "receive", "got", "gets", "obtained", "obtains", "intercepted"))

#: the verb (and its particle) just before 'the following'
_RX_FOLLOWING = re.compile(r"(?P<verb>[a-z]+)(?:\s+(?:out|up|off))?\s+the\s+following\b")
#: after 'the following': the document (up to three words) and 'from' its author, up to the clause's end or a
#: phrase of its own ('dated Sept. 9', 'to the tribes', 'via Lisbon')
_RX_AUTHOR = re.compile(r"""
    (?:\s+[\w\-\u2019']+){0,3}?                          # 'dispatch', 'brief radio message'
    \s+from\s+(?P<author>[^,;:]+?)                       # 'from General Y'
    (?=\s+(?:dated|to|on|via|through|for|about|regarding|concerning)\b|\s*,|\s*$)
    """, re.X)
#: the passive: 'the following statement was issued by the council', '... was received from General Y'
_RX_PASSIVE = re.compile(r"""
    \b[Tt]he\s+following(?:\s+[\w\-\u2019']+){0,3}?
    \s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<verb>[a-z]+)(?:\s+out)?
    \s+(?:by|from)\s+(?P<author>[^,;:]+?)
    (?=\s+(?:dated|to|on|via|through|for|about|regarding|concerning)\b|\s*,|\s*$)
    """, re.X)
_PARTICIPLES = frozenset(("given", "written", "handed", "read", "sent", "put", "made", "broadcast"))
#: words left between the subject and its verb: auxiliaries and adverbs of the issuing ('has also issued')
_RX_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|again|just|jointly|formally|officially|then|now|later|"
                          r"earlier|today|tonight|yesterday))+\s*$")


def following_document_issuer(phrase: str) -> tuple[int, int] | None:
    """The speaker inside a colon credit's phrase that hands on 'the following <document>': (start, end) offsets in
    `phrase`, or None when the phrase is no such clause. The caller tests ' following' in the phrase first.

    >>> p = "The revolutionary council issued the following statement"; p[slice(*following_document_issuer(p))]
    'The revolutionary council'
    >>> p = "The Resident has received the following dispatch from Colonel Okello"
    >>> p[slice(*following_document_issuer(p))]
    'Colonel Okello'
    >>> p = "The Sofia Mir has the following on the fighting at Lule Burgas"; p[slice(*following_document_issuer(p))]
    'The Sofia Mir'
    >>> p = "The Paris Temps publishes the following letter from General Savov"
    >>> p[slice(*following_document_issuer(p))]
    'General Savov'
    >>> p = "The High Commissioner yesterday sent the following message to the tribes"
    >>> p[slice(*following_document_issuer(p))]
    'The High Commissioner'

    The passive names the author after 'by' or 'from':

    >>> p = "The following communique was issued by the Bulgarian general staff tonight"
    >>> p[slice(*following_document_issuer(p))]
    'the Bulgarian general staff'

    A receiver with no author named, a passive with none, a clause with no issuing verb: None.

    >>> following_document_issuer("The Legation has received the following telegram") is None
    True
    >>> following_document_issuer("the following brief radio message was received") is None
    True
    >>> following_document_issuer("Fighting resumed on the following day") is None
    True
    """
    mt = _RX_FOLLOWING.search(phrase)
    if mt is None:
        passive = _RX_PASSIVE.search(phrase)
        verb = passive.group("verb") if passive is not None else ""
        if verb.endswith("ed") and (verb in _ISSUE_VERBS or verb in _RECEIVE_VERBS) or verb in _PARTICIPLES:
            return _author(phrase, passive)
        return None
    verb = mt.group("verb")
    if verb not in _ISSUE_VERBS and verb not in _RECEIVE_VERBS:
        return None
    author = _RX_AUTHOR.match(phrase, mt.end())
    if author is not None:
        return _author(phrase, author)
    if verb not in _ISSUE_VERBS:
        return None
    subject = phrase[:mt.start("verb")]
    aux = _RX_AUX_TAIL.search(subject)
    subject = (subject[:aux.start()] if aux else subject).rstrip(" ,")
    subject = time_after_subject(subject, "issued") or subject      # 'The Minister late this afternoon'
    if not subject or not subject[-1:].isalnum() and subject[-1:] != ")":
        return None
    start = len(phrase) - len(phrase.lstrip())
    return (start, len(subject)) if len(subject) > start else None


def _author(phrase: str, mt: re.Match) -> tuple[int, int]:
    """The span of `mt`'s author in `phrase`, without a time word after it ('by the staff tonight')."""
    start, end = mt.span("author")
    kept = time_after_subject(phrase[start:end], "issued")
    return (start, start + len(kept)) if kept else (start, end)


def author_after_comma(phrase: str, comma: int) -> bool:
    """Whether the colon credit's `phrase` names its document's author after the comma at `comma` (where the credit
    would cut 'Name, army spokesman'): a dateline or an aside before the verb ('Tientsin, June 20.--The
    Consul has received the following dispatch from Admiral Seymour, dated June 17').

    >>> p = "Sofia, Oct. 30.--The King has received the following message from General Radko Dimitriev, dated Oct. 28"
    >>> author_after_comma(p, p.index(","))
    True
    >>> p = "The Sultan, who is at Constantinople, issued the following proclamation"
    >>> author_after_comma(p, p.index(","))
    False
    """
    span = following_document_issuer(phrase)
    return span is not None and span[0] > comma
