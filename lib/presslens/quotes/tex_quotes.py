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


def shift_openers(s: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Quote spans found on `single_marks(s)` with each opening pair's mark moved to its second character, so that
    the quoted words start after the pair.

    >>> s = "``Go,'' he said."
    >>> shift_openers(s, [(0, 5, True)])
    [(1, 5, True)]
    """
    return [(a + 1 if s.startswith(PAIRS, a) else a, b, closed) for a, b, closed in spans]


def widen(s: str, a: int, b: int) -> tuple[int, int]:
    """A quote span's marks [a, b] (inclusive) widened over the other character of a two-character mark, for the
    masked copy of the paragraph: nothing of a pair is left outside the mask.

    >>> s = "``Go,'' he said."
    >>> widen(s, 1, 5)
    (0, 6)
    >>> widen('"Go," he said.', 0, 4)
    (0, 4)
    """
    if a > 0 and s.startswith(PAIRS, a - 1):
        a -= 1
    if s.startswith(PAIRS, b):
        b += 1
    return a, b
