"""Per-outlet and per-article source-bias profiles: voice, wording, hedging, sourcing, wire share.  [issue #6]"""
from __future__ import annotations

import pandas as pd


def outlet_profile(corpus, quotes: pd.DataFrame, claims: pd.DataFrame, *, lexicons=None) -> pd.DataFrame:
    """Corpus + quote and claim tables -> one row per outlet with counts beside every rate."""
    raise NotImplementedError("source bias: issue #6")


def article_profile(corpus, quotes: pd.DataFrame, claims: pd.DataFrame, *, lexicons=None) -> pd.DataFrame:
    """As outlet_profile, one row per article."""
    raise NotImplementedError("source bias: issue #6")
