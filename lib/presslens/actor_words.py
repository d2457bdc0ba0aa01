"""Name folding and word-gated phrase patterns: the text forms every registry lookup compares
(`fold`, `name_key`) and the whole-word patterns the side lookup runs (`WordGated`, split from presslens.actors
in session 11; presslens.actors re-exports these names)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .fastre import LedByBoundary
from .tables import trie_pattern


def _char_class(codes: list[int]) -> str:
    ranges, start, prev = [], codes[0], codes[0]
    for c in codes[1:] + [-1]:
        if c != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = c
        prev = c
    return "[" + "".join(ranges) + "]+"


@lru_cache(maxsize=None)
def _combining_marks(lo: int, hi: int) -> re.Pattern:
    """A character class of the combining marks in [lo, hi): in the BMP a bitmap for `re` (O(1) per
    character); built once, since a per-character Python loop was the hot spot of name matching."""
    return re.compile(_char_class([c for c in range(lo, hi) if unicodedata.combining(chr(c))]))


#: a character at or above U+0300, where the combining marks begin (none lies below it): an article's few such
#: characters tell `fold` whether the marks' substitutions have anything to take
_RX_HIGH = re.compile("[^\x00-\u02ff]")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accents folded, curly apostrophes straightened: 'Kesić’s' -> "kesic's".

    The marks' substitutions run only where a character of the decomposed text is a mark or beyond the BMP:
    an article's curly quotes and dashes alone leave them nothing, and each scans the whole text (the shared
    cost of a whole article's fold, `_org_mentions` and the side lookups; docs/scale.md, session 14 second pass).

    >>> fold("Kesić’s"), fold("“Nowak” — ‘Élise’"), fold("x\U0001d400\U0001d167y")
    ("kesic's", "“nowak” — 'elise'", 'xay')
    """
    text = text or ""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    high = set(_RX_HIGH.findall(text))
    if any(unicodedata.combining(c) for c in high):
        text = _combining_marks(0x300, 0x10000).sub("", text)
    if any(c >= "\U00010000" for c in high):    # rare: marks beyond the BMP
        text = _combining_marks(0x10000, 0x110000).sub("", text)
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


_LEAD_TITLES = re.compile(r"^((mr|mrs|ms|dr|gen|general|col|colonel|maj|major|lt|president)\.?\s+)+")


