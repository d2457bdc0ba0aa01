"""A state's document as the source ('The Iranian communique said', 'an Argentine report that ...', 'according to
Israeli tallies'): the document names no author but a state, and the golds keep the document phrase, not the
state's adjective that the mention layer gives.  Two rules of the one family, each where the other does not run:

- `state_document` (a quote row's speaker, ``quotes.speakers``): a speaker phrase whose only modifier is a state's
  adjective or name (the country table's, or an abbreviation: 'the U.S. report') before a document word, or the
  document noun as the cue ('Britain denied an Argentine' + 'report'); the golds of three wars (iran-iraq-war,
  korean-war, falklands-1982). A document of a body keeps its author ('The NRF statement' -> the National
  Resistance Front; 'the Thai army statement' -> the army): only a bare state adjective is left out.
- `demonym_document` (a claim's claimant, ``casualties.claimants``): a one-word source that is a nationality
  adjective ('Argentine', 'Iranian', 'Israeli', told by its ending), with its document written beside it in the
  text ('tallies' and 'claims' count as documents here).

Both give the phrase as written with its determiner lower-cased (an unnamed source is the phrase in lower case,
docs/annotation.md): ``_determiner_lowered``.
"""
from __future__ import annotations

import re

from ..countries import country_of
from .rules import DOCUMENT_WORDS


def _determiner_lowered(phrase: str) -> str:
    """The phrase with its first letter (a determiner's: 'The', 'An') lower-cased."""
    return phrase[0].lower() + phrase[1:]


# ----------------------------------------------------------------------------------------------------------
# Rule `state_document`: a quote row's speaker
# ----------------------------------------------------------------------------------------------------------

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
        return _determiner_lowered(phrase)
    if re.fullmatch(DOCUMENT_WORDS, cue):
        return _determiner_lowered(phrase) + " " + cue
    return None


# ----------------------------------------------------------------------------------------------------------
# Rule `demonym_document`: a claim's claimant
# ----------------------------------------------------------------------------------------------------------

#: a nationality adjective: one capitalised word on a demonym's ending ('Argentine', 'Iranian', 'Israeli',
#: 'Sudanese', 'British'); a country or a movement on the same letters is not one ('Pakistan', 'Sudan', 'Taliban')
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ine|i|ese|ish|ch)")
_NOT_DEMONYM = frozenset("sudan iran oman japan taiwan jordan bhutan taliban yemen vatican pentagon kremlin "
                         "tehran teheran islamabad abidjan amman khartoum".split())
#: the nationality's document as written: '(an) Argentine report', '(the) Iranian communique', 'Israeli tallies'
_DOC_AFTER = re.compile(r"(?:(?P<det>[Tt]he|[Aa]n?)\s+)?(?P<adj>[A-Z][a-z]+)\s+(?P<doc>" + DOCUMENT_WORDS
                        + r"|tallies|claims?)\b")


def country_not_demonym(word: str) -> bool:
    """Rule `country_not_demonym` (session 23): a word that is a country's own name in the country table ('Pakistan',
    'Afghanistan', 'Sudan') is no nationality adjective, though it ends as one (-an, -i, -ese): 'Pakistan claims to
    have killed ...' is the state's verb, not 'Pakistani claims'. The table's demonyms are not refused.

    >>> country_not_demonym("Pakistan"), country_not_demonym("Kazakhstan"), country_not_demonym("Yemen")
    (True, True, True)
    >>> country_not_demonym("Pakistani"), country_not_demonym("Argentine"), country_not_demonym("Velmarian")
    (False, False, False)
    """
    return country_of(word) == word


def demonym_document(speaker: str, text: str, start: int, end: int) -> str | None:
    """Rule `demonym_document`: a source that is a nationality adjective alone, told in the text as that
    nationality's document ('an Argentine report that ...', 'The Iranian communique said', 'according to Israeli
    tallies'), is the document phrase as it stands (its determiner lower-cased), not the adjective; else None.
    `start`, `end`: the speaker's span in `text` (the document noun may stand just after it).

    >>> t = "Britain denied an Argentine report that 500 British troops were killed."
    >>> demonym_document("Argentine", t, t.index("Britain"), t.index(" report"))
    'an Argentine report'
    >>> t = "The Iranian communique said 25,000 Iraqi soldiers had been killed."
    >>> demonym_document("Iranian", t, 0, t.index(" said"))
    'the Iranian communique'
    >>> t = "killing 1,200 people, according to Israeli tallies."
    >>> demonym_document("israeli", t, t.index("Israeli"), t.index("."))
    'Israeli tallies'

    A name, a country, a body or a demonym that is no document's owner stands:

    >>> t = "A Reuters report said 40 were killed."
    >>> demonym_document("Reuters", t, 0, t.index(" said")) is None
    True
    >>> t = "A Sudan statement said 40 were killed."
    >>> demonym_document("Sudan", t, 0, t.index(" said")) is None
    True
    >>> t = "While Pakistan claims to have killed 40 militants, Iran said 9 civilians died."
    >>> demonym_document("Pakistan", t, t.index("Pakistan"), t.index(" claims")) is None
    True
    >>> t = "The Ugandan army said 40 rebels were killed."
    >>> demonym_document("Ugandan", t, 0, t.index(" said")) is None
    True
    """
    word = speaker.strip()
    if " " in word or not word or word.lower() in _NOT_DEMONYM or not _DEMONYM.fullmatch(word[0].upper() + word[1:]) \
            or country_not_demonym(word):      # 'Pakistan claims to have killed': the country's own name
        return None
    lo = max(0, start - 4)
    for m in _DOC_AFTER.finditer(text, lo, min(len(text), end + 40)):
        if m.group("adj").lower() == word.lower() and m.start("adj") >= start - 1 and m.start("adj") <= end:
            phrase = m.group(0)
            return _determiner_lowered(phrase) if m.group("det") else phrase
    return None
