"""Where a speaker phrase's noun phrase starts when the phrase the quote pass cut holds words before it
(session 23, docs/rules.md "the phrase's bounds"): rule `noun_phrase_start`.

English opens a noun phrase with its determiner, and a sentence ends at its stop. So in a speaker phrase
- a sentence stop followed by a capital ends what came before: `West Kingston. Police` -> `Police` (the
  phrase ran over the end of the sentence before);
- a definite article after a word that cannot be inside the same noun phrase opens the speaker: a
  capitalised word that is no title, a word in capitals (a transcript's speaker tag), or a sentence
  adverb or subordinator (`Ladakh the Chinese`, `MCWETHY The Pentagon`, `Actually the Finns`,
  `Unless the Army`) -> `the Chinese`, `The Pentagon` ...
A word that may stand before `the` inside one noun phrase keeps the whole: a preposition (`Movement for
the Emancipation of the Niger Delta`), a predeterminer (`all the`, `both the`, `half the`), a conjunction
(`Hamas and the army`), a comma.
"""
from __future__ import annotations

import re

from ..actors import fold
from .lexicon import TITLES

#: a sentence stop after a word of three or more letters (no initial, no 'Gen.', no 'U.S.'), then a capital
_RX_STOP = re.compile(r"(?<=[a-z]{3})[.!?]\s+(?=[A-Z])")
#: a definite article inside the phrase, after one word
#: (speed, session 24: `(?<=\S)\s+(?=[Tt]he\s+\S)` written to open on the whitespace class, its look-behind after the
#: first space: the same matches, found by `re`'s skip to a whitespace instead of a look-behind at every position)
_RX_THE = re.compile(r"\s(?<=\S\s)\s*(?=[Tt]he\s+\S)")
#: sentence adverbs and subordinators that open a clause before its subject, in lower case
_CLAUSE_OPENERS = frozenset((
    "actually", "also", "later", "earlier", "meanwhile", "however", "still", "then", "now", "today", "yesterday",
    "unless", "if", "when", "while", "because", "although", "though", "since", "after", "before", "once", "until",
    "indeed", "instead", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "thus", "hence",
    "eventually", "finally", "initially", "subsequently", "separately", "elsewhere", "here", "there"))

#: words that stand before `the` inside one noun phrase when capitalised at a sentence's start
_INSIDE = frozenset(("all", "both", "half", "and", "or", "of", "for", "in", "on", "at", "to", "from", "by", "with",
                     "according", "among"))
#: abbreviations that end in a stop inside a name ('Sept.', 'Inc.', 'Capt.' is a title)
_ABBREVIATIONS = frozenset(("jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp",
                            "ltd", "lieut", "bros", "ave", "blvd", "mass", "calif", "penn", "conn", "wash"))
#: words whose stop ends no sentence; words that keep a following `the` inside their noun phrase (built once)
_NO_SENTENCE_END = TITLES | _ABBREVIATIONS
_KEEPS_THE = TITLES | _INSIDE


def noun_phrase_start(phrase: str) -> int:
    """Rule `noun_phrase_start`: the offset in `phrase` where the speaker's noun phrase starts (0: the whole).

    >>> p = "West Kingston. Police"
    >>> p[noun_phrase_start(p):]
    'Police'
    >>> [p[noun_phrase_start(p):] for p in ("Ladakh the Chinese", "MCWETHY The Pentagon", "Actually the Finns")]
    ['the Chinese', 'The Pentagon', 'the Finns']
    >>> [noun_phrase_start(p) for p in ("Movement for the Emancipation of the Niger Delta", "both the Kyrgyz",
    ...                                 "Hamas and the army", "Gen. Wylie", "the U.S. Army", "President the Hon",
    ...                                 "Both the Kyrgyz", "Capt. Smith", "Col. Kaye")]
    [0, 0, 0, 0, 0, 0, 0, 0, 0]
    """
    start = 0
    for mt in _RX_STOP.finditer(phrase):
        word = phrase[:mt.start()].split()[-1]
        if fold(word).strip(".") not in _NO_SENTENCE_END:
            start = mt.end()
    for mt in _RX_THE.finditer(phrase, start):
        before = phrase[start:mt.start()].split()
        word = before[-1] if before else ""
        low = fold(word).strip(".")
        if word[:1].isupper() and low not in _KEEPS_THE and not word.endswith((",", ";", ":")) \
                or (low in _CLAUSE_OPENERS and len(before) == 1):
            start = mt.end()
            break
    return start

