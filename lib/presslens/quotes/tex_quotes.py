"""Quotation marks typed as pairs of ASCII characters, as wire archives and old newspaper databases keep them:
two backticks open (``), two apostrophes or two more backticks close ('' or ``), and a double prime (″) may
close (rule `tex_quote_marks`): ```These are not local troops,'' he says.`` The quote pass reads each pair as one
mark: its first character stands for the mark, the second belongs to neither the quote nor the words outside it.
"""
from __future__ import annotations

#: the two-character marks
PAIRS = ("``", "''")


def has_pair_marks(s: str) -> bool:
    """Whether a paragraph holds a two-character mark (the gate before anything below).

    >>> has_pair_marks("``Go,'' he said."), has_pair_marks("the soldiers' wives"), has_pair_marks('"Go," he said.')
    (True, False, False)
    """
    return "``" in s or "''" in s


def single_marks(s: str) -> str:
    """`s` of the same length with each pair's first character a double quote mark (the second kept) and a double
    prime read as one: what the quote scan of quotes.spans reads.

    >>> single_marks("``Go,'' he said.")
    '"`Go,"\\' he said.'
    >>> single_marks("``No,″ said Ana.")
    '"`No," said Ana.'
    """
    t = s.replace("``", '"`').replace("''", "\"'")
    return t.replace("\u2033", '"') if "\u2033" in t else t


def widen_closers(s: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Quote spans found on `single_marks(s)` with each closing pair's mark moved to its second character: the span
    (its marks included) covers both characters of each pair, so that the masked paragraph and the words outside the
    quotes (quotes.spans `_mask`, `_unmasked`) leave nothing of a pair.

    >>> widen_closers("``Go,'' he said.", [(0, 5, True)])
    [(0, 6, True)]
    >>> widen_closers('"Go," he said.', [(0, 4, True)])
    [(0, 4, True)]
    """
    return [(a, b + 1 if closed and s.startswith(PAIRS, b) else b, closed) for a, b, closed in spans]


def inner(s: str, a: int, b: int, closed: bool) -> tuple[int, int]:
    """The quoted words' range [start, end) of a span (a, b, closed) of `s`: after the opening mark, before the
    closing one, each mark one character or a pair.

    >>> s = "``Go,'' he said."
    >>> a, b = inner(s, 0, 6, True); s[a:b]
    'Go,'
    >>> s = '"Go," he said.'
    >>> a, b = inner(s, 0, 4, True); s[a:b]
    'Go,'
    """
    start = a + 2 if s.startswith(PAIRS, a) else a + 1
    if not closed:
        return start, len(s)
    return start, b - 1 if b > 0 and s.startswith(PAIRS, b - 1) else b