_RX_KEY_PUNCT = re.compile(r"[^\w'@.\- ]+")
_RX_KEY_ARTICLE = re.compile(r"^(the|a|an)\s+")
_RX_KEY_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Folded name without a leading article or possessive: 'the Taliban' -> 'taliban'."""
    key = _RX_KEY_PUNCT.sub(" ", fold(name))
    key = _RX_KEY_ARTICLE.sub("", key.strip())
    return _RX_KEY_SPACE.sub(" ", key).strip(" .")



def _phrase_regex(phrases) -> WordGated | None:
    """One regex matching any of `phrases` as whole words (folded text), longest first, behind a word gate."""
    items = {fold(p) for p in phrases if p}
    if not items:
        return None
    return WordGated(re.compile(r"(?<![\w@])" + trie_pattern(items) + r"(?![\w])"), items)


_RX_WORD = re.compile(r"\w+")
_WORDS_MEMO: list = [None, frozenset()]     # (the folded text last tested, its set of words)


def text_words(folded: str) -> frozenset[str]:
    r"""The set of words (\w+ runs) of a folded text; the last text's set is kept, since the side lookup
    tests one text against some fifteen phrase patterns in a row."""
    if _WORDS_MEMO[0] is not folded:
        _WORDS_MEMO[0], _WORDS_MEMO[1] = folded, frozenset(_RX_WORD.findall(folded))
    return _WORDS_MEMO[1]


class LeadIndex:
    """A list of (side, `WordGated`) asked in a row, indexed by the patterns' lead words: `among(words)` gives, in
    the list's order with each one's index, only the entries whose pattern could match a text of those words
    (`text_words`): a pattern whose lead words the text lacks returns None from its own `search` and yields nothing
    from its `finditer`, so skipping it changes no answer; an ungated pattern (lead None) is always given. One set
    intersection replaces a gate call per pattern (`Actors._side_from_context`: most side lookups find no side).

    >>> idx = LeadIndex([("ngo", _phrase_regex(["aid group"])), ("un", _phrase_regex(["U.N.", "UNHCR"])),
    ...                  ("ngo", _phrase_regex(["charity"]))])
    >>> [(k, s) for k, s, _ in idx.among(text_words("a u.n. aid group"))], idx.among(text_words("the army"))
    ([(0, 'ngo'), (1, 'un')], ())
    """
    __slots__ = ("items", "by_word", "keys", "ungated")

    def __init__(self, items):
        self.items = list(items)
        self.by_word: dict[str, list[int]] = {}
        self.ungated = [k for k, (_, rx) in enumerate(self.items) if rx.lead is None]
        for k, (_, rx) in enumerate(self.items):
            for word in rx.lead or ():
                self.by_word.setdefault(word, []).append(k)
        self.keys = frozenset(self.by_word)

    def among(self, words: frozenset[str]):
        """(index, side, pattern) of the entries a text of `words` may match, in order; () when none may."""
        hit = self.keys.intersection(words)
        if not hit and not self.ungated:
            return ()
        at = set(self.ungated)
        for word in hit:
            at.update(self.by_word[word])
        items = self.items
        return [(k, *items[k]) for k in sorted(at)]


class WordGated:
    r"""A whole-word phrase pattern (`_phrase_regex`) that is searched only when the text holds the first word
    of one of its phrases: a match starts after a non-word character and either ends with the phrase's first
    word run at a non-word character or goes on with one, so that run is one of the text's words. A text
    without any of them cannot match (64% of the side lookups of new copy find no side): the set test
    replaces the scan. Phrases that open on a non-word character leave the pattern ungated.

    >>> g = WordGated(re.compile(r"(?<![\w@])(?:u\.n\.|aid group)(?![\w])"), {"u.n.", "aid group"})
    >>> sorted(g.lead), g.search("a u.n. agency").group(0), g.search("the aid groups said")
    (['aid', 'u'], 'u.n.', None)
    """
    __slots__ = ("rx", "lead", "led")

    def __init__(self, rx: re.Pattern, phrases):
        self.rx = rx
        leads = [_RX_WORD.match(p) for p in phrases]
        self.lead = frozenset(m.group(0) for m in leads) if leads and all(leads) else None
        #: the pattern led by its boundary's class (fastre.LedByBoundary), for `spans`; made on its first use
        self.led: LedByBoundary | None = None

    def search(self, folded: str, *span: int):
        """`rx.search(folded, *span)` (span: pos, endpos as `re` takes them); no lead word in the text: None."""
        if self.lead is not None and self.lead.isdisjoint(text_words(folded)):
            return None
        return self.rx.search(folded, *span)

    def finditer(self, folded: str):
        if self.lead is not None and len(folded) < self.LONG and self.lead.isdisjoint(text_words(folded)):
            return iter(())
        return self.rx.finditer(folded)

    #: a text this long (a whole article: mentions.context._org_mentions) is scanned ungated: it holds some lead
    #: word nearly always, and tokenising it costs more than the scan
    LONG = 1000

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """(start, end) of each match `finditer(folded)` gives, for a whole article (mentions.context._org_mentions):
        the pattern opens on the look-behind `(?<![\\w@])`, which `re` tries at every position of the text; its
        `LedByBoundary` copy opens on the class `[^\\w@]` and skips from one space or stop to the next.

        >>> g = _phrase_regex(["Aid Group", "U.N."])
        >>> t = "the aid group and the u.n. aid group, said aid groups"
        >>> g.spans(t) == [m.span() for m in g.finditer(t)] == [(4, 13), (22, 26), (27, 36)]
        True
        """
        if self.lead is not None and len(folded) < self.LONG and self.lead.isdisjoint(text_words(folded)):
            return []
        if self.led is None:
            head = r"(?<![\w@])"       # (the head `_phrase_regex` writes)
            assert self.rx.pattern.startswith(head), self.rx.pattern
            self.led = LedByBoundary(r"\w@", self.rx.pattern[len(head):], self.rx.flags & ~re.UNICODE)
        return self.led.spans(folded)
