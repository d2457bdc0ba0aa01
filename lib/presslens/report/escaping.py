"""Escaped evidence: styled frames, highlighted spans in context, HTML blocks a notebook displays."""

from __future__ import annotations

import html

import pandas as pd


# ----------------------------------------------------------------------------------------- escaping

def styled(frame: pd.DataFrame):
    """A Styler that escapes cell text (pandas' Styler does not by default)."""
    return frame.style.format(escape="html", na_rep="")


def highlight(text: str, start: int, end: int, *, context: int = 90) -> str:
    """Article text -> escaped HTML snippet with [start:end] in <mark>, `context` characters either side."""
    text = text or ""
    start, end = max(0, int(start)), min(len(text), int(end))
    lo, hi = max(0, start - context), min(len(text), end + context)
    return ("…" if lo else "") + html.escape(text[lo:start]) + "<mark>" + html.escape(text[start:end]) + \
        "</mark>" + html.escape(text[end:hi]) + ("…" if hi < len(text) else "")


def evidence(rows: pd.DataFrame, corpus, *, context: int = 60) -> pd.Series:
    """Rows with article_id/start/end -> plain-text snippet around each span ('…before [span] after…')."""
    texts = corpus.articles.set_index("article_id")["text"]
    out = []
    for aid, start, end in zip(rows["article_id"], rows["start"], rows["end"]):
        text = str(texts.get(aid, "") or "")
        if pd.isna(start) or pd.isna(end):
            out.append("")
            continue
        s, e = int(start), int(end)
        lo, hi = max(0, s - context), min(len(text), e + context)
        out.append(("…" if lo else "") + f"{text[lo:s]}[{text[s:e]}]{text[e:hi]}" + ("…" if hi < len(text) else ""))
    return pd.Series(out, index=rows.index, dtype="object")


class HTMLBlock:
    """Pre-escaped HTML for a notebook cell (shown in JupyterLab and in the reports)."""

    def __init__(self, markup: str, text: str = ""):
        self.markup, self.text = markup, text

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.text or "<HTML block>"
