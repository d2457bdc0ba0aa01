"""Whose voice a position is in: quotation-mark spans and the quote table's spans (article voice vs quoted)."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd


_QUOTE_SPAN_COLUMNS = ["start", "end", "quote_id", "quote_kind"]


# --------------------------------------------------------------------------- quote spans

_OPEN_D, _CLOSE_D, _AMBIG_D = "“„«", "”»", "\"″"


def quote_mark_spans(text: str) -> list[tuple[int, int]]:
    """Character spans [start, end) of the text inside quotation marks, paragraph by paragraph.

    Handles curly, straight and mismatched double quotes, ‘single’ curly quotes (not
    apostrophes), and a quote left open at the end of a paragraph (runs to its end).

    >>> quote_mark_spans('He said "we will win" and ‘elders’ agreed.')
    [(9, 20), (27, 33)]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        spans.extend((pos + a, pos + b) for a, b in _para_quote_spans(para))
        pos += len(para) + 1
    return spans


_QUOTE_CHARS = re.compile("[“”„«»\"″‘’]")


def _para_quote_spans(para: str) -> list[tuple[int, int]]:
    spans, open_at, single_at = [], None, None
    n = len(para)
    for m in _QUOTE_CHARS.finditer(para):
        i, ch = m.start(), m.group(0)
        nxt = para[i + 1] if i + 1 < n else " "
        prv = para[i - 1] if i else " "
        if open_at is None:
            if ch in _OPEN_D or (ch in _AMBIG_D and not prv.isalnum()):
                open_at, single_at = i + 1, None
            elif ch == "‘" and not prv.isalnum() and single_at is None:
                single_at = i + 1
            elif ch == "’" and single_at is not None and not nxt.isalnum():
                spans.append((single_at, i))
                single_at = None
        elif ch in _CLOSE_D or ch in _AMBIG_D or (ch == "“" and not nxt.isalnum()):
            spans.append((open_at, i))
            open_at = None
    if open_at is not None and open_at < n:
        spans.append((open_at, n))
    return spans


def _texts(corpus) -> list[tuple[str, str]]:
    """(article_id, text) pairs as plain Python strings."""
    arts = corpus.articles
    return list(zip(arts["article_id"].astype(str).tolist(), arts["text"].fillna("").astype(str).tolist()))


def _quote_spans(corpus, quotes: pd.DataFrame | None) -> dict[str, list[tuple[int, int, Any, str]]]:
    """article_id -> [(start, end, quote_id, kind)]: quote-table spans plus quotation-mark spans."""
    out: dict[str, list] = {}
    for aid, text in _texts(corpus):
        out[str(aid)] = [(a, b, None, "marks") for a, b in quote_mark_spans(str(text))]
    if quotes is not None and len(quotes):
        q = quotes.dropna(subset=["start", "end"])
        kinds = q["kind"] if "kind" in q else pd.Series("quote", index=q.index)
        ids = q["quote_id"] if "quote_id" in q else pd.Series(None, index=q.index)
        for aid, a, b, qid, k in zip(q["article_id"].astype(str).tolist(), q["start"].tolist(), q["end"].tolist(),
                                     ids.tolist(), kinds.tolist()):
            out.setdefault(aid, []).insert(0, (int(a), int(b), qid, str(k) if pd.notna(k) else "quote"))
    return out


def _voice_of(pos: int, spans: list[tuple[int, int, Any, str]]) -> tuple[str, Any, Any]:
    for a, b, qid, kind in spans:
        if a <= pos < b:
            return "quoted", qid, kind
    return "article", None, None
