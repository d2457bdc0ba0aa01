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
#: a title-case line: five words or more, each capitalised, a figure or a short word, no stop nor comma at its end
#: (one C scan of the article; a line start is the only place it goes past its first character)
_RX_HEADLINE = re.compile(r"^[ \t]*(?:(?:[‘'\"“(]?[A-Z0-9][^\s]*|" + _TITLE_SMALL + r"|[–—\-&|:]+)[ \t]+){4,}"
                          r"(?:[‘'\"“(]?[A-Z0-9][^\s]*|" + _TITLE_SMALL + r")(?<![.!?,;])[ \t]*$", re.M)


def headline_line(text: str) -> list[tuple[int, int]]:
    """Rule `headline_line`: the spans of the article's title-case lines of five words or more with no stop nor comma
    at their end (headlines and decks), in text order.

    >>> t = "Rebels Take Port Town From Army Militia Leaders Vow Talks\\n\\nMilitia leaders said the town fell."
    >>> headline_line(t)
    [(0, 57)]
    >>> headline_line("The Chaco Dispatch\\n\\nGeneral Estigarribia Reports Victory\\nBy Ana Ruiz")
    []
    >>> headline_line("The talks failed.\\nAna Maria Ruiz, the Minister of Defence and Veterans,\\nsaid so.")
    []
    """
    return [mt.span() for mt in _RX_HEADLINE.finditer(text)]


def runs_outside_headlines(text: str, runs: list[re.Match]) -> list[re.Match]:
    """The name runs that lie in no headline line (rule `headline_line`); the list itself when none does."""
    spans = headline_line(text)
    if not spans:
        return runs
    last = spans[-1][1]
    kept = []
    for k, mt in enumerate(runs):
        at = mt.start()
        if at >= last:
            return kept + runs[k:] if len(kept) < k else runs
        if not any(a <= at < b for a, b in spans):
            kept.append(mt)
    return kept if len(kept) < len(runs) else runs
