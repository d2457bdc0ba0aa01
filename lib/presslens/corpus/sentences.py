"""Splitting paragraphs into sentences: NLTK Punkt with the library's abbreviations, never inside a quotation."""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer


# ---------------------------------------------------------------------------------------------
# Sentence splitting: Punkt with parameters defined here (no NLTK data download).

ABBREVIATIONS = (
    "mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm brig cmdr sen rep gov pres sr jr st rev hon fr "
    "u.s u.k u.n u.s.a e.u no nos vs etc e.g i.e approx dept est inc ltd co corp jan feb mar apr jun jul aug "
    "sep sept oct nov dec mon tue tues wed thu thurs fri sat sun a.m p.m ft mt"
).split()


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


_QUOTE_RE = re.compile('["“”„«»]')


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of double-quoted stretches; straight and curly quotes toggle, « » nest as pairs."""
    spans, opened = [], None
    for m in _QUOTE_RE.finditer(text):
        i, ch = m.start(), m.group()
        if opened is None and ch != "»":
            opened = i
        elif opened is not None and ch != "«" and ch != "„":
            spans.append((opened, i))
            opened = None
    return spans


#: a possible sentence end: terminal punctuation, closing quotes/brackets, space, then the next token
_CANDIDATE = re.compile(r"(?P<punct>[.!?…]+)(?P<close>[\"'”’»)\]]*)(?P<space>\s+)(?P<next>\S)")
_ABBREV = frozenset(ABBREVIATIONS)


def _plain_spans(text: str) -> list[tuple[int, int]] | None:
    """Sentence spans where every candidate break is unambiguous (what Punkt would decide), else None.

    A break is unambiguous after an ordinary word (not a listed abbreviation, an initial or a token
    with inner periods) followed by a capital, digit or opening quote. Anything else is left to Punkt.
    """
    stripped = text.strip()
    if not stripped:
        return []
    start = text.index(stripped)
    spans, cur = [], start
    for m in _CANDIDATE.finditer(text, start):
        word = text[text.rfind(" ", 0, m.start()) + 1:m.start()].lstrip("\"'“‘(«[").lower()
        nxt = m.group("next")
        if m.group("punct") == ".":
            if not word or word in _ABBREV or len(word) == 1 or "." in word or word.isdigit():
                return None
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘(["):
            return None
        end = m.end("close")
        spans.append((cur, end))
        cur = m.start("next")
    spans.append((cur, start + len(stripped)))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in one paragraph; no split inside a closed quotation.

    >>> t = '"We hold the bridge. We will not leave," Mr. Pesut said. He left.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['"We hold the bridge. We will not leave," Mr. Pesut said.', 'He left.']
    """
    spans = _plain_spans(text)
    if spans is None:  # an abbreviation, initial or lower-case start: Punkt decides
        spans = list(_punkt().span_tokenize(text))
    if len(spans) < 2:
        return spans
    quoted = _quote_spans(text)
    merged = [spans[0]]
    for start, end in spans[1:]:
        boundary = start
        if any(o < boundary <= c for o, c in quoted):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
