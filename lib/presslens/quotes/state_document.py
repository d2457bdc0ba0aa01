"""Named rule `state_document`: a document qualified only by a state's adjective ('The Iranian communique said',
'the U.S. report claims', 'Britain denied an Argentine report that ...') names no author but a state; the golds of
three wars (iran-iraq-war, korean-war, falklands-1982) keep the document as the speaker, while the mention layer
gave the adjective ('Iranian', 'U.S', 'Argentine'). A document of a body keeps its author ('The NRF statement' ->
the National Resistance Front; 'the Thai army statement' -> the army): only a bare state adjective is left out.
"""
from __future__ import annotations

import re

from ..countries import country_of
from ..mentions.rules import DOCUMENT_WORDS

#: abbreviations of states that the country table does not hold
_STATE_ABBREVIATIONS = frozenset(("U.S.", "U.S", "US", "U.K.", "UK", "Soviet"))

#: an article, one or two capitalised words (the state's adjective), the document word (none when the cue is the
#: document noun: 'an Argentine report that ...')
_RX_STATE_DOCUMENT = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?P<state>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)"
                                r"(?P<doc>\s+(?:" + DOCUMENT_WORDS + r"))?$")
#: the same at the end of a clause whose cue is the document noun ('Britain denied an Argentine' + 'report that')
_RX_STATE_TAIL = re.compile(r"(?<=\s)(?:[Tt]he|[Aa]n?)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?$")


def state_document(phrase: str, cue: str) -> str | None:
    """Rule `state_document`: the speaker phrase (and the cue, when the cue is the document noun) -> the document
    as the speaker, when its only modifier is a state's adjective or name; else None. The determiner is lower-cased
    (an unnamed speaker is the phrase in lower case, docs/annotation.md; as claimants' `demonym_document` gives it).

    >>> state_document("The Iranian communique", "said"), state_document("an Argentine", "report")
    ('the Iranian communique', 'an Argentine report')
    >>> state_document("the U.S. report", "claims"), state_document("Britain denied an Argentine", "report")
    ('the U.S. report', 'an Argentine report')
    >>> state_document("The NRF statement", "said") is None, state_document("the Iranian", "said") is None
    (True, True)
    """
    mt = _RX_STATE_DOCUMENT.match(phrase)
    if mt is None:
        tail = _RX_STATE_TAIL.search(phrase) if re.fullmatch(DOCUMENT_WORDS, cue) else None
        mt = _RX_STATE_DOCUMENT.match(tail.group(0)) if tail else None
        if mt is None:
            return None
        phrase = tail.group(0)
    state = mt.group("state")
    if state not in _STATE_ABBREVIATIONS and country_of(state) is None:
        return None
    if mt.group("doc"):
        return phrase[0].lower() + phrase[1:]
    if re.fullmatch(DOCUMENT_WORDS, cue):
        return phrase[0].lower() + phrase[1:] + " " + cue
    return None
