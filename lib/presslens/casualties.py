"""Casualty claims (killed, wounded, captured, surrendered, displaced) and their de-duplicated tally.  [issue #4]"""
from __future__ import annotations

import pandas as pd

CLAIM_COLUMNS = {
    "claim_id": "string", "article_id": "string", "category": "string", "low": "Int64", "high": "Int64",
    "vague": "string", "victim_side": "string", "victim_type": "string", "claimant": "string",
    "claimant_side": "string", "quote_id": "string", "hedged": "boolean", "hedge_cue": "string",
    "event_date": "datetime64[s]", "place": "string", "text": "string", "start": "Int64", "end": "Int64",
}


def extract_casualties(corpus, *, quotes=None, actors=None) -> pd.DataFrame:
    """Corpus (+ quote table) -> one row per casualty claim (CLAIM_COLUMNS)."""
    raise NotImplementedError("casualty extraction: issue #4")


def tally(claims: pd.DataFrame, corpus) -> pd.DataFrame:
    """Claims -> low/high totals per victim side and category, each wire/repeat cluster counted once."""
    raise NotImplementedError("tally: issue #4")


def format_tally(summary: pd.DataFrame) -> str:
    """The tally as a plain-text table for the terminal."""
    raise NotImplementedError("tally: issue #4")
