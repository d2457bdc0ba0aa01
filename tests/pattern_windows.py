"""What the speed tests compare when a pattern is rewritten for speed (tests/test_qspeed15.py, test_qspeed15b.py): the
old and new forms must find the same matches, spans and groups in every window of a made-up text."""
from __future__ import annotations

import re
from collections.abc import Iterator


def windows(text: str, lo_step: int, hi_step: int) -> Iterator[tuple[int, int]]:
    """The whole text, then windows starting at every `lo_step`-th position and ending every `hi_step` after."""
    yield 0, len(text)
    for lo in range(0, len(text), lo_step):
        for hi in range(lo, len(text) + 1, hi_step):
            yield lo, hi


def found(rx: re.Pattern, text: str, lo: int, hi: int):
    """Every match of `rx` in text[lo:hi] (span and groups) and the span of its first search hit."""
    return [(mt.span(), mt.groupdict() or mt.group(0)) for mt in rx.finditer(text, lo, hi)], \
        (lambda mt: mt and mt.span())(rx.search(text, lo, hi))
