"""An inverted credit whose speaker is a title without a determiner, then a name: '"...," said police spokesman
Ali Musa.', '..., says spokesman Ana Ruiz:', '..., said district police chief, Omar Bello.' (rule
`bare_title_credit`). The inverted-credit scan (quotes.cues `_RX_INVERTED_NP`) wants a capital or a determiner
right after the cue; a lower-case title ('police spokesman', 'former army captain') is English's usual bare role
before a name and left such a credit with no speaker at all.
"""
from __future__ import annotations

import re

#: verbs of saying whose inverted credit takes no object (a 'told'/'warned' would read 'residents Kabul' as a title)
CREDIT_LEMMAS = frozenset(("say", "add", "state", "note", "write", "explain", "claim", "insist"))

#: words that open no title: prepositions, determiners, pronouns, adverbs of time ('said on Monday Ali ...')
_FUNCTION = (r"(?:on|in|at|by|to|of|for|from|with|after|before|during|late|earlier|later|last|this|that|the|a|an|"
             r"he|she|they|it|we|there|then|also|again|yesterday|today|tonight|and|but|or|not|when|while|as)\b")
_RX_BARE_TITLE = re.compile(
    rf"""\s+
        (?P<title>(?!{_FUNCTION})[a-z][\w\-]*(?:\s+(?!{_FUNCTION})[a-z][\w\-]*){{0,3}})  # 1-4 lower-case title words
        (?:(?P<comma>,\s*)|\s+)                                   # 'district police chief, Omar Bello'
        (?P<name>[A-Z](?:[\w'’\-]+|\.)?(?:\s+[A-Z](?:[\w'’\-]+|\.)?){{0,4}}?)  # the name ('T.' an initial)
        \s*(?=[.,:;]|$)                                            # then the phrase ends
    """, re.X)


def bare_title_credit(m: str, ce: int, sb: int) -> tuple[int, int] | None:
    """Span of the speaker of an inverted credit '..., said police spokesman Ali Musa.' that starts at `ce` (the cue's
    end; `sb`: the sentence's end): the title and the name, or the name alone after a comma; else None.

    >>> s = '"Shops stayed shut," said police spokesman Ali Musa.'
    >>> a, b = bare_title_credit(s, s.index('said') + 4, len(s)); s[a:b]
    'police spokesman Ali Musa'
    >>> s = '"We came under fire," said district police chief, Omar T Bello.'
    >>> a, b = bare_title_credit(s, s.index('said') + 4, len(s)); s[a:b]
    'Omar T Bello'
    >>> s = '"We held," said on Monday Ali Musa.'
    >>> bare_title_credit(s, s.index('said') + 4, len(s)) is None
    True
    """
    mt = _RX_BARE_TITLE.match(m, ce, sb)
    if mt is None:
        return None
    if mt.group("comma"):
        return mt.span("name")
    return mt.start("title"), mt.end("name")
