"""Wire credits, paragraphs shared with another outlet's article, and removed non-news lines by kind."""

from __future__ import annotations

import re

import pandas as pd

from .frames import _filled, _outlets


# --------------------------------------------------------------------------- wires, non-news

def wire_credits(corpus, *, lexicons=None) -> pd.DataFrame:
    """Corpus -> one row per article with the wire services it credits, from `articles.wire` (presslens.corpus).

    The corpus fills `wire` from datelines and credit lines (outlets.yaml); a citation such as
    "according to Reuters" is not a credit. `lexicons` is accepted for older callers and unused.
    """
    arts = corpus.articles
    wires = arts["wire"] if "wire" in arts else pd.Series(pd.NA, index=arts.index)
    rows = []
    for aid, wire in zip(arts["article_id"], wires):
        found = {w.strip() for w in re.split(r"[;,]", str(wire)) if w.strip()} if pd.notna(wire) else set()
        rows.append(dict(article_id=str(aid), wire_credited="; ".join(sorted(found)), n_wires=len(found)))
    return pd.DataFrame(rows, columns=["article_id", "wire_credited", "n_wires"])


def wire_paragraphs(corpus) -> pd.DataFrame:
    """Corpus -> paragraphs with `shared` (its wire_group also holds a paragraph of another outlet)."""
    paras = corpus.paragraphs[["article_id", "para_idx"]].copy()
    paras["article_id"] = paras["article_id"].astype("string")
    group = corpus.paragraphs["wire_group"] if "wire_group" in corpus.paragraphs else pd.Series(pd.NA, index=paras.index)
    paras["wire_group"] = group.astype("string")
    outlets = _outlets(corpus)
    paras["outlet"] = paras["article_id"].map(outlets)
    # an unknown outlet counts as its own outlet: never assume two unknowns are the same publisher
    key = paras["outlet"].where(paras["outlet"] != "unknown", "unknown:" + paras["article_id"])
    n_outlets = key[paras["wire_group"].notna()].groupby(paras["wire_group"]).nunique()
    paras["shared"] = paras["wire_group"].map(n_outlets).fillna(0).astype(int) > 1
    return paras.drop(columns="outlet")


def classify_removed(corpus, *, lexicons=None) -> pd.DataFrame:
    """Corpus -> its `removed` lines with the `kind` presslens.corpus gave them (boilerplate.yaml); `unknown` where none.

    `lexicons` is accepted for older callers and unused.
    """
    removed = corpus.removed.copy() if getattr(corpus, "removed", None) is not None else pd.DataFrame()
    if removed.empty:
        return pd.DataFrame({"article_id": pd.Series(dtype="string"), "line": pd.Series(dtype="string"),
                             "kind": pd.Series(dtype="string")})
    removed["kind"] = _filled(removed["kind"] if "kind" in removed else pd.Series(pd.NA, index=removed.index))
    removed["article_id"] = removed["article_id"].astype("string")
    return removed
