"""Small helpers over the corpus tables: each article's outlet, a side column with its gaps filled."""

from __future__ import annotations

import pandas as pd


def _outlets(corpus) -> dict[str, str]:
    arts = corpus.articles
    outlet = arts["outlet"].astype("string").fillna("unknown") if "outlet" in arts else pd.Series("unknown", index=arts.index)
    outlet = outlet.where(outlet.str.strip() != "", "unknown")
    return dict(zip(arts["article_id"].astype(str), outlet))


def _filled(s: pd.Series, fill: str = "unknown") -> pd.Series:
    """A column as strings with missing or blank values replaced by `fill` (never re-derived)."""
    s = s.astype("string").fillna(fill)
    return s.where(s.str.strip() != "", fill)
