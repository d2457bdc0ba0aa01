"""Rule `indefinite_document`: a document named with an indefinite determiner is a new one, no earlier speaker's.

'The statement said' takes up the statement the article gave before, and so its author (the last body that spoke:
mentions.kinds `_anaphor`). 'A terse three-paragraph statement said', 'An official statement said', 'One report
said', 'Another report indicated' do not: an indefinite noun phrase brings a new referent into the text (and
`another` says outright that it is not the one before), so the author of the document is whoever the article
gives it (`author_before`: 'the Pentagon issued a statement'; `credited_document`: 'In two statements, UNITA said
... one statement said'), else no one: the document itself is the speaker, as the annotation guide keeps an
authorless document ('a southern military statement', 'one report').

An author given in an aside right after the phrase ('A statement, released by the GAF, said') is the article's
author of the document (`author_in_aside`), as much as 'a statement released by the GAF' would be.

Only the anaphor path reaches the rule: a document phrase whose own words hold its author ('a statement from the
defence ministry', 'an army statement', 'A Dutch Army statement') is classified by its author before
(mentions.rules `document_of_author`).
"""
from __future__ import annotations

import re

#: an indefinite determiner, up to three modifiers, and a document word at the end: 'An official statement',
#: 'A terse three-paragraph statement', 'One report', 'another report'
_RX_INDEFINITE_DOCUMENT = re.compile(r"^(?:an?|one|another)\s+(?:[\w'’\-]+\s+){0,3}?"
                                     r"(?:statement|report|communiqu[eé]|bulletin|message|video|post)$", re.I)


def indefinite_document(phrase: str) -> str | None:
    """The speaker an indefinite document phrase stands for when the article gave it no author: the phrase, its
    determiner in lower case; None for any other phrase (a definite or possessed document takes up its author).

    >>> indefinite_document("A terse three-paragraph statement"), indefinite_document("Another report")
    ('a terse three-paragraph statement', 'another report')
    >>> indefinite_document("One report"), indefinite_document("an official communiqué")
    ('one report', 'an official communiqué')
    >>> indefinite_document("The statement"), indefinite_document("its statement"), indefinite_document("a spokesman")
    (None, None, None)
    """
    if phrase[:1] not in "aAoO" or _RX_INDEFINITE_DOCUMENT.match(phrase) is None:     # gate: the determiners' letters
        return None
    return phrase[:1].lower() + phrase[1:]


#: an aside right after a document phrase that names its author: ', released by the GAF,', ', issued late on Friday
#: by the Joint Command,'
_RX_AUTHOR_ASIDE = re.compile(r"""\s*,\s*(?:(?:which|that)\s+was\s+)?
    (?:released|issued|signed|sent|published|posted|distributed|circulated|faxed|e-?mailed|read|broadcast)
    \s+(?:[\w\-]+\s+){0,4}?by\s+
    (?P<author>(?:the\s+)?[A-Z][^,.;]{0,80}?)\s*,""", re.X)


def author_in_aside(text: str, end: int) -> tuple[str, int] | None:
    """(the author, its position) that an aside right after a document phrase ending at `end` names, else None.

    >>> t = "A statement, released by the GAF, said ten men were held."
    >>> author_in_aside(t, len("A statement"))
    ('the GAF', 25)
    >>> author_in_aside("A statement, he said, was read out.", len("A statement")) is None
    True
    """
    if text[end:end + 2].lstrip()[:1] != ",":      # gate: the aside's comma
        return None
    mt = _RX_AUTHOR_ASIDE.match(text, end)
    return (mt.group("author"), mt.start("author")) if mt else None
