"""Speed helpers shared by the rule modules (quotes, mentions): compiled patterns from a plain dict, a
case-free pattern that runs case-sensitively on lower-cased text, and end-anchored searches that start
near the end.

Patterns that scan a paragraph or an article open on one character class, so that `re` skips to the
candidates (a pattern that opens on a choice, a repeat or a look-behind is tried at every position).
"""
from __future__ import annotations

import re



_PATTERNS: dict = {}


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """Compiled `pattern`, from a plain dict: `re`'s own cache lookup costs more than most of our matches."""
    try:
        return _PATTERNS[pattern, flags]
    except KeyError:
        rx = _PATTERNS[pattern, flags] = re.compile(pattern, flags)
        return rx


def _re_match(pattern, string, flags=0):
    return _rx(pattern, flags).match(string)


def _re_fullmatch(pattern, string, flags=0):
    return _rx(pattern, flags).fullmatch(string)


def _re_search(pattern, string, flags=0):
    return _rx(pattern, flags).search(string)


def _re_sub(pattern, repl, string, count=0, flags=0):
    return _rx(pattern, flags).sub(repl, string, count)


def _re_split(pattern, string, maxsplit=0, flags=0):
    return _rx(pattern, flags).split(string, maxsplit)


def _re_findall(pattern, string, flags=0):
    return _rx(pattern, flags).findall(string)


def _re_finditer(pattern, string, flags=0):
    return _rx(pattern, flags).finditer(string)


class _CaseFreePattern:
    """A case-insensitive pattern, run as a case-sensitive copy on the lower-cased text (same offsets: use the
    matches' positions, not their text).

    With re.I, `re` enters every branch of a word list (the cue lexicon, the adverbials) in full; without it,
    a branch is rejected on its first letter, twice as fast. A text with a letter that re.I folds to a Latin
    one but str.lower() leaves (ı ſ) or lengthens (İ) goes to the case-insensitive pattern itself.
    """

    def __init__(self, pattern: str):
        # lower-casing the pattern must only lower-case letters (ranges are A-Z at most): no \S \W \D \B escapes
        assert not re.search(r"\\[A-Z]", pattern), pattern
        self.insensitive = re.compile(pattern, re.I)
        self.lowered = re.compile(pattern.lower())
        #: the lowered pattern without its leading '^', for match_len at a position of a whole paragraph
        self.anchored = re.compile(pattern.lower()[1:]) if pattern.startswith("^") else None

    @staticmethod
    def _odd(s: str) -> bool:
        # İ ı ſ (str.find beats a character class here); an ASCII string (a flag CPython keeps) holds none of them
        return not s.isascii() and ("\u0130" in s or "\u0131" in s or "\u017f" in s)

    def match(self, s: str) -> re.Match | None:
        return self.insensitive.match(s) if self._odd(s) else self.lowered.match(s.lower())

    def finditer(self, s: str):
        return self.insensitive.finditer(s) if self._odd(s) else self.lowered.finditer(s.lower())

    def search(self, s: str) -> re.Match | None:
        return self.insensitive.search(s) if self._odd(s) else self.lowered.search(s.lower())

    def match_len(self, s: str, pos: int, endpos: int, low: str | None = None) -> int | None:
        """The length of `self.match(s[pos:endpos])`, else None, without copying and lower-casing the slice
        for each call: `low` is `s` lower-cased (a paragraph whose clauses are tried in turn, lower-cased once by
        its caller: quotes.reading.ParagraphReading.m_low), None where `s` must be matched case-insensitively
        (İ ı ſ, a capital sigma: a slice and the whole may lower-case differently) or no copy is at hand. For a
        pattern that opens on '^' (it may not look behind its start).

        >>> from presslens.quotes.adverbials import _ADVERBIAL
        >>> s = "He said On Monday that"
        >>> _ADVERBIAL.match_len(s, 7, len(s), s.lower()), _ADVERBIAL.match_len(s, 7, len(s)), _ADVERBIAL.match_len(s, 0, 7)
        (10, 10, None)
        """
        if low is None or self.anchored is None:
            mt = self.match(s[pos:endpos])
            return mt.end() if mt else None
        mt = self.anchored.match(low, pos, endpos)
        return mt.end() - pos if mt else None



#: the ASCII characters that are whitespace to `re` on str (str.isspace()) but not to re.ASCII's \s
_ASCII_EXTRA_SPACE = r"\x1c-\x1f"


