"""fastre's shortcuts give the answers of the patterns they stand in for."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.fastre import _LAST_WORD_MAX, _STOP_WORDS, _ends_with_stop

#: the last word's pattern as it was searched before session 15's second pass (the reference; the library now matches
#: `\w*` on the reversed end)
_RX_LAST_WORD = re.compile(r"\w{0,%d}\Z" % _LAST_WORD_MAX)


def _ends_with_stop_by_pattern(s: str) -> bool:
    """The pattern-only reading of `_ends_with_stop` (before its shortcut for a plain last word)."""
    if s.endswith(("'s", "’s", "'S", "’S", "so-", "So-", "SO-")):
        return True
    return _RX_LAST_WORD.search(s, max(0, len(s) - _LAST_WORD_MAX)).group(0).lower() in _STOP_WORDS


_PIECES = st.sampled_from(["the", "The", "of", "which", "Okafor", "said", "to", " ", "  ", "\n", "\u00a0", ",", ".",
                           "-", "_", "'", "’s", "é", "İ", "ı", "ß", "Σ", "²", "Ⅻ", "x_of", "3", "whom", "ministry"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_ends_with_stop_matches_its_pattern(s):
    assert _ends_with_stop(s) == _ends_with_stop_by_pattern(s)


def test_ends_with_stop_examples():
    assert _ends_with_stop("the ministry said the")
    assert _ends_with_stop("a statement by")
    assert not _ends_with_stop("Taliban spokesman Zabihullah Mujahid")
    assert not _ends_with_stop("the ")       # a trailing space: no word ends the string
    assert not _ends_with_stop("the_")       # '_' is a word character: 'the_' is no stop word
    assert _ends_with_stop("Kenya's")
