r"""Case-free patterns that open on a look-behind, searched from the characters before their matches instead (the
same matches, session 27).

`re` enters a pattern that opens on a look-behind (`(?<![C])`, or `\b` before a word) at every position of the
text; one that opens on a character class it skips to that class's characters. `Led(rx)` runs a re.I pattern of
the lexicon (run lower-cased, as `fastre.case_free` does) written `(?<![C])BODY`, or `\bBODY` where BODY opens on
letters and digits only (then `\b` is `(?<!\w)`), as `[^C]BODY` on the lower-cased text behind one space: at the
space put before, the look-behind of the text's start holds too (no character: nothing in C). An ASCII text is
searched by the `fastre.ascii_twin` of the same (re.ASCII: table look-ups, not Unicode categories); a text that
must be matched case-insensitively (fastre's İ ı ſ) by `(?s:.)` and the pattern itself (any character, then the
same look-behind at the next).

The Match objects are on `" " + text`: `m.start()` is the match's start in the text, every other offset
(`m.end()`, the groups' spans) one more; the groups' strings are the lower-cased text's (as `case_free`'s).
"""
from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from collections.abc import Iterator

from ..fastre import _CaseFreePattern, ascii_twin, case_free, lowered_pattern  # noqa: F401  (case_free: the doctest)
from .scan import opening_class

#: '(?<![C])' (C the group) or '\b', at the pattern's start
_RX_LEAD = re.compile(r"\(\?<!\[([^\]]+)\]\)|\\b")


class Led:
    r"""`rx` (re.I, opening on `(?<![C])` or on `\b` before letters and digits) searched from the class before it.

    >>> rx = re.compile(r"\b(?P<cue>reportedly|claimed)\b", re.I)
    >>> s = "It Reportedly fell; un-claimed, claimed"
    >>> [(m.start(), m.end() - 1, m.group("cue")) for m in Led(rx).finditer(s)]
    [(3, 13, 'reportedly'), (23, 30, 'claimed'), (32, 39, 'claimed')]
    >>> [(m.start(), m.end(), m.group("cue")) for m in case_free(rx).finditer(s)]
    [(3, 13, 'reportedly'), (23, 30, 'claimed'), (32, 39, 'claimed')]
    >>> Led(rx).closed     # every match ends on a letter: `re`'s own finditer (session 28)
    True
    """
    __slots__ = ("rx", "led", "ascii", "_odd", "closed")

    def __init__(self, rx: re.Pattern):
        lowered = lowered_pattern(rx.pattern)       # (case_free(rx)'s copy, not compiled: session 28)
        assert lowered is not None, rx.pattern
        flags = rx.flags & ~re.I
        lead = _RX_LEAD.match(lowered)
        body = lowered[lead.end():]
        assert "(?<" not in body and "^" not in body.replace("[^", ""), "the body looks behind its start"
        if lead.group(1) is None:       # '\b': a boundary before a word character only
            assert re.fullmatch(r"\[[a-z0-9]+\]", opening_class(re.compile(body, flags)) or ""), body
        led = "[^" + (lead.group(1) or r"\w") + "]" + body
        self.rx = rx
        self.led = re.compile(led, flags)
        self.ascii = re.compile(ascii_twin(led), flags & ~re.U | re.A)
        self._odd: re.Pattern | None = None     # (`odd`: compiled when a text first needs it)
        # every match ends on a letter, digit or '_' (`ends_in_word`), which the class before BODY excludes: no
        # match can open on the last character of the one before, so `re`'s finditer, which searches on from each
        # match's end, finds what the search from its last character found (session 28)
        self.closed = r"\w" in (lead.group(1) or r"\w") and ends_in_word(self.led) and ends_in_word(self.ascii)

    @property
    def odd(self) -> re.Pattern:
        """`(?s:.)` and the re.I pattern itself, for a text that fastre matches case-insensitively (İ ı ſ)."""
        if self._odd is None:
            self._odd = re.compile("(?s:.)" + self.rx.pattern, self.rx.flags)
        return self._odd

    def finditer(self, s: str, pos: int = 0) -> Iterator[re.Match]:
        """What `case_free(rx).finditer(s, pos)` finds, in order, as Match objects on `" " + s` (lower-cased but
        where fastre matches case-insensitively). The search after a match resumes on its last character (the next
        match's class character may be it, as the look-behind may look back into the match before); the first
        from `pos` of `" " + s`, the character before `pos` in `s` (the one the look-behind tests there). A
        `closed` pattern's matches end on a character the class excludes: `re`'s finditer, in C."""
        if _CaseFreePattern._odd(s):
            return _jumps(self.odd.search, " " + s, pos)
        low = s.lower()
        rx = self.ascii if low.isascii() else self.led
        return rx.finditer(" " + low, pos) if self.closed else _jumps(rx.search, " " + low, pos)


