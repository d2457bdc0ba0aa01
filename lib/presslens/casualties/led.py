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
    """
    __slots__ = ("rx", "led", "ascii", "_odd")

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
        self._odd: re.Pattern | None = None     # (`odd`: compiled when a text first needs it; session 28)

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
        from `pos` of `" " + s`, the character before `pos` in `s` (the one the look-behind tests there)."""
        if _CaseFreePattern._odd(s):
            search, text = self.odd.search, " " + s
        else:
            low = s.lower()
            search, text = (self.ascii if low.isascii() else self.led).search, " " + low
        mt = search(text, pos)
        while mt is not None:
            yield mt
            mt = search(text, mt.end() - 1)


_LED: dict = {}


def led(rx: re.Pattern) -> Led:
    """`Led(rx)`, built once per pattern (memoised on its identity, as `fastre.case_free`)."""
    found = _LED.get(id(rx))
    if found is None or found.rx is not rx:
        found = _LED[id(rx)] = Led(rx)
    return found
