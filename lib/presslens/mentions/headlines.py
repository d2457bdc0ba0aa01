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
_HEADLINE_LINE = (r"[ \t]*+(?:(?:[‘'\"“(]?[A-Z0-9][^\s]*+|" + _TITLE_SMALL + r"|[–—\-&|:]++)[ \t]+){4,}"
                  r"(?:[‘'\"“(]?[A-Z0-9][^\s]*+|" + _TITLE_SMALL + r")(?<![.!?,;])[ \t]*$")
#: (the repeats before a space or the line's end are possessive, `*+` `++`: giving back characters of a word or of the
#: spaces before it leaves a character that is no space and no line end next, which no later part of the pattern
#: accepts, so a backtrack into them never found a match; they only cost a try per character, line after line)
#: the line that opens the article, matched at 0; and every later line, found by the line break before it. (One
#: pattern `^...` with re.M, as in session 25, made the C engine try a match at every character of the article: the
#: literal '\n' that leads the second lets it skip to the next line break, and only a line start is tried.)
_RX_HEADLINE_FIRST = re.compile(_HEADLINE_LINE, re.M)
_RX_HEADLINE_NEXT = re.compile(r"\n" + _HEADLINE_LINE, re.M)


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
    first = _RX_HEADLINE_FIRST.match(text)
    spans = [first.span()] if first is not None else []
    for mt in _RX_HEADLINE_NEXT.finditer(text, first.end() if first is not None else 0):
        spans.append((mt.start() + 1, mt.end()))    # (the line starts after its '\n')
    return spans


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