def _jumps(search, text: str, pos: int) -> Iterator[re.Match]:
    """The matches of `search` in `text` from `pos`, each search after a match from the match's last character."""
    mt = search(text, pos)
    while mt is not None:
        yield mt
        mt = search(text, mt.end() - 1)


def _word_char(code: int) -> bool:
    r"""A character that is `\w` with and without re.ASCII: an ASCII letter, digit or '_'."""
    return code < 128 and (chr(code).isalnum() or code == 95)


def _seq_ends_in_word(items) -> tuple[bool, bool]:
    """(every last character a sequence of sre items can end on is `_word_char`, the sequence can match empty)."""
    ok = True
    for op, av in reversed(list(items)):
        item_ok, empty = _item_ends_in_word(op, av)
        ok = ok and item_ok
        if not empty:
            return ok, False
    return ok, True


def _item_ends_in_word(op, av) -> tuple[bool, bool]:
    """`_seq_ends_in_word` of one sre item (unknown items: False, not empty)."""
    if op is _c.LITERAL:
        return _word_char(av), False
    if op is _c.IN:
        ok = all(k is _c.LITERAL and _word_char(v) or k is _c.RANGE and all(map(_word_char, range(v[0], v[1] + 1)))
                 or k is _c.CATEGORY and v in (_c.CATEGORY_WORD, _c.CATEGORY_DIGIT) for k, v in av)
        return ok, False
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):   # (zero-width: the character before them ends the match)
        return True, True
    if op is _c.BRANCH:
        ends = [_seq_ends_in_word(alt) for alt in av[1]]
        return all(ok for ok, _ in ends), any(empty for _, empty in ends)
    if op is _c.SUBPATTERN:
        return _seq_ends_in_word(av[3])
    if op is _c.ATOMIC_GROUP:
        return _seq_ends_in_word(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        ok, empty = _seq_ends_in_word(av[2])
        return ok, empty or av[0] == 0
    return False, False


def ends_in_word(rx: re.Pattern) -> bool:
    r"""Every match of `rx` is non-empty and ends on a letter, digit or '_' of ASCII (by its parsed form: a
    category `\w` or `\d` counts as one; anything not understood answers False).

    >>> ends_in_word(re.compile(r"[^\w](?:dead|\d+)\b")), ends_in_word(re.compile(r"[^\w](?:dead|\d+\.?)"))
    (True, False)
    >>> ends_in_word(re.compile(r"[^\w](?:dead)?")), ends_in_word(re.compile(r"[^\w](?:a|b-)(?![\w-])"))
    (False, False)
    """
    ok, empty = _seq_ends_in_word(_parser.parse(rx.pattern, rx.flags))
    return ok and not empty


_LED: dict = {}


def led(rx: re.Pattern) -> Led:
    """`Led(rx)`, built once per pattern (memoised on its identity, as `fastre.case_free`)."""
    found = _LED.get(id(rx))
    if found is None or found.rx is not rx:
        found = _LED[id(rx)] = Led(rx)
    return found
