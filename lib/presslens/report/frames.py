"""Small helpers over the tables: gaps filled, each article's outlet, a lookup by key."""

from __future__ import annotations

import pandas as pd


def _fill(series: pd.Series, value: str = "unknown") -> pd.Series:
    return series.astype("object").where(series.notna() & (series.astype("object") != ""), value)


def _outlets(corpus) -> pd.Series:
    """article_id -> outlet ('unknown' where none)."""
    arts = corpus.articles
    return pd.Series(_fill(arts["outlet"]).to_numpy(), index=arts["article_id"].astype(str).to_numpy())


def _lookup(keys: pd.Series, values: pd.Series) -> pd.Series:
    """keys (article ids) -> values[key], aligned on keys' index (object dtype; safe when keys are empty)."""
    table = values.to_dict()
    return pd.Series([table.get(k) for k in keys], index=keys.index, dtype="object")
