"""What the quote rules read of one article, paragraph and sentence, computed once and passed down explicitly
(no module-level state): the article lower-cased once (`ArticleReading`), each paragraph's masked copy and
its lower-cased copies (`ParagraphReading`), and each sentence's slice, lower-cased text and words
(`SentenceReading`).

Lower-casing is the one step every level repeated: the registry view (`Actors.for_article`), the mention
layer (`ArticleMentions.lowered`), the paragraph's cue scan (`_find_cues`) and the adverbial after each cue
(`_ADVERBIAL.match_len` on the masked paragraph) each lower-cased their own copy of the same characters, the
paragraph and its masked copy ~1.8 times per paragraph. Here the article is lower-cased once and the
paragraphs take slices of it, where a slice of the lower-cased article is the lower-cased slice
(`lowered_at_offsets`); a paragraph with a quote lower-cases its masked copy once, for all its sentences.

None of this changes a rule: each reading gives what the rule computed before (tests/test_qspeed13.py).
"""
from __future__ import annotations

from ..fastre import _CaseFreePattern
from .spans import MASK, _mask

#: the one letter whose lower-case form depends on its neighbours (final sigma): a slice's lower-cased copy may
#: differ from the slice of the lower-cased whole at the slice's edges
_CAPITAL_SIGMA = "\u03a3"


def lowered_at_offsets(text: str, low: str | None = None) -> str | None:
    """`text.lower()` (or `low`, that string already made) when it keeps the offsets and every slice of it is
    the lower-cased slice of `text`: no letter lower-cases to two ('İ') and no capital sigma (its lower case
    reads the letters around it); else None.

    >>> lowered_at_offsets("Gen. Ali SAID"), lowered_at_offsets("\u0130zmir"), lowered_at_offsets("\u039f\u03a3 X")
    ('gen. ali said', None, None)
    """
    if _CAPITAL_SIGMA in text:
        return None
    low = text.lower() if low is None else low
    return low if len(low) == len(text) else None


class ArticleReading:
    """One article's text and its lower-cased copy, made once (`low`: `text.lower()`, for substring tests;
    `at_offsets`: the same string when its slices are the lower-cased slices of the text, else None).

    >>> r = ArticleReading("Mr Ali said. Police said.")
    >>> r.low, r.paragraph_low(3, 6), ArticleReading("\u0130stanbul said.").paragraph_low(0, 8) is None
    ('mr ali said. police said.', 'ali', True)
    """

    __slots__ = ("text", "low", "at_offsets")

    def __init__(self, text: str):
        self.text = text
        self.low = text.lower()
        self.at_offsets = lowered_at_offsets(text, self.low)

    def paragraph_low(self, a: int, b: int) -> str | None:
        """The paragraph [a, b) lower-cased (a slice of the article's copy), or None when slices are no
        lower-cased text (the paragraph then lower-cases itself where a rule asks)."""
        return self.at_offsets[a:b] if self.at_offsets is not None else None


class ParagraphReading:
    """One paragraph as the attribution rules read it: its text `para` and lower-cased copy `low` (None: not at
    hand), its quote spans, the masked paragraph `m` (quotes as MASK) and `m_low`, the masked paragraph
    lower-cased for the case-free patterns that run on it (`fastre._CaseFreePattern.match_len`): None where
    they must run case-insensitively on the text itself (a letter re.I folds otherwise: İ ı ſ; a capital sigma).

    >>> p = ParagraphReading('Ali SAID "No" on Monday.', quotes=[(9, 12, True)])
    >>> p.m, p.m_low
    ('Ali SAID \\ue000\\ue000\\ue000\\ue000 on Monday.', 'ali said \\ue000\\ue000\\ue000\\ue000 on monday.')
    """

    __slots__ = ("para", "low", "quotes", "m", "_m_low")

    def __init__(self, para: str, low: str | None = None, *, quotes) -> None:
        self.para = para
        self.low = low
        self.quotes = quotes
        self.m = _mask(para, quotes)
        self._m_low: str | None = ""        # made on first use ("" until then)

    @property
    def m_low(self) -> str | None:
        """`m.lower()` (the paragraph's lower-cased copy itself when no quote is masked), or None when `m` holds
        İ ı ſ or a capital sigma (as `match_len` took it before). (Masking the lower-cased copy instead of
        lower-casing `m` costs more: `_mask` is a Python loop, `str.lower` one C call.)"""
        if self._m_low == "":
            m = self.m
            if _CaseFreePattern._odd(m) or _CAPITAL_SIGMA in m:
                self._m_low = None
            elif self.low is not None and not self.quotes:
                self._m_low = self.low
            else:
                self._m_low = m.lower()
        return self._m_low

    def sentence(self, sa: int, sb: int) -> SentenceReading:
        """The reading of the sentence [sa, sb) of the masked paragraph."""
        return SentenceReading(self, sa, sb)


class SentenceReading:
    """One sentence [sa, sb) of a masked paragraph: its text `text` (`m[sa:sb]`, sliced once for every rule of
    the sentence), whether it holds a quote (`masked`), its lower-cased text `low` (same offsets from `sa`, made on
    first use).

    >>> p = ParagraphReading('He said "yes." Police denied it.', quotes=[(8, 13, True)])
    >>> s = p.sentence(15, len(p.m))
    >>> s.text, s.masked, s.low
    ('Police denied it.', False, 'police denied it.')
    """

    __slots__ = ("paragraph", "sa", "sb", "text", "masked", "_low")

    def __init__(self, paragraph: ParagraphReading, sa: int, sb: int) -> None:
        self.paragraph = paragraph
        self.sa, self.sb = sa, sb
        self.text = paragraph.m[sa:sb]
        self.masked = MASK in self.text
        self._low: str | None = None

    @property
    def low(self) -> str:
        """The sentence lower-cased (a slice of the paragraph's lower-cased masked copy where there is one)."""
        if self._low is None:
            m_low = self.paragraph.m_low
            self._low = m_low[self.sa:self.sb] if m_low is not None else self.text.lower()
        return self._low