def ascii_twin(pattern: str) -> str:
    r"""`pattern` rewritten so that, compiled with re.ASCII, it matches exactly what `pattern` matches (without
    re.ASCII) in any ASCII string: \w \d \b already agree there; \s gains the four separators \x1c-\x1f, which
    `re` counts as whitespace in a str. With re.ASCII, \w and \s are table look-ups instead of Unicode category
    calls: a scan of an ASCII paragraph runs ~25% faster. A \w inside a class is written as its ranges, so that
    the class is one bitmap test (a category inside a class is tested apart from the class's bitmap). For patterns
    without comments (not re.VERBOSE) and without a ']' first in a class.

    >>> ascii_twin(r"[^\w\-]said\s+that(?!\S)[\s,]")
    '[^a-zA-Z0-9_\\-]said[\\s\\x1c-\\x1f]+that(?![^\\s\\x1c-\\x1f])[\\s\\x1c-\\x1f,]'
    >>> s = "He said\x1c that"
    >>> bool(re.search(r"said\s+that", s)), bool(re.search(ascii_twin(r"said\s+that"), s, re.ASCII))
    (True, True)
    >>> bool(re.search(r"said\s+that", s, re.ASCII))
    False
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            esc = pattern[i:i + 2]
            if esc == r"\s":
                out.append("\\s" + _ASCII_EXTRA_SPACE if in_class else "[\\s" + _ASCII_EXTRA_SPACE + "]")
            elif esc == r"\w" and in_class:
                out.append("a-zA-Z0-9_")       # (re.ASCII's \w spelt out: a class of ranges only is one bitmap test)
            elif esc == r"\S":
                assert not in_class, pattern        # (a negated \s inside a class has no ASCII twin here)
                out.append("[^\\s" + _ASCII_EXTRA_SPACE + "]")
            else:
                out.append(esc)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            assert not pattern.startswith(("[]", "[^]"), i), pattern
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


class LedByBoundary:
    r"""A whole-word pattern written `(?<![CLASS])BODY`, run as `[^CLASS]BODY` on the text behind one space:
    a pattern that opens on a look-behind is tried at every position of the text, one that opens on a character
    class lets `re` skip to the characters of that class (the spaces and stops between words), where the
    look-behind would have held anyway. `spans(s)` gives what `finditer` of the written pattern gives: the
    search resumes on the last character of the match before, which may be the next match's boundary, as the
    look-behind may look back into the match before.

    >>> led = LedByBoundary(r"\w\-", r"(?:said|told)(?![\w\-])")
    >>> s = "He said, she told-him, they told"
    >>> led.spans(s) == [m.span() for m in re.finditer(r"(?<![\w\-])(?:said|told)(?![\w\-])", s)]
    True
    """
    __slots__ = ("rx", "ascii")

    def __init__(self, not_class: str, body: str, flags: int = 0):
        self.rx = re.compile("[^" + not_class + "]" + body, flags)
        #: the same for ASCII text, compiled with re.ASCII (`ascii_twin`): `spans` takes it for an ASCII string
        self.ascii = re.compile(ascii_twin(self.rx.pattern), flags | re.ASCII)

    def spans(self, s: str) -> list[tuple[int, int]]:
        """(start, end) of each match of `(?<![CLASS])BODY` in `s`, in order, as `finditer` finds them."""
        out = []
        search = self.ascii.search if s.isascii() else self.rx.search
        padded = " " + s
        mt = search(padded)
        while mt is not None:
            end = mt.end()
            out.append((mt.start(), end - 1))
            mt = search(padded, end - 1)
        return out

    def spans_between(self, s: str, ranges) -> list[tuple[int, int]]:
        r"""`spans(s)`, only the matches that start inside one of `ranges` ((a, b), ascending, disjoint), each range
        searched on its own (`re`'s `pos` and `endpos` on the padded text: the class before the match may be the
        character before the range, the end of the range is the end of the text). The same matches wherever the
        character just before and just after each range (if any) is outside the body's words and in CLASS's
        complement, and no match can hold such a character: then no match crosses a range's edge, and the
        search inside a range starts as the whole text's did.

        >>> led = LedByBoundary(r"\w\-", r"(?:said|told)(?![\w\-])")
        >>> s = 'He said "they told us" and she told me'
        >>> led.spans_between(s, [(0, 8), (22, len(s))]), led.spans(s)
        ([(3, 7), (31, 35)], [(3, 7), (14, 18), (31, 35)])
        """
        out = []
        search = self.ascii.search if s.isascii() else self.rx.search
        padded = " " + s
        for a, b in ranges:
            mt = search(padded, a, b + 1)
            while mt is not None:
                end = mt.end()
                out.append((mt.start(), end - 1))
                mt = search(padded, end - 1, b + 1)
        return out


_STOP_WORDS = frozenset(("the a an his her its their our my your this that these those to be been being was were is are "
                         "so not no of for with by from as which what who whom where when would could should might must "
                         "can may will did do does than if").split())


#: the last word of a string, cut to one letter longer than any stop word (that many characters from the end)
_LAST_WORD_MAX = max(map(len, _STOP_WORDS)) + 1
#: ... found as the first word of the reversed end: `\w{0,N}\Z` searched from N characters before the end is tried
#: at each of those positions, with a backtrack at each; `\w*` matched once at the start of the reversed end is
#: the same word (the longest run of word characters that ends the string), reversed
_RX_FIRST_WORD = re.compile(r"\w*")


def _ends_with_stop(s: str) -> bool:
    """Whether `s` (right-stripped) ends in a function word, a possessive or 'so-' (what _STOP_BEFORE
    matches at the end), without trying the pattern at every position."""
    if s.endswith(("'s", "’s", "'S", "’S", "so-", "So-", "SO-")):
        return True
    # the last space-separated token of the window, when it is all letters and digits and ends the string, is the
    # word the pattern finds (\w is str.isalnum() or '_'); a search of `\w{0,N}\Z` costs 2 us, this a third of it
    tail = s[-_LAST_WORD_MAX:]
    parts = tail.rsplit(None, 1)
    word = parts[-1] if parts else ""
    if not (word.isalnum() and tail.endswith(word)):
        word = _RX_FIRST_WORD.match(tail[::-1]).group(0)[::-1]
    return word.lower() in _STOP_WORDS


def _tail_cut(s: str, n: int) -> int:
    """Where to start searching `s` for a pattern anchored at its end: a whitespace at least `n` characters
    from the end (so word boundaries stay as in the whole string), else 0. Python's `re` tries a `...$`
    pattern at every position; on long clauses that is the hot spot of cue attribution."""
    if len(s) <= n:
        return 0
    k = s.find(" ", len(s) - n)
    return k if k > 0 else 0


_CASE_FREE: dict = {}
_RX_GROUP_NAME = re.compile(r"\(\?P[<=]\w+>?")


class _CaseFreeCopy:
    """A compiled re.I pattern (a lexicon's) run as a case-sensitive copy on the lower-cased text, as
    _CaseFreePattern does, for patterns with named groups: matches have the same offsets, and their groups
    are the lower-cased text (callers that lower-case them see no difference). A pattern with an upper-case
    escape (\\S, \\W, \\D, \\B ...) keeps running as it is. `case_free(rx)` builds it once per pattern."""

    def __init__(self, rx: re.Pattern):
        self.insensitive = rx
        pattern = lowered_pattern(rx.pattern)
        self.lowered = None if pattern is None else re.compile(pattern, rx.flags & ~re.I)

    def _use_lowered(self, s: str) -> bool:
        return self.lowered is not None and not _CaseFreePattern._odd(s)

    def finditer(self, s: str):
        return self.lowered.finditer(s.lower()) if self._use_lowered(s) else self.insensitive.finditer(s)

    def search(self, s: str, pos: int = 0):
        return self.lowered.search(s.lower(), pos) if self._use_lowered(s) else self.insensitive.search(s, pos)


def lowered_pattern(pattern: str) -> str | None:
    """The text of `_CaseFreeCopy`'s lowered copy of a re.I pattern (run without re.I on lower-cased text): the
    pattern lower-cased but its group names; None for a pattern with an upper-case escape (\\S, \\W, ...).
    `led.Led` reads it without compiling the copy."""
    if re.search(r"\\[A-Z]", pattern):
        return None
    parts, last = [], 0
    for mt in _RX_GROUP_NAME.finditer(pattern):      # group names keep their case
        parts += [pattern[last:mt.start()].lower(), mt.group(0)]
        last = mt.end()
    parts.append(pattern[last:].lower())
    return "".join(parts)


def case_free(rx: re.Pattern) -> _CaseFreeCopy:
    """The case-sensitive copy of re.I pattern `rx` (_CaseFreeCopy), built on first use.

    Memoised on the pattern's identity: hashing a compiled pattern hashes its whole compiled code (10 us for the
    quantity pattern, once per sentence); the copy holds `rx`, so the id is not reused while the entry lives."""
    cf = _CASE_FREE.get(id(rx))
    if cf is None or cf.insensitive is not rx:
        cf = _CASE_FREE[id(rx)] = _CaseFreeCopy(rx)
    return cf
