"""A headline is no name: rule `headline_line` (session 25's census of speakers that are no mention of a person or
body: 'Iraq urged ...' resolved to the headline 'Kurdish Rebels Recapture Key City From Rival Faction Iraq Urges
Groups To Talk Peace', 'Police, who shot the suspect, said' to 'Gunfight Injures Police').

A line printed in title case, every word capitalised but the short words of English titles, with no stop nor comma
at its end (a sentence broken across lines goes on) and five words or more, is a headline or a deck: its capitalised runs are words of a title, not names, so a name of
the body text ('Iraq', 'Police', 'Inkatha') takes no fuller form from them.
"""
from __future__ import annotations

import re

#: the short words title case may leave lower-case
_TITLE_SMALL = r"(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|as|vs\.?|over|into|after|amid)"
#: a word of a title-case line: capitalised, a figure, or a short word; then the line has five words or more
_RX_HEADLINE = re.compile(r"[ \t]*(?:(?:[‘'\"“(]?[A-Z0-9][^\s]*|" + _TITLE_SMALL + r"|[–—\-&|:]+)[ \t]+){4,}"
                          r"(?:[‘'\"“(]?[A-Z0-9][^\s]*|" + _TITLE_SMALL + r")(?<![.!?,;])[ \t]*")


def headline_line(text: str, start: int, memo: dict[int, bool]) -> bool:
    """Rule `headline_line`: whether the name run at `start` lies in a title-case line of five words or more with no
    stop at its end (a headline); `memo`: the lines already read, by their start.

    >>> t = "Rebels Take Port Town From Army Militia Leaders Vow Talks\\n\\nMilitia leaders said the town fell."
    >>> headline_line(t, 0, {}), headline_line(t, t.index("Militia leaders"), {})
    (True, False)
    >>> t = "The Chaco Dispatch\\n\\nGeneral Estigarribia Reports Victory\\nBy Ana Ruiz"
    >>> [headline_line(t, t.index(w), {}) for w in ("Chaco", "Estigarribia", "Ana")]
    [False, False, False]
    >>> t = "The talks failed.\\nAna Maria Ruiz, the Minister of Defence and Veterans,\\nsaid so."
    >>> headline_line(t, t.index("Ana"), {})
    False
    """
    ls = text.rfind("\n", 0, start) + 1
    known = memo.get(ls)
    if known is None:
        le = text.find("\n", start)
        known = memo[ls] = _RX_HEADLINE.fullmatch(text, ls, le if le >= 0 else len(text)) is not None
    return known


def runs_outside_headlines(text: str, runs: list[re.Match]) -> list[re.Match]:
    """The name runs that lie in no headline line (rule `headline_line`); the list itself when none does."""
    if "\n" not in text:
        return runs     # (one line: no headline apart from the body)
    memo: dict[int, bool] = {}
    kept = [mt for mt in runs if not headline_line(text, mt.start(), memo)]
    return kept if len(kept) < len(runs) else runs
